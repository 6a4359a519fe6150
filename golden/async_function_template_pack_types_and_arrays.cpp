// Shapes of an async function template with a parameter pack that name the
// pack's types in what the machine keeps across an await: a local struct
// holding `std::tuple<Ts...>` (beside a kept lambda naming `Ts` too), a
// lambda whose parameters are `Ts...`; and
// arrays inside pack expansions next to an await: `std::array<int, 2>{x,
// x}...` as an awaited call's arguments or saved before a later await, and
// a braced `int[2]` element bound to a reference parameter; braced lists as
// std::initializer_list elements, awaited and before an await. Packs of 0, 1
// and 3 elements; a traced type says when it is copied, moved, destroyed.
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {}
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracer(Tracer &&o) noexcept : name(std::move(o.name)) {
    o.name = "(moved)";
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() {
    if (name != "(moved)")
      std::printf("  destroy %s\n", name.c_str());
  }
};

int weight(const Tracer &t) { return static_cast<int>(t.name.size()); }
int weight(int x) { return x; }

// The state machine of h(), line 40. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine {
  explicit h_machine(int &x) : x(std::move(x)) {}
  ~h_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> h(int x) { return asl::start<h_machine>(x); }

inline void h_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 41)
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

      builder_.set_result(std::move(x));
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

// A local struct naming the pack's types, kept across an await.
template <class... Ts> struct boxed_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> boxed(Ts... xs) {
  return asl::start<boxed_machine<Ts...>>(xs...);
}

// A lambda whose parameters are the pack's types, kept across an await.
template <class... Ts> struct typed_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> typed(Ts... xs) {
  return asl::start<typed_machine<Ts...>>(xs...);
}

template <class... As> struct firsts_machine;

template <class... As> ASL_ASYNC asl::Task<int> firsts(const As &...as) {
  return asl::start<firsts_machine<As...>>(as...);
}

template <class... As> int seconds(const As &...as) {
  return (0 + ... + as[1]);
}

// std::array temporaries as an awaited call's pack of arguments.
template <class... Ts> struct arrays_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> arrays(Ts... xs) {
  return asl::start<arrays_machine<Ts...>>(xs...);
}

// std::array temporaries saved before a later await of their expression.
template <class... Ts> struct arrays_before_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> arrays_before(Ts... xs) {
  return asl::start<arrays_before_machine<Ts...>>(xs...);
}

using Pair = int[2];

// Braced int[2] temporaries, each bound to a const reference parameter.
template <class... Ts> struct builtin_arrays_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> builtin_arrays(Ts... xs) {
  return asl::start<builtin_arrays_machine<Ts...>>(xs...);
}

template <class... Ts> struct list_sizes_machine;

template <class... Ts>
ASL_ASYNC asl::Task<int> list_sizes(std::initializer_list<Ts>... ls) {
  return asl::start<list_sizes_machine<Ts...>>(ls...);
}

template <class... Ts> int heads(std::initializer_list<Ts>... ls) {
  return (0 + ... + *ls.begin());
}

// Braced lists passed as std::initializer_list elements: their arrays kept
// in fields to the end of the full-expression.
template <class... Ts> struct lists_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> lists(Ts... xs) {
  return asl::start<lists_machine<Ts...>>(xs...);
}

// The state machine of run(), line 112. state_ is -1 while it runs, N while it
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
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter10_;
    asl::task_awaiter<int> awaiter11_;
    asl::task_awaiter<int> awaiter12_;
    asl::task_awaiter<int> awaiter13_;
    asl::task_awaiter<int> awaiter14_;
    asl::task_awaiter<int> awaiter15_;
    asl::task_awaiter<int> awaiter16_;
    asl::task_awaiter<int> awaiter17_;
  };
  int a;
  int b;
  int c;
  int d;
  int e;
  int f;
  int g;
  int i;
  int j;
  int k;
  int l;
  int m;
  int n;
  int o;
  int p;
  int q;
  int r;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter15_live_ = false;
  bool awaiter16_live_ = false;
  bool awaiter17_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter17_, awaiter17_live_);
    asl::destroy(awaiter16_, awaiter16_live_);
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto resume17_;
    default:
      break;
    }
    {
      // co_await boxed() (line 113)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{boxed()};
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

      // co_await boxed(Tracer("one")) (line 114)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{boxed(Tracer("one"))};
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

      // co_await boxed(Tracer("a"), 20, Tracer("ccc")) (line 115)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{boxed(Tracer("a"), 20, Tracer("ccc"))};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("boxed %d %d %d\n", a, b, c);
      // co_await typed() (line 117)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{typed()};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await typed(Tracer("solo")) (line 118)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{typed(Tracer("solo"))};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await typed(1, Tracer("two"), 3) (line 119)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{typed(1, Tracer("two"), 3)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("typed %d %d %d\n", d, e, f);
      // co_await arrays() (line 121)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{arrays()};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      g = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await arrays(5) (line 122)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{arrays(5)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      i = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await arrays(1, 2, 3) (line 123)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{arrays(1, 2, 3)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      j = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("arrays %d %d %d\n", g, i, j);
      // co_await arrays_before() (line 125)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{arrays_before()};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      k = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      // co_await arrays_before(5) (line 126)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{arrays_before(5)};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      l = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      // co_await arrays_before(1, 2, 3) (line 127)
      ::new (asl::place(awaiter11_))
          asl::task_awaiter<int>{arrays_before(1, 2, 3)};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("arrays_before %d %d %d\n", k, l, m);
      // co_await builtin_arrays() (line 129)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{builtin_arrays()};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      n = awaiter12_.await_resume();
      asl::destroy(awaiter12_, awaiter12_live_);

      // co_await builtin_arrays(5) (line 130)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{builtin_arrays(5)};
      awaiter13_live_ = true;
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      o = awaiter13_.await_resume();
      asl::destroy(awaiter13_, awaiter13_live_);

      // co_await builtin_arrays(1, 2, 3) (line 131)
      ::new (asl::place(awaiter14_))
          asl::task_awaiter<int>{builtin_arrays(1, 2, 3)};
      awaiter14_live_ = true;
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p = awaiter14_.await_resume();
      asl::destroy(awaiter14_, awaiter14_live_);

      std::printf("builtin_arrays %d %d %d\n", n, o, p);
      // co_await lists() (line 133)
      ::new (asl::place(awaiter15_)) asl::task_awaiter<int>{lists()};
      awaiter15_live_ = true;
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      q = awaiter15_.await_resume();
      asl::destroy(awaiter15_, awaiter15_live_);

      // co_await lists(5) (line 134)
      ::new (asl::place(awaiter16_)) asl::task_awaiter<int>{lists(5)};
      awaiter16_live_ = true;
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = awaiter16_.await_resume();
      asl::destroy(awaiter16_, awaiter16_live_);

      // co_await lists(1, 2, 3) (line 135)
      ::new (asl::place(awaiter17_)) asl::task_awaiter<int>{lists(1, 2, 3)};
      awaiter17_live_ = true;
      if (!awaiter17_.await_ready()) {
        state_ = 17;
        builder_.await_on_completed(awaiter17_, *this);
        return;
      resume17_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int u = awaiter17_.await_resume();
      asl::destroy(awaiter17_, awaiter17_live_);

      std::printf("lists %d %d %d\n", q, r, u);
      builder_.set_result(a + b + c + d + e + f + g + i + j + k + l + m + n +
                          o + p + q + r + u);
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
// The types that boxed<>() declares, moved out of its body, and functions
// making the lambdas whose closures its machine keeps (C++17 names a closure
// type only as what a function returns).
template <class... Ts> struct boxed_locals {
  struct Box {
    std::tuple<Ts...> items;
    int count() const { return static_cast<int>(sizeof...(Ts)); }
  };
  // The lambda on line 53, built at where.
  template <class... xs_types_>
  static auto *
  sizes_lambda(void *where, Box &box, asl::pack_types<Ts...>,
               asl::pack_types<xs_types_...>,
               [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where) auto(
        [&box] { return box.count() * 10 + int(sizeof...(Ts)); });
  }
};

// The state machine of boxed<>(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct boxed_machine<> : boxed_locals<> {
  using sizes_closure = std::remove_pointer_t<decltype(sizes_lambda(
      nullptr, std::declval<Box &>(), asl::pack_types<>{},
      asl::pack_types<>{}))>;

  boxed_machine() {}
  ~boxed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'box' may be kept
  // (line 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    sizes_closure sizes;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Box box;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void boxed_machine<>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(box)) Box{std::tuple<Ts...>(xs...)};

      std::printf("boxed: %d made\n", box.count());
      sizes_lambda(asl::place(sizes), box, asl::pack_types<>{},
                   asl::pack_types<>{});

      // co_await ready (line 54)
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

      std::printf("boxed: sizes %d\n", sizes());
      int total = std::apply(
          [](const auto &...ys) { return (0 + ... + weight(ys)); }, box.items);
      std::printf("boxed: total %d\n", total);
      builder_.set_result(std::move(total));
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

// The types that boxed<Tracer>() declares, moved out of its body, and functions
// making the lambdas whose closures its machine keeps (C++17 names a closure
// type only as what a function returns).
template <class... Ts> struct boxed_locals1 {
  struct Box {
    std::tuple<Ts...> items;
    int count() const { return static_cast<int>(sizeof...(Ts)); }
  };
  // The lambda on line 53, built at where1.
  template <class... xs_types_>
  static auto *
  sizes_lambda1(void *where1, Box &box, asl::pack_types<Ts...>,
                asl::pack_types<xs_types_...>,
                [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where1) auto(
        [&box] { return box.count() * 10 + int(sizeof...(Ts)); });
  }
};

// The state machine of boxed<Tracer>(), line 46. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct boxed_machine<Tracer> : boxed_locals1<Tracer> {
  using sizes_closure1 = std::remove_pointer_t<decltype(sizes_lambda1(
      nullptr, std::declval<Box &>(), asl::pack_types<Tracer>{},
      asl::pack_types<Tracer>{}, std::declval<asl::pack_param_t<Tracer>>()))>;

  explicit boxed_machine(Tracer &xs0_) : xs0_(std::move(xs0_)) {}
  ~boxed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Tracer xs0_;
  union {
    Box box;
  };
  union {
    sizes_closure1 sizes;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool box_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(box, box_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Tracer>{}, asl::pack_types<Tracer>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
boxed_machine<Tracer>::move_next_(asl::pack_types<Ts...>,
                                  asl::pack_types<xs_types_...>,
                                  asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(box)) Box{std::tuple<Ts...>(xs...)};
      box_live_ = true;

      std::printf("boxed: %d made\n", box.count());
      sizes_lambda1(asl::place(sizes), box, asl::pack_types<Tracer>{},
                    asl::pack_types<Tracer>{}, xs0_);

      // co_await ready (line 54)
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

      std::printf("boxed: sizes %d\n", sizes());
      int total = std::apply(
          [](const auto &...ys) { return (0 + ... + weight(ys)); }, box.items);
      std::printf("boxed: total %d\n", total);
      builder_.set_result(std::move(total));
      asl::destroy(box, box_live_);
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

// The types that boxed<Tracer, int, Tracer>() declares, moved out of its body,
// and functions making the lambdas whose closures its machine keeps (C++17
// names a closure type only as what a function returns).
template <class... Ts> struct boxed_locals2 {
  struct Box {
    std::tuple<Ts...> items;
    int count() const { return static_cast<int>(sizeof...(Ts)); }
  };
  // The lambda on line 53, built at where2.
  template <class... xs_types_>
  static auto *
  sizes_lambda2(void *where2, Box &box, asl::pack_types<Ts...>,
                asl::pack_types<xs_types_...>,
                [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where2) auto(
        [&box] { return box.count() * 10 + int(sizeof...(Ts)); });
  }
};

// The state machine of boxed<Tracer, int, Tracer>(), line 46. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <>
struct boxed_machine<Tracer, int, Tracer> : boxed_locals2<Tracer, int, Tracer> {
  using sizes_closure2 = std::remove_pointer_t<decltype(sizes_lambda2(
      nullptr, std::declval<Box &>(), asl::pack_types<Tracer, int, Tracer>{},
      asl::pack_types<Tracer, int, Tracer>{},
      std::declval<asl::pack_param_t<Tracer>>(),
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<Tracer>>()))>;

  boxed_machine(Tracer &xs0_, int &xs1_, Tracer &xs2_)
      : xs0_(std::move(xs0_)), xs2_(std::move(xs2_)), xs1_(std::move(xs1_)) {}
  ~boxed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 51).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Tracer xs0_;
  Tracer xs2_;
  union {
    Box box;
  };
  union {
    sizes_closure2 sizes;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs1_;
  int state_ = -1;
  bool box_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(box, box_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Tracer, int, Tracer>{},
               asl::pack_types<Tracer, int, Tracer>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void boxed_machine<Tracer, int, Tracer>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(box)) Box{std::tuple<Ts...>(xs...)};
      box_live_ = true;

      std::printf("boxed: %d made\n", box.count());
      sizes_lambda2(asl::place(sizes), box,
                    asl::pack_types<Tracer, int, Tracer>{},
                    asl::pack_types<Tracer, int, Tracer>{}, xs0_, xs1_, xs2_);

      // co_await ready (line 54)
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

      std::printf("boxed: sizes %d\n", sizes());
      int total = std::apply(
          [](const auto &...ys) { return (0 + ... + weight(ys)); }, box.items);
      std::printf("boxed: total %d\n", total);
      builder_.set_result(std::move(total));
      asl::destroy(box, box_live_);
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

// For typed<>(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct typed_locals {
  // The lambda on line 64, built at where3.
  template <class... Ts, class... xs_types_>
  static auto *
  weigh_lambda(void *where3, asl::pack_types<Ts...>,
               asl::pack_types<xs_types_...>,
               [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where3) auto(
        [](const Ts &...ys) { return (1 + ... + weight(ys)); });
  }
};

// The state machine of typed<>(), line 63. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct typed_machine<> : typed_locals {
  using weigh_closure = std::remove_pointer_t<decltype(weigh_lambda(
      nullptr, asl::pack_types<>{}, asl::pack_types<>{}))>;

  typed_machine() {}
  ~typed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'weigh' may be kept
  // (line 66).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    weigh_closure weigh;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void typed_machine<>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      weigh_lambda(asl::place(weigh), asl::pack_types<>{}, asl::pack_types<>{});

      // co_await ready (line 65)
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

      builder_.set_result(weigh(xs...));
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

// For typed<Tracer>(), functions making the lambdas whose closures its machine
// keeps (C++17 names a closure type only as what a function returns).
struct typed_locals1 {
  // The lambda on line 64, built at where4.
  template <class... Ts, class... xs_types_>
  static auto *
  weigh_lambda1(void *where4, asl::pack_types<Ts...>,
                asl::pack_types<xs_types_...>,
                [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where4) auto(
        [](const Ts &...ys) { return (1 + ... + weight(ys)); });
  }
};

// The state machine of typed<Tracer>(), line 63. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct typed_machine<Tracer> : typed_locals1 {
  using weigh_closure1 = std::remove_pointer_t<decltype(weigh_lambda1(
      nullptr, asl::pack_types<Tracer>{}, asl::pack_types<Tracer>{},
      std::declval<asl::pack_param_t<Tracer>>()))>;

  explicit typed_machine(Tracer &xs0_) : xs0_(std::move(xs0_)) {}
  ~typed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'weigh' may be kept
  // (line 66).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Tracer xs0_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    weigh_closure1 weigh;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Tracer>{}, asl::pack_types<Tracer>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
typed_machine<Tracer>::move_next_(asl::pack_types<Ts...>,
                                  asl::pack_types<xs_types_...>,
                                  asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      weigh_lambda1(asl::place(weigh), asl::pack_types<Tracer>{},
                    asl::pack_types<Tracer>{}, xs0_);

      // co_await ready (line 65)
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

      builder_.set_result(weigh(xs...));
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

// For typed<int, Tracer, int>(), functions making the lambdas whose closures
// its machine keeps (C++17 names a closure type only as what a function
// returns).
struct typed_locals2 {
  // The lambda on line 64, built at where5.
  template <class... Ts, class... xs_types_>
  static auto *
  weigh_lambda2(void *where5, asl::pack_types<Ts...>,
                asl::pack_types<xs_types_...>,
                [[maybe_unused]] asl::pack_param_t<xs_types_>... xs) {
    return ::new (where5) auto(
        [](const Ts &...ys) { return (1 + ... + weight(ys)); });
  }
};

// The state machine of typed<int, Tracer, int>(), line 63. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct typed_machine<int, Tracer, int> : typed_locals2 {
  using weigh_closure2 = std::remove_pointer_t<decltype(weigh_lambda2(
      nullptr, asl::pack_types<int, Tracer, int>{},
      asl::pack_types<int, Tracer, int>{},
      std::declval<asl::pack_param_t<int>>(),
      std::declval<asl::pack_param_t<Tracer>>(),
      std::declval<asl::pack_param_t<int>>()))>;

  typed_machine(int &xs0_, Tracer &xs1_, int &xs2_)
      : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)), xs2_(std::move(xs2_)) {}
  ~typed_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'weigh' may be kept
  // (line 66).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Tracer xs1_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs0_;
  int xs2_;
  union {
    weigh_closure2 weigh;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, Tracer, int>{},
               asl::pack_types<int, Tracer, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void typed_machine<int, Tracer, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      weigh_lambda2(asl::place(weigh), asl::pack_types<int, Tracer, int>{},
                    asl::pack_types<int, Tracer, int>{}, xs0_, xs1_, xs2_);

      // co_await ready (line 65)
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

      builder_.set_result(weigh(xs...));
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

// The state machine of firsts<>(), line 69. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct firsts_machine<> {
  firsts_machine() {}
  ~firsts_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... As, class... as_types_>
  void move_next_(asl::pack_types<As...>, asl::pack_types<as_types_...>,
                  asl::pack_param_t<as_types_>... as);
};

template <class... As, class... as_types_>
inline void firsts_machine<>::move_next_(asl::pack_types<As...>,
                                         asl::pack_types<as_types_...>,
                                         asl::pack_param_t<as_types_>... as) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      builder_.set_result((0 + ... + as[0]));
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

// The state machine of firsts<std::array<int, 2>, std::array<int, 2>,
// std::array<int, 2>>(), line 69. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
template <>
struct firsts_machine<std::array<int, 2>, std::array<int, 2>,
                      std::array<int, 2>> {
  firsts_machine(const std::array<int, 2> &as0_, const std::array<int, 2> &as1_,
                 const std::array<int, 2> &as2_)
      : as0_(as0_), as1_(as1_), as2_(as2_) {}
  ~firsts_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const std::array<int, 2> &as0_;
  const std::array<int, 2> &as1_;
  const std::array<int, 2> &as2_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(
        asl::pack_types<std::array<int, 2>, std::array<int, 2>,
                        std::array<int, 2>>{},
        asl::pack_types<const std::array<int, 2> &, const std::array<int, 2> &,
                        const std::array<int, 2> &>{},
        as0_, as1_, as2_);
  }
  template <class... As, class... as_types_>
  void move_next_(asl::pack_types<As...>, asl::pack_types<as_types_...>,
                  asl::pack_param_t<as_types_>... as);
};

template <class... As, class... as_types_>
inline void
firsts_machine<std::array<int, 2>, std::array<int, 2>, std::array<int, 2>>::
    move_next_(asl::pack_types<As...>, asl::pack_types<as_types_...>,
               asl::pack_param_t<as_types_>... as) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      builder_.set_result((0 + ... + as[0]));
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

// The state machine of firsts<std::array<int, 2>>(), line 69. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct firsts_machine<std::array<int, 2>> {
  explicit firsts_machine(const std::array<int, 2> &as0_) : as0_(as0_) {}
  ~firsts_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const std::array<int, 2> &as0_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<std::array<int, 2>>{},
               asl::pack_types<const std::array<int, 2> &>{}, as0_);
  }
  template <class... As, class... as_types_>
  void move_next_(asl::pack_types<As...>, asl::pack_types<as_types_...>,
                  asl::pack_param_t<as_types_>... as);
};

template <class... As, class... as_types_>
inline void firsts_machine<std::array<int, 2>>::move_next_(
    asl::pack_types<As...>, asl::pack_types<as_types_...>,
    asl::pack_param_t<as_types_>... as) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      builder_.set_result((0 + ... + as[0]));
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

// The state machine of firsts<int[2], int[2], int[2]>(), line 69. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct firsts_machine<int[2], int[2], int[2]> {
  firsts_machine(const int (&as0_)[2], const int (&as1_)[2],
                 const int (&as2_)[2])
      : as0_(as0_), as1_(as1_), as2_(as2_) {}
  ~firsts_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const int (&as0_)[2];
  const int (&as1_)[2];
  const int (&as2_)[2];
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(
        asl::pack_types<int[2], int[2], int[2]>{},
        asl::pack_types<const int(&)[2], const int(&)[2], const int(&)[2]>{},
        as0_, as1_, as2_);
  }
  template <class... As, class... as_types_>
  void move_next_(asl::pack_types<As...>, asl::pack_types<as_types_...>,
                  asl::pack_param_t<as_types_>... as);
};

template <class... As, class... as_types_>
inline void firsts_machine<int[2], int[2], int[2]>::move_next_(
    asl::pack_types<As...>, asl::pack_types<as_types_...>,
    asl::pack_param_t<as_types_>... as) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      builder_.set_result((0 + ... + as[0]));
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

// The state machine of firsts<int[2]>(), line 69. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct firsts_machine<int[2]> {
  explicit firsts_machine(const int (&as0_)[2]) : as0_(as0_) {}
  ~firsts_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const int (&as0_)[2];
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int[2]>{}, asl::pack_types<const int(&)[2]>{},
               as0_);
  }
  template <class... As, class... as_types_>
  void move_next_(asl::pack_types<As...>, asl::pack_types<as_types_...>,
                  asl::pack_param_t<as_types_>... as);
};

template <class... As, class... as_types_>
inline void
firsts_machine<int[2]>::move_next_(asl::pack_types<As...>,
                                   asl::pack_types<as_types_...>,
                                   asl::pack_param_t<as_types_>... as) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      builder_.set_result((0 + ... + as[0]));
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

// The state machine of arrays<>(), line 79. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct arrays_machine<> {
  arrays_machine() {}
  ~arrays_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void arrays_machine<>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await firsts(std::array<int, 2>{xs, xs * 2}...) (line 80)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{firsts(std::array<int, 2>{xs, xs * 2}...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of arrays<int>(), line 79. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct arrays_machine<int> {
  explicit arrays_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~arrays_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 80).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  union {
    std::array<int, 2> temporary0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
arrays_machine<int>::move_next_(asl::pack_types<Ts...>,
                                asl::pack_types<xs_types_...>,
                                asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          std::array<int, 2>(asl::pack_call<0>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 2});
          }...));
      // co_await firsts(std::array<int, 2>{xs, xs * 2}...) (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{firsts(temporary0_)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of arrays<int, int, int>(), line 79. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct arrays_machine<int, int, int> {
  arrays_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~arrays_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 80).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    std::array<int, 2> temporary0_;
  };
  union {
    std::array<int, 2> temporary1_;
  };
  union {
    std::array<int, 2> temporary2_;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
arrays_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<xs_types_...>,
                                          asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          std::array<int, 2>(asl::pack_call<0>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 2});
          }...));
      ::new (asl::place(temporary1_))
          std::array<int, 2>(asl::pack_call<1>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 2});
          }...));
      ::new (asl::place(temporary2_))
          std::array<int, 2>(asl::pack_call<2>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 2});
          }...));
      // co_await firsts(std::array<int, 2>{xs, xs * 2}...) (line 80)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{firsts(temporary0_, temporary1_, temporary2_)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of arrays_before<>(), line 84. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct arrays_before_machine<> {
  arrays_before_machine() {}
  ~arrays_before_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    int spill0_;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
arrays_before_machine<>::move_next_(asl::pack_types<Ts...>,
                                    asl::pack_types<xs_types_...>,
                                    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      spill0_ = seconds(std::array<int, 2>{xs, xs * 3}...);
      // co_await h(1000) (line 85)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1000)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill0_ + awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of arrays_before<int>(), line 84. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct arrays_before_machine<int> {
  explicit arrays_before_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~arrays_before_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 85).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  union {
    std::array<int, 2> temporary0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
arrays_before_machine<int>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          std::array<int, 2>(asl::pack_call<0>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 3});
          }...));
      spill1_ = seconds(temporary0_);
      // co_await h(1000) (line 85)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1000)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill1_ + awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of arrays_before<int, int, int>(), line 84. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct arrays_before_machine<int, int, int> {
  arrays_before_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~arrays_before_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 85).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    std::array<int, 2> temporary0_;
  };
  union {
    std::array<int, 2> temporary1_;
  };
  union {
    std::array<int, 2> temporary2_;
  };
  union {
    int spill3_;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void arrays_before_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(temporary0_))
          std::array<int, 2>(asl::pack_call<0>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 3});
          }...));
      ::new (asl::place(temporary1_))
          std::array<int, 2>(asl::pack_call<1>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 3});
          }...));
      ::new (asl::place(temporary2_))
          std::array<int, 2>(asl::pack_call<2>([&]() -> decltype(auto) {
            return (std::array<int, 2>{xs, xs * 3});
          }...));
      spill3_ = seconds(temporary0_, temporary1_, temporary2_);
      // co_await h(1000) (line 85)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h(1000)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill3_ + awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of builtin_arrays<>(), line 91. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct builtin_arrays_machine<> {
  builtin_arrays_machine() {}
  ~builtin_arrays_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
builtin_arrays_machine<>::move_next_(asl::pack_types<Ts...>,
                                     asl::pack_types<xs_types_...>,
                                     asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await firsts(Pair{xs + 1, xs}...) (line 92)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{firsts(Pair{xs + 1, xs}...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of builtin_arrays<int>(), line 91. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct builtin_arrays_machine<int> {
  explicit builtin_arrays_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~builtin_arrays_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 92).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  union {
    int array0_[2];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
builtin_arrays_machine<int>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(array0_)) int[2]{
          asl::pack_call<0>([&]() -> decltype(auto) { return (xs + 1); }...),
          xs0_};
      // co_await firsts(Pair{xs + 1, xs}...) (line 92)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{firsts(array0_)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of builtin_arrays<int, int, int>(), line 91. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct builtin_arrays_machine<int, int, int> {
  builtin_arrays_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~builtin_arrays_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 92).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int array0_[2];
  };
  union {
    int array1_[2];
  };
  union {
    int array2_[2];
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
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void builtin_arrays_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(array0_)) int[2]{
          asl::pack_call<0>([&]() -> decltype(auto) { return (xs + 1); }...),
          xs0_};
      ::new (asl::place(array1_)) int[2]{
          asl::pack_call<1>([&]() -> decltype(auto) { return (xs + 1); }...),
          xs1_};
      ::new (asl::place(array2_)) int[2]{
          asl::pack_call<2>([&]() -> decltype(auto) { return (xs + 1); }...),
          xs2_};
      // co_await firsts(Pair{xs + 1, xs}...) (line 92)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{firsts(array0_, array1_, array2_)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of list_sizes<>(), line 96. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct list_sizes_machine<> {
  list_sizes_machine() {}
  ~list_sizes_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... ls_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<ls_types_...>,
                  asl::pack_param_t<ls_types_>... ls);
};

template <class... Ts, class... ls_types_>
inline void
list_sizes_machine<>::move_next_(asl::pack_types<Ts...>,
                                 asl::pack_types<ls_types_...>,
                                 asl::pack_param_t<ls_types_>... ls) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 97)
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

      builder_.set_result(
          (0 + ... + (static_cast<int>(ls.size()) * *ls.begin())));
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

// The state machine of list_sizes<int, int, int>(), line 96. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct list_sizes_machine<int, int, int> {
  list_sizes_machine(std::initializer_list<int> &ls0_,
                     std::initializer_list<int> &ls1_,
                     std::initializer_list<int> &ls2_)
      : ls0_(std::move(ls0_)), ls1_(std::move(ls1_)), ls2_(std::move(ls2_)) {}
  ~list_sizes_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ls' may be kept (line
  // 98).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<int> ls0_;
  std::initializer_list<int> ls1_;
  std::initializer_list<int> ls2_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(
        asl::pack_types<int, int, int>{},
        asl::pack_types<std::initializer_list<int>, std::initializer_list<int>,
                        std::initializer_list<int>>{},
        ls0_, ls1_, ls2_);
  }
  template <class... Ts, class... ls_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<ls_types_...>,
                  asl::pack_param_t<ls_types_>... ls);
};

template <class... Ts, class... ls_types_>
inline void list_sizes_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<ls_types_...>,
    asl::pack_param_t<ls_types_>... ls) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 97)
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

      builder_.set_result(
          (0 + ... + (static_cast<int>(ls.size()) * *ls.begin())));
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

// The state machine of list_sizes<int>(), line 96. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct list_sizes_machine<int> {
  explicit list_sizes_machine(std::initializer_list<int> &ls0_)
      : ls0_(std::move(ls0_)) {}
  ~list_sizes_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ls' may be kept (line
  // 98).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::initializer_list<int> ls0_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{},
               asl::pack_types<std::initializer_list<int>>{}, ls0_);
  }
  template <class... Ts, class... ls_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<ls_types_...>,
                  asl::pack_param_t<ls_types_>... ls);
};

template <class... Ts, class... ls_types_>
inline void
list_sizes_machine<int>::move_next_(asl::pack_types<Ts...>,
                                    asl::pack_types<ls_types_...>,
                                    asl::pack_param_t<ls_types_>... ls) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 97)
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

      builder_.set_result(
          (0 + ... + (static_cast<int>(ls.size()) * *ls.begin())));
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

// The state machine of lists<>(), line 107. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct lists_machine<> {
  lists_machine() {}
  ~lists_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void lists_machine<>::move_next_(asl::pack_types<Ts...>,
                                        asl::pack_types<xs_types_...>,
                                        asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      // co_await list_sizes<Ts...>({xs, 1}...) (line 108)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{list_sizes<Ts...>({xs, 1}...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      spill1_ = spill0_ + heads<Ts...>({xs * 2}...);
      // co_await h(0) (line 109)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(0)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill1_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of lists<int>(), line 107. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct lists_machine<int> {
  explicit lists_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~lists_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 108) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  union {
    int list0_[2];
  };
  union {
    int spill1_;
  };
  union {
    int list2_[1];
  };
  union {
    int spill3_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void lists_machine<int>::move_next_(asl::pack_types<Ts...>,
                                           asl::pack_types<xs_types_...>,
                                           asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) int[2]{xs0_, 1};
      // co_await list_sizes<Ts...>({xs, 1}...) (line 108)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          list_sizes<Ts...>(asl::detail::list_over(list0_, 2))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter0_.await_resume();
      ::new (asl::place(list2_)) int[1]{
          asl::pack_call<0>([&]() -> decltype(auto) { return (xs * 2); }...)};
      spill3_ = spill1_ + heads<Ts...>(asl::detail::list_over(list2_, 1));
      // co_await h(0) (line 109)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(0)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill3_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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

// The state machine of lists<int, int, int>(), line 107. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct lists_machine<int, int, int> {
  lists_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~lists_machine() { destroy_live(); }

  // Built in its heap box from the start: a braced list passed as an
  // std::initializer_list (line 108) points to its array in the machine.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int list0_[2];
  };
  union {
    int list1_[2];
  };
  union {
    int list2_[2];
  };
  union {
    int spill3_;
  };
  union {
    int list4_[1];
  };
  union {
    int list5_[1];
  };
  union {
    int list6_[1];
  };
  union {
    int spill7_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int, int>{},
               asl::pack_types<int, int, int>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
lists_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(list0_)) int[2]{xs0_, 1};
      ::new (asl::place(list1_)) int[2]{xs1_, 1};
      ::new (asl::place(list2_)) int[2]{xs2_, 1};
      // co_await list_sizes<Ts...>({xs, 1}...) (line 108)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{list_sizes<Ts...>(
          asl::detail::list_over(list0_, 2), asl::detail::list_over(list1_, 2),
          asl::detail::list_over(list2_, 2))};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter0_.await_resume();
      ::new (asl::place(list4_)) int[1]{
          asl::pack_call<0>([&]() -> decltype(auto) { return (xs * 2); }...)};
      ::new (asl::place(list5_)) int[1]{
          asl::pack_call<1>([&]() -> decltype(auto) { return (xs * 2); }...)};
      ::new (asl::place(list6_)) int[1]{
          asl::pack_call<2>([&]() -> decltype(auto) { return (xs * 2); }...)};
      spill7_ = spill3_ + heads<Ts...>(asl::detail::list_over(list4_, 1),
                                       asl::detail::list_over(list5_, 1),
                                       asl::detail::list_over(list6_, 1));
      // co_await h(0) (line 109)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{h(0)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(spill7_ + awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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
