// A non-type template parameter, named, is a prvalue of its type; the
// machine declares it as a constant member (`static constexpr int N = 3;`),
// an lvalue of a const type. Where the body observes the difference (a
// decltype of it, decltype(auto), a reference bound to it, a forwarding
// reference, an overload of `int &&`, a call that depends on a generic
// lambda's parameter), natively and lowered print the same: in the body,
// in a local type and a lambda the machine keeps, for pointer, `auto` and
// class template parameters, and for a parameter named like a member of
// the machine (`builder_`), renamed there, in kept types and lambdas too.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>

asl::Event ready;

template <class T> bool forwardedLvalue(T &&) {
  return std::is_lvalue_reference_v<T>;
}
int pick(int &&) { return 1; }
int pick(const int &) { return 2; }
template <class A, class B> bool secondLvalue(A, B &&) {
  return std::is_lvalue_reference_v<B>;
}

#define PICK(value) pick(value)

template <int N> struct counted_machine;

template <int N> ASL_ASYNC asl::Task<int> counted() {
  return asl::start<counted_machine<N>>();
}

char greeting[] = "hi";

template <const char *P> struct pointed_machine;

template <const char *P> ASL_ASYNC asl::Task<int> pointed() {
  return asl::start<pointed_machine<P>>();
}

template <auto V> struct deduced_machine;

template <auto V> ASL_ASYNC asl::Task<int> deduced() {
  return asl::start<deduced_machine<V>>();
}

template <int Scale> struct Meter {
  struct scaled_machine;
  ASL_ASYNC asl::Task<int> scaled(int by) {
    return asl::start<scaled_machine>(this, by);
  }
};

// Named like the machine's builder_: builder_param in the machine and in
// the type and the lambda it keeps.
template <int builder_> struct named_machine;

template <int builder_> ASL_ASYNC asl::Task<int> named() {
  return asl::start<named_machine<builder_>>();
}

// The state machine of run(), line 118. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'meter' may be kept
  // (line 123).
  static constexpr bool relocatable = false;

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
  int c;
  int m;
  union {
    Meter<2> meter;
  };
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
      // co_await counted<3>() (line 119)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{counted<3>()};
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

      // co_await pointed<greeting>() (line 120)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{pointed<greeting>()};
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

      // co_await deduced<5>() (line 121)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{deduced<5>()};
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

      ::new (asl::place(meter)) Meter<2>;

      // co_await meter.scaled(4) (line 123)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{meter.scaled(4)};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await named<7>() (line 124)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{named<7>()};
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int n = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      builder_.set_result(a + b + c + m + n);
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
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The types that counted<3>() declares, moved out of its body, and functions
// making the lambdas whose closures its machine keeps (C++17 names a closure
// type only as what a function returns).
struct counted_locals {
  static constexpr int N = 3;

  struct Counter {
    int n = N;
    int bump() { return ++n; }
  };
  // The lambda on line 50, built at where.
  static auto *same_lambda(void *where) {
    return ::new (where) auto(
        []() -> decltype(auto) { return (static_cast<int>(N)); });
  }
  // The lambda on line 51, built at where1.
  static auto *generic_lambda(void *where1) {
    return ::new (where1) auto(
        [](auto tag) { return secondLvalue(tag, static_cast<int>(N)); });
  }
  // The lambda on line 59, built at where2.
  static auto *kept_lambda(void *where2) {
    return ::new (where2) auto([](int a) {
      int b = a;
      return ++b * 10 + pick(static_cast<int>(N));
    });
  }
};

// The state machine of counted<3>(), line 29. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct counted_machine<3> : counted_locals {
  // The template's parameters, which the body names.
  static constexpr int N = 3;

  using same_closure = std::remove_pointer_t<decltype(same_lambda(nullptr))>;
  using generic_closure =
      std::remove_pointer_t<decltype(generic_lambda(nullptr))>;
  using kept_closure = std::remove_pointer_t<decltype(kept_lambda(nullptr))>;

  counted_machine() {}
  ~counted_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'generic' may be kept
  // (line 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int d;
  union {
    int r;
  };
  union {
    int c;
  };
  union {
    Counter counter;
  };
  bool flag;
  union {
    same_closure same;
  };
  union {
    generic_closure generic1;
  };
  union {
    kept_closure kept;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void counted_machine<3>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      x = N;

      {
        int z = N;
        decltype(auto) w = static_cast<int>(N);
        auto same = []() -> decltype(auto) { return (static_cast<int>(N)); };
        auto generic = [](auto tag) {
          return secondLvalue(tag, static_cast<int>(N));
        };
        std::printf("block %d %d %d %d\n", ++z, ++w,
                    std::is_reference_v<decltype(same())>, generic(0));
      }
      d = static_cast<int>(N);

      ::new (asl::place(r)) int(static_cast<int>(N));

      flag = x > 0;

      ::new (asl::place(c)) int(flag ? static_cast<int>(N) : x);

      std::printf("types %d %d %d %d %d\n", std::is_const_v<int>,
                  std::is_same_v<int, int>,
                  std::is_const_v<std::remove_reference_t<int &&>>,
                  std::is_same_v<int, int>, std::is_same_v<int, int>);
      std::printf("calls %d %d %d %d\n", forwardedLvalue(static_cast<int>(N)),
                  pick(static_cast<int>(N)),
                  pick(std::move(static_cast<int>(N))),
                  /* PICK(...) expanded: it names the template parameter 'N',
                     made a prvalue */
                  pick(static_cast<int>(N)));
      same_lambda(asl::place(same));

      generic_lambda(asl::place(generic1));

      std::printf("lambdas %d %d\n", std::is_reference_v<int>, generic1(0));
      ::new (asl::place(counter)) Counter;

      kept_lambda(asl::place(kept));

      // co_await ready (line 63)
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

      x++;
      d++;
      counter = Counter{};
      std::printf("after %d %d %d %d %d %d\n", x, d, r, c, counter.bump(),
                  kept(4));
      builder_.set_result(N);
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

// The state machine of pointed<::greeting>(), line 74. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct pointed_machine<::greeting> {
  // The template's parameters, which the body names.
  static constexpr const char *P = ::greeting;

  pointed_machine() {}
  ~pointed_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, const char *> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const char *p;
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

inline void pointed_machine<::greeting>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      p = P;

      // co_await ready (line 76)
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

      std::printf("pointer %d %d\n", std::is_const_v<const char *>,
                  forwardedLvalue(static_cast<const char *>(P)));
      p = nullptr;
      builder_.set_result(p == nullptr);
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

// The state machine of deduced<5>(), line 83. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct deduced_machine<5> {
  // The template's parameters, which the body names.
  static constexpr int V = 5;

  deduced_machine() {}
  ~deduced_machine() { destroy_live(); }

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
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void deduced_machine<5>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      v = V;

      // co_await ready (line 85)
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

      v += 1;
      std::printf("auto %d %d\n", std::is_const_v<int>,
                  pick(static_cast<int>(V)));
      builder_.set_result(std::move(v));
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

// The state machine of Meter<2>::scaled(), line 92. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Meter<2>::scaled_machine {
  // The template's parameters, which the body names.
  static constexpr int Scale = 2;

  scaled_machine(Meter<2> *this_, int &by) : this_(this_), by(std::move(by)) {}
  ~scaled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Meter<2> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int by;
  int s;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Meter<2>::scaled_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      s = Scale;

      // co_await ready (line 94)
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

      s *= by;
      std::printf("member %d %d\n", std::is_const_v<int>,
                  forwardedLvalue(static_cast<int>(Scale)));
      builder_.set_result(std::move(s));
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

// The types that named<7>() declares, moved out of its body, and functions
// making the lambdas whose closures its machine keeps (C++17 names a closure
// type only as what a function returns).
struct named_locals {
  static constexpr int builder_param = 7;

  struct Box {
    int v = builder_param;
    int w = builder_param;
  };
  // The lambda on line 110, built at where3.
  static auto *add_lambda(void *where3) {
    return ::new (where3) auto([](int a) {
      return a + builder_param + pick(static_cast<int>(builder_param));
    });
  }
};

// The state machine of named<7>(), line 104. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct named_machine<7> : named_locals {
  // The template's parameters, which the body names.
  static constexpr int builder_param = 7;

  using add_closure = std::remove_pointer_t<decltype(add_lambda(nullptr))>;

  named_machine() {}
  ~named_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'add' may be kept
  // (line 113).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Box box;
  };
  union {
    add_closure add;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void named_machine<7>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(box)) Box;

      add_lambda(asl::place(add));

      // co_await ready (line 111)
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

      box.w++;
      std::printf("named %d %d %d %d\n", box.v, box.w, add(1),
                  std::is_const_v<int>);
      builder_.set_result(builder_param);
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
