// Destroying tasks suspended in the middle of a full-expression with
// temporaries alive, inside range-for over R's, with bindings and optional.
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

static int use(const R &a, int v, const R &b) {
  std::printf("use %s %d %s\n", a.name().c_str(), v, b.name().c_str());
  return v;
}
// The state machine of never(), line 82. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct never_machine {
  never_machine() {}
  ~never_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Gate, R> && !asl::usually_suspends<Gate>;

  asl::task_builder<int> builder_;
  union {
    R n;
  };
  union {
    Gate awaiter0_;
  };
  int state_ = -1;
  bool n_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(n, n_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> never() { return asl::start<never_machine>(); }

inline void never_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(n)) R("never-local");
      n_live_ = true;

      // co_await Gate{} (line 84)
      ::new (asl::place(awaiter0_)) Gate(Gate{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(0);
      asl::destroy(n, n_live_);
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

// The state machine of mid_expr(), line 87. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct mid_expr_machine {
  mid_expr_machine() {}
  ~mid_expr_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 89).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    R l;
  };
  union {
    R temporary0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool l_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(l, l_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> mid_expr() { return asl::start<mid_expr_machine>(); }

inline void mid_expr_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(l)) R("local");
      l_live_ = true;

      ::new (asl::place(temporary0_)) R(R("t1"));
      temporary0_live_ = true;
      // co_await never() (line 89)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{never()};
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
      spill1_ = awaiter0_.await_resume();
      builder_.set_result(use(temporary0_, spill1_, R("t2")));
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(l, l_live_);
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

// The state machine of in_range_for(), line 91. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct in_range_for_machine {
  in_range_for_machine() {}
  ~in_range_for_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'rs' may be kept (line
  // 93).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<R> rs;
  };
  std::vector<R> *range_;
  union {
    std::vector<R>::iterator begin_;
  };
  union {
    std::vector<R>::iterator end_;
  };
  const R *r;
  union {
    std::optional<R> opt;
  };
  union {
    std::pair<R, int> pr;
  };
  std::pair<R, int> *bindings7_;
  R *x_;
  int *y_;
  union {
    Gate awaiter0_;
  };
  int state_ = -1;
  bool rs_live_ = false;
  bool opt_live_ = false;
  bool pr_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(pr, pr_live_);
    asl::destroy(opt, opt_live_);
    asl::destroy(rs, rs_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> in_range_for() {
  return asl::start<in_range_for_machine>();
}

inline void in_range_for_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(rs)) std::vector<R>;
      rs_live_ = true;

      rs.emplace_back("e0");
      rs.emplace_back("e1");
      {
        range_ = std::addressof(rs);
        ::new (asl::place(begin_)) std::vector<R>::iterator((*range_).begin());
        ::new (asl::place(end_)) std::vector<R>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          r = std::addressof(*begin_);
          {
            ::new (asl::place(opt)) std::optional<R>;
            opt_live_ = true;

            opt.emplace("opt-" + (*r).name());
            ::new (asl::place(pr)) std::pair<R, int>(R("pr-" + (*r).name()), 1);
            pr_live_ = true;

            bindings7_ = std::addressof(pr);
            x_ = std::addressof(std::get<0>((*bindings7_)));
            y_ = std::addressof(std::get<1>((*bindings7_)));

            if ((*r).name() == "e1") {
              // co_await Gate{} (line 101)
              ::new (asl::place(awaiter0_)) Gate(Gate{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                unwind_.release();
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();
            }

            std::printf("%s %d\n", (*x_).name().c_str(), (*y_));
            asl::destroy(pr, pr_live_);
            asl::destroy(opt, opt_live_);
          }
        }
      }

      builder_.set_result(1);
      asl::destroy(rs, rs_live_);
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

// The state machine of range_over_temp(), line 106. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct range_over_temp_machine {
  range_over_temp_machine() {}
  ~range_over_temp_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 107 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<R> range_;
  };
  union {
    std::vector<R>::iterator begin_;
  };
  union {
    std::vector<R>::iterator end_;
  };
  R *r;
  union {
    R copy;
  };
  union {
    Gate awaiter0_;
  };
  int state_ = -1;
  bool range_live_ = false;
  bool copy_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(copy, copy_live_);
    asl::destroy(range_, range_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> range_over_temp() {
  return asl::start<range_over_temp_machine>();
}

inline void range_over_temp_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      {
        ::new (asl::place(range_))
            std::vector<R>(std::vector<R>{R("tv0"), R("tv1")});
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<R>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<R>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          r = std::addressof(*begin_);
          {
            ::new (asl::place(copy)) R((*r));
            copy_live_ = true;

            // co_await Gate{} (line 109)
            ::new (asl::place(awaiter0_)) Gate(Gate{});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter0_.await_resume();

            asl::destroy(copy, copy_live_);
          }
        }
        asl::destroy(range_, range_live_);
      }

      builder_.set_result(2);
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
  {
    auto t = mid_expr();
    std::printf("destroy mid_expr\n");
  }
  pending.clear();
  {
    auto t = in_range_for();
    std::printf("destroy in_range_for\n");
  }
  pending.clear();
  {
    auto t = range_over_temp();
    std::printf("destroy range_over_temp\n");
  }
  pending.clear();
  std::printf("end\n");
}
