// Checks braced lists passed as a function's std::initializer_list argument
// before an await of the same full-expression (`co_await total({1, 2, a})`).
// Natively the list's backing array lives to the end of the
// full-expression, after the await, so an async callee may read it after it
// suspends; the lowering keeps the array in the machine until then. Shows
// ints, strings and a class that prints when it is built and destroyed
// (each element built in place, once, in order; all destroyed after the
// await, last first), an element that awaits, a list passed on through two
// async calls, an element constructor that throws (the elements built
// before it are destroyed), and a task destroyed while suspended there.
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

// The state machine of total(), line 42. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct total_machine {
  explicit total_machine(std::initializer_list<int> &xs) : xs(std::move(xs)) {}
  ~total_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 45).
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
      // co_await Pause{} (line 43)
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

// The state machine of join(), line 50. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct join_machine {
  explicit join_machine(std::initializer_list<std::string> &xs)
      : xs(std::move(xs)) {}
  ~join_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 53).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::initializer_list<std::string> xs;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> join(std::initializer_list<std::string> xs) {
  return asl::start<join_machine>(xs);
}

inline void join_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 51)
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

      std::string out;
      for (const std::string &x : xs)
        out += x + ";";
      builder_.set_result(std::move(out));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of ids(), line 58. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct ids_machine {
  explicit ids_machine(std::initializer_list<Noisy> &xs) : xs(std::move(xs)) {}
  ~ids_machine() {}

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 61).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<Noisy> xs;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> ids(std::initializer_list<Noisy> xs) {
  return asl::start<ids_machine>(xs);
}

inline void ids_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 59)
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
      for (const Noisy &x : xs) {
        std::printf("  read %d\n", x.id);
        s += x.id;
      }
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

// The list is passed on: it still points to the first caller's array.
// The state machine of outer(), line 69. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct outer_machine {
  explicit outer_machine(std::initializer_list<int> &xs) : xs(std::move(xs)) {}
  ~outer_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 72).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<int> xs;
  union {
    Pause awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int state_ = -1;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> outer(std::initializer_list<int> xs) {
  return asl::start<outer_machine>(xs);
}

inline void outer_machine::move_next() {
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
      // co_await Pause{} (line 70)
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

      // co_await total(xs) (line 71)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{total(xs)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int s = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(s + static_cast<int>(xs.size()));
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

// The state machine of one(), line 75. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct one_machine {
  one_machine() {}
  ~one_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> one() { return asl::start<one_machine>(); }

inline void one_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 76)
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

      builder_.set_result(1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int count(std::initializer_list<int> xs) { return static_cast<int>(xs.size()); }

// Reads its list after the caller's await in a later argument.
int sum_plus(std::initializer_list<Noisy> xs, int b) {
  int s = b;
  for (const Noisy &x : xs)
    s += x.id;
  return s;
}

// The state machine of run(), line 90. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'joined' may be kept
  // (line 97).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string s;
  };
  union {
    std::string joined;
  };
  union {
    int list0_[3];
    std::string list1_[3];
    Noisy list2_[3];
    Noisy list3_[2];
    int list4_[3];
    int list5_[3];
    int list6_[2];
    Noisy list9_[2];
    Noisy list10_[3];
    Noisy list11_[3];
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter8_;
    int spill7_;
    asl::task_awaiter<int> awaiter10_;
    asl::task_awaiter<int> awaiter11_;
    asl::task_awaiter<int> awaiter12_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter6_;
    int list8_[1];
    asl::task_awaiter<int> awaiter13_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter9_;
  };
  int a;
  int r;
  int state_ = -1;
  bool s_live_ = false;
  bool joined_live_ = false;
  bool list1_live_ = false;
  bool list2_live_ = false;
  bool list3_live_ = false;
  bool list9_live_ = false;
  bool list10_live_ = false;
  bool list11_live_ = false;
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
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;
  bool list3_0_live_ = false;
  bool list3_1_live_ = false;
  bool list11_0_live_ = false;
  bool list11_1_live_ = false;
  bool list11_2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(list11_, list11_live_);
    asl::destroy(list11_[2], list11_2_live_);
    asl::destroy(list11_[1], list11_1_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(list11_[0], list11_0_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(list10_, list10_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(list9_, list9_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(list3_, list3_live_);
    asl::destroy(list3_[1], list3_1_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(list3_[0], list3_0_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(list2_, list2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(list1_, list1_live_);
    asl::destroy(joined, joined_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto try0_;
    case 12:
    case 13:
      goto try1_;
    default:
      break;
    }
    {
      a = 10;

      ::new (asl::place(list0_)) int[3]{1, 2, a};
      // co_await total({1, 2, a}) (line 92)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{total(asl::detail::list_over(list0_, 3))};
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
      r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("ints %d\n", r);

      ::new (asl::place(s)) std::string("two");
      s_live_ = true;

      ::new (asl::place(list1_)) std::string[3]{std::string("one"), s, "three"};
      list1_live_ = true;
      // co_await join({std::string("one"), s, "three"}) (line 96)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{
          join(asl::detail::list_over(list1_, 3))};
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
      ::new (asl::place(joined)) std::string(awaiter1_.await_resume());
      joined_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(list1_, list1_live_);

      std::printf("strings %s\n", joined.c_str());

      std::puts("noisy:");
      ::new (asl::place(list2_)) Noisy[3]{Noisy(1), 2, Noisy(3)};
      list2_live_ = true;
      // co_await ids({Noisy(1), 2, Noisy(3)}) (line 100)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{ids(asl::detail::list_over(list2_, 3))};
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
      r = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(list2_, list2_live_);

      std::printf("noisy %d\n", r);

      std::puts("an element awaits:");
      ::new (asl::place(list3_[0])) Noisy(Noisy(4));
      list3_0_live_ = true;
      // co_await one() (line 104)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{one()};
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
      ::new (asl::place(list3_[1])) Noisy(Noisy(awaiter4_.await_resume()));
      list3_1_live_ = true;
      list3_0_live_ = false;
      list3_1_live_ = false;
      list3_live_ = true;
      // co_await ids({Noisy(4), Noisy(co_await one())}) (line 104)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{ids(asl::detail::list_over(list3_, 2))};
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
      r = awaiter3_.await_resume() + 1000;
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(list3_, list3_live_);
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("awaited element %d\n", r);
      // co_await one() (line 106)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{one()};
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
      list4_[0] = awaiter6_.await_resume();
      list4_[1] = 2;
      // co_await one() (line 106)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{one()};
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
      list4_[2] = awaiter7_.await_resume();
      // co_await total({co_await one(), 2, co_await one()}) (line 106)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{total(asl::detail::list_over(list4_, 3))};
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
      r = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("awaited ints %d\n", r);

      ::new (asl::place(list5_)) int[3]{5, 6, a};
      // co_await outer({5, 6, a}) (line 109)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{outer(asl::detail::list_over(list5_, 3))};
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

      std::printf("two levels %d\n", r);

      ::new (asl::place(list6_)) int[2]{1, 2};
      spill7_ = count(asl::detail::list_over(list6_, 2));
      ::new (asl::place(list8_)) int[1]{3};
      // co_await total({3}) (line 112)
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<int>{total(asl::detail::list_over(list8_, 1))};
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
      r = spill7_ + awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("scalar call %d\n", r);

      std::puts("a later argument awaits:");
      ::new (asl::place(list9_)) Noisy[2]{Noisy(5), Noisy(6)};
      list9_live_ = true;
      // co_await one() (line 116)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{one()};
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
      r = sum_plus(asl::detail::list_over(list9_, 2),
                   awaiter10_.await_resume());
      asl::destroy(awaiter10_, awaiter10_live_);
      asl::destroy(list9_, list9_live_);

      std::printf("later argument %d\n", r);

      std::puts("throwing element:");
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter11_, awaiter11_live_);
          asl::destroy(list10_, list10_live_);
        });
        switch (state_) {
        case 11:
          goto resume11_;
        default:
          break;
        }

        ::new (asl::place(list10_)) Noisy[3]{Noisy(7), Noisy(13), Noisy(8)};
        list10_live_ = true;
        // co_await ids({Noisy(7), Noisy(13), Noisy(8)}) (line 121)
        ::new (asl::place(awaiter11_))
            asl::task_awaiter<int>{ids(asl::detail::list_over(list10_, 3))};
        awaiter11_live_ = true;
        if (!awaiter11_.await_ready()) {
          state_ = 11;
          builder_.await_on_completed(awaiter11_, *this);
          unwind_.release();
          return;
        resume11_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        r = awaiter11_.await_resume();
        asl::destroy(awaiter11_, awaiter11_live_);
        asl::destroy(list10_, list10_live_);

        std::puts("not reached");
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      std::puts("throwing element after an awaiting one:");
    try1_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter12_, awaiter12_live_);
          asl::destroy(list11_, list11_live_);
          asl::destroy(list11_[2], list11_2_live_);
          asl::destroy(list11_[1], list11_1_live_);
          asl::destroy(awaiter13_, awaiter13_live_);
          asl::destroy(list11_[0], list11_0_live_);
        });
        switch (state_) {
        case 12:
          goto resume12_;
        case 13:
          goto resume13_;
        default:
          break;
        }

        ::new (asl::place(list11_[0])) Noisy(Noisy(9));
        list11_0_live_ = true;
        // co_await one() (line 128)
        ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{one()};
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
        ::new (asl::place(list11_[1]))
            Noisy(Noisy(awaiter13_.await_resume() + 9));
        list11_1_live_ = true;
        ::new (asl::place(list11_[2])) Noisy(Noisy(13));
        list11_2_live_ = true;
        list11_0_live_ = false;
        list11_1_live_ = false;
        list11_2_live_ = false;
        list11_live_ = true;
        // co_await at line 128
        ::new (asl::place(awaiter12_))
            asl::task_awaiter<int>{ids(asl::detail::list_over(list11_, 3))};
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
        r = awaiter12_.await_resume();
        asl::destroy(awaiter12_, awaiter12_live_);
        asl::destroy(list11_, list11_live_);
        asl::destroy(awaiter13_, awaiter13_live_);

        std::puts("not reached");
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(std::move(r));
      asl::destroy(joined, joined_live_);
      asl::destroy(s, s_live_);
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

// Destroyed while suspended in the callee: the array dies once.
// The state machine of abandoned(), line 137. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct abandoned_machine {
  abandoned_machine() {}
  ~abandoned_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 138) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    Noisy list0_[2];
  };
  int state_ = -1;
  bool list0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list0_, list0_live_);
  }

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
      ::new (asl::place(list0_)) Noisy[2]{Noisy(21), Noisy(22)};
      list0_live_ = true;
      // co_await ids({Noisy(21), Noisy(22)}) (line 138)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{ids(asl::detail::list_over(list0_, 2))};
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
      int r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(list0_, list0_live_);

      builder_.set_result(std::move(r));
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
// The state machine of abandoned_while_building(), line 143. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
struct abandoned_while_building_machine {
  abandoned_while_building_machine() {}
  ~abandoned_while_building_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 144) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    Noisy list0_[3];
  };
  int state_ = -1;
  bool list0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool list0_0_live_ = false;
  bool list0_1_live_ = false;
  bool list0_2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(list0_, list0_live_);
    asl::destroy(list0_[2], list0_2_live_);
    asl::destroy(list0_[1], list0_1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(list0_[0], list0_0_live_);
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
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_[0])) Noisy(Noisy(23));
      list0_0_live_ = true;
      // co_await one() (line 144)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{one()};
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
      ::new (asl::place(list0_[1])) Noisy(Noisy(awaiter1_.await_resume()));
      list0_1_live_ = true;
      ::new (asl::place(list0_[2])) Noisy(Noisy(24));
      list0_2_live_ = true;
      list0_0_live_ = false;
      list0_1_live_ = false;
      list0_2_live_ = false;
      list0_live_ = true;
      // co_await ids({Noisy(23), Noisy(co_await one()), Noisy(24)}) (line 144)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{ids(asl::detail::list_over(list0_, 3))};
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
      int r = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(list0_, list0_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::move(r));
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
