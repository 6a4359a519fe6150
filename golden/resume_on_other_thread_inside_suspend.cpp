// Checks an awaiter whose await_suspend resumes the task on another thread
// and joins it before returning: the task runs on (possibly to its end, and
// into its caller) while await_suspend is still on the stack, an exception
// from await_resume on that thread reaches the task's handler, and nothing
// touches the machine after the join.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

// Resumptions main runs in order; a Yield suspends onto the queue.
static std::deque<std::function<void()>> g_queue;
struct Yield {
  int id;
  bool await_ready() const {
    std::printf("    ready?%d\n", id);
    return false;
  }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("    resume%d\n", id);
    return id;
  }
};
inline void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// A traced object: prints its construction, copies, moves and destruction.
struct T {
  std::string n;
  T(std::string s) : n(std::move(s)) { std::printf("    +%s\n", n.c_str()); }
  T(const T &o) : n(o.n + "'") { std::printf("    +%s(copy)\n", n.c_str()); }
  T(T &&o) noexcept : n(o.n + "~") {
    std::printf("    +%s(move)\n", n.c_str());
  }
  ~T() { std::printf("    -%s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
};
struct OtherThread {
  int id;
  bool await_ready() const { return false; }
  template <class H> void await_suspend(H h) {
    int me = id;
    std::thread th([h] { h.resume(); });
    th.join(); // the task ran (maybe to completion) on another thread
    std::printf("    await_suspend%d returns after join\n", me);
  }
  int await_resume() {
    std::printf("    resumed%d\n", id);
    if (id == 3)
      throw std::runtime_error("three");
    return id;
  }
};

// The state machine of inner(), line 68. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct inner_machine {
  inner_machine() {}
  ~inner_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<OtherThread, T, int>;

  asl::task_builder<int> builder_;
  union {
    T in;
  };
  union {
    T step;
  };
  int s;
  int i;
  union {
    OtherThread awaiter0_;
  };
  int state_ = -1;
  bool in_live_ = false;
  bool step_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(step, step_live_);
    asl::destroy(in, in_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> inner() { return asl::start<inner_machine>(); }

inline void inner_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(in)) T("inner");
      in_live_ = true;

      s = 0;

      for (i = 1; i <= 4; ++i) {
        ::new (asl::place(step)) T("step" + std::to_string(i));
        step_live_ = true;

      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await OtherThread{i} (line 74)
          ::new (asl::place(awaiter0_)) OtherThread(OtherThread{i});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          s += awaiter0_.await_resume();

        } catch (const std::exception &e) {
          std::printf("  caught %s\n", e.what());
        }
        asl::destroy(step, step_live_);
      }
      builder_.set_result(std::move(s));
      asl::destroy(in, in_live_);
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

// The state machine of outer(), line 82. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine {
  outer_machine() {}
  ~outer_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<OtherThread, T, asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    T out;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    OtherThread awaiter1_;
  };
  int v;
  int state_ = -1;
  bool out_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(out, out_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> outer() { return asl::start<outer_machine>(); }

inline void outer_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(out)) T("outer");
      out_live_ = true;

      // co_await inner() (line 84)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{inner()};
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
      v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  outer got %d\n", v);
      // co_await OtherThread{5} (line 86)
      ::new (asl::place(awaiter1_)) OtherThread(OtherThread{5});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v += awaiter1_.await_resume();

      builder_.set_result(std::move(v));
      asl::destroy(out, out_live_);
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
  auto t = outer();
  std::printf("main ready=%d\n", (int)t.is_ready());
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}
