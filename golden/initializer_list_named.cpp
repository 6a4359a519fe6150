// Checks a named std::initializer_list built from a braced list that lives
// across awaits. Natively its backing array lives as long as the list; the
// lowering keeps the array in the machine and makes the list point to it.
// Shows ints read after several awaits, `auto` deduction, a class that
// prints when it is built and destroyed (elements built in place, once, in
// order; destroyed, last first, where the list's scope ends, between the
// locals declared around it), a list in a loop (one array per iteration),
// elements that await, an element constructor that throws, and a task
// destroyed while suspended in the list's scope.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return 20; }
};

struct Noisy {
  int id;
  Noisy(int i) : id(i) {
    if (i == 13)
      throw std::runtime_error("unlucky");
    std::printf("  +%d\n", id);
  }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  ~Noisy() { std::printf("  -%d\n", id); }
};

int sum(std::initializer_list<int> xs) {
  int s = 0;
  for (int x : xs)
    s += x;
  return s;
}

// The state machine of run(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'xs' points to
  // its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<int> xs;
  };
  union {
    std::initializer_list<std::string> words;
  };
  union {
    std::string words_array_[2];
  };
  union {
    std::initializer_list<Noisy> ns;
  };
  union {
    std::initializer_list<Noisy> each;
  };
  union {
    std::initializer_list<Noisy> zs;
  };
  union {
    std::initializer_list<int> is;
  };
  union {
    std::initializer_list<Noisy> bad1;
  };
  union {
    std::initializer_list<Noisy> bad2;
  };
  union {
    std::initializer_list<Noisy> jumped;
  };
  int a;
  union {
    int xs_array_[3];
  };
  int r;
  union {
    Noisy before;
  };
  union {
    Noisy ns_array_[2];
  };
  union {
    Noisy after;
  };
  int i1;
  union {
    Noisy each_array_[2];
  };
  union {
    Noisy zs_array_[2];
  };
  union {
    int is_array_[3];
  };
  union {
    Noisy bad1_array_[3];
  };
  union {
    Noisy bad2_array_[3];
  };
  int i2;
  union {
    Noisy jumped_array_[1];
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
    Pause awaiter4_;
    Pause awaiter5_;
    Pause awaiter6_;
    Pause awaiter7_;
    Pause awaiter8_;
    Pause awaiter9_;
    Pause awaiter10_;
  };
  int state_ = -1;
  bool words_array_live_ = false;
  bool before_live_ = false;
  bool ns_array_live_ = false;
  bool after_live_ = false;
  bool each_array_live_ = false;
  bool zs_array_live_ = false;
  bool bad1_array_live_ = false;
  bool bad2_array_live_ = false;
  bool jumped_array_live_ = false;
  bool zs_array_0_live_ = false;
  bool zs_array_1_live_ = false;
  bool bad2_array_0_live_ = false;
  bool bad2_array_1_live_ = false;
  bool bad2_array_2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(jumped_array_, jumped_array_live_);
    asl::destroy(bad2_array_[2], bad2_array_2_live_);
    asl::destroy(bad2_array_[1], bad2_array_1_live_);
    asl::destroy(bad2_array_[0], bad2_array_0_live_);
    asl::destroy(bad2_array_, bad2_array_live_);
    asl::destroy(bad1_array_, bad1_array_live_);
    asl::destroy(zs_array_[1], zs_array_1_live_);
    asl::destroy(zs_array_[0], zs_array_0_live_);
    asl::destroy(zs_array_, zs_array_live_);
    asl::destroy(each_array_, each_array_live_);
    asl::destroy(after, after_live_);
    asl::destroy(ns_array_, ns_array_live_);
    asl::destroy(before, before_live_);
    asl::destroy(words_array_, words_array_live_);
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
      goto try0_;
    case 9:
      goto try1_;
    case 10:
      goto resume10_;
    default:
      break;
    }
    {
      a = 10;

      ::new (asl::place(xs_array_)) int[3]{1, 2, a};
      asl::detail::init_list_over(xs, xs_array_, 3);

      // co_await Pause{} (line 51)
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
      r = awaiter0_.await_resume();

      a = 0;
      std::printf("ints %d (size %zu)\n", sum(xs), xs.size());
      // co_await Pause{} (line 54)
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
      r += awaiter1_.await_resume();

      std::printf("ints again %d, first %d\n", sum(xs), *xs.begin());

      ::new (asl::place(words_array_))
          std::string[2]{std::string("one"), std::string("two")};
      words_array_live_ = true;
      asl::detail::init_list_over(words, words_array_, 2);

      // co_await Pause{} (line 58)
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

      for (const std::string &w : words)
        std::printf("word %s\n", w.c_str());

      std::puts("scope:");
      {
        ::new (asl::place(before)) Noisy(1);
        before_live_ = true;

        ::new (asl::place(ns_array_)) Noisy[2]{Noisy(2), 3};
        ns_array_live_ = true;
        asl::detail::init_list_over(ns, ns_array_, 2);

        ::new (asl::place(after)) Noisy(4);
        after_live_ = true;

        // co_await Pause{} (line 67)
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

        for (const Noisy &n : ns)
          std::printf("  read %d\n", n.id);
        asl::destroy(after, after_live_);
        asl::destroy(ns_array_, ns_array_live_);
        asl::destroy(before, before_live_);
      }

      std::puts("loop:");
      for (i1 = 0; i1 < 2; ++i1) {
        ::new (asl::place(each_array_))
            Noisy[2]{Noisy(30 + i1), Noisy(40 + i1)};
        each_array_live_ = true;
        asl::detail::init_list_over(each, each_array_, 2);

        // co_await Pause{} (line 75)
        ::new (asl::place(awaiter4_)) Pause(Pause{});
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

        std::printf("  iteration %d: %d %d\n", i1, each.begin()->id,
                    (each.begin() + 1)->id);
        asl::destroy(each_array_, each_array_live_);
      }

      std::puts("awaiting elements:");
      {
        ::new (asl::place(zs_array_[0])) Noisy(Noisy(5));
        zs_array_0_live_ = true;
        // co_await Pause{} (line 82)
        ::new (asl::place(awaiter5_)) Pause(Pause{});
        if (!awaiter5_.await_ready()) {
          state_ = 5;
          builder_.await_on_completed(awaiter5_, *this);
          unwind_.release();
          return;
        resume5_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(zs_array_[1])) Noisy(Noisy(awaiter5_.await_resume()));
        zs_array_1_live_ = true;
        zs_array_0_live_ = false;
        zs_array_1_live_ = false;
        zs_array_live_ = true;
        asl::detail::init_list_over(zs, zs_array_, 2);

        // co_await Pause{} (line 83)
        ::new (asl::place(awaiter6_)) Pause(Pause{});
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

        std::printf("  %d %d\n", zs.begin()->id, (zs.end() - 1)->id);
        // co_await Pause{} (line 85)
        ::new (asl::place(awaiter7_)) Pause(Pause{});
        if (!awaiter7_.await_ready()) {
          state_ = 7;
          builder_.await_on_completed(awaiter7_, *this);
          unwind_.release();
          return;
        resume7_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        is_array_[0] = awaiter7_.await_resume();
        is_array_[1] = a;
        is_array_[2] = 3;
        asl::detail::init_list_over(is, is_array_, 3);

        std::printf("  ints %d\n", sum(is));
        asl::destroy(zs_array_, zs_array_live_);
      }

      std::puts("throwing element:");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(bad1_array_, bad1_array_live_); });
        switch (state_) {
        case 8:
          goto resume8_;
        default:
          break;
        }

        ::new (asl::place(bad1_array_)) Noisy[3]{Noisy(6), Noisy(13), Noisy(7)};
        bad1_array_live_ = true;
        asl::detail::init_list_over(bad1, bad1_array_, 3);

        // co_await Pause{} (line 92)
        ::new (asl::place(awaiter8_)) Pause(Pause{});
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

        std::printf("not reached %zu\n", bad1.size());
        asl::destroy(bad1_array_, bad1_array_live_);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      std::puts("throwing element after an awaiting one:");
    try1_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(bad2_array_[2], bad2_array_2_live_);
          asl::destroy(bad2_array_[1], bad2_array_1_live_);
          asl::destroy(bad2_array_[0], bad2_array_0_live_);
          asl::destroy(bad2_array_, bad2_array_live_);
        });
        switch (state_) {
        case 9:
          goto resume9_;
        default:
          break;
        }

        ::new (asl::place(bad2_array_[0])) Noisy(Noisy(8));
        bad2_array_0_live_ = true;
        // co_await Pause{} (line 99)
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
        ::new (asl::place(bad2_array_[1]))
            Noisy(Noisy(awaiter9_.await_resume()));
        bad2_array_1_live_ = true;
        ::new (asl::place(bad2_array_[2])) Noisy(Noisy(13));
        bad2_array_2_live_ = true;
        bad2_array_0_live_ = false;
        bad2_array_1_live_ = false;
        bad2_array_2_live_ = false;
        bad2_array_live_ = true;
        asl::detail::init_list_over(bad2, bad2_array_, 3);

        std::printf("not reached %zu\n", bad2.size());
        asl::destroy(bad2_array_, bad2_array_live_);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      std::puts("leaving the scope by a jump:");
      for (i2 = 0;; ++i2) {
        ::new (asl::place(jumped_array_)) Noisy[1]{Noisy(50 + i2)};
        jumped_array_live_ = true;
        asl::detail::init_list_over(jumped, jumped_array_, 1);

        // co_await Pause{} (line 108)
        ::new (asl::place(awaiter10_)) Pause(Pause{});
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

        if (i2 == 1) {
          asl::destroy(jumped_array_, jumped_array_live_);
          break;
        }

        std::printf("  continue after %d\n", jumped.begin()->id);
        asl::destroy(jumped_array_, jumped_array_live_);
      }
      builder_.set_result(std::move(r));
      asl::destroy(words_array_, words_array_live_);
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

// Destroyed while suspended in the list's scope: the array dies once.
// The state machine of abandoned(), line 117. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct abandoned_machine {
  abandoned_machine() {}
  ~abandoned_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'held' points
  // to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<Noisy> held;
  };
  union {
    Noisy held_array_[2];
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool held_array_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(held_array_, held_array_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> abandoned() { return asl::start<abandoned_machine>(); }

inline void abandoned_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(held_array_)) Noisy[2]{Noisy(21), Noisy(22)};
      held_array_live_ = true;
      asl::detail::init_list_over(held, held_array_, 2);

      // co_await Pause{} (line 119)
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

      builder_.set_result(static_cast<int>(held.size()));
      asl::destroy(held_array_, held_array_live_);
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

// Destroyed while suspended between two elements: the one built dies once.
// The state machine of abandoned_while_building(), line 124. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct abandoned_while_building_machine {
  abandoned_while_building_machine() {}
  ~abandoned_while_building_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'held' points
  // to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<Noisy> held;
  };
  union {
    Noisy held_array_[2];
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool held_array_live_ = false;
  bool held_array_0_live_ = false;
  bool held_array_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(held_array_[1], held_array_1_live_);
    asl::destroy(held_array_[0], held_array_0_live_);
    asl::destroy(held_array_, held_array_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> abandoned_while_building() {
  return asl::start<abandoned_while_building_machine>();
}

inline void abandoned_while_building_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(held_array_[0])) Noisy(Noisy(23));
      held_array_0_live_ = true;
      // co_await Pause{} (line 125)
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
      ::new (asl::place(held_array_[1])) Noisy(Noisy(awaiter0_.await_resume()));
      held_array_1_live_ = true;
      held_array_0_live_ = false;
      held_array_1_live_ = false;
      held_array_live_ = true;
      asl::detail::init_list_over(held, held_array_, 2);

      builder_.set_result(static_cast<int>(held.size()));
      asl::destroy(held_array_, held_array_live_);
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
    auto resume = std::move(pending);
    resume();
  }
  std::printf("result=%d\n", asl::sync_wait(std::move(t)));

  std::puts("abandoned:");
  {
    auto u = abandoned();
    std::puts("destroying the suspended task");
  }
  pending = nullptr;
  std::puts("abandoned while building:");
  {
    auto u = abandoned_while_building();
    std::puts("destroying the suspended task");
  }
  pending = nullptr;
  std::puts("done");
}
