// Checks awaits in Duff's device: case labels of a switch placed inside the
// do-while loop it jumps into, an await before each label, and a block with
// a lifted local between two labels. Each count enters the loop at a
// different case; every await resumes inside the loop and the local dies at
// its block end on every pass.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
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

// The state machine of body(), line 49. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(int &count) : count(std::move(count)) {}
  ~body_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<T, Yield, int>;

  asl::task_builder<int> builder_;
  union {
    T blk;
  };
  int count;
  int sum;
  int n;
  int i;
  union {
    Yield awaiter0_;
    Yield awaiter1_;
    Yield awaiter2_;
    Yield awaiter3_;
  };
  int state_ = -1;
  bool blk_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(blk, blk_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> body(int count) {
  return asl::start<body_machine>(count);
}

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
    default:
      break;
    }
    {
      sum = 0;

      n = (count + 3) / 4;

      i = 0;

      switch (count % 4) {
      case 0:
        do {
          // co_await Yield{i++} (line 56)
          ::new (asl::place(awaiter0_)) Yield(Yield{i++});
          if (!awaiter0_.await_ready()) {
            state_ = 0;
            builder_.await_on_completed(awaiter0_, *this);
            unwind_.release();
            return;
          resume0_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          sum += awaiter0_.await_resume();

          [[fallthrough]];
        case 3:
          // co_await Yield{i++} (line 59)
          ::new (asl::place(awaiter1_)) Yield(Yield{i++});
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          sum += awaiter1_.await_resume();

          [[fallthrough]];
        case 2: {
          ::new (asl::place(blk)) T("blk");
          blk_live_ = true;

          // co_await Yield{i++} (line 63)
          ::new (asl::place(awaiter2_)) Yield(Yield{i++});
          if (!awaiter2_.await_ready()) {
            state_ = 2;
            builder_.await_on_completed(awaiter2_, *this);
            unwind_.release();
            return;
          resume2_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          sum += awaiter2_.await_resume();

          asl::destroy(blk, blk_live_);
        }
          [[fallthrough]];
        case 1:
          // co_await Yield{i++} (line 67)
          ::new (asl::place(awaiter3_)) Yield(Yield{i++});
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

        } while (--n > 0);
      }
      std::printf("  sum=%d i=%d\n", sum, i);
      builder_.set_result(std::move(sum));
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
  for (int c = 1; c <= 6; ++c) {
    auto t = body(c);
    drain();
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
