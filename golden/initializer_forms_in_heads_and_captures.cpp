// Checks parenthesized and braced initializers, instead of `=`, where a
// declaration is not a plain statement: condition variables
// (`if (T t{co_await e})`, `while (T t{...})`), init-statements of if,
// switch, for and range-for (a reference extending a temporary and
// structured bindings among them), lifted or not, and the init-captures of a
// coroutine lambda (`[s{text}, s2(text), n{4}]`), which the lambda's closure
// is built from. Each lowers as its `=` form does.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct T {
  std::string s;
  T(std::string v) : s(std::move(v)) { std::printf("  T(%s)\n", s.c_str()); }
  T(const T &o) : s(o.s + "'") { std::printf("  copy T(%s)\n", s.c_str()); }
  ~T() { std::printf("  ~T(%s)\n", s.c_str()); }
  explicit operator bool() const { return !s.empty(); }
};

// The state machine of str(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct str_machine {
  explicit str_machine(const char *&v) : v(std::move(v)) {}
  ~str_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, const char *> && !asl::usually_suspends<Later>;

  asl::task_builder<std::string> builder_;
  const char *v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> str(const char *v) {
  return asl::start<str_machine>(v);
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
      // co_await later(0) (line 37)
      ::new (asl::place(awaiter0_)) Later(later(0));
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

// The state machine of heads(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct heads_machine {
  heads_machine() {}
  ~heads_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 44).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    T t1;
  };
  union {
    T t2;
  };
  union {
    T t3;
  };
  union {
    T t4;
  };
  union {
    const std::string ref;
  };
  union {
    T t5;
  };
  union {
    std::string s;
  };
  union {
    std::vector<int> items;
  };
  union {
    std::vector<int> copy;
  };
  std::vector<int> *range_;
  union {
    std::vector<int>::iterator begin_;
  };
  union {
    std::vector<int>::iterator end_;
  };
  union {
    std::vector<int> more;
  };
  std::vector<int> *range_1;
  union {
    std::vector<int>::iterator begin_1;
  };
  union {
    std::vector<int>::iterator end_1;
  };
  union {
    std::pair<std::vector<int>, std::string> both;
  };
  std::pair<std::vector<int>, std::string> *bindings22_;
  std::vector<int> *first_;
  std::string *second_;
  std::vector<int> *range_2;
  union {
    std::vector<int>::iterator begin_2;
  };
  union {
    std::vector<int>::iterator end_2;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
    Later awaiter1_;
    asl::task_awaiter<std::string> awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
    Later awaiter5_;
    bool condition0_;
    asl::task_awaiter<std::string> awaiter7_;
    Later awaiter8_;
    Later awaiter9_;
    Later awaiter10_;
    Later awaiter11_;
    asl::task_awaiter<std::string> awaiter12_;
    Later awaiter13_;
    Later awaiter14_;
    Later awaiter15_;
    Later awaiter16_;
    Later awaiter17_;
  };
  int total;
  int rounds;
  int k;
  int x1;
  int x2;
  int x3;
  union {
    Later awaiter6_;
  };
  int state_ = -1;
  bool t1_live_ = false;
  bool t2_live_ = false;
  bool t3_live_ = false;
  bool t4_live_ = false;
  bool ref_live_ = false;
  bool t5_live_ = false;
  bool s_live_ = false;
  bool items_live_ = false;
  bool copy_live_ = false;
  bool more_live_ = false;
  bool both_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter12_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(both, both_live_);
    asl::destroy(more, more_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(items, items_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(s, s_live_);
    asl::destroy(t5, t5_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(ref, ref_live_);
    asl::destroy(t4, t4_live_);
    asl::destroy(t3, t3_live_);
    asl::destroy(t2, t2_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(t1, t1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> heads() { return asl::start<heads_machine>(); }

inline void heads_machine::move_next() {
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
    default:
      break;
    }
    {
      total = 0;

      std::printf("conditions\n");
      {
        // co_await str("if") (line 44)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<std::string>{str("if")};
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
        ::new (asl::place(t1)) T{awaiter0_.await_resume()};
        t1_live_ = true;
        asl::destroy(awaiter0_, awaiter0_live_);
        if (t1) {
          // co_await later(1) (line 45)
          ::new (asl::place(awaiter1_)) Later(later(1));
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter1_.await_resume();

          total += (int)t1.s.size();
        }
        asl::destroy(t1, t1_live_);
      }

      {
        // co_await str("unlifted") (line 48)
        ::new (asl::place(awaiter2_))
            asl::task_awaiter<std::string>{str("unlifted")};
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
        T t{awaiter2_.await_resume()};
        asl::destroy(awaiter2_, awaiter2_live_);
        if (t)
          total += (int)t.s.size();
      }

      {
        // co_await later(4) (line 50)
        ::new (asl::place(awaiter3_)) Later(later(4));
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        int n{awaiter3_.await_resume()};
        if (n)
          total += n;
      }

      rounds = 0;

      for (;;) {
        asl::destroy(t2, t2_live_);
        ::new (asl::place(t2)) T{rounds < 2 ? std::string("w") : std::string()};
        t2_live_ = true;
        if (!t2)
          break;
        {
          // co_await later(1) (line 54)
          ::new (asl::place(awaiter4_)) Later(later(1));
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

          total += (int)t2.s.size();
          ++rounds;
        }
      }
      asl::destroy(t2, t2_live_);

      std::printf("init-statements\n");
      {
        ::new (asl::place(t3)) T("if2");
        t3_live_ = true;
        if (t3) {
          // co_await later(1) (line 60)
          ::new (asl::place(awaiter5_)) Later(later(1));
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

          total += (int)t3.s.size();
        }
        asl::destroy(t3, t3_live_);
      }

      {
        ::new (asl::place(t4)) T{"if3"};
        t4_live_ = true;
        // co_await later(1) (line 63)
        ::new (asl::place(awaiter6_)) Later(later(1));
        if (!awaiter6_.await_ready()) {
          state_ = 6;
          builder_.await_on_completed(awaiter6_, *this);
          unwind_.release();
          return;
        resume6_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition0_ = awaiter6_.await_resume();
        if (condition0_)
          total += (int)t4.s.size();
        asl::destroy(t4, t4_live_);
      }

      {
        // co_await str("ref") (line 65)
        ::new (asl::place(awaiter7_))
            asl::task_awaiter<std::string>{str("ref")};
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
        ::new (asl::place(ref)) const std::string(awaiter7_.await_resume());
        ref_live_ = true;
        asl::destroy(awaiter7_, awaiter7_live_);
        if (!ref.empty()) {
          // co_await later(1) (line 66)
          ::new (asl::place(awaiter8_)) Later(later(1));
          if (!awaiter8_.await_ready()) {
            state_ = 8;
            builder_.await_on_completed(awaiter8_, *this);
            unwind_.release();
            return;
          resume8_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter8_.await_resume();

          total += (int)ref.size();
        }
        asl::destroy(ref, ref_live_);
      }

      {
        // co_await later(2) (line 69)
        ::new (asl::place(awaiter9_)) Later(later(2));
        if (!awaiter9_.await_ready()) {
          state_ = 9;
          builder_.await_on_completed(awaiter9_, *this);
          unwind_.release();
          return;
        resume9_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        k = (awaiter9_.await_resume());
        switch (k) {
        case 2:
          // co_await later(1) (line 71)
          ::new (asl::place(awaiter10_)) Later(later(1));
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

          total += k;
          break;
        default:
          break;
        }
      }

      {
        for (::new (asl::place(t5)) T("for"), t5_live_ = true; rounds < 4;
             ++rounds) {
          // co_await later(1) (line 78)
          ::new (asl::place(awaiter11_)) Later(later(1));
          if (!awaiter11_.await_ready()) {
            state_ = 11;
            builder_.await_on_completed(awaiter11_, *this);
            unwind_.release();
            return;
          resume11_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter11_.await_resume();

          total += (int)t5.s.size();
        }
        asl::destroy(t5, t5_live_);
      }

      {
        // co_await str("ab") (line 81)
        ::new (asl::place(awaiter12_))
            asl::task_awaiter<std::string>{str("ab")};
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
        ::new (asl::place(s)) std::string{awaiter12_.await_resume()},
            s_live_ = true;
        asl::destroy(awaiter12_, awaiter12_live_);

        for (;;) {
          if (!(!s.empty()))
            break;
          {
            // co_await later(1) (line 82)
            ::new (asl::place(awaiter13_)) Later(later(1));
            if (!awaiter13_.await_ready()) {
              state_ = 13;
              builder_.await_on_completed(awaiter13_, *this);
              unwind_.release();
              return;
            resume13_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter13_.await_resume();

            total += (int)s.size();
          }
          s.pop_back();
        }
        asl::destroy(s, s_live_);
      }

      ::new (asl::place(items)) std::vector<int>{1, 2, 3};
      items_live_ = true;

      {
        ::new (asl::place(copy)) std::vector<int>(items);
        copy_live_ = true;
        range_ = std::addressof(copy);
        ::new (asl::place(begin_))
            std::vector<int>::iterator((*range_).begin());
        ::new (asl::place(end_)) std::vector<int>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          x1 = *begin_;
          {
            // co_await later(1) (line 87)
            ::new (asl::place(awaiter14_)) Later(later(1));
            if (!awaiter14_.await_ready()) {
              state_ = 14;
              builder_.await_on_completed(awaiter14_, *this);
              unwind_.release();
              return;
            resume14_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter14_.await_resume();

            total += x1;
          }
        }
        asl::destroy(copy, copy_live_);
      }

      {
        // co_await later(7) (line 90)
        ::new (asl::place(awaiter15_)) Later(later(7));
        if (!awaiter15_.await_ready()) {
          state_ = 15;
          builder_.await_on_completed(awaiter15_, *this);
          unwind_.release();
          return;
        resume15_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(more)) std::vector<int>{awaiter15_.await_resume(), 8};
        more_live_ = true;
        range_1 = std::addressof(more);
        ::new (asl::place(begin_1))
            std::vector<int>::iterator((*range_1).begin());
        ::new (asl::place(end_1)) std::vector<int>::iterator((*range_1).end());
        for (; begin_1 != end_1; ++begin_1) {
          x2 = *begin_1;
          {
            // co_await later(1) (line 91)
            ::new (asl::place(awaiter16_)) Later(later(1));
            if (!awaiter16_.await_ready()) {
              state_ = 16;
              builder_.await_on_completed(awaiter16_, *this);
              unwind_.release();
              return;
            resume16_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter16_.await_resume();

            total += x2;
          }
        }
        asl::destroy(more, more_live_);
      }

      ::new (asl::place(both))
          std::pair<std::vector<int>, std::string>{items, "xy"};
      both_live_ = true;

      {
        bindings22_ = std::addressof(both);
        first_ = std::addressof(std::get<0>((*bindings22_)));
        second_ = std::addressof(std::get<1>((*bindings22_)));
        range_2 = std::addressof((*first_));
        ::new (asl::place(begin_2))
            std::vector<int>::iterator((*range_2).begin());
        ::new (asl::place(end_2)) std::vector<int>::iterator((*range_2).end());
        for (; begin_2 != end_2; ++begin_2) {
          x3 = *begin_2;
          {
            // co_await later(1) (line 96)
            ::new (asl::place(awaiter17_)) Later(later(1));
            if (!awaiter17_.await_ready()) {
              state_ = 17;
              builder_.await_on_completed(awaiter17_, *this);
              unwind_.release();
              return;
            resume17_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter17_.await_resume();

            total += x3 + (int)(*second_).size();
          }
        }
      }

      std::printf("total %d\n", total);
      builder_.set_result(std::move(total));
      asl::destroy(both, both_live_);
      asl::destroy(items, items_live_);
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

struct P {
  std::string name;
  int n;
  ~P() { std::printf("  ~P(%s)\n", name.c_str()); }
};

// The state machine of get(), line 109. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct get_machine {
  explicit get_machine(int &v) : v(std::move(v)) {}
  ~get_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<P> builder_;
  int v;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<P> get(int v) { return asl::start<get_machine>(v); }

inline void get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(v) (line 110)
      ::new (asl::place(awaiter0_)) Later(later(v));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(P{"g" + std::to_string(v), v});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of bindings(), line 114. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct bindings_machine {
  bindings_machine() {}
  ~bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 117).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    P bindings2_;
  };
  std::pair<int, int> *bindings3_;
  int *c_;
  int *d_;
  union {
    P bindings6_;
  };
  union {
    P bindings7_;
  };
  union {
    asl::task_awaiter<P> awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    asl::task_awaiter<P> awaiter3_;
    Later awaiter4_;
    asl::task_awaiter<P> awaiter5_;
    Later awaiter6_;
  };
  int total;
  union {
    std::pair<int, int> pr;
  };
  int state_ = -1;
  bool bindings2_live_ = false;
  bool bindings6_live_ = false;
  bool bindings7_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(bindings7_, bindings7_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(bindings6_, bindings6_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings2_, bindings2_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> bindings() { return asl::start<bindings_machine>(); }

inline void bindings_machine::move_next() {
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
    default:
      break;
    }
    {
      total = 0;

      ::new (asl::place(pr)) std::pair<int, int>{1, 2};

      {
        // co_await get(1) (line 117)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<P>{get(1)};
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
        ::new (asl::place(bindings2_)) P(awaiter0_.await_resume());
        bindings2_live_ = true;
        asl::destroy(awaiter0_, awaiter0_live_);
        if (!bindings2_.name.empty()) {
          // co_await later(0) (line 118)
          ::new (asl::place(awaiter1_)) Later(later(0));
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter1_.await_resume();

          total += bindings2_.n;
        }
        asl::destroy(bindings2_, bindings2_live_);
      }

      {
        bindings3_ = std::addressof(pr);
        c_ = std::addressof(std::get<0>((*bindings3_)));
        d_ = std::addressof(std::get<1>((*bindings3_)));
        if ((*c_) > 0) {
          // co_await later(0) (line 122)
          ::new (asl::place(awaiter2_)) Later(later(0));
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

          total += (*d_);
        }
      }

      {
        // co_await get(3) (line 125)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<P>{get(3)};
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
        ::new (asl::place(bindings6_)) P{awaiter3_.await_resume()};
        bindings6_live_ = true;
        asl::destroy(awaiter3_, awaiter3_live_);
        switch (bindings6_.n) {
        case 3:
          // co_await later(0) (line 127)
          ::new (asl::place(awaiter4_)) Later(later(0));
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

          total += bindings6_.n + (int)bindings6_.name.size();
          break;
        default:
          break;
        }
        asl::destroy(bindings6_, bindings6_live_);
      }

      {
        // co_await get(4) (line 133)
        ::new (asl::place(awaiter5_)) asl::task_awaiter<P>{get(4)};
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
        ::new (asl::place(bindings7_)) P(awaiter5_.await_resume()),
            bindings7_live_ = true;
        asl::destroy(awaiter5_, awaiter5_live_);

        for (;;) {
          if (!(bindings7_.n < 6))
            break;
          {
            // co_await later(0) (line 134)
            ::new (asl::place(awaiter6_)) Later(later(0));
            if (!awaiter6_.await_ready()) {
              state_ = 6;
              builder_.await_on_completed(awaiter6_, *this);
              unwind_.release();
              return;
            resume6_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter6_.await_resume();

            total += bindings7_.n + (int)bindings7_.name.size();
          }
          ++bindings7_.n;
        }
        asl::destroy(bindings7_, bindings7_live_);
      }

      builder_.set_result(std::move(total));
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

// The state machine of captures(), line 140. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct captures_machine {
  // The closure of the coroutine lambda on line 142, as a class the machine can
  // keep.
  struct lambda_closure {
    std::string s;
    std::string s2;
    int n;
    int m;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 142. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lambda_machine {
        lambda_machine(const std::string &s, const std::string &s2,
                       const int &n, const int &m)
            : s(s), s2(s2), n(n), m(m) {}
        ~lambda_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Later> &&
                                               !asl::usually_suspends<Later>>;

        asl::task_builder<int> builder_;
        const std::string &s;
        const std::string &s2;
        const int &n;
        const int &m;
        union {
          Later awaiter0_;
        };
        int state_ = -1;

        void move_next() {
          try {
            switch (state_) {
            case 0:
              goto resume0_;
            default:
              break;
            }
            {
              // co_await later(1) (line 143)
              ::new (asl::place(awaiter0_)) Later(later(1));
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              builder_.set_result((int)(s.size() + s2.size()) + n + m);
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

      return asl::start<lambda_machine>(s, s2, n, m);
    }
  };

  captures_machine() {}
  ~captures_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 142 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string text;
  };
  union {
    lambda_closure lambda;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool text_live_ = false;
  bool lambda_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(lambda, lambda_live_);
    asl::destroy(text, text_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> captures() { return asl::start<captures_machine>(); }

inline void captures_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(text)) std::string("lambda");
      text_live_ = true;

      ::new (asl::place(lambda)) lambda_closure{{text}, (text), 3, 4};
      lambda_live_ = true;

      // co_await lambda() (line 146)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{lambda()};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(lambda, lambda_live_);
      asl::destroy(text, text_live_);
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

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = heads();
  drain();
  std::printf("heads %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> b = bindings();
  drain();
  std::printf("bindings %d\n", asl::sync_wait(std::move(b)));
  asl::Task<int> u = captures();
  drain();
  std::printf("captures %d\n", asl::sync_wait(std::move(u)));
}
