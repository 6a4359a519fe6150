// Checks closures of lambdas written outside the async body, kept across
// an await inside other types and through other makers: std::bind of a
// lambda of the body and of a helper's closure (`std::_Bind<F(...)>`, a
// closure inside a function type), a class member and an alias declared
// with decltype of a helper's call, a member function, a member function
// template, a function template given a value and one given a pack, and a
// closure made by a closure a lambda of the body returns.
#include <asl/task.h>

#include <cstdio>
#include <functional>

asl::Event ready;

inline auto make_adder(int add) {
  return [add](int v) { return v + add; };
}
struct Box {
  decltype(make_adder(0)) f;
  int n;
};
using Adder = decltype(make_adder(0));

struct Maker {
  int base;
  auto make(int k) const {
    return [k, b = base](int v) { return v * k + b; };
  }
  template <class T> auto typed(T k) {
    return [k](T v) { return v - k; };
  }
};
template <int N> auto fixed() {
  return [](int v) { return v + N; };
}
template <class... Ts> auto summer(Ts... ts) {
  return [=](int v) { return (v + ... + ts); };
}

// For run(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct run_locals {
  // The lambda on line 41, built at where.
  static auto *body_lambda(void *where) {
    return ::new (where) auto([](int a, int b) { return a * b; });
  }
  // The lambda on line 51, built at where1.
  static auto *outer_lambda(void *where1) {
    return ::new (where1) auto(
        [] { return [](int a) { return [a](int v) { return v + a; }; }; });
  }
};

// The state machine of run(), line 40. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine : run_locals {
  using body_closure = std::remove_pointer_t<decltype(body_lambda(nullptr))>;
  using outer_closure = std::remove_pointer_t<decltype(outer_lambda(nullptr))>;

  explicit run_machine(Maker &m) : m(std::move(m)) {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'body' may be kept
  // (line 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    decltype(std::declval<Maker &>().template typed<long>(
        std::declval<long>())) g;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  Maker m;
  union {
    std::_Bind<body_closure(std::_Placeholder<1>, int)> bound;
  };
  union {
    std::_Bind<decltype(::make_adder(std::declval<int>()))(
        std::_Placeholder<1>)>
        bound2;
  };
  union {
    Box box;
  };
  union {
    decltype(::make_adder(std::declval<int>())) inbox;
  };
  union {
    decltype(::make_adder(std::declval<int>())) alias;
  };
  union {
    decltype(std::declval<Maker &>().make(std::declval<int>())) f;
  };
  union {
    decltype(::summer<int, int, int>(std::declval<int>(), std::declval<int>(),
                                     std::declval<int>())) s;
  };
  union {
    decltype(std::declval<decltype(std::declval<outer_closure &>()()) &>()(
        std::declval<int>())) add;
  };
  union {
    body_closure body;
  };
  union {
    decltype(::fixed<7>()) h;
  };
  union {
    outer_closure outer;
  };
  union {
    decltype(std::declval<outer_closure &>()()) maker;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> run(Maker m) { return asl::start<run_machine>(m); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      body_lambda(asl::place(body));

      ::new (asl::place(bound))
          std::_Bind<body_closure(std::_Placeholder<1>, int)>(
              std::bind(body, std::placeholders::_1, 3));

      ::new (asl::place(bound2)) std::_Bind<decltype(::make_adder(
          std::declval<int>()))(std::_Placeholder<1>)>(
          std::bind(make_adder(1), std::placeholders::_1));

      ::new (asl::place(box)) Box{make_adder(2), 1};

      ::new (asl::place(inbox)) decltype(::make_adder(std::declval<int>()))(
          box.f);

      ::new (asl::place(alias)) decltype(::make_adder(std::declval<int>()))(
          make_adder(4));

      ::new (asl::place(f)) decltype(std::declval<Maker &>().make(
          std::declval<int>()))(m.make(3));

      ::new (asl::place(g)) decltype(std::declval<Maker &>()
                                         .template typed<long>(
                                             std::declval<long>()))(
          m.typed(2L));

      ::new (asl::place(h)) decltype(::fixed<7>())(fixed<7>());

      ::new (asl::place(s)) decltype(::summer<int, int, int>(
          std::declval<int>(), std::declval<int>(), std::declval<int>()))(
          summer(1, 2, 3));

      outer_lambda(asl::place(outer));

      ::new (asl::place(maker)) decltype(std::declval<outer_closure &>()())(
          outer());

      ::new (asl::place(
          add)) decltype(std::declval<decltype(std::declval<outer_closure
                                                                &>()()) &>()(
          std::declval<int>()))(maker(9));

      // co_await ready (line 56)
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

      std::printf("%d %d %d %d %d\n", bound(2), bound2(1), box.f(1), inbox(1),
                  alias(1));
      std::printf("%d %ld %d %d %d\n", f(1), g(5L), h(1), s(0), add(1));
      builder_.set_result(box.n);
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

int main() {
  asl::Task<int> task = run(Maker{10});
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
