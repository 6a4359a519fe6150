// Lambdas that capture a function parameter pack in an async function
// template, kept across an await: `[xs...]` copies each element once,
// `[&xs...]` and `[&]` refer to the machine's fields, an init-capture
// names the pack, and a lambda's text may name the template's packs
// (`Ts...`, `sizeof...`). The machine keeps each closure, made by a
// factory that takes the packs as the body does. A noisy type counts its
// copies and destructions.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Noisy {
  std::string name;
  int copies = 0;
  explicit Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &o) : name(o.name), copies(o.copies + 1) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept : name(std::move(o.name)), copies(o.copies) {
    o.name = "(moved)";
  }
  ~Noisy() {
    if (name != "(moved)")
      std::printf("  destroy %s (%d copies)\n", name.c_str(), copies);
  }
};

int length(const Noisy &n) { return static_cast<int>(n.name.size()); }
int length(int n) { return n; }

// By copy: each element copied into the closure once, before the await.
template <class... Ts> struct by_copy_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> by_copy(Ts... xs) {
  return asl::start<by_copy_machine<Ts...>>(xs...);
}

// By reference, explicitly and implicitly: the closures see the elements
// changed after they were made.
template <class... Ts> struct by_reference_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> by_reference(Ts... xs) {
  return asl::start<by_reference_machine<Ts...>>(xs...);
}

// Init-captures from the elements, and a lambda naming the template's type
// pack only.
template <class... Ts> struct init_pack_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> init_pack(Ts... xs) {
  return asl::start<init_pack_machine<Ts...>>(xs...);
}

// A leading parameter captured beside the pack, and a lambda that does not
// live across an await (it stays in the body as written).
template <class T, class... Rest> struct leading_machine;

template <class T, class... Rest>
ASL_ASYNC asl::Task<int> leading(T first, Rest... rest) {
  return asl::start<leading_machine<T, Rest...>>(first, rest...);
}

// The state machine of run(), line 76. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int a;
  int b;
  int e;
  int c;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
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
    default:
      break;
    }
    {
      // co_await by_copy(Noisy("ab"), 3, Noisy("cde")) (line 77)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{by_copy(Noisy("ab"), 3, Noisy("cde"))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("a %d\n", a);
      // co_await by_reference(1, 2, 3) (line 79)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{by_reference(1, 2, 3)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await by_reference() (line 80)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{by_reference()};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("b %d, e %d\n", b, e);
      // co_await init_pack(1, 2, 3) (line 82)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{init_pack(1, 2, 3)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await leading(2, 3, 4) (line 83)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{leading(2, 3, 4)};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int d = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("c %d, d %d\n", c, d);
      builder_.set_result(a + b + c + d);
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
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// For by_copy<Noisy, int, Noisy>(), functions making the lambdas whose closures
// its machine keeps (C++17 names a closure type only as what a function
// returns).
struct by_copy_locals {
  // The lambda on line 38, built at where.
  template <class... Ts, class... xs_types_>
  static auto *total_lambda(void *where, asl::pack_types<Ts...>,
                            asl::pack_types<xs_types_...>,
                            asl::pack_param_t<xs_types_>... xs) {
    return ::new (where) auto([xs...] { return (0 + ... + length(xs)); });
  }
};

// The state machine of by_copy<Noisy, int, Noisy>(), line 37. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct by_copy_machine<Noisy, int, Noisy> : by_copy_locals {
  using total_closure = std::remove_pointer_t<decltype(total_lambda(
      nullptr, asl::pack_types<Noisy, int, Noisy>{},
      asl::pack_types<Noisy, int, Noisy>{},
      std::declval<asl::pack_param_t<Noisy>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<Noisy>>()))>;

  by_copy_machine(Noisy &xs0_, int &xs1_, Noisy &xs2_)
      : xs0_(std::move(xs0_)), xs2_(std::move(xs2_)), xs1_(std::move(xs1_)) {}
  ~by_copy_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Noisy xs0_;
  Noisy xs2_;
  union {
    total_closure total;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs1_;
  int state_ = -1;
  bool total_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(total, total_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Noisy, int, Noisy>{},
               asl::pack_types<Noisy, int, Noisy>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void by_copy_machine<Noisy, int, Noisy>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      total_lambda(asl::place(total), asl::pack_types<Noisy, int, Noisy>{},
                   asl::pack_types<Noisy, int, Noisy>{}, xs0_, xs1_, xs2_);
      total_live_ = true;

      std::printf("by_copy: made\n");
      // co_await ready (line 40)
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

      std::printf("by_copy: resumed\n");
      builder_.set_result(total());
      asl::destroy(total, total_live_);
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

// For by_reference<int, int, int>(), functions making the lambdas whose
// closures its machine keeps (C++17 names a closure type only as what a
// function returns).
struct by_reference_locals {
  // The lambda on line 48, built at where1.
  template <class... Ts, class... xs_types_>
  static auto *bump_lambda(void *where1, asl::pack_types<Ts...>,
                           asl::pack_types<xs_types_...>,
                           asl::pack_param_t<xs_types_>... xs) {
    return ::new (where1) auto([&xs...] { ((xs += 1), ...); });
  }
  // The lambda on line 49, built at where2.
  template <class... Ts, class... xs_types_>
  static auto *sum_lambda(void *where2, asl::pack_types<Ts...>,
                          asl::pack_types<xs_types_...>,
                          asl::pack_param_t<xs_types_>... xs) {
    return ::new (where2) auto([&] { return (xs + ... + 0); });
  }
};

// The state machine of by_reference<int, int, int>(), line 47. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct by_reference_machine<int, int, int> : by_reference_locals {
  using bump_closure = std::remove_pointer_t<decltype(bump_lambda(
      nullptr, asl::pack_types<int, int, int>{},
      asl::pack_types<int, int, int>{}, std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>()))>;
  using sum_closure = std::remove_pointer_t<decltype(sum_lambda(
      nullptr, asl::pack_types<int, int, int>{},
      asl::pack_types<int, int, int>{}, std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>()))>;

  by_reference_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~by_reference_machine() { destroy_live(); }

  // Built in its heap box from the start: 'xs' is captured by reference by the
  // lambda on line 48, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    bump_closure bump;
  };
  union {
    sum_closure sum;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void by_reference_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      bump_lambda(asl::place(bump), asl::pack_types<int, int, int>{},
                  asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);

      sum_lambda(asl::place(sum), asl::pack_types<int, int, int>{},
                 asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);

      // co_await ready (line 50)
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

      bump();
      builder_.set_result(sum() * 100 + static_cast<int>(sizeof...(Ts)));
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

// For by_reference<>(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct by_reference_locals1 {
  // The lambda on line 48, built at where3.
  template <class... Ts, class... xs_types_>
  static auto *bump_lambda1(void *where3, asl::pack_types<Ts...>,
                            asl::pack_types<xs_types_...>,
                            asl::pack_param_t<xs_types_>... xs) {
    return ::new (where3) auto([&xs...] { ((xs += 1), ...); });
  }
  // The lambda on line 49, built at where4.
  template <class... Ts, class... xs_types_>
  static auto *sum_lambda1(void *where4, asl::pack_types<Ts...>,
                           asl::pack_types<xs_types_...>,
                           asl::pack_param_t<xs_types_>... xs) {
    return ::new (where4) auto([&] { return (xs + ... + 0); });
  }
};

// The state machine of by_reference<>(), line 47. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct by_reference_machine<> : by_reference_locals1 {
  using bump_closure1 = std::remove_pointer_t<decltype(bump_lambda1(
      nullptr, asl::pack_types<>{}, asl::pack_types<>{}))>;
  using sum_closure1 = std::remove_pointer_t<decltype(sum_lambda1(
      nullptr, asl::pack_types<>{}, asl::pack_types<>{}))>;

  by_reference_machine() {}
  ~by_reference_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'bump' may be kept
  // (line 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    bump_closure1 bump;
  };
  union {
    sum_closure1 sum;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void by_reference_machine<>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      bump_lambda1(asl::place(bump), asl::pack_types<>{}, asl::pack_types<>{});

      sum_lambda1(asl::place(sum), asl::pack_types<>{}, asl::pack_types<>{});

      // co_await ready (line 50)
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

      bump();
      builder_.set_result(sum() * 100 + static_cast<int>(sizeof...(Ts)));
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

// For init_pack<int, int, int>(), functions making the lambdas whose closures
// its machine keeps (C++17 names a closure type only as what a function
// returns).
struct init_pack_locals {
  // The lambda on line 58, built at where5.
  template <class... Ts, class... xs_types_>
  static auto *twice_lambda(void *where5, asl::pack_types<Ts...>,
                            asl::pack_types<xs_types_...>,
                            asl::pack_param_t<xs_types_>... xs) {
    return ::new (where5) auto([t = std::make_tuple(xs...)] {
      return std::apply([](auto... ys) { return ((ys * 2) + ... + 0); }, t);
    });
  }
  // The lambda on line 61, built at where6.
  template <class... Ts, class... xs_types_>
  static auto *
  count_lambda(void *where6, asl::pack_types<Ts...>,
               asl::pack_types<xs_types_...>,
               [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where6) auto([] { return static_cast<int>(sizeof...(Ts)); });
  }
};

// The state machine of init_pack<int, int, int>(), line 57. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct init_pack_machine<int, int, int> : init_pack_locals {
  using twice_closure = std::remove_pointer_t<decltype(twice_lambda(
      nullptr, asl::pack_types<int, int, int>{},
      asl::pack_types<int, int, int>{}, std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>()))>;
  using count_closure = std::remove_pointer_t<decltype(count_lambda(
      nullptr, asl::pack_types<int, int, int>{},
      asl::pack_types<int, int, int>{}, std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>()))>;

  init_pack_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~init_pack_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 58).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    twice_closure twice;
  };
  union {
    count_closure count;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  [[maybe_unused]] asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void init_pack_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      twice_lambda(asl::place(twice), asl::pack_types<int, int, int>{},
                   asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);

      count_lambda(asl::place(count), asl::pack_types<int, int, int>{},
                   asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);

      // co_await ready (line 62)
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

      builder_.set_result(twice() * 10 + count());
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

// For leading<int, int, int>(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
struct leading_locals {
  using T = int;

  // The lambda on line 71, built at where7.
  template <class... Rest, class... rest_types_>
  static auto *later_lambda(void *where7, int &first, asl::pack_types<Rest...>,
                            asl::pack_types<rest_types_...>,
                            asl::pack_param_t<rest_types_>... rest) {
    return ::new (where7) auto(
        [first, &rest...] { return first * (1 * ... * rest); });
  }
};

// The state machine of leading<int, int, int>(), line 69. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct leading_machine<int, int, int> : leading_locals {
  // The template's parameters, which the body names.
  using T = int;

  using later_closure = std::remove_pointer_t<decltype(later_lambda(
      nullptr, std::declval<int &>(), asl::pack_types<int, int>{},
      asl::pack_types<int, int>{}, std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<int>>()))>;

  leading_machine(int &first, int &rest0_, int &rest1_)
      : first(std::move(first)), rest0_(std::move(rest0_)),
        rest1_(std::move(rest1_)) {}
  ~leading_machine() { destroy_live(); }

  // Built in its heap box from the start: 'rest' is captured by reference by
  // the lambda on line 71, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    later_closure later;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int first;
  int rest0_;
  int rest1_;
  int now;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, rest0_,
               rest1_);
  }
  template <class... Rest, class... rest_types_>
  void move_next_(asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
                  asl::pack_param_t<rest_types_>... rest);
};

template <class... Rest, class... rest_types_>
inline void leading_machine<int, int, int>::move_next_(
    asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
    asl::pack_param_t<rest_types_>... rest) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      now = [=, first = first] { return first + (0 + ... + rest); }();

      later_lambda(asl::place(later), first, asl::pack_types<int, int>{},
                   asl::pack_types<int, int>{}, rest0_, rest1_);

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

      builder_.set_result(now * 1000 + later());
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
