// Checks array prvalues written with their type that must outlive an
// await: a range-for over `IA{a, b, 1}` (`using IA = int[3];`) whose body
// awaits, a reference bound to one (`const IA &ia = IA{a, b, 1};`) that
// lives across awaits, an array of a class that prints where it is built
// and destroyed, and a range-for over an array member of a class prvalue
// (`Holder{{7, 8, 9}}.arr`, and of an awaited one), whose whole temporary
// lives as long as the loop. The machine builds each array from its
// braced list, as natively, and reads the member through a reference to
// the array, `static_cast<int (&)[3]>(...)`.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return v; }
};

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  ~Noisy() { std::printf("  -%d\n", id); }
};

using IA = int[3];
using NA = Noisy[2];

struct Holder {
  int arr[3];
};

// The state machine of get(), line 42. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct get_machine {
  explicit get_machine(int &base) : base(std::move(base)) {}
  ~get_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<Holder> builder_;
  int base;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Holder> get(int base) {
  return asl::start<get_machine>(base);
}

inline void get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{0} (line 43)
      ::new (asl::place(awaiter0_)) Pause(Pause{0});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Holder{{base, base + 1, base + 2}});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of ranges(), line 47. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct ranges_machine {
  ranges_machine(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
  ~ranges_machine() { destroy_live(); }

  // Built in its heap box from the start: the range-for at line 49 iterates an
  // object the machine holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *begin_;
  int *end_;
  Noisy *begin_1;
  Noisy *end_1;
  const Noisy *n;
  int *begin_2;
  int *end_2;
  int *begin_3;
  int *end_3;
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    asl::task_awaiter<Holder> awaiter3_;
  };
  int a;
  int b;
  int s;
  union {
    IA range_;
  };
  int v1;
  union {
    NA range_1;
  };
  union {
    Holder range_2;
  };
  int v2;
  union {
    Holder range_3;
  };
  int state_ = -1;
  bool range_1_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(range_1, range_1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> ranges(int a, int b) {
  return asl::start<ranges_machine>(a, b);
}

inline void ranges_machine::move_next() {
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
    default:
      break;
    }
    {
      s = 0;

      {
        ::new (asl::place(range_)) IA{a, b, 1};
        begin_ = range_;
        end_ = range_ + 3;
        for (; begin_ != end_; ++begin_) {
          v1 = *begin_;
          {
            // co_await Pause{v} (line 50)
            ::new (asl::place(awaiter0_)) Pause(Pause{v1});
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s += awaiter0_.await_resume();
          }
        }
      }

      std::printf("array prvalue %d\n", s);
      {
        ::new (asl::place(range_1)) NA{Noisy(1), Noisy(2)};
        range_1_live_ = true;
        begin_1 = range_1;
        end_1 = range_1 + 2;
        for (; begin_1 != end_1; ++begin_1) {
          n = std::addressof(*begin_1);
          {
            // co_await Pause{0} (line 53)
            ::new (asl::place(awaiter1_)) Pause(Pause{0});
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

            std::printf("  element %d\n", (*n).id);
          }
        }
        asl::destroy(range_1, range_1_live_);
      }

      {
        ::new (asl::place(range_2)) Holder(Holder{{7, 8, 9}});
        begin_2 = static_cast<int(&)[3]>(range_2.arr);
        end_2 = static_cast<int(&)[3]>(range_2.arr) + 3;
        for (; begin_2 != end_2; ++begin_2) {
          v2 = *begin_2;
          {
            // co_await Pause{v} (line 57)
            ::new (asl::place(awaiter2_)) Pause(Pause{v2});
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              unwind_.release();
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            s += awaiter2_.await_resume();
          }
        }
      }

      std::printf("member of a prvalue %d\n", s);
      {
        // co_await get(100) (line 59)
        ::new (asl::place(awaiter3_)) asl::task_awaiter<Holder>{get(100)};
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
        ::new (asl::place(range_3)) Holder((awaiter3_.await_resume()));
        asl::destroy(awaiter3_, awaiter3_live_);
        begin_3 = static_cast<int(&)[3]>(range_3.arr);
        end_3 = static_cast<int(&)[3]>(range_3.arr) + 3;
        for (; begin_3 != end_3; ++begin_3) {
          int v = *begin_3;
          s += v;
        }
      }

      builder_.set_result(std::move(s));
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

// The state machine of references(), line 64. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct references_machine {
  references_machine(int &a, int &b) : a(std::move(a)), b(std::move(b)) {}
  ~references_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<IA, Pause, const IA, const NA, int> &&
      !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  int a;
  int b;
  union {
    const IA ia;
  };
  union {
    IA ra;
  };
  union {
    const NA ns;
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
  };
  int state_ = -1;
  bool ns_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(ns, ns_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> references(int a, int b) {
  return asl::start<references_machine>(a, b);
}

inline void references_machine::move_next() {
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
      ::new (asl::place(ia)) const IA{a, b, 1};

      ::new (asl::place(ra)) IA{a + 1, b + 1, 2};

      // co_await Pause{0} (line 67)
      ::new (asl::place(awaiter0_)) Pause(Pause{0});
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

      std::printf("references %d %d\n", ia[0] + ia[1] + ia[2],
                  ra[0] + ra[1] + ra[2]);
      {
        ::new (asl::place(ns)) const NA{Noisy(3), Noisy(4)};
        ns_live_ = true;

        // co_await Pause{0} (line 72)
        ::new (asl::place(awaiter1_)) Pause(Pause{0});
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

        std::printf("  last %d\n", ns[1].id);
        asl::destroy(ns, ns_live_);
      }
      std::printf("after the block\n");
      builder_.set_result(ia[1]);
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

template <class T> static T run(asl::Task<T> t) {
  while (pending) {
    std::function<void()> resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("ranges -> %d\n", run(ranges(1, 2)));
  std::printf("references -> %d\n", run(references(10, 20)));
}
