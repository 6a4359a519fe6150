// Destroying suspended tasks in the middle of shapes: a half-built
// aggregate, a range-for's held range, a condition variable, a
// lifetime-extended temporary, a co_return's spilled operands, a try in a loop.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>

struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("    +%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "c") { std::printf("    +%s\n", n.c_str()); }
  ~R() { std::printf("    -%s\n", n.c_str()); }
  explicit operator bool() const { return true; }
};
struct Agg {
  R a, b, c;
};
std::vector<R> make_range() {
  std::vector<R> v;
  v.reserve(2);
  v.emplace_back("e0");
  v.emplace_back("e1");
  return v;
}
static int join(const R &a, int b, const R &c) {
  return (int)a.n.size() + b + (int)c.n.size();
}

asl::Event never;
// The state machine of wait_r(), line 34. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct wait_r_machine {
  explicit wait_r_machine(const char *&s) : s(std::move(s)) {}
  ~wait_r_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, const char *> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<R> builder_;
  const char *s;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<R> wait_r(const char *s) {
  return asl::start<wait_r_machine>(s);
}

inline void wait_r_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await never (line 35)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(never));
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

      builder_.set_result(R(s));
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

// The state machine of wait_i(), line 38. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct wait_i_machine {
  wait_i_machine() {}
  ~wait_i_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> wait_i() { return asl::start<wait_i_machine>(); }

inline void wait_i_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await never (line 39)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(never));
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

      builder_.set_result(1);
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

// The state machine of now_r(), line 42. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct now_r_machine {
  explicit now_r_machine(const char *&s) : s(std::move(s)) {}
  ~now_r_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<const char *>;

  asl::task_builder<R> builder_;
  const char *s;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<R> now_r(const char *s) {
  return asl::start<now_r_machine>(s);
}

inline void now_r_machine::move_next() {
  try {
    {
      builder_.set_result(R(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of shape(), line 44. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct shape_machine {
  explicit shape_machine(int &k) : k(std::move(k)) {}
  ~shape_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'g' may be kept (line
  // 49).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    R top;
  };
  union {
    Agg g;
  };
  union {
    std::vector<R> range_;
  };
  union {
    std::vector<R>::iterator begin_;
  };
  union {
    std::vector<R>::iterator end_;
  };
  R *x;
  union {
    R body;
  };
  union {
    R c;
  };
  union {
    const R ext;
  };
  union {
    R loop;
  };
  union {
    R tr;
  };
  union {
    asl::task_awaiter<R> awaiter0_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<R> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    R temporary0_;
    R temporary2_;
    asl::task_awaiter<int> awaiter10_;
  };
  union {
    asl::task_awaiter<R> awaiter1_;
    int spill1_;
    asl::task_awaiter<R> awaiter8_;
  };
  union {
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<R> awaiter9_;
  };
  union {
    asl::task_awaiter<R> awaiter7_;
  };
  int k;
  int i;
  int state_ = -1;
  bool top_live_ = false;
  bool g_live_ = false;
  bool range_live_ = false;
  bool body_live_ = false;
  bool c_live_ = false;
  bool ext_live_ = false;
  bool loop_live_ = false;
  bool tr_live_ = false;
  bool temporary0_live_ = false;
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
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool g_a_live_ = false;
  bool g_b_live_ = false;
  bool g_c_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(tr, tr_live_);
    asl::destroy(loop, loop_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(ext, ext_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(c, c_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(body, body_live_);
    asl::destroy(range_, range_live_);
    asl::destroy(g.c, g_c_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(g.b, g_b_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(g.a, g_a_live_);
    asl::destroy(g, g_live_);
    asl::destroy(top, top_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> shape(int k) { return asl::start<shape_machine>(k); }

inline void shape_machine::move_next() {
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
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(top)) R("top");
      top_live_ = true;

      switch (k) {
      case 0: {
        ::new (asl::place(g.a)) R(R("ga"));
        g_a_live_ = true;
        // co_await now_r("gb") (line 48)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<R>{now_r("gb")};
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
        ::new (asl::place(g.b)) R(awaiter0_.await_resume());
        g_b_live_ = true;
        // co_await wait_r("gc") (line 48)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<R>{wait_r("gc")};
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
        ::new (asl::place(g.c)) R(awaiter1_.await_resume());
        g_c_live_ = true;
        g_a_live_ = false;
        g_b_live_ = false;
        g_c_live_ = false;
        g_live_ = true;
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(awaiter0_, awaiter0_live_);

        builder_.set_result((int)g.a.n.size());
        asl::destroy(g, g_live_);
        asl::destroy(top, top_live_);
        unwind_.release();
        goto finish_;
      }
      case 1: {
        ::new (asl::place(range_)) std::vector<R>(make_range());
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<R>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<R>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          x = std::addressof(*begin_);
          {
            ::new (asl::place(body)) R("body-" + (*x).n);
            body_live_ = true;

            // co_await wait_i() (line 54)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{wait_i()};
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
            awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);

            asl::destroy(body, body_live_);
          }
        }
        asl::destroy(range_, range_live_);
      }

      break;
      case 2: {
        // co_await now_r("cond") (line 58)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<R>{now_r("cond")};
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
        ::new (asl::place(c)) R(awaiter3_.await_resume());
        c_live_ = true;
        asl::destroy(awaiter3_, awaiter3_live_);
        if (c) {
          // co_await wait_i() (line 59)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{wait_i()};
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
          awaiter4_.await_resume();
          asl::destroy(awaiter4_, awaiter4_live_);
        }
        asl::destroy(c, c_live_);
      }

      break;
      case 3: {
        ::new (asl::place(ext)) const R(R("ext"));
        ext_live_ = true;

        // co_await wait_i() (line 64)
        ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{wait_i()};
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
        awaiter5_.await_resume();
        asl::destroy(awaiter5_, awaiter5_live_);

        builder_.set_result((int)ext.n.size());
        asl::destroy(ext, ext_live_);
        asl::destroy(top, top_live_);
        unwind_.release();
        goto finish_;
      }
      case 4:
        ::new (asl::place(temporary0_)) R(R("left"));
        temporary0_live_ = true;
        // co_await wait_i() (line 68)
        ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{wait_i()};
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
        spill1_ = awaiter6_.await_resume();
        // co_await now_r("right") (line 68)
        ::new (asl::place(awaiter7_)) asl::task_awaiter<R>{now_r("right")};
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
        builder_.set_result(
            join(temporary0_, spill1_, awaiter7_.await_resume()));
        asl::destroy(awaiter7_, awaiter7_live_);
        asl::destroy(awaiter6_, awaiter6_live_);
        asl::destroy(temporary0_, temporary0_live_);
        asl::destroy(top, top_live_);
        unwind_.release();
        goto finish_;

      case 5:
        // co_await now_r("first") (line 70)
        ::new (asl::place(awaiter8_)) asl::task_awaiter<R>{now_r("first")};
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
        ::new (asl::place(temporary2_)) R(awaiter8_.await_resume());
        temporary2_live_ = true;
        // co_await wait_r("second") (line 70)
        ::new (asl::place(awaiter9_)) asl::task_awaiter<R>{wait_r("second")};
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
        builder_.set_result(join(temporary2_, 1, awaiter9_.await_resume()));
        asl::destroy(awaiter9_, awaiter9_live_);
        asl::destroy(temporary2_, temporary2_live_);
        asl::destroy(awaiter8_, awaiter8_live_);
        asl::destroy(top, top_live_);
        unwind_.release();
        goto finish_;

      default:
        for (i = 0; i < 2; ++i) {
          ::new (asl::place(loop)) R("loop" + std::to_string(i));
          loop_live_ = true;

        try0_:
          try {
            asl::try_unwind_guard unwind_try_(unwind_, [&] {
              asl::destroy(awaiter10_, awaiter10_live_);
              asl::destroy(tr, tr_live_);
            });
            switch (state_) {
            case 10:
              goto resume10_;
            default:
              break;
            }

            ::new (asl::place(tr)) R("try");
            tr_live_ = true;

            if (i == 1) {
              // co_await wait_i() (line 77)
              ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{wait_i()};
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
              awaiter10_.await_resume();
              asl::destroy(awaiter10_, awaiter10_live_);
            }

            asl::destroy(tr, tr_live_);
          } catch (...) {
          }
          asl::destroy(loop, loop_live_);
        }
      }
      builder_.set_result(0);
      asl::destroy(top, top_live_);
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
  for (int k = 0; k < 7; ++k) {
    std::printf("shape %d\n", k);
    {
      asl::Task<int> t = shape(k);
      std::printf("  suspended=%d, destroy\n", (int)!t.is_ready());
    }
  }
}
