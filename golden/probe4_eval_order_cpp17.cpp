// C++17-fixed order: E1[E2], <<, ->, callee before args, braced lists left
// to right, assignment right first; plus clang's left-to-right elsewhere.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

// The state machine of val(), line 60. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct val_machine {
  val_machine(const char *&tag, int &v)
      : tag(std::move(tag)), v(std::move(v)) {}
  ~val_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Gate, const char *, int> && !asl::usually_suspends<Gate>;

  asl::task_builder<int> builder_;
  const char *tag;
  int v;
  union {
    Gate awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  return asl::start<val_machine>(tag, v);
}

inline void val_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("val %s\n", tag);
      // co_await Gate{} (line 62)
      ::new (asl::place(awaiter0_)) Gate(Gate{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("val %s -> %d\n", tag, v);
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

// The state machine of str(), line 67. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct str_machine {
  str_machine(const char *&tag, std::string &v)
      : v(std::move(v)), tag(std::move(tag)) {}
  ~str_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Gate, asl::parameter_copy<std::string>, const char *> &&
      !asl::usually_suspends<Gate>;

  asl::task_builder<std::string> builder_;
  std::string v;
  const char *tag;
  union {
    Gate awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  return asl::start<str_machine>(tag, v);
}

inline void str_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("str %s\n", tag);
      // co_await Gate{} (line 69)
      ::new (asl::place(awaiter0_)) Gate(Gate{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

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

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

struct Sink {
  std::string text;
  Sink &operator<<(const std::string &s) {
    text += s;
    return *this;
  }
  Sink &operator<<(int v) {
    text += std::to_string(v);
    return *this;
  }
  int poke(int v) {
    std::printf("poke %d\n", v);
    return v;
  }
};
static Sink sink;
static Sink *get_sink(const char *why) {
  std::printf("get_sink %s\n", why);
  return &sink;
}
static std::vector<int> table{10, 20, 30, 40};
static std::vector<int> &get_table() {
  std::printf("get_table\n");
  return table;
}
static int (*pick_fn(int k))(int, int) {
  std::printf("pick_fn %d\n", k);
  return [](int a, int b) { return a - b; };
}
struct Trio {
  int a, b, c;
};

// The state machine of run(), line 111. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 123).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  union {
    std::vector<int> *spill0_;
    Sink *spill1_;
    Sink *spill5_;
    int (*spill6_)(int, int);
    asl::task_awaiter<int> awaiter5_;
    int spill8_;
    int spill10_;
    int spill11_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    Sink *spill2_;
    asl::task_awaiter<int> awaiter3_;
    int spill7_;
    int spill9_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
  };
  union {
    std::string temporary3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter6_;
  };
  union {
    Sink *spill4_;
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter2_;
  };
  int x;
  int p;
  int d;
  union {
    Trio t;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool temporary3_live_ = false;
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(v, v_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    default:
      break;
    }
    {
      spill0_ = std::addressof(get_table());
      // co_await val("sub", 2) (line 112)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{val("sub", 2)};
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
      x = (*spill0_)[awaiter0_.await_resume()];
      asl::destroy(awaiter0_, awaiter0_live_);

      spill1_ = std::addressof(*get_sink("shift") << side("s1", 1));
      // co_await val("s2", 2) (line 113)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{val("s2", 2)};
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
      spill2_ = std::addressof((*spill1_) << awaiter1_.await_resume());
      ::new (asl::place(temporary3_)) std::string("-");
      temporary3_live_ = true;
      spill4_ = std::addressof((*spill2_) << temporary3_);
      // co_await str("s3", "three") (line 114)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::basic_string<char>>{str("s3", "three")};
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
      (*spill4_) << awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      spill5_ = get_sink("arrow");
      // co_await val("arg", 5) (line 115)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{val("arg", 5)};
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
      p = spill5_->poke(awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      spill6_ = pick_fn(side("k", 1));
      // co_await val("l", 9) (line 116)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{val("l", 9)};
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
      spill7_ = awaiter4_.await_resume();
      d = spill6_(spill7_, side("r", 4));
      asl::destroy(awaiter4_, awaiter4_live_);

      t.a = side("t1", 1);
      // co_await val("t2", 2) (line 117)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{val("t2", 2)};
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
      t.b = awaiter5_.await_resume();
      t.c = side("t3", 3);

      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await val("v1", 7) (line 118)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{val("v1", 7)};
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
      spill8_ = awaiter6_.await_resume();
      spill9_ = side("v2", 8);
      // co_await val("v3", 9) (line 119)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{val("v3", 9)};
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
      ::new (asl::place(v))
          std::vector<int>{spill8_, spill9_, awaiter7_.await_resume()};
      v_live_ = true;
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await val("rhs", 99) (line 120)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{val("rhs", 99)};
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
      spill10_ = awaiter8_.await_resume();
      get_table()[side("idx", 0)] = spill10_;
      asl::destroy(awaiter8_, awaiter8_live_);

      spill11_ = side("plus-l", 1);
      // co_await val("plus-r", 2) (line 121)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{val("plus-r", 2)};
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
      int sum = spill11_ + awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("x=%d text=%s p=%d d=%d t=%d%d%d v=%d%d%d t0=%d sum=%d\n", x,
                  sink.text.c_str(), p, d, t.a, t.b, t.c, v[0], v[1], v[2],
                  table[0], sum);
      builder_.set_result(std::move(x));
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
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
