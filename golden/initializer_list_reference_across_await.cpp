// Checks a reference bound to an std::initializer_list made from a braced
// list, alive across an await: it extends the list and its array, whose
// elements (which print) die when the reference's scope ends, after the
// awaits, as natively; also when the task is destroyed while suspended.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Noisy {
  int v;
  Noisy(int x) : v(x) { std::printf("  +%d\n", v); }
  Noisy(const Noisy &o) : v(o.v) { std::printf("  +%d (copy)\n", v); }
  ~Noisy() { std::printf("  -%d\n", v); }
};

// The state machine of value(), line 28. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct value_machine {
  explicit value_machine(int &v) : v(std::move(v)) {}
  ~value_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

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
    {
      // co_await Pause{} (line 29)
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

      std::printf("  await %d\n", v);
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

// The state machine of sum(), line 34. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct sum_machine {
  explicit sum_machine(int &base) : base(std::move(base)) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: std::initializer_list 'numbers'
  // points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::initializer_list<int> numbers;
  };
  union {
    std::initializer_list<Noisy> items;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int base;
  int total;
  union {
    int numbers_array_[3];
  };
  union {
    Noisy items_array_[2];
  };
  int state_ = -1;
  bool items_array_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(items_array_, items_array_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> sum(int base) { return asl::start<sum_machine>(base); }

inline void sum_machine::move_next() {
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
      total = 0;

      {
        ::new (asl::place(numbers_array_)) int[3]{1, 2, base};
        asl::detail::init_list_over(numbers, numbers_array_, 3);

        ::new (asl::place(items_array_)) Noisy[2]{Noisy(10), Noisy(20)};
        items_array_live_ = true;
        asl::detail::init_list_over(items, items_array_, 2);

        // co_await value(1) (line 39)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(1)};
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
        total += awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        for (int n : numbers)
          total += n;
        for (const Noisy &item : items)
          total += item.v;
        total += static_cast<int>(numbers.size() + items.size());
        std::puts("  leaving the scope");
        asl::destroy(items_array_, items_array_live_);
      }
      // co_await value(2) (line 47)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(2)};
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
      total += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

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

int main() {
  std::puts("run:");
  {
    auto t = sum(3);
    while (!t.is_ready()) {
      auto next = std::move(pending);
      next();
    }
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  }
  std::puts("destroyed while suspended:");
  {
    auto t = sum(3);
    std::puts("  destroying");
  }
  pending = nullptr;
  std::puts("end");
}
