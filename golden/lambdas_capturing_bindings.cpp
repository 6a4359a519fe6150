// Lambdas that capture structured bindings (C++20) and are kept across an
// await: bindings of a struct, of a pair and a tuple (tuple-like: each
// binding is a reference into the hidden object, one of reference type),
// of an array and through `auto &`, captured by copy and by reference,
// explicitly, by `[=]` and `[&]`, and named by an init-capture; a
// bit-field's binding by copy. The tracer prints each copy and move, so
// the closure copies each binding exactly once, as natively, and a
// capture by reference sees later changes to the hidden object; each
// function first suspends after the capture (Hold), so the machine stays
// where the captured references point.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready(true);

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

template <class T> T run(asl::Task<T> task) {
  pump();
  return asl::sync_wait(std::move(task));
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

// The state machine of entry(), line 66. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct entry_machine {
  entry_machine() {}
  ~entry_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::pair<int, std::string>> builder_;
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

ASL_ASYNC asl::Task<std::pair<int, std::string>> entry() {
  return asl::start<entry_machine>();
}

inline void entry_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 67)
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

      builder_.set_result(std::pair<int, std::string>{3, "three"});
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

// The state machine of make_entry(), line 71. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct make_entry_machine {
  make_entry_machine() {}
  ~make_entry_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<Entry> builder_;
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
      // co_await ready (line 72)
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

      builder_.set_result(Entry{Tracer("e"), 7});
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

// The shape of the issue: a pair's bindings, one by copy, one by reference.
// For pair_bindings(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct pair_bindings_locals {
  // The lambda on line 79, built at where.
  static auto *show_lambda(
      void *where,
      std::tuple_element<
          0UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>>>>::type
          &k,
      std::tuple_element<
          1UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>>>>::type
          &v) {
    return ::new (where) auto(
        [k, &v] { std::printf("  %d=%s\n", k, v.c_str()); });
  }
};

// The state machine of pair_bindings(), line 77. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct pair_bindings_machine : pair_bindings_locals {
  using show_closure = std::remove_pointer_t<decltype(show_lambda(
      nullptr,
      std::declval<std::tuple_element<
          0UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>>>>::type
                       &>(),
      std::declval<std::tuple_element<
          1UL, std::pair<int, std::basic_string<char, std::char_traits<char>,
                                                std::allocator<char>>>>::type
                       &>()))>;

  pair_bindings_machine() {}
  ~pair_bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: 'v' is captured by reference by the
  // lambda on line 79, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::pair<int, std::basic_string<char>> bindings0_;
  };
  int *k_;
  std::basic_string<char> *v_;
  union {
    show_closure show;
  };
  union {
    asl::task_awaiter<std::pair<int, std::basic_string<char>>> awaiter0_;
    Hold awaiter1_;
  };
  int state_ = -1;
  bool bindings0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings0_, bindings0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> pair_bindings() {
  return asl::start<pair_bindings_machine>();
}

inline void pair_bindings_machine::move_next() {
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
      // co_await entry() (line 78)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::pair<int, std::basic_string<char>>>{entry()};
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
      ::new (asl::place(bindings0_))
          std::pair<int, std::basic_string<char>>(awaiter0_.await_resume());
      bindings0_live_ = true;
      k_ = asl::bound_address(std::get<0>(std::move(bindings0_)));
      v_ = asl::bound_address(std::get<1>(std::move(bindings0_)));
      asl::destroy(awaiter0_, awaiter0_live_);

      show_lambda(asl::place(show), (*k_), (*v_));

      (*v_) += "!";
      // co_await Hold{} (line 81)
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

      show();
      builder_.set_result((*k_));
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

// A struct's bindings: the member by copy (one copy), the int by reference.
// For struct_bindings(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct struct_bindings_locals {
  // The lambda on line 90, built at where1.
  static auto *read_lambda(void *where1, Tracer &tracer, int &count) {
    return ::new (where1) auto([tracer, &count] {
      std::printf("  %s %d\n", tracer.name.c_str(), count);
      return count;
    });
  }
};

// The state machine of struct_bindings(), line 87. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct struct_bindings_machine : struct_bindings_locals {
  using read_closure = std::remove_pointer_t<decltype(read_lambda(
      nullptr, std::declval<Tracer &>(), std::declval<int &>()))>;

  struct_bindings_machine() {}
  ~struct_bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: 'count' is captured by reference by
  // the lambda on line 90, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Entry bindings0_;
  };
  union {
    read_closure read;
  };
  union {
    asl::task_awaiter<Entry> awaiter0_;
    Hold awaiter1_;
  };
  int state_ = -1;
  bool bindings0_live_ = false;
  bool read_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(read, read_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings0_, bindings0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> struct_bindings() {
  return asl::start<struct_bindings_machine>();
}

inline void struct_bindings_machine::move_next() {
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
      // co_await make_entry() (line 88)
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

      std::printf(" made\n");
      read_lambda(asl::place(read), bindings0_.tracer, bindings0_.count);
      read_live_ = true;

      std::printf(" captured\n");
      bindings0_.count += 1;
      // co_await Hold{} (line 96)
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

      int result = read();
      builder_.set_result(std::move(result));
      asl::destroy(read, read_live_);
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

// A tuple with a reference element and a tracer, bound by `auto &`: all
// captured by [=], then by [&].
// For tuple_bindings(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct tuple_bindings_locals {
  // The lambda on line 107, built at where2.
  static auto *copied_lambda(
      void *where2, int &ref,
      std::tuple_element<1UL, std::tuple<int &, Tracer>>::type &held) {
    return ::new (where2) auto([=] {
      std::printf("  copied %d %s\n", ref, held.name.c_str());
      return ref;
    });
  }
  // The lambda on line 111, built at where3.
  static auto *shared_lambda(
      void *where3, int &ref,
      std::tuple_element<1UL, std::tuple<int &, Tracer>>::type &held) {
    return ::new (where3) auto([&] {
      std::printf("  shared %d %s\n", ref, held.name.c_str());
      return ref;
    });
  }
};

// The state machine of tuple_bindings(), line 103. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct tuple_bindings_machine : tuple_bindings_locals {
  using copied_closure = std::remove_pointer_t<decltype(copied_lambda(
      nullptr, std::declval<int &>(),
      std::declval<
          std::tuple_element<1UL, std::tuple<int &, Tracer>>::type &>()))>;
  using shared_closure = std::remove_pointer_t<decltype(shared_lambda(
      nullptr, std::declval<int &>(),
      std::declval<
          std::tuple_element<1UL, std::tuple<int &, Tracer>>::type &>()))>;

  tuple_bindings_machine() {}
  ~tuple_bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'outside' may be kept
  // (line 105).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::tuple<int &, Tracer> both;
  };
  std::tuple<int &, Tracer> *bindings2_;
  int *ref_;
  Tracer *held_;
  union {
    copied_closure copied;
  };
  union {
    shared_closure shared;
  };
  int outside;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;
  bool both_live_ = false;
  bool copied_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(copied, copied_live_);
    asl::destroy(both, both_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> tuple_bindings() {
  return asl::start<tuple_bindings_machine>();
}

inline void tuple_bindings_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      outside = 10;

      ::new (asl::place(both)) std::tuple<int &, Tracer>{outside, Tracer("t")};
      both_live_ = true;

      bindings2_ = std::addressof(both);
      ref_ = std::addressof(std::get<0>((*bindings2_)));
      held_ = std::addressof(std::get<1>((*bindings2_)));

      copied_lambda(asl::place(copied), (*ref_), (*held_));
      copied_live_ = true;

      shared_lambda(asl::place(shared), (*ref_), (*held_));

      outside = 20;
      (*held_).name += "!";
      // co_await Hold{} (line 117)
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

      builder_.set_result(copied() + shared());
      asl::destroy(copied, copied_live_);
      asl::destroy(both, both_live_);
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

// An array's bindings (a copy of the array), and an init-capture naming one.
// For array_bindings(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct array_bindings_locals {
  // The lambda on line 126, built at where4.
  static auto *join_lambda(void *where4, Tracer &first, Tracer &second) {
    return ::new (where4) auto([first, &second, size = first.name.size()] {
      std::printf("  %s %s %zu\n", first.name.c_str(), second.name.c_str(),
                  size);
      return static_cast<int>(size);
    });
  }
};

// The state machine of array_bindings(), line 122. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct array_bindings_machine : array_bindings_locals {
  using join_closure = std::remove_pointer_t<decltype(join_lambda(
      nullptr, std::declval<Tracer &>(), std::declval<Tracer &>()))>;

  array_bindings_machine() {}
  ~array_bindings_machine() { destroy_live(); }

  // Built in its heap box from the start: 'second' is captured by reference by
  // the lambda on line 126, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer pair[2];
  };
  union {
    Tracer bindings1_[2];
  };
  union {
    join_closure join;
  };
  union {
    Hold awaiter0_;
  };
  int state_ = -1;
  bool pair_live_ = false;
  bool bindings1_live_ = false;
  bool join_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(join, join_live_);
    asl::destroy(bindings1_, bindings1_live_);
    asl::destroy(pair, pair_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> array_bindings() {
  return asl::start<array_bindings_machine>();
}

inline void array_bindings_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(pair)) Tracer[2]{Tracer("a"), Tracer("b")};
      pair_live_ = true;

      asl::init_from_array(bindings1_, pair);
      bindings1_live_ = true;

      std::printf(" bound\n");
      join_lambda(asl::place(join), bindings1_[0], bindings1_[1]);
      join_live_ = true;

      bindings1_[1].name += "!";
      // co_await Hold{} (line 132)
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

      builder_.set_result(join());
      asl::destroy(join, join_live_);
      asl::destroy(bindings1_, bindings1_live_);
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

// A bit-field's binding, by copy; a const binding by copy and by reference.
// For bit_field_bindings(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct bit_field_bindings_locals {
  // The lambda on line 141, built at where5.
  static auto *
  sum_lambda(void *where5, unsigned int low, unsigned int high,
             std::tuple_element<0UL, const std::pair<int, int>>::type &x,
             std::tuple_element<1UL, const std::pair<int, int>>::type &y) {
    return ::new (where5) auto(
        [low, high, x, &y] { return static_cast<int>(low + high) + x + y; });
  }
};

// The state machine of bit_field_bindings(), line 137. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct bit_field_bindings_machine : bit_field_bindings_locals {
  using sum_closure = std::remove_pointer_t<decltype(sum_lambda(
      nullptr, std::declval<unsigned int>(), std::declval<unsigned int>(),
      std::declval<
          std::tuple_element<0UL, const std::pair<int, int>>::type &>(),
      std::declval<
          std::tuple_element<1UL, const std::pair<int, int>>::type &>()))>;

  bit_field_bindings_machine() {}
  ~bit_field_bindings_machine() {}

  // Built in its heap box from the start: 'y' is captured by reference by the
  // lambda on line 141, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const int *x_;
  const int *y_;
  union {
    sum_closure sum;
  };
  union {
    Flags flags;
  };
  union {
    Flags bindings1_;
  };
  union {
    const std::pair<int, int> bindings2_;
  };
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> bit_field_bindings() {
  return asl::start<bit_field_bindings_machine>();
}

inline void bit_field_bindings_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(flags)) Flags{3, 5};

      ::new (asl::place(bindings1_)) Flags(flags);

      ::new (asl::place(bindings2_))
          const std::pair<int, int>(std::pair<int, int>{1, 2});
      x_ = asl::bound_address(std::get<0>(std::move(bindings2_)));
      y_ = asl::bound_address(std::get<1>(std::move(bindings2_)));

      sum_lambda(asl::place(sum), bindings1_.low, bindings1_.high, (*x_),
                 (*y_));

      // co_await Hold{} (line 144)
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

      builder_.set_result(sum());
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  std::printf("pair %d\n", run(pair_bindings()));
  std::printf("struct %d\n", run(struct_bindings()));
  std::printf("tuple %d\n", run(tuple_bindings()));
  std::printf("array %d\n", run(array_bindings()));
  std::printf("bits %d\n", run(bit_field_bindings()));
}
