// An awaiter that resumes the machine inside its await_suspend (void and bool
// forms), repeatedly, with RAII locals and an await in a loop condition.
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

struct Inline {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    int mine = v; // *this may be gone once resume() returns
    std::printf("suspend %d: resuming inline\n", mine);
    h.resume();
    std::printf("suspend %d: back from resume\n", mine);
  }
  int await_resume() const noexcept { return v; }
};
struct InlineBool {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    if (v % 2) {
      h.resume();
      return true;
    }
    return false;
  }
  int await_resume() const noexcept { return v * 10; }
};

// The state machine of run(), line 102. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Inline, InlineBool, R, bool, int> &&
      !asl::usually_suspends<Inline>;

  asl::task_builder<int> builder_;
  union {
    R a;
  };
  union {
    R b;
  };
  union {
    R l;
  };
  int sum;
  int i;
  int k;
  union {
    Inline awaiter0_;
    int spill0_;
    InlineBool awaiter3_;
    bool condition1_;
  };
  union {
    Inline awaiter1_;
    Inline awaiter4_;
  };
  union {
    Inline awaiter2_;
  };
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool l_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(l, l_live_);
    asl::destroy(b, b_live_);
    asl::destroy(a, a_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(a)) R("a");
      a_live_ = true;

      // co_await Inline{1} (line 104)
      ::new (asl::place(awaiter0_)) Inline(Inline{1});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum = awaiter0_.await_resume();

      ::new (asl::place(b)) R("b");
      b_live_ = true;

      // co_await Inline{2} (line 106)
      ::new (asl::place(awaiter1_)) Inline(Inline{2});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter1_.await_resume();
      // co_await Inline{3} (line 106)
      ::new (asl::place(awaiter2_)) Inline(Inline{3});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum += spill0_ + awaiter2_.await_resume();

      for (i = 0; i < 4; ++i) {
        ::new (asl::place(l)) R("l" + std::to_string(i));
        l_live_ = true;

        // co_await InlineBool{i} (line 109)
        ::new (asl::place(awaiter3_)) InlineBool(InlineBool{i});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        sum += awaiter3_.await_resume();

        asl::destroy(l, l_live_);
      }
      k = 0;

      for (;;) {
        // co_await Inline{k} (line 112)
        ::new (asl::place(awaiter4_)) Inline(Inline{k});
        if (!awaiter4_.await_ready()) {
          state_ = 4;
          builder_.await_on_completed(awaiter4_, *this);
          unwind_.release();
          return;
        resume4_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition1_ = awaiter4_.await_resume() < 2;
        if (!condition1_)
          break;
        ++k;
      }

      std::printf("sum=%d k=%d\n", sum, k);
      builder_.set_result(std::move(sum));
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
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
  std::printf("ready=%d\n", t.is_ready());
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
