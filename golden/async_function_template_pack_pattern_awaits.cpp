// An await inside a pack expansion's pattern that is more than the await
// (`add(1 + co_await h(xs)...)`, `{co_await h(xs) * 2 ...}`,
// `add(f(co_await h(xs))...)`, `static_cast<Ts>(co_await h(xs) * 3)`): one
// await for each element, in the order of the arguments, each element's
// other parts evaluated around it as natively. A temporary made inside an
// element, not the whole element (`co_await total(wrap(Name(xs))...)`,
// `Name(xs).size() + co_await h(xs)`, or after the await), lives to the end
// of the full-expression. Pack sizes 0 to 3, and an exception thrown by the
// second element.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <stdexcept>
#include <string>
#include <tuple>

static std::deque<std::function<void()>> parked;
static void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

// The state machine of h(), line 36. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct h_machine {
  explicit h_machine(int &x) : x(std::move(x)) {}
  ~h_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold, int> && !asl::usually_suspends<Hold>;

  asl::task_builder<int> builder_;
  int x;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

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
      std::printf("  h(%d)\n", x);
      // co_await Hold{} (line 38)
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

      if (x < 0)
        throw std::runtime_error("h(" + std::to_string(x) + ")");
      builder_.set_result(std::move(x));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// A name that prints when it is made and destroyed.
struct Name {
  std::string text;
  explicit Name(int x) : text("n" + std::to_string(x)) {
    std::printf("  make %s\n", text.c_str());
  }
  Name(const Name &) = delete;
  ~Name() { std::printf("  destroy %s\n", text.c_str()); }
  int size() const { return static_cast<int>(text.size()); }
};

const Name &wrap(const Name &name) {
  std::printf("  wrap %s\n", name.text.c_str());
  return name;
}

int f(int x) {
  std::printf("  f(%d)\n", x);
  return x * 10;
}

template <class... Ns> int add(Ns... ns) {
  std::printf("  add of %d\n", static_cast<int>(sizeof...(ns)));
  return (0 + ... + ns);
}

// Reads the names after it suspends: they must still be alive.
template <class... Ns> struct total_machine;

template <class... Ns> ASL_ASYNC asl::Task<int> total(const Ns &...names) {
  return asl::start<total_machine<Ns...>>(names...);
}

template <class... Ts> struct plus_one_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> plus_one(Ts... xs) {
  return asl::start<plus_one_machine<Ts...>>(xs...);
}

template <class... Ts> struct doubled_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> doubled(Ts... xs) {
  return asl::start<doubled_machine<Ts...>>(xs...);
}

template <class... Ts> struct through_f_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> through_f(Ts... xs) {
  return asl::start<through_f_machine<Ts...>>(xs...);
}

// A cast to each element's type around the await.
template <class... Ts> struct casted_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> casted(Ts... xs) {
  return asl::start<casted_machine<Ts...>>(xs...);
}

// Temporaries inside the elements.
template <class... Ts> struct wrapped_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> wrapped(Ts... xs) {
  return asl::start<wrapped_machine<Ts...>>(xs...);
}

template <class... Ts> struct sized_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> sized(Ts... xs) {
  return asl::start<sized_machine<Ts...>>(xs...);
}

template <class... Ts> struct sized_after_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> sized_after(Ts... xs) {
  return asl::start<sized_after_machine<Ts...>>(xs...);
}

// The state machine of run(), line 109. state_ is -1 while it runs, N while it
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
  };
  int a;
  int a0;
  int a1;
  int b;
  int b0;
  int c;
  int c2;
  int d;
  int d1;
  int d0;
  int e;
  int e2;
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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
      goto try0_;
    default:
      break;
    }
    {
      std::printf("plus_one(1, 2, 3)\n");
      // co_await plus_one(1, 2, 3) (line 111)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{plus_one(1, 2, 3)};
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

      std::printf("= %d\nplus_one()\n", a);
      // co_await plus_one() (line 113)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{plus_one()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a0 = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("= %d\nplus_one(5)\n", a0);
      // co_await plus_one(5) (line 115)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{plus_one(5)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      a1 = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("= %d\ndoubled(1, 2)\n", a1);
      // co_await doubled(1, 2) (line 117)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{doubled(1, 2)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("= %d\ndoubled()\n", b);
      // co_await doubled() (line 119)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{doubled()};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      b0 = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("= %d\nthrough_f(1, 2, 3)\n", b0);
      // co_await through_f(1, 2, 3) (line 121)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{through_f(1, 2, 3)};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("= %d\ncasted(3, 5L)\n", c);
      // co_await casted(3, 5L) (line 123)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{casted(3, 5L)};
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      c2 = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("= %d\nwrapped(1, 22, 333)\n", c2);
      // co_await wrapped(1, 22, 333) (line 125)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{wrapped(1, 22, 333)};
      awaiter7_live_ = true;
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("= %d\nwrapped(4)\n", d);
      // co_await wrapped(4) (line 127)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{wrapped(4)};
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d1 = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("= %d\nwrapped()\n", d1);
      // co_await wrapped() (line 129)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{wrapped()};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      d0 = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("= %d\nsized(1, 22)\n", d0);
      // co_await sized(1, 22) (line 131)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{sized(1, 22)};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("= %d\nsized_after(1, 22)\n", e);
      // co_await sized_after(1, 22) (line 133)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{sized_after(1, 22)};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      e2 = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("= %d\nsized(1, -2, 3)\n", e2);
    try0_:
      try {
        switch (state_) {
        case 12:
          goto resume12_;
        default:
          break;
        }

        // co_await sized(1, -2, 3) (line 136)
        ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{sized(1, -2, 3)};
        awaiter12_live_ = true;
        if (!awaiter12_.await_ready()) {
          state_ = 12;
          builder_.await_on_completed(awaiter12_, *this);
          return;
        resume12_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter12_.await_resume();
        asl::destroy(awaiter12_, awaiter12_live_);

      } catch (const std::exception &error) {
        asl::destroy(awaiter12_, awaiter12_live_);

        std::printf("caught %s\n", error.what());
      }
      builder_.set_result(a + a0 + a1 + b + b0 + c + c2 + d + d1 + d0 + e + e2);
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
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of total<>(), line 71. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct total_machine<> {
  total_machine() {}
  ~total_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold> && !asl::usually_suspends<Hold>;

  asl::task_builder<int> builder_;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ns, class... names_types_>
  void move_next_(asl::pack_types<Ns...>, asl::pack_types<names_types_...>,
                  asl::pack_param_t<names_types_>... names);
};

template <class... Ns, class... names_types_>
inline void
total_machine<>::move_next_(asl::pack_types<Ns...>,
                            asl::pack_types<names_types_...>,
                            asl::pack_param_t<names_types_>... names) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Hold{} (line 72)
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

      std::printf("  total reads");
      ((std::printf(" %s", names.text.c_str())), ...);
      std::printf("\n");
      builder_.set_result((0 + ... + names.size()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of total<Name, Name, Name>(), line 71. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct total_machine<Name, Name, Name> {
  total_machine(const Name &names0_, const Name &names1_, const Name &names2_)
      : names0_(names0_), names1_(names1_), names2_(names2_) {}
  ~total_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold> && !asl::usually_suspends<Hold>;

  asl::task_builder<int> builder_;
  const Name &names0_;
  const Name &names1_;
  const Name &names2_;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Name, Name, Name>{},
               asl::pack_types<const Name &, const Name &, const Name &>{},
               names0_, names1_, names2_);
  }
  template <class... Ns, class... names_types_>
  void move_next_(asl::pack_types<Ns...>, asl::pack_types<names_types_...>,
                  asl::pack_param_t<names_types_>... names);
};

template <class... Ns, class... names_types_>
inline void total_machine<Name, Name, Name>::move_next_(
    asl::pack_types<Ns...>, asl::pack_types<names_types_...>,
    asl::pack_param_t<names_types_>... names) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Hold{} (line 72)
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

      std::printf("  total reads");
      ((std::printf(" %s", names.text.c_str())), ...);
      std::printf("\n");
      builder_.set_result((0 + ... + names.size()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of total<Name>(), line 71. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct total_machine<Name> {
  explicit total_machine(const Name &names0_) : names0_(names0_) {}
  ~total_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Hold> && !asl::usually_suspends<Hold>;

  asl::task_builder<int> builder_;
  const Name &names0_;
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<Name>{}, asl::pack_types<const Name &>{},
               names0_);
  }
  template <class... Ns, class... names_types_>
  void move_next_(asl::pack_types<Ns...>, asl::pack_types<names_types_...>,
                  asl::pack_param_t<names_types_>... names);
};

template <class... Ns, class... names_types_>
inline void
total_machine<Name>::move_next_(asl::pack_types<Ns...>,
                                asl::pack_types<names_types_...>,
                                asl::pack_param_t<names_types_>... names) {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Hold{} (line 72)
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

      std::printf("  total reads");
      ((std::printf(" %s", names.text.c_str())), ...);
      std::printf("\n");
      builder_.set_result((0 + ... + names.size()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of plus_one<int, int, int>(), line 79. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct plus_one_machine<int, int, int> {
  plus_one_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~plus_one_machine() { destroy_live(); }

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
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
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
inline void plus_one_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
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
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = 1 + awaiter0_.await_resume();
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = 1 + awaiter1_.await_resume();
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(spill0_, spill1_, 1 + awaiter2_.await_resume()));
      asl::destroy(awaiter2_, awaiter2_live_);
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

// The state machine of plus_one<>(), line 79. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct plus_one_machine<> {
  plus_one_machine() {}
  ~plus_one_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<int> builder_;
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void plus_one_machine<>::move_next_(asl::pack_types<Ts...>,
                                           asl::pack_types<xs_types_...>,
                                           asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(add(1 + asl::never_awaited<decltype(xs)>(h(xs))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of plus_one<int>(), line 79. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct plus_one_machine<int> {
  explicit plus_one_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~plus_one_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
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
plus_one_machine<int>::move_next_(asl::pack_types<Ts...>,
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
      // co_await h(xs) (line 80)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(1 + awaiter0_.await_resume()));
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

// The state machine of doubled<int, int>(), line 83. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct doubled_machine<int, int> {
  doubled_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~doubled_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'all' may be kept
  // (line 86).
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
  union {
    std::tuple<int, int> all;
  };
  union {
    int temporary0_;
    Hold awaiter2_;
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
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
doubled_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                      asl::pack_types<xs_types_...>,
                                      asl::pack_param_t<xs_types_>... xs) {
  try {
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
      // co_await h(xs) (line 84)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary0_)) int(awaiter0_.await_resume() * 2);
      // co_await h(xs) (line 84)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(all)) std::tuple<int, int>{
          std::move(temporary0_), awaiter1_.await_resume() * 2};
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await Hold{} (line 85)
      ::new (asl::place(awaiter2_)) Hold(Hold{});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();

      builder_.set_result(std::apply([](auto... v) { return add(v...); }, all));
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

// The state machine of doubled<>(), line 83. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct doubled_machine<> {
  doubled_machine() {}
  ~doubled_machine() {}

  // Built in its heap box from the start: the address of 'all' may be kept
  // (line 86).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::tuple<> all;
  };
  union {
    Hold awaiter0_;
  };
  int state_ = -1;

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_(asl::pack_types<>{}, asl::pack_types<>{}); }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void doubled_machine<>::move_next_(asl::pack_types<Ts...>,
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
      ::new (asl::place(all))
          std::tuple<>{asl::never_awaited<decltype(xs)>(h(xs)) * 2 ...};

      // co_await Hold{} (line 85)
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

      builder_.set_result(std::apply([](auto... v) { return add(v...); }, all));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of through_f<int, int, int>(), line 89. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct through_f_machine<int, int, int> {
  through_f_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~through_f_machine() { destroy_live(); }

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
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
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
inline void through_f_machine<int, int, int>::move_next_(
    asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
    asl::pack_param_t<xs_types_>... xs) {
  try {
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
      // co_await h(xs) (line 90)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = f(awaiter0_.await_resume());
      // co_await h(xs) (line 90)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = f(awaiter1_.await_resume());
      // co_await h(xs) (line 90)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(add(spill0_, spill1_, f(awaiter2_.await_resume())));
      asl::destroy(awaiter2_, awaiter2_live_);
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

// The state machine of casted<int, long>(), line 94. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct casted_machine<int, long> {
  casted_machine(int &xs0_, long &xs1_)
      : xs1_(std::move(xs1_)), xs0_(std::move(xs0_)) {}
  ~casted_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int, long>;

  asl::task_builder<int> builder_;
  long xs1_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  union {
    int spill0_;
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
    move_next_(asl::pack_types<int, long>{}, asl::pack_types<int, long>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
casted_machine<int, long>::move_next_(asl::pack_types<Ts...>,
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
      // co_await h(xs) (line 95)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = static_cast<int>(awaiter0_.await_resume() * 3) / 2;
      // co_await h(xs) (line 95)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(
          add(spill0_, static_cast<long>(awaiter1_.await_resume() * 3) / 2));
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

// The state machine of wrapped<int, int, int>(), line 99. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct wrapped_machine<int, int, int> {
  wrapped_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~wrapped_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 100).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Name temporary0_;
  };
  union {
    const Name *spill1_;
  };
  union {
    Name temporary2_;
  };
  union {
    const Name *spill3_;
  };
  union {
    Name temporary4_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary2_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary0_, temporary0_live_);
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
wrapped_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
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
      ::new (asl::place(temporary0_)) Name(
          asl::pack_call<0>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary0_live_ = true;
      spill1_ = std::addressof(wrap(temporary0_));
      ::new (asl::place(temporary2_)) Name(
          asl::pack_call<1>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary2_live_ = true;
      spill3_ = std::addressof(wrap(temporary2_));
      ::new (asl::place(temporary4_)) Name(
          asl::pack_call<2>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary4_live_ = true;
      // co_await total(wrap(Name(xs))...) (line 100)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          total((*spill1_), (*spill3_), wrap(temporary4_))};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of wrapped<int>(), line 99. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct wrapped_machine<int> {
  explicit wrapped_machine(int &xs0_) : xs0_(std::move(xs0_)) {}
  ~wrapped_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 100).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Name temporary0_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int xs0_;
  int state_ = -1;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
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
inline void
wrapped_machine<int>::move_next_(asl::pack_types<Ts...>,
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
      ::new (asl::place(temporary0_)) Name(
          asl::pack_call<0>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary0_live_ = true;
      // co_await total(wrap(Name(xs))...) (line 100)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{total(wrap(temporary0_))};
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
      builder_.set_result(awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of wrapped<>(), line 99. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct wrapped_machine<> {
  wrapped_machine() {}
  ~wrapped_machine() { destroy_live(); }

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
inline void wrapped_machine<>::move_next_(asl::pack_types<Ts...>,
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
      // co_await total(wrap(Name(xs))...) (line 100)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{total(wrap(Name(xs))...)};
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

// The state machine of sized<int, int>(), line 102. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct sized_machine<int, int> {
  sized_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~sized_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 103).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Name temporary0_;
  };
  union {
    Name temporary3_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  union {
    int spill4_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
sized_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                    asl::pack_types<xs_types_...>,
                                    asl::pack_param_t<xs_types_>... xs) {
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
      ::new (asl::place(temporary0_)) Name(
          asl::pack_call<0>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary0_live_ = true;
      spill1_ = std::move(temporary0_).size();
      // co_await h(xs) (line 103)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      spill2_ = spill1_ + awaiter0_.await_resume();
      ::new (asl::place(temporary3_)) Name(
          asl::pack_call<1>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary3_live_ = true;
      spill4_ = std::move(temporary3_).size();
      // co_await h(xs) (line 103)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      builder_.set_result(add(spill2_, spill4_ + awaiter1_.await_resume()));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of sized<int, int, int>(), line 102. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct sized_machine<int, int, int> {
  sized_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~sized_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 103).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Name temporary0_;
  };
  union {
    Name temporary3_;
  };
  union {
    Name temporary6_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int xs0_;
  int xs1_;
  int xs2_;
  union {
    int spill1_;
  };
  union {
    int spill2_;
  };
  union {
    int spill4_;
  };
  union {
    int spill5_;
  };
  union {
    int spill7_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary3_live_ = false;
  bool temporary6_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary6_, temporary6_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
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
sized_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
                                         asl::pack_types<xs_types_...>,
                                         asl::pack_param_t<xs_types_>... xs) {
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
      ::new (asl::place(temporary0_)) Name(
          asl::pack_call<0>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary0_live_ = true;
      spill1_ = std::move(temporary0_).size();
      // co_await h(xs) (line 103)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      spill2_ = spill1_ + awaiter0_.await_resume();
      ::new (asl::place(temporary3_)) Name(
          asl::pack_call<1>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary3_live_ = true;
      spill4_ = std::move(temporary3_).size();
      // co_await h(xs) (line 103)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      spill5_ = spill4_ + awaiter1_.await_resume();
      ::new (asl::place(temporary6_)) Name(
          asl::pack_call<2>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary6_live_ = true;
      spill7_ = std::move(temporary6_).size();
      // co_await h(xs) (line 103)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      builder_.set_result(
          add(spill2_, spill5_, spill7_ + awaiter2_.await_resume()));
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary6_, temporary6_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);
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

// The state machine of sized_after<int, int>(), line 105. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct sized_after_machine<int, int> {
  sized_after_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~sized_after_machine() { destroy_live(); }

  // Built in its heap box from the start: a member function called on a
  // temporary kept in the machine may keep its address (line 106).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Name temporary1_;
  };
  union {
    Name temporary4_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int xs0_;
  int xs1_;
  union {
    int spill0_;
  };
  union {
    int spill2_;
  };
  union {
    int spill3_;
  };
  int state_ = -1;
  bool temporary1_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<int, int>{}, asl::pack_types<int, int>{}, xs0_,
               xs1_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void
sized_after_machine<int, int>::move_next_(asl::pack_types<Ts...>,
                                          asl::pack_types<xs_types_...>,
                                          asl::pack_param_t<xs_types_>... xs) {
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
      // co_await h(xs) (line 106)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      spill0_ = awaiter0_.await_resume();
      ::new (asl::place(temporary1_)) Name(
          asl::pack_call<0>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary1_live_ = true;
      spill2_ = spill0_ + std::move(temporary1_).size();
      // co_await h(xs) (line 106)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (h(xs)); }...)};
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
      spill3_ = awaiter1_.await_resume();
      ::new (asl::place(temporary4_)) Name(
          asl::pack_call<1>([&]() -> decltype(auto) { return (Name(xs)); }...));
      temporary4_live_ = true;
      builder_.set_result(
          add(spill2_, spill3_ + std::move(temporary4_).size()));
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);
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
