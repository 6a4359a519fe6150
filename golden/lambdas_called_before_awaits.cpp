// Checks lambdas called at once, or passed to a call, before an await of
// the same full-expression: in a condition beside && and ||, as the
// condition of ?:, as a call's argument, an operand of +, an element of
// braced lists, the object of a member call on the result, and passed to
// calls evaluated before the await or beside an awaited argument. Those
// that capture by reference are called before the await and only their
// results are kept; those that capture by copy keep their closure, made
// before the await, to the end of the full-expression, as natively. The
// traced type prints its copies and deaths: one copy each, the copy dying
// after the await. A member function's lambdas copy the object or `this`.
#include <asl/event.h>
#include <asl/task.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <string>
#include <vector>

// Tr prints its copies and deaths; a moved-from Tr is silent.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("  +%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("  -%s\n", n.c_str());
  }
};

static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}

// The state machine of later(), line 43. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(int &v) : v(std::move(v)) {}
  ~later_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'e' may be kept (line
  // 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::Event e;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> later(int v) { return asl::start<later_machine>(v); }

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  later %d\n", v);
      ::new (asl::place(e)) asl::Event;

      waiting.push_back(&e);
      // co_await e (line 47)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(e));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  later %d resumes\n", v);
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of flag(), line 52. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct flag_machine {
  explicit flag_machine(bool &b) : b(std::move(b)) {}
  ~flag_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, bool>;

  asl::task_builder<bool> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  bool b;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<bool> flag(bool b) { return asl::start<flag_machine>(b); }

inline void flag_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(b ? 1 : 0) (line 53)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(b ? 1 : 0)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume() != 0);
      asl::destroy(awaiter0_, awaiter0_live_);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int add(int a, int b) { return a + b; }
template <class F> int call(F f, int v) { return f() + v; }
template <class F> int peek(const F &f) { return f(); }

struct Pair {
  int a;
  int b;
};

// Copies of the object, and `[=, this]` (C++20), whose kept lambda C++17
// writes without the capture of `this`.
struct Meter {
  int base = 5;
  struct read_locals;
  struct read_machine;
  ASL_ASYNC asl::Task<int> read(int v);
};

// For Meter::read(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct Meter::read_locals {
  // The lambda on line 73, built at where.
  static auto *lambda_lambda(void *where, Meter *this_) {
    return ::new (where) auto(
        [this_copy_ = *this_] { return (&this_copy_)->base; });
  }
  // The lambda on line 74, built at where1.
  static auto *lambda_lambda1(void *where1, Meter *this_, int &v) {
    return ::new (where1) auto([=] { return this_->base + v; });
  }
};

// The state machine of Meter::read(), line 72. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Meter::read_machine : read_locals {
  using lambda_closure = std::remove_pointer_t<decltype(lambda_lambda(
      nullptr, std::declval<Meter *>()))>;
  using lambda_closure1 = std::remove_pointer_t<decltype(lambda_lambda1(
      nullptr, std::declval<Meter *>(), std::declval<int &>()))>;

  read_machine(Meter *this_, int &v) : this_(this_), v(std::move(v)) {}
  ~read_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 73).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Meter *this_;
  union {
    lambda_closure temporary0_;
    lambda_closure1 temporary2_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int v;
  int a;
  union {
    int spill1_;
    int spill3_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> Meter::read(int v) {
  return asl::start<read_machine>(this, v);
}

inline void Meter::read_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      lambda_lambda(asl::place(temporary0_), this_);
      spill1_ = temporary0_();
      // co_await later(v) (line 73)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{later(v)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = spill1_ + awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      lambda_lambda1(asl::place(temporary2_), this_, v);
      spill3_ = temporary2_();
      // co_await later(v) (line 74)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{later(v)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int b = spill3_ + awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(a + b);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For shapes(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct shapes_locals {
  // The lambda on line 87, built at where2.
  static auto *lambda_lambda2(void *where2, int &x) {
    return ::new (where2) auto([x] { return x > 2; });
  }
  // The lambda on line 93, built at where3.
  static auto *lambda_lambda3(void *where3, int &x) {
    return ::new (where3) auto([x]() mutable { return ++x; });
  }
  // The lambda on line 112, built at where4.
  static auto *lambda_lambda4(void *where4, Tr &t) {
    return ::new (where4) auto([t] { return static_cast<int>(t.n.size()); });
  }
  // The lambda on line 115, built at where5.
  static auto *lambda_lambda5(void *where5, Tr &t) {
    return ::new (where5) auto([t] { return !t.n.empty(); });
  }
  // The lambda on line 119, built at where6.
  static auto *lambda_lambda6(void *where6, Tr &t) {
    return ::new (where6) auto([t] { return static_cast<int>(t.n.size()); });
  }
  // The lambda on line 123, built at where7.
  static auto *lambda_lambda7(void *where7, Tr &t) {
    return ::new (where7) auto([t] { return static_cast<int>(t.n.size()); });
  }
  // The lambda on line 127, built at where8.
  static auto *lambda_lambda8(void *where8, std::string &s) {
    return ::new (where8) auto([s] { return s + "!"; });
  }
};

// The state machine of shapes(), line 78. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct shapes_machine : shapes_locals {
  using lambda_closure2 = std::remove_pointer_t<decltype(lambda_lambda2(
      nullptr, std::declval<int &>()))>;
  using lambda_closure3 = std::remove_pointer_t<decltype(lambda_lambda3(
      nullptr, std::declval<int &>()))>;
  using lambda_closure4 = std::remove_pointer_t<decltype(lambda_lambda4(
      nullptr, std::declval<Tr &>()))>;
  using lambda_closure5 = std::remove_pointer_t<decltype(lambda_lambda5(
      nullptr, std::declval<Tr &>()))>;
  using lambda_closure6 = std::remove_pointer_t<decltype(lambda_lambda6(
      nullptr, std::declval<Tr &>()))>;
  using lambda_closure7 = std::remove_pointer_t<decltype(lambda_lambda7(
      nullptr, std::declval<Tr &>()))>;
  using lambda_closure8 = std::remove_pointer_t<decltype(lambda_lambda8(
      nullptr, std::declval<std::string &>()))>;

  shapes_machine() {}
  ~shapes_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 99).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  union {
    std::string s;
  };
  std::size_t n;
  std::ptrdiff_t m;
  union {
    Tr t;
  };
  union {
    std::basic_string<char> w;
  };
  union {
    bool condition0_;
    bool condition1_;
    bool condition2_;
    int spill4_;
    lambda_closure3 temporary5_;
    asl::task_awaiter<int> awaiter5_;
    int spill7_;
    std::basic_string<char> temporary8_;
    std::ptrdiff_t spill10_;
    int spill11_;
    lambda_closure4 temporary12_;
    bool condition14_;
    asl::task_awaiter<int> awaiter12_;
    lambda_closure6 spill16_;
    lambda_closure7 temporary17_;
    lambda_closure8 temporary19_;
  };
  union {
    bool condition23_;
    bool condition22_;
    lambda_closure2 temporary3_;
    asl::task_awaiter<int> awaiter3_;
    int spill6_;
    asl::task_awaiter<int> awaiter6_;
    std::size_t spill9_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    int spill13_;
    lambda_closure5 temporary15_;
    asl::task_awaiter<int> awaiter13_;
    int spill18_;
    std::basic_string<char> temporary20_;
  };
  union {
    asl::task_awaiter<bool> awaiter0_;
    asl::task_awaiter<bool> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter10_;
    bool condition21_;
    asl::task_awaiter<int> awaiter14_;
    asl::task_awaiter<int> awaiter15_;
  };
  union {
    asl::task_awaiter<bool> awaiter11_;
  };
  int x;
  int c;
  int d;
  int e;
  union {
    Pair p;
  };
  int k;
  int len;
  int g;
  int h;
  int i1;
  int state_ = -1;
  bool v_live_ = false;
  bool s_live_ = false;
  bool t_live_ = false;
  bool w_live_ = false;
  bool temporary8_live_ = false;
  bool temporary12_live_ = false;
  bool temporary15_live_ = false;
  bool spill16_live_ = false;
  bool temporary17_live_ = false;
  bool temporary19_live_ = false;
  bool temporary20_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter15_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(temporary20_, temporary20_live_);
    asl::destroy(temporary19_, temporary19_live_);
    asl::destroy(w, w_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(temporary17_, temporary17_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(spill16_, spill16_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(temporary15_, temporary15_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(temporary12_, temporary12_live_);
    asl::destroy(t, t_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(temporary8_, temporary8_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(v, v_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> shapes() { return asl::start<shapes_machine>(); }

inline void shapes_machine::move_next() {
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
    default:
      break;
    }
    {
      x = 3;

      std::printf("&& by reference:\n");
      {
        condition0_ = [&] { return x > 2; }();
        if (condition0_) {
          // co_await flag(true) (line 81)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<bool>{flag(true)};
          awaiter0_live_ = true;
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition23_ = condition0_ && awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        if (condition23_)
          std::printf("  taken\n");
      }

      std::printf("|| by reference:\n");
      {
        condition1_ = [&] { return x > 5; }();
        if (!condition1_) {
          // co_await flag(false) (line 84)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<bool>{flag(false)};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition22_ = condition1_ || awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);
        if (condition22_)
          std::printf("  not taken\n");
      }

      std::printf("?: by copy:\n");
      lambda_lambda2(asl::place(temporary3_), x);
      condition2_ = temporary3_();
      if (condition2_) {
        // co_await later(7) (line 87)
        ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{later(7)};
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
      }
      c = condition2_ ? awaiter2_.await_resume() : 0;
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("  c = %d\n", c);
      std::printf("call argument:\n");
      spill4_ = [&] { return x * 2; }();
      // co_await later(1) (line 90)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{later(1)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = add(spill4_, awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("  d = %d\n", d);
      std::printf("binary operand, by copy:\n");
      lambda_lambda3(asl::place(temporary5_), x);
      spill6_ = temporary5_();
      // co_await later(2) (line 93)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{later(2)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = spill6_ + awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("  e = %d, x = %d\n", e, x);
      std::printf("braced initializer:\n");
      p.a = [&] { return x + 10; }();
      // co_await later(3) (line 96)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{later(3)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.b = awaiter5_.await_resume();

      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("  p = %d %d\n", p.a, p.b);
      spill7_ = [&] { return x; }();
      // co_await later(4) (line 98)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{later(4)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(v)) std::vector<int>{spill7_, awaiter6_.await_resume()};
      v_live_ = true;
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("  v = %d %d\n", v[0], v[1]);
      std::printf("member call on the result:\n");
      ::new (asl::place(s)) std::string("abc");
      s_live_ = true;

      ::new (asl::place(temporary8_))
          std::basic_string<char>([&] { return s + "d"; }());
      temporary8_live_ = true;
      spill9_ = std::move(temporary8_).size();
      // co_await later(5) (line 102)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{later(5)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n = spill9_ + awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(temporary8_, temporary8_live_);

      std::printf("  n = %zu\n", n);
      std::printf("lambda passed to a call:\n");
      spill10_ =
          std::count_if(v.begin(), v.end(), [&](int i) { return i > x; });
      // co_await later(6) (line 106)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{later(6)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m = spill10_ + awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("  m = %ld\n", static_cast<long>(m));
      spill11_ = call([x = x] { return x; }, 1);
      // co_await later(8) (line 108)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{later(8)};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      k = spill11_ + awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("  k = %d\n", k);
      std::printf("a traced copy:\n");
      ::new (asl::place(t)) Tr("t");
      t_live_ = true;

      lambda_lambda4(asl::place(temporary12_), t);
      temporary12_live_ = true;
      spill13_ = temporary12_();
      // co_await later(9) (line 112)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{later(9)};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      len = spill13_ + awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);
      asl::destroy(temporary12_, temporary12_live_);

      std::printf("  len = %d\n", len);
      std::printf("a traced copy in a condition:\n");
      {
        lambda_lambda5(asl::place(temporary15_), t);
        temporary15_live_ = true;
        condition14_ = temporary15_();
        if (condition14_) {
          // co_await flag(true) (line 115)
          ::new (asl::place(awaiter11_)) asl::task_awaiter<bool>{flag(true)};
          awaiter11_live_ = true;
          if (!awaiter11_.await_ready()) {
            state_ = 11;
            builder_.await_on_completed(awaiter11_, *this);
            unwind_.release();
            return;
          resume11_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition21_ = condition14_ && awaiter11_.await_resume();
        asl::destroy(awaiter11_, awaiter11_live_);
        asl::destroy(temporary15_, temporary15_live_);
        if (condition21_)
          std::printf("  taken\n");
      }

      std::printf("closures beside an awaited argument:\n");
      // co_await later(11) (line 118)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{later(11)};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = call([&] { return x; }, awaiter12_.await_resume());
      asl::destroy(awaiter12_, awaiter12_live_);

      lambda_lambda6(asl::place(spill16_), t);
      spill16_live_ = true;
      // co_await later(12) (line 120)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{later(12)};
      awaiter13_live_ = true;
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      h = call(std::move(spill16_), awaiter13_.await_resume());
      asl::destroy(awaiter13_, awaiter13_live_);
      asl::destroy(spill16_, spill16_live_);

      std::printf("  g = %d, h = %d\n", g, h);
      std::printf("a closure bound to a reference:\n");
      lambda_lambda7(asl::place(temporary17_), t);
      temporary17_live_ = true;
      spill18_ = peek(temporary17_);
      // co_await later(13) (line 124)
      ::new (asl::place(awaiter14_)) asl::task_awaiter<int>{later(13)};
      awaiter14_live_ = true;
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      i1 = spill18_ + awaiter14_.await_resume();
      asl::destroy(awaiter14_, awaiter14_live_);
      asl::destroy(temporary17_, temporary17_live_);

      std::printf("  i = %d\n", i1);
      std::printf("a string copied:\n");
      lambda_lambda8(asl::place(temporary19_), s);
      temporary19_live_ = true;
      ::new (asl::place(temporary20_)) std::basic_string<char>(temporary19_());
      temporary20_live_ = true;
      // co_await later(10) (line 127)
      ::new (asl::place(awaiter15_)) asl::task_awaiter<int>{later(10)};
      awaiter15_live_ = true;
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(w)) std::basic_string<char>(
          std::move(temporary20_) + std::to_string(awaiter15_.await_resume()));
      w_live_ = true;
      asl::destroy(awaiter15_, awaiter15_live_);
      asl::destroy(temporary20_, temporary20_live_);
      asl::destroy(temporary19_, temporary19_live_);

      std::printf("  w = %s\n", w.c_str());
      builder_.set_result(c + d + e + len + g + h + i1);
      asl::destroy(w, w_live_);
      asl::destroy(t, t_live_);
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
  asl::Task<int> t = shapes();
  pump();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
  Meter m;
  asl::Task<int> u = m.read(20);
  pump();
  std::printf("r=%d\n", asl::sync_wait(std::move(u)));
}
