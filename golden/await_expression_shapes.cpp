// Checks awaits inside expressions of many shapes against the native
// build, in C++17's evaluation order and with native lifetimes: several
// awaits in one call's arguments and in co_return's, a member call on an
// awaited class prvalue, braced aggregate and list initializers, a
// constructor call, E1[E2], <<, ->* and .* calls, compound assignment and
// the right side of `=` first, overloaded operators (<<, =, [], (), comma,
// +=, +), std::max deducing from two awaits, new and new[] with awaits in
// the size and the initializer, delete of an awaited pointer, co_await of a
// ?: of tasks, co_await of an awaited Task<Task<int>>, and throw co_await.
// (An await cannot stand in a default argument or an unevaluated operand:
// the native build rejects those. The coroutine lambda's body is on lines
// of its own: with --line-directives, a nested coroutine lambda written on
// one line loses its ramp, a separate bug.)
#include <asl/task.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

static std::function<void()> pending;

template <class T> struct Ready {
  T v;
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() {
    std::printf("  resume\n");
    return v;
  }
};
static Ready<int> ri(int v) {
  std::printf("  ri %d\n", v);
  return {v};
}

struct P {
  int a, b;
};
struct S {
  std::string n;
  S(std::string s) : n(std::move(s)) { std::printf("  +S %s\n", n.c_str()); }
  S(const S &o) : n(o.n) { std::printf("  +S copy %s\n", n.c_str()); }
  S(S &&o) : n(std::move(o.n)) { std::printf("  +S move %s\n", n.c_str()); }
  ~S() { std::printf("  -S %s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
  int add(int x) const { return x + len(); }
  S operator+(const S &o) const { return S(n + o.n); }
  int operator[](int i) const { return n[i]; }
  int data = 5;
};
static int f3(int a, int b, int c) {
  std::printf("  f3 %d %d %d\n", a, b, c);
  return a * 100 + b * 10 + c;
}
struct Log {
  std::string text;
  Log &operator<<(int v) {
    std::printf("  << %d\n", v);
    text += std::to_string(v);
    return *this;
  }
  Log &operator=(int v) {
    std::printf("  = %d\n", v);
    text = std::to_string(v);
    return *this;
  }
  int operator[](int i) {
    std::printf("  [%d]\n", i);
    return i * 2;
  }
  int operator()(int a, int b) {
    std::printf("  (%d, %d)\n", a, b);
    return a - b;
  }
  Log &operator,(int v) {
    std::printf("  , %d\n", v);
    return *this;
  }
  int twice(int x) { return 2 * x; }
  Log &operator+=(int v) {
    std::printf("  += %d\n", v);
    return *this;
  }
};
static Log &log_ref(Log &l, const char *why) {
  std::printf("  log_ref %s\n", why);
  return l;
}

struct Node {
  int v;
  Node *next;
};
struct Box {
  int a;
  struct In {
    int x, y;
  } in;
  int arr[2];
};
static int *ptr_of(int *p) {
  std::printf("  ptr_of\n");
  return p;
}

static int noisy(int v) {
  std::printf("  noisy %d\n", v);
  return v;
}

// The state machine of nested(), line 117. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct nested_machine {
  // The closure of the coroutine lambda on line 118, as a class the machine can
  // keep.
  struct lambda_closure {
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 118. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine() {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable).
        using relocatable = std::true_type;

        asl::task_builder<int> builder_;
        int state_ = -1;

        void move_next() {
          try {
            {
              builder_.set_result(77);
              goto finish_;
            }
          } catch (...) {
            builder_.set_current_exception();
          }
        finish_:
          state_ = -2;
          builder_.complete();
        }
      };

      return asl::start<lambda_machine>();
    }
  };

  nested_machine() {}
  ~nested_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<asl::Task<int>> builder_;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<asl::Task<int>> nested() {
  return asl::start<nested_machine>();
}

inline void nested_machine::move_next() {
  try {
    {
      builder_.set_result(lambda_closure{}());
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of val(), line 122. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct val_machine {
  explicit val_machine(int &v) : v(std::move(v)) {}
  ~val_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> val(int v) { return asl::start<val_machine>(v); }

inline void val_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of operators(), line 124. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct operators_machine {
  operators_machine() {}
  ~operators_machine() {
    allocation14_live_ = false;
    allocation16_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'log' may be kept
  // (line 127).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Log log;
  };
  int (Log::*pmf)(int);
  long r3;
  int *many;
  Node *n;
  union {
    Log *spill0_;
    int spill1_;
    Log *spill2_;
    Log *spill5_;
    int spill6_;
    Log *spill7_;
    int spill9_;
    int spill10_;
    long spill11_;
    Ready<int> awaiter12_;
    unsigned long count13_;
    asl::allocation allocation16_;
    Ready<Node *> awaiter17_;
    int spill17_;
  };
  union {
    Ready<int> awaiter0_;
    Ready<int> awaiter1_;
    int spill3_;
    Ready<int> awaiter4_;
    Ready<int> awaiter5_;
    int (Log::*spill8_)(int);
    Ready<int> awaiter7_;
    Ready<int> awaiter8_;
    long spill12_;
    Ready<int> awaiter13_;
    asl::allocation allocation14_;
    Ready<int> awaiter16_;
    int spill18_;
  };
  int r1;
  int r2;
  union {
    int arr[3];
  };
  union {
    Box b;
  };
  int i;
  union {
    int spill4_;
    Ready<int> awaiter6_;
    Ready<int> awaiter9_;
    int spill15_;
    Ready<int> awaiter18_;
  };
  union {
    Ready<int> awaiter2_;
    Ready<int> awaiter10_;
    Ready<int> awaiter14_;
  };
  union {
    Ready<int> awaiter3_;
    Ready<int> awaiter11_;
    Ready<int> awaiter15_;
  };
  int state_ = -1;
  bool log_live_ = false;
  bool allocation14_live_ = false;
  bool allocation16_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(allocation16_, allocation16_live_);
    asl::destroy(allocation14_, allocation14_live_);
    asl::destroy(log, log_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> operators() { return asl::start<operators_machine>(); }

inline void operators_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto resume17_;
    case 18:
      goto resume18_;
    default:
      break;
    }
    {
      ::new (asl::place(log)) Log;
      log_live_ = true;

      std::puts("overloaded << chain");
      spill0_ = std::addressof(log_ref(log, "a") << noisy(1));
      // co_await ri(2) (line 127)
      ::new (asl::place(awaiter0_)) Ready<int>(ri(2));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (*spill0_) << awaiter0_.await_resume() << noisy(3);

      std::puts("overloaded = right first");
      // co_await ri(4) (line 129)
      ::new (asl::place(awaiter1_)) Ready<int>(ri(4));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter1_.await_resume();
      log_ref(log, "b") = spill1_;

      std::puts("overloaded [] and ()");
      spill2_ = std::addressof(log_ref(log, "c"));
      // co_await ri(5) (line 131)
      ::new (asl::place(awaiter2_)) Ready<int>(ri(5));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = (*spill2_)[awaiter2_.await_resume()];
      spill4_ = noisy(6);
      // co_await ri(7) (line 131)
      ::new (asl::place(awaiter3_)) Ready<int>(ri(7));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r1 = spill3_ + log(spill4_, awaiter3_.await_resume());

      std::puts("overloaded ,");
      spill5_ = std::addressof(log_ref(log, "d"));
      // co_await ri(8) (line 133)
      ::new (asl::place(awaiter4_)) Ready<int>(ri(8));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ((*spill5_), awaiter4_.await_resume()), noisy(9);

      std::puts("overloaded +=");
      // co_await ri(10) (line 135)
      ::new (asl::place(awaiter5_)) Ready<int>(ri(10));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill6_ = awaiter5_.await_resume();
      log_ref(log, "e") += spill6_;

      std::puts("pointer to member function");
      pmf = &Log::twice;

      spill7_ = std::addressof(log_ref(log, "f"));
      spill8_ = pmf;
      // co_await ri(11) (line 138)
      ::new (asl::place(awaiter6_)) Ready<int>(ri(11));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r2 = ((*spill7_).*spill8_)(awaiter6_.await_resume());

      std::puts("subscript compound");
      ::new (asl::place(arr)) int[3]{0, 0, 0};

      // co_await ri(12) (line 141)
      ::new (asl::place(awaiter7_)) Ready<int>(ri(12));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill9_ = awaiter7_.await_resume();
      arr[noisy(1)] += spill9_;

      // co_await ri(1) (line 142)
      ::new (asl::place(awaiter8_)) Ready<int>(ri(1));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill10_ = awaiter8_.await_resume();
      *ptr_of(&arr[2]) -= spill10_;

      std::puts("unary and casts");
      // co_await ri(3) (line 145)
      ::new (asl::place(awaiter9_)) Ready<int>(ri(3));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill11_ = -awaiter9_.await_resume();
      // co_await ri(4) (line 145)
      ::new (asl::place(awaiter10_)) Ready<int>(ri(4));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill12_ = spill11_ + static_cast<long>(awaiter10_.await_resume());
      // co_await ri(0) (line 145)
      ::new (asl::place(awaiter11_)) Ready<int>(ri(0));
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r3 = spill12_ + !awaiter11_.await_resume();

      std::puts("nested braces");
      b.a = noisy(1);
      // co_await ri(2) (line 147)
      ::new (asl::place(awaiter12_)) Ready<int>(ri(2));
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b.in.x = awaiter12_.await_resume();
      b.in.y = noisy(3);
      // co_await ri(4) (line 147)
      ::new (asl::place(awaiter13_)) Ready<int>(ri(4));
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b.arr[0] = awaiter13_.await_resume();
      b.arr[1] = noisy(5);

      std::puts("new with await in size and init");
      // co_await ri(3) (line 149)
      ::new (asl::place(awaiter14_)) Ready<int>(ri(3));
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      count13_ = awaiter14_.await_resume();
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation14_))
          asl::allocation(asl::array_new_size(count13_, sizeof(int), 2),
                          [](void *p, std::size_t size) noexcept {
                            ::operator delete[](p, size);
                          });
      allocation14_.address = ::operator new[](allocation14_.size);
      allocation14_live_ = true;
      spill15_ = noisy(1);
      // co_await ri(2) (line 149)
      ::new (asl::place(awaiter15_)) Ready<int>(ri(2));
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      many = asl::constructed(allocation14_live_,
                              ::new (allocation14_.address) int[count13_]{
                                  spill15_, awaiter15_.await_resume()});
      asl::destroy(allocation14_, allocation14_live_);

      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation16_))
          asl::allocation(sizeof(Node), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation16_.address = ::operator new(allocation16_.size);
      allocation16_live_ = true;
      // co_await ri(6) (line 150)
      ::new (asl::place(awaiter16_)) Ready<int>(ri(6));
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        unwind_.release();
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n = asl::constructed(allocation16_live_,
                           ::new (allocation16_.address)
                               Node{awaiter16_.await_resume(), nullptr});
      asl::destroy(allocation16_, allocation16_live_);

      std::puts("delete an awaited pointer");
      // co_await Ready<Node *>{n} (line 152)
      ::new (asl::place(awaiter17_)) Ready<Node *>(Ready<Node *>{n});
      if (!awaiter17_.await_ready()) {
        state_ = 17;
        builder_.await_on_completed(awaiter17_, *this);
        unwind_.release();
        return;
      resume17_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      delete awaiter17_.await_resume();

      std::puts("pre/post increment of awaited index");
      i = 0;

      // co_await ri(20) (line 155)
      ::new (asl::place(awaiter18_)) Ready<int>(ri(20));
      if (!awaiter18_.await_ready()) {
        state_ = 18;
        builder_.await_on_completed(awaiter18_, *this);
        unwind_.release();
        return;
      resume18_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill17_ = awaiter18_.await_resume();
      spill18_ = spill17_ + i;
      arr[i++] = spill18_;

      std::printf("%s %d %d %d %d %d %d %ld %d %d %d %d %d %d %d\n",
                  log.text.c_str(), r1, r2, arr[0], arr[1], arr[2], i, r3, b.a,
                  b.in.x, b.in.y, b.arr[0], b.arr[1], many[0], many[1]);
      delete[] many;
      builder_.set_result(r1 + r2);
      asl::destroy(log, log_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of body(), line 163. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() {
    allocation10_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 175).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  union {
    S s;
  };
  union {
    std::ostringstream os;
  };
  int S::*pm;
  S *sp;
  union {
    S t;
  };
  union {
    std::unique_ptr<S> up;
  };
  union {
    int spill0_;
    S temporary2_;
    Ready<int> awaiter4_;
    int spill3_;
    Ready<int> awaiter6_;
    int *spill4_;
    std::basic_ostream<char> *spill6_;
    int spill7_;
    Ready<int> awaiter11_;
    int spill8_;
    Ready<int> awaiter13_;
    int temporary9_;
    asl::allocation allocation10_;
    asl::task_awaiter<int> awaiter17_;
    asl::task_awaiter<int> awaiter18_;
    Ready<int> awaiter20_;
    int spill11_;
  };
  union {
    int spill1_;
    Ready<S> awaiter2_;
    Ready<int> awaiter5_;
    int spill5_;
    Ready<int> awaiter9_;
    Ready<int> awaiter10_;
    Ready<int> awaiter12_;
    Ready<int> awaiter14_;
    Ready<int> awaiter16_;
    asl::task_awaiter<asl::Task<int>> awaiter19_;
    int spill12_;
  };
  int r1;
  int r2;
  union {
    P p;
  };
  union {
    int arr[4];
  };
  int r3;
  int r4;
  int acc;
  int m;
  int q;
  int nn;
  union {
    Ready<int> awaiter0_;
    Ready<int> awaiter3_;
    Ready<int> awaiter7_;
    Ready<int> awaiter15_;
    Ready<int> awaiter21_;
  };
  union {
    Ready<int> awaiter1_;
    Ready<int> awaiter8_;
    Ready<int> awaiter22_;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool s_live_ = false;
  bool os_live_ = false;
  bool t_live_ = false;
  bool up_live_ = false;
  bool temporary2_live_ = false;
  bool allocation10_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter17_live_ = false;
  bool awaiter18_live_ = false;
  bool awaiter19_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter18_, awaiter18_live_);
    asl::destroy(awaiter19_, awaiter19_live_);
    asl::destroy(awaiter17_, awaiter17_live_);
    asl::destroy(allocation10_, allocation10_live_);
    asl::destroy(up, up_live_);
    asl::destroy(t, t_live_);
    asl::destroy(os, os_live_);
    asl::destroy(s, s_live_);
    asl::destroy(v, v_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body() { return asl::start<body_machine>(); }

inline void body_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto resume17_;
    case 18:
      goto resume18_;
    case 19:
      goto resume19_;
    case 20:
      goto try0_;
    case 21:
      goto resume21_;
    case 22:
      goto resume22_;
    default:
      break;
    }
    {
      std::puts("several in args");
      // co_await ri(1) (line 165)
      ::new (asl::place(awaiter0_)) Ready<int>(ri(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      spill1_ = noisy(2);
      // co_await ri(3) (line 165)
      ::new (asl::place(awaiter1_)) Ready<int>(ri(3));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r1 = f3(spill0_, spill1_, awaiter1_.await_resume());

      std::puts("member call on awaited");
      // co_await Ready<S>{S("x")} (line 167)
      ::new (asl::place(awaiter2_)) Ready<S>(Ready<S>{S("x")});
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary2_)) S((awaiter2_.await_resume()));
      temporary2_live_ = true;
      // co_await ri(4) (line 167)
      ::new (asl::place(awaiter3_)) Ready<int>(ri(4));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r2 = std::move(temporary2_).add(awaiter3_.await_resume());
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter2_, awaiter2_live_);

      std::puts("braced");
      // co_await ri(5) (line 169)
      ::new (asl::place(awaiter4_)) Ready<int>(ri(5));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.a = awaiter4_.await_resume();
      p.b = noisy(6);

      spill3_ = noisy(7);
      // co_await ri(8) (line 170)
      ::new (asl::place(awaiter5_)) Ready<int>(ri(8));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(v))
          std::vector<int>{spill3_, awaiter5_.await_resume(), noisy(9)};
      v_live_ = true;

      std::puts("ctor");
      // co_await ri(10) (line 172)
      ::new (asl::place(awaiter6_)) Ready<int>(ri(10));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(s)) S(std::to_string(awaiter6_.await_resume()));
      s_live_ = true;

      std::puts("subscript");
      ::new (asl::place(arr)) int[4]{1, 2, 3, 4};

      spill4_ = arr;
      // co_await ri(2) (line 175)
      ::new (asl::place(awaiter7_)) Ready<int>(ri(2));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill5_ = spill4_[awaiter7_.await_resume()];
      // co_await ri(0) (line 175)
      ::new (asl::place(awaiter8_)) Ready<int>(ri(0));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r3 = spill5_ + s[awaiter8_.await_resume()];

      std::puts("shift");
      ::new (asl::place(os)) std::ostringstream;
      os_live_ = true;

      spill6_ = std::addressof(os << noisy(1));
      // co_await ri(2) (line 178)
      ::new (asl::place(awaiter9_)) Ready<int>(ri(2));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      (*spill6_) << awaiter9_.await_resume() << noisy(3);

      std::puts("ptr to member");
      pm = &S::data;

      sp = &s;

      spill7_ = sp->*pm;
      // co_await ri(1) (line 182)
      ::new (asl::place(awaiter10_)) Ready<int>(ri(1));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r4 = spill7_ + (awaiter10_.await_resume());

      std::puts("compound");
      acc = 1;

      // co_await ri(10) (line 185)
      ::new (asl::place(awaiter11_)) Ready<int>(ri(10));
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      acc += awaiter11_.await_resume();

      // co_await ri(9) (line 186)
      ::new (asl::place(awaiter12_)) Ready<int>(ri(9));
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill8_ = awaiter12_.await_resume();
      arr[noisy(0)] = spill8_;

      std::puts("overloaded");
      // co_await ri(3) (line 188)
      ::new (asl::place(awaiter13_)) Ready<int>(ri(3));
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(t)) S(s + S(std::to_string(awaiter13_.await_resume())));
      t_live_ = true;

      std::puts("max");
      // co_await ri(3) (line 190)
      ::new (asl::place(awaiter14_)) Ready<int>(ri(3));
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary9_)) int(awaiter14_.await_resume());
      // co_await ri(9) (line 190)
      ::new (asl::place(awaiter15_)) Ready<int>(ri(9));
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m = std::max(temporary9_, awaiter15_.await_resume());

      std::puts("new");
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation10_))
          asl::allocation(sizeof(S), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation10_.address = ::operator new(allocation10_.size);
      allocation10_live_ = true;
      // co_await ri(42) (line 192)
      ::new (asl::place(awaiter16_)) Ready<int>(ri(42));
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        unwind_.release();
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(up)) std::unique_ptr<S>(asl::constructed(
          allocation10_live_, ::new (allocation10_.address) S(
                                  std::to_string(awaiter16_.await_resume()))));
      up_live_ = true;
      asl::destroy(allocation10_, allocation10_live_);

      std::puts("conditional await");
      // co_await (acc > 5 ? val(1) : val(2)) (line 194)
      ::new (asl::place(awaiter17_))
          asl::task_awaiter<int>{(acc > 5 ? val(1) : val(2))};
      awaiter17_live_ = true;
      if (!awaiter17_.await_ready()) {
        state_ = 17;
        builder_.await_on_completed(awaiter17_, *this);
        unwind_.release();
        return;
      resume17_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      q = awaiter17_.await_resume();
      asl::destroy(awaiter17_, awaiter17_live_);

      std::puts("nested await");
      // co_await nested() (line 196)
      ::new (asl::place(awaiter19_))
          asl::task_awaiter<asl::Task<int>>{nested()};
      awaiter19_live_ = true;
      if (!awaiter19_.await_ready()) {
        state_ = 19;
        builder_.await_on_completed(awaiter19_, *this);
        unwind_.release();
        return;
      resume19_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      // co_await (co_await nested()) (line 196)
      ::new (asl::place(awaiter18_))
          asl::task_awaiter<int>{(awaiter19_.await_resume())};
      awaiter18_live_ = true;
      if (!awaiter18_.await_ready()) {
        state_ = 18;
        builder_.await_on_completed(awaiter18_, *this);
        unwind_.release();
        return;
      resume18_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      nn = awaiter18_.await_resume();
      asl::destroy(awaiter18_, awaiter18_live_);
      asl::destroy(awaiter19_, awaiter19_live_);

      std::puts("throw");
    try0_:
      try {
        switch (state_) {
        case 20:
          goto resume20_;
        default:
          break;
        }

        if (acc > 0) {
          // co_await ri(13) (line 200)
          ::new (asl::place(awaiter20_)) Ready<int>(ri(13));
          if (!awaiter20_.await_ready()) {
            state_ = 20;
            builder_.await_on_completed(awaiter20_, *this);
            unwind_.release();
            return;
          resume20_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          throw awaiter20_.await_resume();
        }

      } catch (int e) {
        std::printf("  caught %d\n", e);
      }
      std::printf("%d %d %d %d %d %d %d %s %d %d %d %s %d %s %d %d %s\n", r1,
                  r2, p.a, p.b, v[1], r3, r4, os.str().c_str(), acc, arr[0], m,
                  t.n.c_str(), q, up->n.c_str(), nn, (int)v.size(),
                  s.n.c_str());
      // co_await ri(1) (line 207)
      ::new (asl::place(awaiter21_)) Ready<int>(ri(1));
      if (!awaiter21_.await_ready()) {
        state_ = 21;
        builder_.await_on_completed(awaiter21_, *this);
        unwind_.release();
        return;
      resume21_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill11_ = awaiter21_.await_resume();
      spill12_ = noisy(2);
      // co_await ri(3) (line 207)
      ::new (asl::place(awaiter22_)) Ready<int>(ri(3));
      if (!awaiter22_.await_ready()) {
        state_ = 22;
        builder_.await_on_completed(awaiter22_, *this);
        unwind_.release();
        return;
      resume22_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(f3(spill11_, spill12_, awaiter22_.await_resume()));
      asl::destroy(up, up_live_);
      asl::destroy(t, t_live_);
      asl::destroy(os, os_live_);
      asl::destroy(s, s_live_);
      asl::destroy(v, v_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  auto o = operators();
  while (!o.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("operators=%d\n", asl::sync_wait(std::move(o)));
  auto t = body();
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
