// Coroutine lambdas inside a coroutine (their closures become classes of
// the outer machine) that capture arrays and structured bindings: an array
// of tracers by copy (each element copied once, in subscript order) and by
// reference, an array of arrays by copy; bindings of a struct, a pair and
// an array by copy and by reference, a bit-field's by copy, and an array
// binding by copy. The outer function keeps each closure across its awaits
// and changes the originals in between.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <utility>

// Hold suspends; pump() resumes the suspended tasks in order.
std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class Handle> void await_suspend(Handle h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  Tracer(Tracer &&other) noexcept : name(std::move(other.name) + "+m") {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

struct Entry {
  Tracer tracer;
  int count;
};

struct Flags {
  unsigned low : 4;
  unsigned high : 4;
};

// The state machine of arrays(), line 55. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct arrays_machine {
  // The closure of the coroutine lambda on line 59, as a class the machine can
  // keep.
  struct copied_closure {
    Tracer pair[2];
    int grid[2][2];
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 59. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copied_machine {
        copied_machine(const Tracer (&pair)[2], const int (&grid)[2][2])
            : pair(pair), grid(grid) {}
        ~copied_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Hold> &&
                                               !asl::usually_suspends<Hold>>;

        asl::task_builder<int> builder_;
        const Tracer (&pair)[2];
        const int (&grid)[2][2];
        union {
          Hold awaiter0_;
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
              // co_await Hold{} (line 60)
              ::new (asl::place(awaiter0_)) Hold(Hold{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              std::printf("  copied %s %s %d\n", pair[0].name.c_str(),
                          pair[1].name.c_str(), grid[1][0]);
              builder_.set_result(grid[0][1]);
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

      return asl::start<copied_machine>(pair, grid);
    }
  };

  // The closure of the coroutine lambda on line 65, as a class the machine can
  // keep.
  struct shared_closure {
    Tracer (&pair)[2];
    int (&grid)[2][2];
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 65. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct shared_machine {
        shared_machine(Tracer (&pair)[2], int (&grid)[2][2])
            : pair(pair), grid(grid) {}
        ~shared_machine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Hold> &&
                                               !asl::usually_suspends<Hold>>;

        asl::task_builder<int> builder_;
        Tracer (&pair)[2];
        int (&grid)[2][2];
        union {
          Hold awaiter0_;
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
              // co_await Hold{} (line 66)
              ::new (asl::place(awaiter0_)) Hold(Hold{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              std::printf("  shared %s %d\n", pair[1].name.c_str(), grid[1][0]);
              builder_.set_result(grid[1][1]);
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

      return asl::start<shared_machine>(pair, grid);
    }
  };

  arrays_machine() {}
  ~arrays_machine() { destroy_live(); }

  // Built in its heap box from the start: the tasks of the coroutine lambda on
  // line 59 refer to the copies its closure holds.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer pair[2];
  };
  union {
    copied_closure copied;
  };
  union {
    shared_closure shared;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    int grid[2][2];
  };
  union {
    Hold awaiter0_;
    int spill0_;
  };
  int state_ = -1;
  bool pair_live_ = false;
  bool copied_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(copied, copied_live_);
    asl::destroy(pair, pair_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> arrays() { return asl::start<arrays_machine>(); }

inline void arrays_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(pair)) Tracer[2]{Tracer("a"), Tracer("b")};
      pair_live_ = true;

      ::new (asl::place(grid)) int[2][2]{{1, 2}, {3, 4}};

      std::printf(" made\n");
      ::new (asl::place(copied))
          copied_closure{{pair[0], pair[1]},
                         {{grid[0][0], grid[0][1]}, {grid[1][0], grid[1][1]}}};
      copied_live_ = true;

      ::new (asl::place(shared)) shared_closure{pair, grid};

      std::printf(" captured\n");
      pair[1].name += "!";
      grid[1][0] = 30;
      // co_await Hold{} (line 73)
      ::new (asl::place(awaiter0_)) Hold(Hold{});
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

      // co_await copied() (line 74)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{copied()};
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
      spill0_ = awaiter1_.await_resume();
      // co_await shared() (line 74)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{shared()};
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
      int total = spill0_ + awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::move(total));
      asl::destroy(copied, copied_live_);
      asl::destroy(pair, pair_live_);
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

// The state machine of make_entry(), line 78. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct make_entry_machine {
  make_entry_machine() {}
  ~make_entry_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold> && !asl::usually_suspends<Hold>;

  asl::task_builder<Entry> builder_;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Entry> make_entry() {
  return asl::start<make_entry_machine>();
}

inline void make_entry_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Hold{} (line 79)
      ::new (asl::place(awaiter0_)) Hold(Hold{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(Entry{Tracer("e"), 7});
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of bindings(), line 83. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct bindings_machine {
  // The closure of the coroutine lambda on line 93, as a class the machine can
  // keep.
  struct copied_closure1 {
    Tracer tracer;
    std::tuple_element<
        0UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                              std::allocator<char>>>>::type key;
    Tracer left;
    unsigned int low;
    int row1[2];
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 93. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct copied_cmachine {
        copied_cmachine(
            const Tracer &tracer,
            const std::tuple_element<
                0UL,
                std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>>>>::type
                &key,
            const Tracer &left, const unsigned int &low, const int (&row1)[2])
            : tracer(tracer), key(key), left(left), low(low), row1(row1) {}
        ~copied_cmachine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Hold> &&
                                               !asl::usually_suspends<Hold>>;

        asl::task_builder<int> builder_;
        const Tracer &tracer;
        const std::tuple_element<
            0UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
            &key;
        const Tracer &left;
        const unsigned int &low;
        const int (&row1)[2];
        union {
          Hold awaiter0_;
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
              // co_await Hold{} (line 94)
              ::new (asl::place(awaiter0_)) Hold(Hold{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              std::printf("  copied %s %d %s %u %d\n", tracer.name.c_str(), key,
                          left.name.c_str(), low, row1[0]);
              builder_.set_result(key + static_cast<int>(low) + row1[1]);
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

      return asl::start<copied_cmachine>(tracer, key, left, low, row1);
    }
  };

  // The closure of the coroutine lambda on line 99, as a class the machine can
  // keep.
  struct shared_closure1 {
    int &count;
    std::tuple_element<
        1UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                              std::allocator<char>>>>::type
        &value;
    Tracer &right;
    unsigned int high;
    asl::Task<int> operator()() const {
      // The state machine of the lambda, line 99. state_ is -1 while it runs, N
      // while it is suspended at co_await N, -2 once it has finished.
      struct shared_cmachine {
        shared_cmachine(
            int &count,
            std::tuple_element<
                1UL,
                std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                 std::allocator<char>>>>::type
                &value,
            Tracer &right, const unsigned int &high)
            : count(count), value(value), right(right), high(high) {}
        ~shared_cmachine() {}

        // Starts on the caller's stack and moves to the heap at its first
        // suspension if all of these may move bytewise (see
        // asl::is_relocatable) and if the await every call begins with may
        // complete at once (see asl::is_usually_suspending).
        using relocatable = std::bool_constant<asl::relocatable<Hold> &&
                                               !asl::usually_suspends<Hold>>;

        asl::task_builder<int> builder_;
        int &count;
        std::tuple_element<
            1UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
            &value;
        Tracer &right;
        const unsigned int &high;
        union {
          Hold awaiter0_;
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
              // co_await Hold{} (line 100)
              ::new (asl::place(awaiter0_)) Hold(Hold{});
              if (!awaiter0_.await_ready()) {
                state_ = 0;
                builder_.await_on_completed(awaiter0_, *this);
                return;
              resume0_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter0_.await_resume();

              std::printf("  shared %d %s %s %u\n", count, value.c_str(),
                          right.name.c_str(), high);
              builder_.set_result(count);
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

      return asl::start<shared_cmachine>(count, value, right, high);
    }
  };

  bindings_machine() {}
  ~bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ends' may be kept
  // (line 87).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Entry bindings0_;
  };
  union {
    std::pair<int, std::string> bindings1_;
  };
  int *key_;
  std::basic_string<char> *value_;
  union {
    Tracer ends[2];
  };
  Tracer (*bindings5_)[2];
  union {
    copied_closure1 copied;
  };
  union {
    shared_closure1 shared;
  };
  union {
    asl::task_awaiter<Entry> awaiter0_;
    Hold awaiter1_;
    int spill0_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    Flags flags;
  };
  union {
    Flags bindings7_;
  };
  union {
    int rows[2][2];
  };
  union {
    int bindings9_[2][2];
  };
  int state_ = -1;
  bool bindings0_live_ = false;
  bool bindings1_live_ = false;
  bool ends_live_ = false;
  bool copied_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(copied, copied_live_);
    asl::destroy(ends, ends_live_);
    asl::destroy(bindings1_, bindings1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings0_, bindings0_live_);
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
    default:
      break;
    }
    {
      // co_await make_entry() (line 84)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<Entry>{make_entry()};
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
      ::new (asl::place(bindings0_)) Entry(awaiter0_.await_resume());
      bindings0_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(bindings1_))
          std::pair<int, std::string>(std::pair<int, std::string>{3, "three"});
      bindings1_live_ = true;
      key_ = asl::bound_address(std::get<0>(std::move(bindings1_)));
      value_ = asl::bound_address(std::get<1>(std::move(bindings1_)));

      ::new (asl::place(ends)) Tracer[2]{Tracer("x"), Tracer("y")};
      ends_live_ = true;

      bindings5_ = std::addressof(ends);

      ::new (asl::place(flags)) Flags{3, 5};

      ::new (asl::place(bindings7_)) Flags(flags);

      ::new (asl::place(rows)) int[2][2]{{1, 2}, {3, 4}};

      asl::init_from_array(bindings9_, rows);

      std::printf(" bound\n");
      ::new (asl::place(copied))
          copied_closure1{bindings0_.tracer,
                          (*key_),
                          (*bindings5_)[0],
                          bindings7_.low,
                          {bindings9_[1][0], bindings9_[1][1]}};
      copied_live_ = true;

      ::new (asl::place(shared)) shared_closure1{
          bindings0_.count, (*value_), (*bindings5_)[1], bindings7_.high};

      std::printf(" captured\n");
      bindings0_.count += 1;
      (*value_) += "!";
      (*bindings5_)[1].name += "!";
      bindings9_[1][0] = 50;
      // co_await Hold{} (line 110)
      ::new (asl::place(awaiter1_)) Hold(Hold{});
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

      // co_await copied() (line 111)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{copied()};
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
      spill0_ = awaiter2_.await_resume();
      // co_await shared() (line 111)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{shared()};
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
      builder_.set_result(spill0_ + awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(copied, copied_live_);
      asl::destroy(ends, ends_live_);
      asl::destroy(bindings1_, bindings1_live_);
      asl::destroy(bindings0_, bindings0_live_);
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

template <class T> T run(asl::Task<T> task) {
  pump();
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("arrays %d\n", run(arrays()));
  std::printf("bindings %d\n", run(bindings()));
}
