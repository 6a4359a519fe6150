// Checks braced lists made into std::initializer_list in more shapes, each
// across awaits: named lists in a for-init, an if-init and several
// declarators, `auto` lists in a loop, a list left by break and by a
// thrown exception, and lists passed to a member function, to a function
// template (E deduced from the list), as an std::initializer_list of
// vectors, in conditions and loop heads, in `&&`, in a coroutine lambda, and
// as an operand of a call whose later argument awaits (by value and by
// const reference: the list must still see its array after the await).
#include <asl/task.h>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

static std::function<void()> pending;
struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 2; }
};
struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &o) : id(o.id + 100) { std::printf("  copy +%d\n", id); }
  ~Noisy() { std::printf("  -%d\n", id); }
};
// The state machine of total(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct total_machine {
  explicit total_machine(std::initializer_list<int> &xs) : xs(std::move(xs)) {}
  ~total_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<int> xs;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> total(std::initializer_list<int> xs) {
  return asl::start<total_machine>(xs);
}

inline void total_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 32)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      int s = 0;
      for (int x : xs)
        s += x;
      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class T> struct tsum_machine;

template <class T> ASL_ASYNC asl::Task<T> tsum(std::initializer_list<T> xs) {
  return asl::start<tsum_machine<T>>(xs);
}

// The state machine of sizes(), line 45. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct sizes_machine {
  explicit sizes_machine(std::initializer_list<std::vector<int>> &xs)
      : xs(std::move(xs)) {}
  ~sizes_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 48).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<std::vector<int>> xs;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> sizes(std::initializer_list<std::vector<int>> xs) {
  return asl::start<sizes_machine>(xs);
}

inline void sizes_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 46)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      int s = 0;
      for (auto &v : xs)
        s += (int)v.size();
      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Obj {
  int base = 100;
  struct add_machine;
  ASL_ASYNC asl::Task<int> add(std::initializer_list<int> xs);
};

// The state machine of Obj::add(), line 54. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct Obj::add_machine {
  add_machine(Obj *this_, std::initializer_list<int> &xs)
      : this_(this_), xs(std::move(xs)) {}
  ~add_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Obj *this_;
  std::initializer_list<int> xs;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Obj::add(std::initializer_list<int> xs) {
  return asl::start<add_machine>(this, xs);
}

inline void Obj::add_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 55)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      int s = this_->base;
      for (int x : xs)
        s += x;
      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int two(std::initializer_list<int> xs, int b) { return (int)xs.size() + b; }
// The state machine of pair(), line 63. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pair_machine {
  pair_machine(std::initializer_list<int> &xs, int &b)
      : xs(std::move(xs)), b(std::move(b)) {}
  ~pair_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 65).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<int> xs;
  int b;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> pair(std::initializer_list<int> xs, int b) {
  return asl::start<pair_machine>(xs, b);
}

inline void pair_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 64)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result((int)xs.size() * 10 + *(xs.end() - 1) + b);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int cref(const std::initializer_list<int> &xs, int b) {
  return (int)xs.size() + b;
}

// The state machine of run(), line 71. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  // The closure of the coroutine lambda on line 126, as a class the machine can
  // keep.
  struct lam_closure {
    int a;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 126. state_ is -1 while it runs,
      // N while it is suspended at co_await N, -2 once it has finished.
      struct lam_machine {
        explicit lam_machine(const int &a) : a(a) {}
        ~lam_machine() { destroy_live(); }

        // Built in its heap box from the start: std::initializer_list 'in'
        // points to its array in the machine.
        using relocatable = std::false_type;

        asl::task_builder<int> builder_;
        const int &a;
        union {
          std::initializer_list<int> in;
        };
        union {
          Pause awaiter0_;
          asl::task_awaiter<int> awaiter1_;
        };
        union {
          int in_array_[2];
        };
        int state_ = -1;
        bool awaiter1_live_ = false;

        // Destroys the lifted objects still alive, last constructed first: when
        // an exception leaves the body, or when the task is destroyed while
        // suspended.
        void destroy_live() noexcept {
          asl::destroy(awaiter1_, awaiter1_live_);
        }

        void move_next() {
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
              ::new (asl::place(in_array_)) int[2]{a, a};
              asl::detail::init_list_over(in, in_array_, 2);

              // co_await Pause{} (line 128)
              ::new (asl::place(awaiter0_)) Pause(Pause{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              // co_await total(in) (line 129)
              ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{total(in)};
              awaiter1_live_ = true;
              if (!awaiter1_.await_ready()) {
                state_ = 1;
                builder_.await_on_completed(awaiter1_, *this);
                return;
              resume1_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              builder_.set_result(awaiter1_.await_resume());
              asl::destroy(awaiter1_, awaiter1_live_);
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
      };

      return asl::start<lam_machine>(a);
    }
  };

  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'l' points to
  // its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<int> l1;
  };
  union {
    std::initializer_list<Noisy> l2;
  };
  union {
    std::initializer_list<Noisy> w;
  };
  union {
    std::initializer_list<Noisy> t;
  };
  union {
    std::initializer_list<int> m;
  };
  union {
    std::initializer_list<int> n;
  };
  union {
    std::initializer_list<int> l3;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
    int list0_[2];
    int list1_[2];
    int list2_[2];
    double list3_[2];
    std::vector<int> list4_[3];
    int list5_[2];
    int list6_[3];
    int list7_[4];
    bool condition8_;
    Pause awaiter15_;
    int spill11_;
    Pause awaiter17_;
    asl::task_awaiter<int> awaiter18_;
    int list12_[2];
  };
  union {
    bool condition14_;
    bool condition13_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<double> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    Pause awaiter9_;
    asl::task_awaiter<int> awaiter10_;
    Pause awaiter12_;
    int list9_[1];
    Pause awaiter16_;
    asl::task_awaiter<int> awaiter19_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    Pause awaiter11_;
    int list10_[1];
  };
  union {
    asl::task_awaiter<int> awaiter13_;
  };
  union {
    asl::task_awaiter<int> awaiter14_;
  };
  int a;
  int r;
  union {
    int l1_array_[2];
  };
  union {
    Noisy l2_array_[1];
  };
  union {
    Noisy w_array_[2];
  };
  union {
    Noisy t_array_[1];
  };
  int i;
  union {
    Obj o;
  };
  union {
    int m_array_[1];
  };
  union {
    int n_array_[2];
  };
  int k;
  union {
    int l3_array_[2];
  };
  union {
    lam_closure lam;
  };
  int state_ = -1;
  bool l2_array_live_ = false;
  bool w_array_live_ = false;
  bool t_array_live_ = false;
  bool list4_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter18_live_ = false;
  bool awaiter19_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter19_, awaiter19_live_);
    asl::destroy(awaiter18_, awaiter18_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(list4_, list4_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(t_array_, t_array_live_);
    asl::destroy(w_array_, w_array_live_);
    asl::destroy(l2_array_, l2_array_live_);
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
      goto try0_;
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
    default:
      break;
    }
    {
      a = 3;

      r = 0;

      for (::new (asl::place(l1_array_)) int[2]{1, 2},
           asl::detail::init_list_over(l1, l1_array_, 2);
           r < 10; r += 5) {
        // co_await Pause{} (line 75)
        ::new (asl::place(awaiter0_)) Pause(Pause{});
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

        std::printf("for-init %zu %d\n", l1.size(), *l1.begin());
      }
      {
        ::new (asl::place(l2_array_)) Noisy[1]{Noisy(1)};
        l2_array_live_ = true;
        asl::detail::init_list_over(l2, l2_array_, 1);
        if (l2.size() == 1) {
          // co_await Pause{} (line 79)
          ::new (asl::place(awaiter1_)) Pause(Pause{});
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

          std::printf("if-init %d\n", l2.begin()->id);
        }
        asl::destroy(l2_array_, l2_array_live_);
      }

      while (true) {
        ::new (asl::place(w_array_)) Noisy[2]{Noisy(2), Noisy(3)};
        w_array_live_ = true;
        asl::detail::init_list_over(w, w_array_, 2);

        // co_await Pause{} (line 84)
        ::new (asl::place(awaiter2_)) Pause(Pause{});
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

        if (w.size() == 2) {
          asl::destroy(w_array_, w_array_live_);
          break;
        }

        asl::destroy(w_array_, w_array_live_);
      }
      std::puts("after break");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(t_array_, t_array_live_); });
        switch (state_) {
        case 3:
          goto resume3_;
        default:
          break;
        }

        ::new (asl::place(t_array_)) Noisy[1]{Noisy(4)};
        t_array_live_ = true;
        asl::detail::init_list_over(t, t_array_, 1);

        (void)t;
        // co_await Pause{} (line 92)
        ::new (asl::place(awaiter3_)) Pause(Pause{});
        if (!awaiter3_.await_ready()) {
          state_ = 3;
          builder_.await_on_completed(awaiter3_, *this);
          unwind_.release();
          return;
        resume3_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter3_.await_resume();

        throw std::runtime_error("x");
      } catch (const std::exception &) {
        std::puts("handler");
      }
      {
        ::new (asl::place(list0_)) int[2]{1, a};
        // co_await total({1, a}) (line 97)
        ::new (asl::place(awaiter4_))
            asl::task_awaiter<int>{total(asl::detail::list_over(list0_, 2))};
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
        condition14_ = awaiter4_.await_resume() > 2;
        asl::destroy(awaiter4_, awaiter4_live_);
        if (condition14_)
          std::puts("cond");
      }

      i = 0;

      for (;;) {
        ::new (asl::place(list1_)) int[2]{i, 1};
        // co_await total({i, 1}) (line 100)
        ::new (asl::place(awaiter5_))
            asl::task_awaiter<int>{total(asl::detail::list_over(list1_, 2))};
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
        condition13_ = awaiter5_.await_resume() < 4;
        asl::destroy(awaiter5_, awaiter5_live_);
        if (!condition13_)
          break;
        ++i;
      }

      std::printf("while %d\n", i);
      ::new (asl::place(o)) Obj;

      ::new (asl::place(list2_)) int[2]{1, 2};
      // co_await o.add({1, 2}) (line 104)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<int>{o.add(asl::detail::list_over(list2_, 2))};
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
      r = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("member %d\n", r);
      ::new (asl::place(list3_)) double[2]{1.5, 2.5};
      // co_await tsum({1.5, 2.5}) (line 106)
      ::new (asl::place(awaiter7_))
          asl::task_awaiter<double>{tsum(asl::detail::list_over(list3_, 2))};
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
      r = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("template %d\n", r);
      ::new (asl::place(list4_)) std::vector<int>[ 3 ]{{1, 2}, {3}, {}};
      list4_live_ = true;
      // co_await sizes({{1, 2}, {3}, {}}) (line 108)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{sizes(asl::detail::list_over(list4_, 3))};
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
      r = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);
      asl::destroy(list4_, list4_live_);

      std::printf("nested %d\n", r);
      ::new (asl::place(list5_)) int[2]{1, 2};
      // co_await Pause{} (line 110)
      ::new (asl::place(awaiter9_)) Pause(Pause{});
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = two(asl::detail::list_over(list5_, 2), awaiter9_.await_resume());

      std::printf("scalar then await %d\n", r);
      ::new (asl::place(list6_)) int[3]{1, 2, 3};
      // co_await Pause{} (line 112)
      ::new (asl::place(awaiter11_)) Pause(Pause{});
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      // co_await pair({1, 2, 3}, co_await Pause{}) (line 112)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{
          pair(asl::detail::list_over(list6_, 3), awaiter11_.await_resume())};
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
      r = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("list then await arg %d\n", r);
      ::new (asl::place(list7_)) int[4]{1, 2, 3, 4};
      // co_await Pause{} (line 114)
      ::new (asl::place(awaiter12_)) Pause(Pause{});
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = cref(asl::detail::list_over(list7_, 4), awaiter12_.await_resume());

      std::printf("const ref then await %d\n", r);
      ::new (asl::place(list9_)) int[1]{1};
      // co_await total({1}) (line 116)
      ::new (asl::place(awaiter13_))
          asl::task_awaiter<int>{total(asl::detail::list_over(list9_, 1))};
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
      condition8_ = awaiter13_.await_resume() > 0;
      if (condition8_) {
        ::new (asl::place(list10_)) int[1]{2};
        // co_await total({2}) (line 116)
        ::new (asl::place(awaiter14_))
            asl::task_awaiter<int>{total(asl::detail::list_over(list10_, 1))};
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
      }
      r = condition8_ && awaiter14_.await_resume() > 0;
      asl::destroy(awaiter14_, awaiter14_live_);
      asl::destroy(awaiter13_, awaiter13_live_);

      std::printf("and %d\n", r);
      ::new (asl::place(m_array_)) int[1]{1};
      asl::detail::init_list_over(m, m_array_, 1);
      ::new (asl::place(n_array_)) int[2]{2, 3};
      asl::detail::init_list_over(n, n_array_, 2);

      // co_await Pause{} (line 119)
      ::new (asl::place(awaiter15_)) Pause(Pause{});
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter15_.await_resume();

      std::printf("decls %zu %zu\n", m.size(), n.size());
      for (k = 0; k < 2; ++k) {
        // co_await Pause{} (line 122)
        ::new (asl::place(awaiter16_)) Pause(Pause{});
        if (!awaiter16_.await_ready()) {
          state_ = 16;
          builder_.await_on_completed(awaiter16_, *this);
          unwind_.release();
          return;
        resume16_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill11_ = awaiter16_.await_resume();
        l3_array_[0] = spill11_ + k;
        l3_array_[1] = 2;
        asl::detail::init_list_over(l3, l3_array_, 2);

        // co_await Pause{} (line 123)
        ::new (asl::place(awaiter17_)) Pause(Pause{});
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

        std::printf("loop auto %d\n", *l3.begin());
      }
      ::new (asl::place(lam)) lam_closure{a};

      // co_await lam() (line 131)
      ::new (asl::place(awaiter18_)) asl::task_awaiter<int>{lam()};
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
      r = awaiter18_.await_resume();
      asl::destroy(awaiter18_, awaiter18_live_);

      std::printf("lambda %d\n", r);
      ::new (asl::place(list12_)) int[2]{r, a};
      // co_await total({r, a}) (line 133)
      ::new (asl::place(awaiter19_))
          asl::task_awaiter<int>{total(asl::detail::list_over(list12_, 2))};
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
      builder_.set_result(awaiter19_.await_resume());
      asl::destroy(awaiter19_, awaiter19_live_);
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
  while (!t.is_ready()) {
    auto p = std::move(pending);
    p();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of tsum<double>(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct tsum_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  explicit tsum_machine(std::initializer_list<double> &xs)
      : xs(std::move(xs)) {}
  ~tsum_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  std::initializer_list<double> xs;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline void tsum_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 39)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      T s{};
      for (const T &x : xs)
        s += x;
      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}
