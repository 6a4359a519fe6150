// Awaits in subscripts on both sides of an assignment (right side first),
// in nested subscripts, in a subscript of an awaited container.
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

// The state machine of load(), line 78. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct load_machine {
  load_machine() {}
  ~load_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Gate> && !asl::usually_suspends<Gate>;

  asl::task_builder<std::vector<int>> builder_;
  union {
    Gate awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::vector<int>> load() {
  return asl::start<load_machine>();
}

inline void load_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Gate{} (line 79)
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

      builder_.set_result(std::vector<int>{1, 2, 3, 4, 5});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 83. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 85).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> a;
  };
  union {
    std::vector<int> b;
  };
  union {
    std::vector<std::vector<int>> grid;
  };
  union {
    int spill0_;
    int spill1_;
    std::vector<int> temporary2_;
    int spill3_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<std::vector<int>> awaiter4_;
    std::vector<int> *spill4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<std::vector<int>> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    asl::task_awaiter<int> awaiter8_;
  };
  int w;
  int state_ = -1;
  bool a_live_ = false;
  bool b_live_ = false;
  bool grid_live_ = false;
  bool temporary2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(grid, grid_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    default:
      break;
    }
    {
      ::new (asl::place(a)) std::vector<int>(5, 0);
      a_live_ = true;
      ::new (asl::place(b)) std::vector<int>{10, 20, 30, 40, 50};
      b_live_ = true;

      // co_await val("ri", 2) (line 85)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{val("ri", 2)};
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
      spill0_ = b[awaiter1_.await_resume()];
      // co_await val("li", 1) (line 85)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{val("li", 1)};
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
      a[awaiter0_.await_resume()] = spill0_;
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await val("v", 7) (line 86)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{val("v", 7)};
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
      spill1_ = awaiter3_.await_resume();
      // co_await val("inner", 1) (line 86)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{val("inner", 1)};
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
      a[a[awaiter2_.await_resume()] / 10] = spill1_;
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await load() (line 87)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<std::vector<int>>{load()};
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
      ::new (asl::place(temporary2_))
          std::vector<int>((awaiter4_.await_resume()));
      temporary2_live_ = true;
      // co_await load() (line 87)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<std::vector<int>>{load()};
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
      w = temporary2_[(awaiter5_.await_resume())[0]];
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter4_, awaiter4_live_);

      ::new (asl::place(grid))
          std::vector<std::vector<int>>(3, std::vector<int>(3, 0));
      grid_live_ = true;

      // co_await val("g", 4) (line 89)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{val("g", 4)};
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
      spill3_ = awaiter8_.await_resume();
      // co_await val("r", 1) (line 89)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{val("r", 1)};
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
      spill4_ = std::addressof(grid[awaiter6_.await_resume()]);
      // co_await val("c", 2) (line 89)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{val("c", 2)};
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
      (*spill4_)[awaiter7_.await_resume()] += spill3_;
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("a=%d,%d,%d,%d,%d w=%d g=%d\n", a[0], a[1], a[2], a[3], a[4],
                  w, grid[1][2]);
      builder_.set_result(std::move(w));
      asl::destroy(grid, grid_live_);
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
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
