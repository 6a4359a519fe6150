// A constexpr if inside a lambda that the machine keeps across an await
// (its closure a field, made by a factory that holds the lambda's text as
// written): in an async function, and in each specialization of an async
// function template, where the discarded branch would not compile for the
// specialization's type (`v.size()` of an int). The body's own constexpr
// ifs are replaced by their taken branches; the lambda's stay in the
// factory, which clang checks as a template.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

// For plain(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct plain_locals {
  // The lambda on line 16, built at where.
  static auto *twice_lambda(void *where) {
    return ::new (where) auto([](int v) {
      if constexpr (sizeof(int) == 1)
        return v;
      else
        return 2 * v;
    });
  }
};

// The state machine of plain(), line 14. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct plain_machine : plain_locals {
  using twice_closure = std::remove_pointer_t<decltype(twice_lambda(nullptr))>;

  explicit plain_machine(asl::Event &ready) : ready(ready) {}
  ~plain_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'twice' may be kept
  // (line 22).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int r;
  union {
    twice_closure twice;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> plain(asl::Event &ready) {
  return asl::start<plain_machine>(ready);
}

inline void plain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      r = 0;

      twice_lambda(asl::place(twice));

      r += twice(3);
      // co_await ready (line 23)
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

      r += twice(4);
      builder_.set_result(std::move(r));
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

template <class T> struct measure_machine;

template <class T> ASL_ASYNC asl::Task<int> measure(T v, asl::Event &ready) {
  return asl::start<measure_machine<T>>(v, ready);
}

int main() {
  asl::Event ready;
  asl::Task<int> a = plain(ready);
  asl::Task<int> b = measure(5, ready);
  asl::Task<int> c = measure(std::string("four"), ready);
  ready.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  int rc = asl::sync_wait(std::move(c));
  std::printf("%d %d %d\n", ra, rb, rc);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// For measure<int>(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct measure_locals {
  using T = int;

  // The lambda on line 29, built at where1.
  static auto *size_lambda(void *where1) {
    return ::new (where1) auto([](const T &x) {
      {
        static_assert(std::is_integral_v<T>);
        return static_cast<int>(x);
      };
    });
  }
};

// The state machine of measure<int>(), line 28. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct measure_machine<int> : measure_locals {
  // The template's parameters, which the body names.
  using T = int;

  using size_closure = std::remove_pointer_t<decltype(size_lambda(nullptr))>;

  measure_machine(int &v, asl::Event &ready) : ready(ready), v(std::move(v)) {}
  ~measure_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'size' may be kept
  // (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int before;
  union {
    size_closure size;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void measure_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      size_lambda(asl::place(size));

      before = size(v);

      // co_await ready (line 36)
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

      builder_.set_result(before + size(v));
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

// For measure<std::basic_string<char>>(), functions making the lambdas whose
// closures its machine keeps (C++17 names a closure type only as what a
// function returns).
struct measure_locals1 {
  using T = std::basic_string<char>;

  // The lambda on line 29, built at where2.
  static auto *size_lambda1(void *where2) {
    return ::new (where2) auto([](const T &x) {
      {
        static_assert(!(std::is_integral_v<T>));
        return static_cast<int>(x.size());
      }
    });
  }
};

// The state machine of measure<std::basic_string<char>>(), line 28. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct measure_machine<std::basic_string<char>> : measure_locals1 {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  using size_closure1 = std::remove_pointer_t<decltype(size_lambda1(nullptr))>;

  measure_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &v,
      asl::Event &ready)
      : v(std::move(v)), ready(ready) {}
  ~measure_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'size' may be kept
  // (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int before;
  union {
    size_closure1 size;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void measure_machine<std::basic_string<char>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      size_lambda1(asl::place(size));

      before = size(v);

      // co_await ready (line 36)
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

      builder_.set_result(before + size(v));
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
