// Locals that live across awaits, declared with types the machine, outside
// the function, cannot spell as written: aliases declared in the function
// (`using`, `typedef`), `decltype(this)` and `decltype` of a local; their
// fields spell what those stand for, and the aliases stay in the body,
// marked [[maybe_unused]] where the declaration was their only use. Also a
// char array initialized from a string literal, copied into its field.
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <vector>

asl::Event ready;

struct Counter {
  int base = 40;

  struct total_machine;
  ASL_ASYNC asl::Task<int> total() const;
};

// The state machine of Counter::total(), line 18. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::total_machine {
  explicit total_machine(const Counter *this_) : this_(this_) {}
  ~total_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'table' may be kept
  // (line 28).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const Counter *this_;
  union {
    std::vector<int> values;
  };
  union {
    std::map<int, std::vector<int>> table;
  };
  const Counter *self;
  union {
    std::vector<int> copy;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    char word[4];
  };
  union {
    char padded[8];
  };
  int state_ = -1;
  bool values_live_ = false;
  bool table_live_ = false;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(table, table_live_);
    asl::destroy(values, values_live_);
  }

  void move_next();
};

inline asl::Task<int> Counter::total() const {
  return asl::start<total_machine>(this);
}

inline void Counter::total_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      using Values [[maybe_unused]] = std::vector<int>;
      typedef std::map<int, Values> Table [[maybe_unused]];
      ::new (asl::place(values)) std::vector<int>{1, 2};
      values_live_ = true;

      ::new (asl::place(table)) std::map<int, std::vector<int>>;
      table_live_ = true;

      self = this_;

      ::new (asl::place(copy)) std::vector<int>(values);
      copy_live_ = true;

      asl::init_from_string(word, "tea");

      asl::init_from_string(padded, "cup");

      // co_await ready (line 27)
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

      table[1] = values;
      copy.push_back(3);
      word[0] = 'p';
      std::printf("%s %s %zu %zu %d\n", word, padded, table[1].size(),
                  copy.size(), self->base);
      builder_.set_result(self->base +
                          static_cast<int>(copy.size() + sizeof padded));
      asl::destroy(copy, copy_live_);
      asl::destroy(table, table_live_);
      asl::destroy(values, values_live_);
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
  Counter counter;
  asl::Task<int> task = counter.total();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
