// Checks that an aggregate whose initializer awaits is built member by member
// in place, as natively: no copy or move of any element, an exception from a
// later element destroys exactly the members built so far (last first), and
// arrays, nested braces, scalars in braces, const members
// and `auto x = T{...}` all work.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad element");
    return value;
  }
};
static Later later(int v) { return {v}; }
static Noisy make(int v) { return Noisy{v}; }

struct Pair { Noisy first; int count; Noisy second; };
struct Grid { Noisy cells[2]; int size; };
struct Outer { Pair inner; Noisy tail; };
struct Sparse { Noisy head; int a; double b; };
struct Fixed { const Noisy id; const int n; };

// The state machine of build(), line 43. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct build_machine {
  build_machine() {}
  ~build_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Fixed, Grid, Later, Outer, Pair, Sparse>;

  asl::task_builder<int> builder_;
  union {
    Sparse s;
  };
  union {
    Pair p;
  };
  union {
    Grid g;
  };
  union {
    Outer o;
  };
  union {
    Fixed f;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
    Later awaiter5_;
  };
  int state_ = -1;
  bool p_live_ = false;
  bool g_live_ = false;
  bool o_live_ = false;
  bool s_live_ = false;
  bool f_live_ = false;
  bool p_first_live_ = false;
  bool p_second_live_ = false;
  bool g_cells_0_live_ = false;
  bool g_cells_1_live_ = false;
  bool o_inner_first_live_ = false;
  bool o_inner_second_live_ = false;
  bool o_tail_live_ = false;
  bool s_head_live_ = false;
  bool f_id_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(f.id, f_id_live_);
    asl::destroy(f, f_live_);
    asl::destroy(s.head, s_head_live_);
    asl::destroy(s, s_live_);
    asl::destroy(o.tail, o_tail_live_);
    asl::destroy(o.inner.second, o_inner_second_live_);
    asl::destroy(o.inner.first, o_inner_first_live_);
    asl::destroy(o, o_live_);
    asl::destroy(g.cells[1], g_cells_1_live_);
    asl::destroy(g.cells[0], g_cells_0_live_);
    asl::destroy(g, g_live_);
    asl::destroy(p.second, p_second_live_);
    asl::destroy(p.first, p_first_live_);
    asl::destroy(p, p_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> build() { return asl::start<build_machine>(); }

inline void build_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(p.first)) Noisy(Noisy{1});
      p_first_live_ = true;
      // co_await later(2) (line 44)
      ::new (asl::place(awaiter0_)) Later(later(2));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.count = awaiter0_.await_resume();
      ::new (asl::place(p.second)) Noisy(make(3));
      p_second_live_ = true;
      p_first_live_ = false;
      p_second_live_ = false;
      p_live_ = true;

      std::printf("pair %d %d %d\n", p.first.id, p.count, p.second.id);
      ::new (asl::place(g.cells[0])) Noisy(make(4));
      g_cells_0_live_ = true;
      // co_await later(5) (line 46)
      ::new (asl::place(awaiter1_)) Later(later(5));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(g.cells[1])) Noisy(Noisy{awaiter1_.await_resume()});
      g_cells_1_live_ = true;
      g.size = 2;
      g_cells_0_live_ = false;
      g_cells_1_live_ = false;
      g_live_ = true;

      std::printf("grid %d %d %d\n", g.cells[0].id, g.cells[1].id, g.size);
      ::new (asl::place(o.inner.first)) Noisy(Noisy{6});
      o_inner_first_live_ = true;
      // co_await later(7) (line 48)
      ::new (asl::place(awaiter2_)) Later(later(7));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      o.inner.count = awaiter2_.await_resume();
      ::new (asl::place(o.inner.second)) Noisy(Noisy{8});
      o_inner_second_live_ = true;
      ::new (asl::place(o.tail)) Noisy(Noisy{9});
      o_tail_live_ = true;
      o_inner_first_live_ = false;
      o_inner_second_live_ = false;
      o_tail_live_ = false;
      o_live_ = true;

      std::printf("outer %d %d %d %d\n", o.inner.first.id, o.inner.count,
                  o.inner.second.id, o.tail.id);
      // co_await later(10) (line 51)
      ::new (asl::place(awaiter3_)) Later(later(10));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(s.head)) Noisy(Noisy{awaiter3_.await_resume()});
      s_head_live_ = true;
      s.a = {};
      s.b = 2.5;
      s_head_live_ = false;
      s_live_ = true;

      std::printf("sparse %d %d %g\n", s.head.id, s.a, s.b);
      ::new (asl::place(f.id)) Noisy(Noisy{11});
      f_id_live_ = true;
      // co_await later(12) (line 53)
      ::new (asl::place(awaiter4_)) Later(later(12));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(f.n)) int(awaiter4_.await_resume());
      f_id_live_ = false;
      f_live_ = true;

      std::printf("fixed %d %d\n", f.id.id, f.n);
      // co_await later(0) (line 55)
      ::new (asl::place(awaiter5_)) Later(later(0));
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

      builder_.set_result(p.count + g.size);
      asl::destroy(f, f_live_);
      asl::destroy(s, s_live_);
      asl::destroy(o, o_live_);
      asl::destroy(g, g_live_);
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

// The state machine of fail(), line 59. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fail_machine {
  fail_machine() {}
  ~fail_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Later, Noisy, Pair>;

  asl::task_builder<int> builder_;
  union {
    Noisy before;
  };
  union {
    Pair p;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool before_live_ = false;
  bool p_live_ = false;
  bool p_first_live_ = false;
  bool p_second_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(p.second, p_second_live_);
    asl::destroy(p.first, p_first_live_);
    asl::destroy(p, p_live_);
    asl::destroy(before, before_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> fail() { return asl::start<fail_machine>(); }

inline void fail_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(p.second, p_second_live_);
          asl::destroy(p.first, p_first_live_);
          asl::destroy(p, p_live_);
          asl::destroy(before, before_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(before)) Noisy{20};
        before_live_ = true;

        ::new (asl::place(p.first)) Noisy(Noisy{21});
        p_first_live_ = true;
        // co_await later(-1) (line 62)
        ::new (asl::place(awaiter0_)) Later(later(-1));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        p.count = awaiter0_.await_resume();
        ::new (asl::place(p.second)) Noisy(Noisy{22});
        p_second_live_ = true;
        p_first_live_ = false;
        p_second_live_ = false;
        p_live_ = true;

        std::printf("not reached %d\n", p.count);
        asl::destroy(p, p_live_);
        asl::destroy(before, before_live_);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(0);
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
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

int main() {
  std::printf("build:\n");
  asl::Task<int> t = build();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fail:\n");
  t = fail();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("destroyed while suspended mid-initializer:\n");
  t = build();
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
