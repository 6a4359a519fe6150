// C++20 parenthesized aggregate initialization in an async function: the
// lowered body spells it with braces, keeping what the parentheses mean.
// Narrowing conversions (allowed in parentheses) become explicit casts,
// constants that fit excepted; a temporary bound to a reference member dies
// at the end of its full-expression, as natively (braces would extend it);
// members left out are value-initialized, spelled `{}` (T{} for an explicit
// default constructor). A lifted aggregate whose parenthesized initializer
// awaits is built member by member in place, as a braced one is.
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>

struct Noisy { // prints its whole life
  int v;
  Noisy(int v) : v(v) { std::printf("  + %d\n", v); }
  Noisy(const Noisy &o) : v(o.v) { std::printf("  copy %d\n", v); }
  Noisy(Noisy &&o) noexcept : v(o.v) { std::printf("  move %d\n", v); }
  ~Noisy() { std::printf("  - %d\n", v); }
};
struct Agg { int a; double b; };
struct Named { Noisy n; int k; };
struct View { const Noisy &r; int n; };
struct TextView { const std::string &s; };
struct Small { char c; unsigned u; bool flag; };
struct Base { int x; };
struct Derived : Base { int y; };
struct Halves { operator double() const { return 7.5; } };
struct WithText { Noisy n; std::string s; int k; int preset = 9; };
struct Explicit { explicit Explicit() = default; int z; };
struct Holder { int a; Explicit e; };

asl::Event ready;
// The state machine of value(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct value_machine {
  explicit value_machine(int &v) : v(std::move(v)) {}
  ~value_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> value(int v) { return asl::start<value_machine>(v); }

inline void value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await ready (line 35)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

// The state machine of real(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct real_machine {
  explicit real_machine(double &v) : v(std::move(v)) {}
  ~real_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  double v;
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

ASL_ASYNC asl::Task<double> real(double v) {
  return asl::start<real_machine>(v);
}

inline void real_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await ready (line 36)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

// The state machine of run(), line 38. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() {
    allocation0_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 57).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  double d;
  long big;
  int *none;
  union {
    Agg a;
  };
  union {
    Agg e;
  };
  union {
    Agg f;
  };
  union {
    Agg g;
  };
  union {
    std::unique_ptr<Agg> p;
  };
  union {
    std::unique_ptr<int[]> q;
  };
  union {
    Agg h;
  };
  union {
    WithText w;
  };
  union {
    std::unique_ptr<Agg> up;
  };
  union {
    Agg r;
  };
  union {
    Agg r2;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::allocation allocation0_;
    asl::task_awaiter<double> awaiter4_;
    asl::task_awaiter<double> awaiter5_;
    asl::event_awaiter awaiter6_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    Small s;
  };
  union {
    Small t;
  };
  union {
    int arr[3];
  };
  union {
    Derived der;
  };
  union {
    Holder holder;
  };
  union {
    Named n;
  };
  int state_ = -1;
  bool p_live_ = false;
  bool q_live_ = false;
  bool n_live_ = false;
  bool w_live_ = false;
  bool up_live_ = false;
  bool allocation0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool n_n_live_ = false;
  bool w_n_live_ = false;
  bool w_s_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(allocation0_, allocation0_live_);
    asl::destroy(up, up_live_);
    asl::destroy(w.s, w_s_live_);
    asl::destroy(w.n, w_n_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(w, w_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(n.n, n_n_live_);
    asl::destroy(n, n_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(q, q_live_);
    asl::destroy(p, p_live_);
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
    default:
      break;
    }
    {
      d = 2.75;

      big = 300;

      none = nullptr;

      ::new (asl::place(a)) Agg{5, 6};
      // constants that fit: no cast
      ::new (asl::place(e)) Agg{static_cast<int>(d), static_cast<double>(big)};
      // both narrow
      ::new (asl::place(s))
          Small{static_cast<char>(big), static_cast<unsigned int>(-1),
                static_cast<bool>(none)};
      // long to char, int to unsigned, pointer to bool
      ::new (asl::place(t)) Small{65, 3, true};

      ::new (asl::place(f)) Agg(Agg{1, 2.5});

      ::new (asl::place(g)) Agg(Agg{3, {}});

      ::new (asl::place(p)) std::unique_ptr<Agg>(new Agg{7, 8});
      p_live_ = true;

      ::new (asl::place(arr)) int[3]{1, 2};

      ::new (asl::place(q)) std::unique_ptr<int[]>(new int[2]{9, 10});
      q_live_ = true;

      ::new (asl::place(der)) Derived{Base{1}, 2};

      ::new (asl::place(h))
          Agg{static_cast<int>(asl::copy_init<double>(Halves())), 1};
      // a conversion function, then double to int
      ::new (asl::place(holder)) Holder{7, Explicit{}};

      std::printf("%d %g %d %g %d %u %d %d %u %d\n", a.a, a.b, e.a, e.b, s.c,
                  s.u, s.flag, t.c, t.u, t.flag);
      std::printf("%d %g %d %g %d %g %d %d %d %d %d %d %d %d %d\n", f.a, f.b,
                  g.a, g.b, p->a, p->b, arr[0], arr[1], arr[2], q[1], der.x,
                  der.y, h.a, holder.a, holder.e.z);
      {
        View v{asl::unextended(Noisy(1)),
               2}; // the Noisy dies here, before the next line
        std::printf("after view %d\n", v.n);
        TextView tv{asl::unextended(asl::copy_init<std::string>("abc"))};
        (void)tv;
        std::printf("after text view\n");
      }
      // co_await ready (line 66)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // Lifted, built in place across the await: no move of the Noisy.
      ::new (asl::place(n.n)) Noisy(Noisy(2));
      n_n_live_ = true;
      // co_await value(3) (line 68)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(3)};
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
      n.k = awaiter1_.await_resume();
      n_n_live_ = false;
      n_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await value(4) (line 69)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{value(4)};
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
      ::new (asl::place(w.n)) Noisy(Noisy(awaiter2_.await_resume()));
      w_n_live_ = true;
      ::new (asl::place(w.s)) std::string{};
      w_s_live_ = true;
      w.k = {};
      w.preset = 9;
      w_n_live_ = false;
      w_s_live_ = false;
      w_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation0_))
          asl::allocation(sizeof(Agg), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation0_.address = ::operator new(allocation0_.size);
      allocation0_live_ = true;
      // co_await value(5) (line 70)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{value(5)};
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
      ::new (asl::place(up)) std::unique_ptr<Agg>(asl::constructed(
          allocation0_live_,
          ::new (allocation0_.address) Agg{awaiter3_.await_resume(), d}));
      up_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(allocation0_, allocation0_live_);

      // co_await real(4.25) (line 71)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<double>{real(4.25)};
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
      r.a = awaiter4_.await_resume();
      r.b = d * 2;

      asl::destroy(awaiter4_, awaiter4_live_);

      r2.a = d * 2;
      // co_await real(1.5) (line 72)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<double>{real(1.5)};
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
      r2.b = awaiter5_.await_resume();

      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("%d %d '%s' %d %d %d %g %d %g %d %g\n", n.n.v, n.k,
                  w.s.c_str(), w.k, w.preset, up->a, up->b, r.a, r.b, r2.a,
                  r2.b);
      // co_await ready (line 75)
      ::new (asl::place(awaiter6_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      builder_.set_result(a.a + n.k);
      asl::destroy(up, up_live_);
      asl::destroy(w, w_live_);
      asl::destroy(n, n_live_);
      asl::destroy(q, q_live_);
      asl::destroy(p, p_live_);
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
  asl::Task<int> task = run();
  ready.set();
  std::printf("-> %d\n", asl::sync_wait(std::move(task)));
}
