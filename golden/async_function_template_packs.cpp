// Async function templates with parameter packs. Each specialization's
// machine keeps every element of a function parameter pack in a field of
// its own (`xs0_`, `xs1_`), moved in once as a coroutine frame's copy is;
// the body, copied as written, runs in a member function template of the
// machine that receives the template's packs and the elements by
// reference, so `g(xs...)`, folds, `sizeof...` and `decltype(xs)` mean
// what they mean natively. Forwarding references stay references. A noisy
// type counts its copies, moves and destructions.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

// Moves are counted, not printed (the order in which a caller builds its
// arguments is unspecified, and g++ and clang choose differently), and each
// object says at its end how many moves and copies made it.
struct Noisy {
  std::string name;
  int moves = 0, copies = 0;
  explicit Noisy(std::string n) : name(std::move(n)) {
    std::printf("  make %s\n", name.c_str());
  }
  Noisy(const Noisy &o) : name(o.name), copies(o.copies + 1) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept
      : name(std::move(o.name)), moves(o.moves + 1), copies(o.copies) {
    o.name = "(moved)";
  }
  // A moved-from object dies quietly: where a parameter object dies differs
  // from a frame's (docs/design.md, "Known limits").
  ~Noisy() {
    if (name != "(moved)")
      std::printf("  destroy %s after %d moves, %d copies\n", name.c_str(),
                  moves, copies);
  }
};

// The state machine of echo(), line 43. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct echo_machine {
  explicit echo_machine(int &x) : x(std::move(x)) {}
  ~echo_machine() { destroy_live(); }

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

ASL_ASYNC asl::Task<int> echo(int x) { return asl::start<echo_machine>(x); }

inline void echo_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 44)
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

int length(const Noisy &a) { return static_cast<int>(a.name.size()); }

template <class... Ns> int lengths(const Ns &...ns) {
  return (0 + ... + length(ns));
}

// By-value pack: a fold, sizeof..., an awaited call taking the pack.
template <class... Ts> struct sum_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> sum(Ts... xs) {
  return asl::start<sum_machine<Ts...>>(xs...);
}

// A pack of a noisy type by value: each element moved into the machine
// once and destroyed with it; a local built from the pack across an await.
template <class... Ts> struct keep_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> keep(Ts... xs) {
  return asl::start<keep_machine<Ts...>>(xs...);
}

Noisy take(Noisy n) { return n; }

// decltype(xs) of a by-value element is its declared type, not a
// reference: std::forward moves each element, as natively.
template <class... Ts> struct pass_on_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> pass_on(Ts... xs) {
  return asl::start<pass_on_machine<Ts...>>(xs...);
}

// Forwarding references: kept as references, forwarded with their value
// categories after the await.
template <class F, class... Args> struct call_machine;

template <class F, class... Args>
ASL_ASYNC asl::Task<int> call(F f, Args &&...args) {
  return asl::start<call_machine<F, Args...>>(f, args...);
}

int consume(Noisy &kept, Noisy taken) {
  std::printf("consume %s and %s\n", kept.name.c_str(), taken.name.c_str());
  kept.name += "!";
  return 7;
}

// A leading parameter, then a pack; recursion over the pack, with an
// `if constexpr` on its size.
template <class T, class... Rest> struct chain_machine;

template <class T, class... Rest>
ASL_ASYNC asl::Task<int> chain(T first, Rest... rest) {
  return asl::start<chain_machine<T, Rest...>>(first, rest...);
}

// A non-type pack.
template <int... Ns> struct weights_machine;

template <int... Ns> ASL_ASYNC asl::Task<int> weights(int scale) {
  return asl::start<weights_machine<Ns...>>(scale);
}

namespace shapes {
// A pack in a namespace, with a leading non-type parameter.
template <char Sep, class... Ts> struct join_machine;

template <char Sep, class... Ts>
ASL_ASYNC asl::Task<std::string> join(Ts... xs) {
  return asl::start<join_machine<Sep, Ts...>>(xs...);
}

} // namespace shapes

// The state machine of run(), line 131. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k1' may be kept (line
  // 138).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Noisy k1;
  };
  union {
    Noisy k2;
  };
  union {
    Noisy owner;
  };
  union {
    std::string j;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    Noisy temporary0_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<std::string> awaiter8_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
  };
  int a;
  int b;
  int k;
  int p;
  int c;
  int ch;
  int w;
  int w0;
  int state_ = -1;
  bool k1_live_ = false;
  bool k2_live_ = false;
  bool owner_live_ = false;
  bool j_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(j, j_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(owner, owner_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(k2, k2_live_);
    asl::destroy(k1, k1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
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
    default:
      break;
    }
    {
      // co_await sum(1, 2L, short{3}) (line 132)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{sum(1, 2L, short{3})};
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
      a = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await sum() (line 133)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{sum()};
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
      b = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("a %d, b %d\n", a, b);
      std::printf("keep:\n");
      ::new (asl::place(k1)) Noisy("k1");
      k1_live_ = true;

      ::new (asl::place(k2)) Noisy("k2");
      k2_live_ = true;

      // co_await keep(std::move(k1), std::move(k2)) (line 138)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{keep(std::move(k1), std::move(k2))};
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
      k = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("kept %d\n", k);
      std::printf("pass_on:\n");
      // co_await pass_on(Noisy("p1")) (line 141)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{pass_on(Noisy("p1"))};
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
      p = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("passed %d\n", p);
      std::printf("call:\n");
      ::new (asl::place(owner)) Noisy("owner");
      owner_live_ = true;

      ::new (asl::place(temporary0_)) Noisy(Noisy("temp"));
      temporary0_live_ = true;
      // co_await call(consume, owner, Noisy("temp")) (line 145)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{call(consume, owner, std::move(temporary0_))};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("called %d, owner now %s\n", c, owner.name.c_str());
      // co_await chain(1, 2, 3) (line 147)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{chain(1, 2, 3)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ch = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await weights<1, 2, 3>(10) (line 148)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<int>{weights<1, 2, 3>(10)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      w = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await weights<>(5) (line 149)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{weights<>(5)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      w0 = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await shapes::join<','>(1, 22, 333) (line 150)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<std::string>{shapes::join<','>(1, 22, 333)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(j)) std::string(awaiter8_.await_resume());
      j_live_ = true;
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("ch %d, w %d, w0 %d, j %s\n", ch, w, w0, j.c_str());
      builder_.set_result(a + k);
      asl::destroy(j, j_live_);
      asl::destroy(owner, owner_live_);
      asl::destroy(k2, k2_live_);
      asl::destroy(k1, k1_live_);
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
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of sum<int, long, short>(), line 55. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct sum_machine<int, long, short> {
  sum_machine(int &xs0_, long &xs1_, short &xs2_)
      : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)), xs2_(std::move(xs2_)) {}
  ~sum_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int, long,
                       short> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  long xs1_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int before;
  short xs2_;
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
    move_next_(asl::pack_types<int, long, short>{},
               asl::pack_types<int, long, short>{}, xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
sum_machine<int, long, short>::move_next_(asl::pack_types<Ts...>,
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
      std::printf("sum of %zu (%zu)\n", sizeof...(Ts), sizeof...(xs));
      before = (0 + ... + xs);

      // co_await ready (line 58)
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

      // co_await echo((xs + ... + 0)) (line 59)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{echo((xs + ... + 0))};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int again = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(before + again);
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

// The state machine of sum<>(), line 55. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct sum_machine<> {
  sum_machine() {}
  ~sum_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int before;
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
inline void sum_machine<>::move_next_(asl::pack_types<Ts...>,
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
      std::printf("sum of %zu (%zu)\n", sizeof...(Ts), sizeof...(xs));
      before = (0 + ... + xs);

      // co_await ready (line 58)
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

      // co_await echo((xs + ... + 0)) (line 59)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{echo((xs + ... + 0))};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int again = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(before + again);
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

// The state machine of keep<Noisy, Noisy>(), line 65. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct keep_machine<Noisy, Noisy> {
  keep_machine(Noisy &xs0_, Noisy &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~keep_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 67).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Noisy xs0_;
  Noisy xs1_;
  union {
    std::tuple<Noisy, Noisy> copies;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool copies_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copies, copies_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Noisy, Noisy>{}, asl::pack_types<Noisy, Noisy>{},
               xs0_, xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
keep_machine<Noisy, Noisy>::move_next_(asl::pack_types<Ts...>,
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
      std::printf("keep: start\n");
      ::new (asl::place(copies)) std::tuple<Noisy, Noisy>(xs...);
      copies_live_ = true;

      // co_await ready (line 68)
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

      std::printf("keep: resumed with %zu\n",
                  std::tuple_size_v<std::tuple<Noisy, Noisy>>);
      builder_.set_result(lengths(xs...) +
                          static_cast<int>(std::get<0>(copies).name.size()));
      asl::destroy(copies, copies_live_);
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

// The state machine of pass_on<Noisy>(), line 77. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct pass_on_machine<Noisy> {
  explicit pass_on_machine(Noisy &xs0_) : xs0_(std::move(xs0_)) {}
  ~pass_on_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'xs' may be kept (line
  // 79).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Noisy xs0_;
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
    move_next_(asl::pack_types<Noisy>{}, asl::pack_types<Noisy>{}, xs0_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
pass_on_machine<Noisy>::move_next_(asl::pack_types<Ts...>,
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
      // co_await ready (line 78)
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

      std::tuple<Ts...> moved(take(std::forward<xs_types_>(xs))...);
      std::printf("pass_on: %s\n", std::get<0>(moved).name.c_str());
      builder_.set_result(static_cast<int>(sizeof...(xs)));
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

// The state machine of call<int (*)(Noisy &, Noisy), Noisy &, Noisy>(),
// line 87. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <> struct call_machine<int (*)(Noisy &, Noisy), Noisy &, Noisy> {
  // The template's parameters, which the body names.
  using F = int (*)(Noisy &, Noisy);

  call_machine(int (*&f)(Noisy &, Noisy), Noisy &args0_, Noisy &args1_)
      : f(std::move(f)), args0_(args0_), args1_(std::move(args1_)) {}
  ~call_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int (*)(Noisy &, Noisy)> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  int (*f)(Noisy &, Noisy);
  Noisy &args0_;
  Noisy &&args1_;
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
    move_next_(asl::pack_types<Noisy &, Noisy>{},
               asl::pack_types<Noisy &, Noisy &&>{}, args0_, std::move(args1_));
  }
  template <class... Args, class... args_types_>
  void move_next_(asl::pack_types<Args...>, asl::pack_types<args_types_...>,
                  asl::pack_param_t<args_types_>... args);
};

template <class... Args, class... args_types_>
inline void call_machine<int (*)(Noisy &, Noisy), Noisy &, Noisy>::move_next_(
    asl::pack_types<Args...>, asl::pack_types<args_types_...>,
    asl::pack_param_t<args_types_>... args) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 88)
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

      builder_.set_result(f(std::forward<Args>(args)...));
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

// The state machine of chain<int, int>(), line 101. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct chain_machine<int, int> {
  // The template's parameters, which the body names.
  using T = int;

  chain_machine(int &first, int &rest0_)
      : first(std::move(first)), rest0_(std::move(rest0_)) {}
  ~chain_machine() { destroy_live(); }

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
  };
  int first;
  int rest0_;
  int here;
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
    move_next_(asl::pack_types<int>{}, asl::pack_types<int>{}, rest0_);
  }
  template <class... Rest, class... rest_types_>
  void move_next_(asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
                  asl::pack_param_t<rest_types_>... rest);
};

template <class... Rest, class... rest_types_>
inline void
chain_machine<int, int>::move_next_(asl::pack_types<Rest...>,
                                    asl::pack_types<rest_types_...>,
                                    asl::pack_param_t<rest_types_>... rest) {
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
      // co_await echo(first) (line 102)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{echo(first)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      here = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      {
        static_assert(sizeof...(rest) > 0);
        {
          // co_await chain(rest...) (line 104)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{chain(rest...)};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          int more = awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          std::printf("chain %d + %d\n", here, more);
          builder_.set_result(here + more);
          goto finish_;
        }
      }
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of chain<int>(), line 101. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct chain_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  explicit chain_machine(int &first) : first(std::move(first)) {}
  ~chain_machine() { destroy_live(); }

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
  };
  int first;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Rest, class... rest_types_>
  void move_next_(asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
                  asl::pack_param_t<rest_types_>... rest);
};

template <class... Rest, class... rest_types_>
inline void
chain_machine<int>::move_next_(asl::pack_types<Rest...>,
                               asl::pack_types<rest_types_...>,
                               asl::pack_param_t<rest_types_>... rest) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await echo(first) (line 102)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{echo(first)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int here = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      {
        static_assert(!(sizeof...(rest) > 0));
        {
          std::printf("chain end %d\n", here);
          builder_.set_result(std::move(here));
          goto finish_;
        }
      }
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of chain<int, int, int>(), line 101. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct chain_machine<int, int, int> {
  // The template's parameters, which the body names.
  using T = int;

  chain_machine(int &first, int &rest0_, int &rest1_)
      : first(std::move(first)), rest0_(std::move(rest0_)),
        rest1_(std::move(rest1_)) {}
  ~chain_machine() { destroy_live(); }

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
  };
  int first;
  int rest0_;
  int rest1_;
  int here;
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
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, rest0_,
               rest1_);
  }
  template <class... Rest, class... rest_types_>
  void move_next_(asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
                  asl::pack_param_t<rest_types_>... rest);
};

template <class... Rest, class... rest_types_>
inline void chain_machine<int, int, int>::move_next_(
    asl::pack_types<Rest...>, asl::pack_types<rest_types_...>,
    asl::pack_param_t<rest_types_>... rest) {
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
      // co_await echo(first) (line 102)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{echo(first)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      here = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      {
        static_assert(sizeof...(rest) > 0);
        {
          // co_await chain(rest...) (line 104)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{chain(rest...)};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          int more = awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          std::printf("chain %d + %d\n", here, more);
          builder_.set_result(here + more);
          goto finish_;
        }
      }
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of weights<1, 2, 3>(), line 114. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct weights_machine<1, 2, 3> {
  explicit weights_machine(int &scale) : scale(std::move(scale)) {}
  ~weights_machine() { destroy_live(); }

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
  int scale;
  int count;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_values<int, 1, 2, 3>{}); }
  template <int... Ns> void move_next_(asl::pack_values<int, Ns...>);
};

template <int... Ns>
inline void weights_machine<1, 2, 3>::move_next_(asl::pack_values<int, Ns...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      count = sizeof...(Ns);

      // co_await ready (line 116)
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

      builder_.set_result(scale * ((Ns * 2) + ... + count));
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

// The state machine of weights<>(), line 114. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct weights_machine<> {
  explicit weights_machine(int &scale) : scale(std::move(scale)) {}
  ~weights_machine() { destroy_live(); }

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
  int scale;
  int count;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_values<int>{}); }
  template <int... Ns> void move_next_(asl::pack_values<int, Ns...>);
};

template <int... Ns>
inline void weights_machine<>::move_next_(asl::pack_values<int, Ns...>) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      count = sizeof...(Ns);

      // co_await ready (line 116)
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

      builder_.set_result(scale * ((Ns * 2) + ... + count));
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

namespace shapes {
// The state machine of shapes::join<',', int, int, int>(), line 123. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct join_machine<',', int, int, int> {
  // The template's parameters, which the body names.
  static constexpr char Sep = ',';

  join_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~join_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'out' may be kept
  // (line 126).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  union {
    std::string out;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  int state_ = -1;
  bool out_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(out, out_live_);
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
inline void join_machine<',', int, int, int>::move_next_(
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
      ::new (asl::place(out)) std::string;
      out_live_ = true;

      // co_await ready (line 125)
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

      ((out += std::to_string(xs), out += Sep), ...);
      builder_.set_result(std::move(out));
      asl::destroy(out, out_live_);
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

} // namespace shapes
