// An await that is the whole pattern of a pack expansion among a call's
// arguments or a braced list's elements: `total(co_await h(xs)...)` is one
// await for each element, in order (clang's left to right for arguments,
// the list's order for braces), each a suspension point of the
// specialization's machine. The awaits before the last are saved as the
// arguments around them are (folds: async_function_template_fold_awaits.cpp).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

// The state machine of h(), line 16. state_ is -1 while it runs, N while it is
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
      std::printf("  start h(%d)\n", x);
      // co_await ready (line 18)
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

      std::printf("  end h(%d)\n", x);
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

// The state machine of word(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct word_machine {
  explicit word_machine(std::string &w) : w(std::move(w)) {}
  ~word_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'w' may be kept (line
  // 25).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string w;
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

ASL_ASYNC asl::Task<std::string> word(std::string w) {
  return asl::start<word_machine>(w);
}

inline void word_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 24)
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

      builder_.set_result(w + "!");
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

template <class... Ns> int total(Ns... ns) { return (0 + ... + ns); }

int note(int x) {
  std::printf("  note %d\n", x);
  return x;
}

// One await for each argument.
template <class... Ts> struct each_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> each(Ts... xs) {
  return asl::start<each_machine<Ts...>>(xs...);
}

// Arguments evaluated before and after them.
template <class... Ts> struct mixed_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> mixed(Ts... xs) {
  return asl::start<mixed_machine<Ts...>>(xs...);
}

// A braced list, left to right, and class results moved into place.
template <class... Ts> struct listed_machine;

template <class... Ts> ASL_ASYNC asl::Task<std::string> listed(Ts... xs) {
  return asl::start<listed_machine<Ts...>>(xs...);
}

// An aggregate kept across an await, from a braced list of awaits: built
// whole from the saved values (not member by member).
struct Trio {
  int a, b, c;
};
template <class... Ts> struct aggregate_machine;

template <class... Ts> ASL_ASYNC asl::Task<int> aggregate(Ts... xs) {
  return asl::start<aggregate_machine<Ts...>>(xs...);
}

// The state machine of run(), line 64. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'l' may be kept (line
  // 73).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string l;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<std::string> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int a;
  int a0;
  int b;
  int state_ = -1;
  bool l_live_ = false;
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
    asl::destroy(l, l_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
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
    default:
      break;
    }
    {
      std::printf("each:\n");
      // co_await each(1, 2, 3) (line 66)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{each(1, 2, 3)};
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

      // co_await each() (line 67)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{each()};
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
      a0 = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("each %d, %d\nmixed:\n", a, a0);
      // co_await mixed(10, 20) (line 69)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{mixed(10, 20)};
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
      b = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("mixed %d\nlisted:\n", b);
      // co_await at line 72
      ::new (asl::place(awaiter3_)) asl::task_awaiter<std::string>{
          listed(std::string("a"), std::string("b"), std::string("c"))};
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
      ::new (asl::place(l)) std::string(awaiter3_.await_resume());
      l_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      std::printf("listed %s\naggregate:\n", l.c_str());
      // co_await aggregate(1, 2, 3) (line 74)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{aggregate(1, 2, 3)};
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
      int t = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("aggregate %d\n", t);
      builder_.set_result(a + b + t);
      asl::destroy(l, l_live_);
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
// The state machine of each<int, int, int>(), line 36. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct each_machine<int, int, int> {
  each_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~each_machine() { destroy_live(); }

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
inline void
each_machine<int, int, int>::move_next_(asl::pack_types<Ts...>,
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
      // co_await h(xs) (line 37)
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
      spill0_ = awaiter0_.await_resume();
      // co_await h(xs) (line 37)
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
      spill1_ = awaiter1_.await_resume();
      // co_await h(xs) (line 37)
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
      builder_.set_result(total(spill0_, spill1_, awaiter2_.await_resume()));
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

// The state machine of each<>(), line 36. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
template <> struct each_machine<> {
  each_machine() {}
  ~each_machine() {}

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
inline void each_machine<>::move_next_(asl::pack_types<Ts...>,
                                       asl::pack_types<xs_types_...>,
                                       asl::pack_param_t<xs_types_>... xs) {
  try {
    {
      builder_.set_result(total(asl::never_awaited<decltype(xs)>(h(xs))...));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of mixed<int, int>(), line 41. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct mixed_machine<int, int> {
  mixed_machine(int &xs0_, int &xs1_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)) {}
  ~mixed_machine() { destroy_live(); }

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
  int xs0_;
  int xs1_;
  union {
    int spill0_;
  };
  union {
    int spill1_;
  };
  union {
    int spill2_;
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
mixed_machine<int, int>::move_next_(asl::pack_types<Ts...>,
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
      spill0_ = note(1);
      // co_await h(xs) (line 42)
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
      spill1_ = awaiter0_.await_resume();
      // co_await h(xs) (line 42)
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
      spill2_ = awaiter1_.await_resume();
      builder_.set_result(total(spill0_, spill1_, spill2_, note(2)));
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

// The state machine of listed<std::basic_string<char>, std::basic_string<char>,
// std::basic_string<char>>(), line 46. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <>
struct listed_machine<std::basic_string<char>, std::basic_string<char>,
                      std::basic_string<char>> {
  listed_machine(
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>
          &xs0_,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>
          &xs1_,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>
          &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~listed_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::parameter_copy<std::basic_string<
                           char, std::char_traits<char>, std::allocator<char>>>,
                       asl::task_awaiter<std::string>, std::string>;

  asl::task_builder<std::string> builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> xs0_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> xs1_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> xs2_;
  union {
    std::string temporary0_;
  };
  union {
    std::string temporary1_;
  };
  union {
    asl::task_awaiter<std::string> awaiter0_;
  };
  union {
    asl::task_awaiter<std::string> awaiter1_;
  };
  union {
    asl::task_awaiter<std::string> awaiter2_;
  };
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() {
    move_next_(asl::pack_types<std::basic_string<char>, std::basic_string<char>,
                               std::basic_string<char>>{},
               asl::pack_types<std::basic_string<char>, std::basic_string<char>,
                               std::basic_string<char>>{},
               xs0_, xs1_, xs2_);
  }
  template <class... Ts, class... xs_types_>
  void move_next_(asl::pack_types<Ts...>, asl::pack_types<xs_types_...>,
                  asl::pack_param_t<xs_types_>... xs);
};

template <class... Ts, class... xs_types_>
inline void listed_machine<
    std::basic_string<char>, std::basic_string<char>,
    std::basic_string<char>>::move_next_(asl::pack_types<Ts...>,
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
      // co_await word(xs) (line 47)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<std::string>{
          asl::pack_call<0>([&]() -> decltype(auto) { return (word(xs)); }...)};
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
      ::new (asl::place(temporary0_)) std::string(awaiter0_.await_resume());
      temporary0_live_ = true;
      // co_await word(xs) (line 47)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<std::string>{
          asl::pack_call<1>([&]() -> decltype(auto) { return (word(xs)); }...)};
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
      ::new (asl::place(temporary1_)) std::string(awaiter1_.await_resume());
      temporary1_live_ = true;
      // co_await word(xs) (line 47)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<std::string>{
          asl::pack_call<2>([&]() -> decltype(auto) { return (word(xs)); }...)};
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
      std::tuple<Ts...> all{std::move(temporary0_), std::move(temporary1_),
                            awaiter2_.await_resume()};
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary1_, temporary1_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      std::string out;
      std::apply([&](const auto &...s) { ((out += s), ...); }, all);
      builder_.set_result(std::move(out));
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

// The state machine of aggregate<int, int, int>(), line 58. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct aggregate_machine<int, int, int> {
  aggregate_machine(int &xs0_, int &xs1_, int &xs2_)
      : xs0_(std::move(xs0_)), xs1_(std::move(xs1_)), xs2_(std::move(xs2_)) {}
  ~aggregate_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Trio, asl::event_awaiter, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    int spill0_;
    asl::event_awaiter awaiter3_;
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
    Trio t;
  };
  union {
    int spill1_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
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
inline void aggregate_machine<int, int, int>::move_next_(
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
    case 3:
      goto resume3_;
    default:
      break;
    }
    {
      // co_await h(xs) (line 59)
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
      spill0_ = awaiter0_.await_resume();
      // co_await h(xs) (line 59)
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
      spill1_ = awaiter1_.await_resume();
      // co_await h(xs) (line 59)
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
      ::new (asl::place(t)) Trio{spill0_, spill1_, awaiter2_.await_resume()};
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await ready (line 60)
      ::new (asl::place(awaiter3_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(t.a * 100 + t.b * 10 + t.c);
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
