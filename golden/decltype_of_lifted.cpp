// decltype of a name kept across a co_await gives the entity's declared
// type, as natively: a reference stays a reference (the machine holds a
// pointer), a const local stays const, a structured binding gives its
// referenced type; decltype((x)) and sizeof keep theirs too, and the
// forwarding idiom std::forward<decltype(n)>(n) compiles.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

asl::Event ready;

template <class T> void show(const char *name) {
  using Object = std::remove_reference_t<T>;
  std::printf("%-8s ref %d lref %d rref %d const %d size %zu\n", name,
              std::is_reference_v<T>, std::is_lvalue_reference_v<T>,
              std::is_rvalue_reference_v<T>, std::is_const_v<Object>,
              sizeof(T));
}

inline void sink(const std::string &s) { std::printf("copy %s\n", s.c_str()); }
inline void sink(std::string &&s) { std::printf("move %s\n", s.c_str()); }

struct Point {
  int x;
  double y;
};

struct Counter {
  long total = 5;
  const char *label = "counter";

  struct run_machine;
  ASL_ASYNC asl::Task<int> run();
};

// The state machine of Counter::run(), line 37. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Counter::run_machine {
  explicit run_machine(Counter *this_) : this_(this_) {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter *this_;
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

inline asl::Task<int> Counter::run() { return asl::start<run_machine>(this); }

inline void Counter::run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 38)
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

      show<long>("total");
      show<const char *>("label");
      std::printf("same %d\n", std::is_same_v<long, long>);
      builder_.set_result(static_cast<int>(this_->total));
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

// The state machine of locals(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct locals_machine {
  locals_machine(int &param, const std::string &name)
      : name(name), param(std::move(param)) {}
  ~locals_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'array' may be kept
  // (line 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const std::string &name;
  union {
    const std::string title;
  };
  int (*whole)[3];
  int *ref;
  int *moved;
  union {
    const std::string kept;
  };
  union {
    Point bindings8_;
  };
  union {
    std::pair<int, long> bindings9_;
  };
  int *first_;
  long *second_;
  int (*bindings12_)[3];
  int *alias;
  union {
    std::vector<std::string> names;
  };
  std::vector<std::string> *range_;
  union {
    std::vector<std::string>::iterator begin_;
  };
  union {
    std::vector<std::string>::iterator end_;
  };
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> *n;
  std::vector<std::string> *range_1;
  union {
    std::vector<std::string>::iterator begin_1;
  };
  union {
    std::vector<std::string>::iterator end_1;
  };
  union {
    std::string copy;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
  };
  int param;
  int value;
  union {
    const int doubled;
  };
  union {
    int array[3];
  };
  int state_ = -1;
  bool title_live_ = false;
  bool kept_live_ = false;
  bool names_live_ = false;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(names, names_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(title, title_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> locals(int param, const std::string &name) {
  return asl::start<locals_machine>(param, name);
}

inline void locals_machine::move_next() {
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
      value = 3;

      static const int limit = 10;
      ::new (asl::place(doubled)) const int(param * 2);

      ::new (asl::place(title)) const std::string("title");
      title_live_ = true;

      ::new (asl::place(array)) int[3]{1, 2, 3};

      whole = std::addressof(array);

      ref = std::addressof(value);

      moved = asl::bound_address(std::move(value));

      ::new (asl::place(kept)) const std::string(std::string("temporary"));
      kept_live_ = true;

      ::new (asl::place(bindings8_)) Point(Point{1, 2.5});

      ::new (asl::place(bindings9_))
          std::pair<int, long>(std::pair<int, long>{1, 2});
      first_ = asl::bound_address(std::get<0>(std::move(bindings9_)));
      second_ = asl::bound_address(std::get<1>(std::move(bindings9_)));

      bindings12_ = std::addressof(array);

      // co_await ready (line 59)
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

      show<decltype(param)>("param");
      show<decltype(name)>("name");
      show<int>("value");
      show<decltype(limit)>("limit");
      show<const int>("doubled");
      show<const std::string>("title");
      show<int[3]>("array");
      show<int(&)[3]>("whole");
      show<int &>("ref");
      show<int &>("(ref)");
      show<int &>("(value)");
      show<int &&>("moved");
      show<const std::string &>("kept");
      show<int>("px");
      show<double>("py");
      show<std::tuple_element<0UL, std::pair<int, long>>::type>("first");
      show<std::tuple_element<1UL, std::pair<int, long>>::type>("second");
      show<int>("ax");
      show<int>("ref + 1");
      std::printf(
          "same %d %d %d %d %d %d %d %d\n",
          std::is_same_v<decltype(limit), const int>,
          std::is_same_v<int(&)[3], int(&)[3]>, std::is_same_v<int &, int &>,
          std::is_same_v<int &&, int &&>,
          std::is_same_v<const std::string &, const std::string &>,
          std::is_same_v<decltype(name), const std::string &>,
          std::is_same_v<std::tuple_element<0UL, std::pair<int, long>>::type,
                         int>,
          std::is_same_v<double, double>);
      std::printf("sizeof %zu %zu %zu %zu\n", sizeof((*ref)), sizeof((*whole)),
                  sizeof(kept), sizeof((*first_)));
      alias = std::addressof((*ref));

      (*alias) = 4;
      std::printf("value %d\n", value);

      ::new (asl::place(names)) std::vector<std::string>{"a", "b"};
      names_live_ = true;

      {
        range_ = std::addressof(names);
        ::new (asl::place(begin_))
            std::vector<std::string>::iterator((*range_).begin());
        ::new (asl::place(end_))
            std::vector<std::string>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          n = std::addressof(*begin_);
          {
            // co_await ready (line 97)
            ::new (asl::place(awaiter1_))
                asl::event_awaiter(asl::get_awaiter(ready));
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
            awaiter1_.await_resume();
            asl::destroy(awaiter1_, awaiter1_live_);

            show<std::string &>("n");
            sink(std::forward<std::string &>((*n)));
          }
        }
      }

      {
        range_1 = std::addressof(names);
        ::new (asl::place(begin_1))
            std::vector<std::string>::iterator((*range_1).begin());
        ::new (asl::place(end_1))
            std::vector<std::string>::iterator((*range_1).end());
        for (; begin_1 != end_1; ++begin_1) {
          ::new (asl::place(copy)) std::string(*begin_1);
          copy_live_ = true;
          {
            // co_await ready (line 102)
            ::new (asl::place(awaiter2_))
                asl::event_awaiter(asl::get_awaiter(ready));
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
            awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);

            show<std::string>("copy");
            sink(std::forward<std::string>(copy));
            asl::destroy(copy, copy_live_);
          }
        }
      }

      builder_.set_result((*ref) + limit + doubled + bindings8_.x + (*first_) +
                          (*bindings12_)[0] + static_cast<int>(kept.size()));
      asl::destroy(names, names_live_);
      asl::destroy(kept, kept_live_);
      asl::destroy(title, title_live_);
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
  ready.set();
  std::string name = "n";
  int sum = asl::sync_wait(locals(1, name));
  Counter counter;
  int total = asl::sync_wait(counter.run());
  std::printf("%d %d\n", sum, total);
}
