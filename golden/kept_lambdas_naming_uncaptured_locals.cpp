// Lambdas kept across an await that name locals of the function without
// capturing them, in unevaluated operands (`sizeof(buffer)`,
// `decltype(x)`, `noexcept(...)`, `alignof`), which capture nothing: a
// local, an array, a reference, a tracer (nothing is copied) and a
// structured binding; and `decltype` of names the lambda does capture, by
// copy and by reference, which gives the local's declared type, not the
// closure member's.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>

asl::Event tick;

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

int pick(int &) noexcept { return 1; }
int pick(const int &) { return 2; }

// For sizes(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct sizes_locals {
  // The lambda on line 34, built at where.
  static auto *size_lambda(void *where, [[maybe_unused]] char (&buffer)[3],
                           [[maybe_unused]] Tracer &tracer,
                           [[maybe_unused]] long &alias,
                           [[maybe_unused]] long &wide) {
    return ::new (where) auto([] {
      return sizeof(buffer) * 100 + sizeof(tracer.name) / sizeof(char *) * 10 +
             sizeof(alias) / sizeof(long) + alignof(long) * 0;
    });
  }
};

// The state machine of sizes(), line 29. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct sizes_machine : sizes_locals {
  using size_closure = std::remove_pointer_t<decltype(size_lambda(
      nullptr, std::declval<char (&)[3]>(), std::declval<Tracer &>(),
      std::declval<long &>(), std::declval<long &>()))>;

  sizes_machine() {}
  ~sizes_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'wide' may be kept
  // (line 33).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tracer tracer;
  };
  long wide;
  long *alias;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    char buffer[3];
  };
  union {
    size_closure size;
  };
  int state_ = -1;
  bool tracer_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(tracer, tracer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> sizes() { return asl::start<sizes_machine>(); }

inline void sizes_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(buffer)) char[3]{'a', 'b', 'c'};

      ::new (asl::place(tracer)) Tracer("t");
      tracer_live_ = true;

      wide = 4;

      alias = std::addressof(wide);

      size_lambda(asl::place(size), buffer, tracer, (*alias), wide);

      // co_await tick (line 38)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      std::printf("  size %zu %c\n", size(), buffer[0]);
      builder_.set_result(static_cast<int>(size()));
      asl::destroy(tracer, tracer_live_);
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

// For declared_types(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct declared_types_locals {
  // The lambda on line 47, built at where1.
  static auto *make_lambda(
      void *where1, [[maybe_unused]] int &x, [[maybe_unused]] const int &y,
      [[maybe_unused]] std::tuple_element<
          0UL, std::pair<short, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
          &first,
      [[maybe_unused]] std::tuple_element<
          1UL, std::pair<short, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
          &second) {
    return ::new (where1) auto([] {
      int a = 7;
      const int b = 8;
      std::tuple_element<
          0UL, std::pair<short, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
          c = 9;
      static_assert(std::is_same_v<
                    std::tuple_element<
                        1UL, std::pair<short, std::basic_string<
                                                  char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type,
                    std::string>);
      return a + b + c + static_cast<int>(sizeof(first));
    });
  }
  // The lambda on line 54, built at where2.
  static auto *flags_lambda(void *where2, [[maybe_unused]] int &x,
                            [[maybe_unused]] const int &y) {
    return ::new (where2) auto(
        [] { return noexcept(pick(x)) * 10 + noexcept(pick(y)); });
  }
};

// The state machine of declared_types(), line 43. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct declared_types_machine : declared_types_locals {
  using make_closure = std::remove_pointer_t<decltype(make_lambda(
      nullptr, std::declval<int &>(), std::declval<const int &>(),
      std::declval<std::tuple_element<
          0UL, std::pair<short, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
                       &>(),
      std::declval<std::tuple_element<
          1UL, std::pair<short, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>>>::type
                       &>()))>;
  using flags_closure = std::remove_pointer_t<decltype(flags_lambda(
      nullptr, std::declval<int &>(), std::declval<const int &>()))>;

  declared_types_machine() {}
  ~declared_types_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 56).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::pair<short, std::string> bindings2_;
  };
  short *first_;
  std::basic_string<char> *second_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  union {
    const int y;
  };
  union {
    make_closure make;
  };
  union {
    flags_closure flags;
  };
  int state_ = -1;
  bool bindings2_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(bindings2_, bindings2_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> declared_types() {
  return asl::start<declared_types_machine>();
}

inline void declared_types_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = 5;

      ::new (asl::place(y)) const int(x + 1);
      // not a constant expression
      ::new (asl::place(bindings2_)) std::pair<short, std::string>(
          std::pair<short, std::string>{3, "pair"});
      bindings2_live_ = true;
      first_ = asl::bound_address(std::get<0>(std::move(bindings2_)));
      second_ = asl::bound_address(std::get<1>(std::move(bindings2_)));

      make_lambda(asl::place(make), x, y, (*first_), (*second_));

      flags_lambda(asl::place(flags), x, y);

      // co_await tick (line 55)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      std::printf("  make %d flags %d %s\n", make(), flags(),
                  (*second_).c_str());
      builder_.set_result(make() + flags() + x + y);
      asl::destroy(bindings2_, bindings2_live_);
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

// For captured_types(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct captured_types_locals {
  // The lambda on line 64, built at where3.
  static auto *copy_lambda(void *where3, std::string &text, int &count,
                           Tracer &tracer) {
    return ::new (where3) auto([text, &count, tracer] {
      std::string grown = text + "!";
      int twice = count * 2;
      Tracer again = tracer;
      return static_cast<int>(grown.size()) + twice + again.name.size();
    });
  }
};

// The state machine of captured_types(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct captured_types_machine : captured_types_locals {
  using copy_closure = std::remove_pointer_t<decltype(copy_lambda(
      nullptr, std::declval<std::string &>(), std::declval<int &>(),
      std::declval<Tracer &>()))>;

  captured_types_machine() {}
  ~captured_types_machine() { destroy_live(); }

  // Built in its heap box from the start: 'count' is captured by reference by
  // the lambda on line 64, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string text;
  };
  union {
    Tracer tracer;
  };
  union {
    copy_closure copy;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int count;
  int state_ = -1;
  bool text_live_ = false;
  bool tracer_live_ = false;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(tracer, tracer_live_);
    asl::destroy(text, text_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> captured_types() {
  return asl::start<captured_types_machine>();
}

inline void captured_types_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(text)) std::string("text");
      text_live_ = true;

      count = 2;

      ::new (asl::place(tracer)) Tracer("u");
      tracer_live_ = true;

      copy_lambda(asl::place(copy), text, count, tracer);
      copy_live_ = true;

      count = 3;
      // co_await tick (line 71)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(tick));
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

      std::printf("  copy %d\n", static_cast<int>(copy()));
      builder_.set_result(static_cast<int>(copy()));
      asl::destroy(copy, copy_live_);
      asl::destroy(tracer, tracer_live_);
      asl::destroy(text, text_live_);
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
  auto a = sizes();
  auto b = declared_types();
  auto c = captured_types();
  tick.set();
  std::printf("sizes %d\n", asl::sync_wait(std::move(a)));
  std::printf("declared %d\n", asl::sync_wait(std::move(b)));
  std::printf("captured %d\n", asl::sync_wait(std::move(c)));
}
