// Async friends defined in a class template (hidden friends, found by
// argument-dependent lookup): the class declares the machine, a member
// class (`struct drain_machine;`), and keeps the friend's definition, its
// ramp, which finds the machine in the class as its body did; each
// specialization of the class that uses the friend defines the machine
// after the file's code (`template <> struct Counter<int>::drain_machine`),
// so the body keeps reaching the class's private members and finding its
// names and the template's parameters. A friend whose parameter is a
// nested class, one in a partial specialization, and an operator. A friend
// template likewise, its machine a member template of the class (`template
// <> template <> struct Counter<int>::addTo_machine<long>`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> class Counter {
public:
  explicit Counter(T start) : value_(start) {}

  struct drain_machine;
  ASL_ASYNC friend asl::Task<T> drain(Counter &c, int times) {
    return asl::start<drain_machine>(c, times);
  }

  struct operator_equalequal_machine;
  [[nodiscard]] ASL_ASYNC friend asl::Task<bool> operator==(const Counter &a,
                                                            const Counter &b) {
    return asl::start<operator_equalequal_machine>(a, b);
  }

  template <class U> struct addTo_machine;

  template <class U> ASL_ASYNC friend asl::Task<T> addTo(Counter &c, U extra) {
    return asl::start<addTo_machine<U>>(c, extra);
  }

  struct Handle {
    Counter *of;
    struct size_machine;
    ASL_ASYNC friend asl::Task<int> size(Handle h) {
      return asl::start<size_machine>(h);
    }
  };

private:
  struct Step {
    T by;
  };
  T value_;
  int reads_ = 0;
};

template <class T> struct Ref;

template <class T> struct Ref<T &> {
  T *to;
  struct load_machine;
  ASL_ASYNC friend asl::Task<T> load(Ref r) {
    return asl::start<load_machine>(r);
  }
};

// The state machine of run(), line 73. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ints' may be kept
  // (line 76).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Counter<std::string> strings;
  };
  union {
    std::string s;
  };
  union {
    std::string u;
  };
  long l;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    Counter<int> temporary0_;
    Counter<std::string> temporary1_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<std::string> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter10_;
    asl::task_awaiter<long> awaiter11_;
  };
  union {
    asl::task_awaiter<bool> awaiter2_;
    asl::task_awaiter<bool> awaiter3_;
  };
  union {
    Counter<int> ints;
  };
  int a;
  int h;
  int t;
  union {
    Counter<char> chars;
  };
  int k;
  int i;
  int li;
  bool same;
  bool other;
  int state_ = -1;
  bool strings_live_ = false;
  bool s_live_ = false;
  bool u_live_ = false;
  bool temporary1_live_ = false;
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(u, u_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(s, s_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(strings, strings_live_);
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
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    default:
      break;
    }
    {
      ::new (asl::place(ints)) Counter<int>(3);

      ::new (asl::place(strings)) Counter<std::string>("x");
      strings_live_ = true;

      // co_await drain(ints, 2) (line 76)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{drain(ints, 2)};
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

      // co_await drain(strings, 3) (line 77)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{drain(strings, 3)};
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
      ::new (asl::place(s)) std::string(awaiter1_.await_resume());
      s_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(temporary0_)) Counter<int>(Counter<int>(12));
      // co_await (ints == Counter<int>(12)) (line 78)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<bool>{(ints == temporary0_)};
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
      same = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(temporary1_))
          Counter<std::string>(Counter<std::string>("y"));
      temporary1_live_ = true;
      // co_await (strings == Counter<std::string>("y")) (line 79)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<bool>{(strings == temporary1_)};
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
      other = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary1_, temporary1_live_);

      // co_await size(Counter<int>::Handle{&ints}) (line 80)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{size(Counter<int>::Handle{&ints})};
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
      h = awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await size(Counter<int>::Handle{&ints}) (line 81)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{size(Counter<int>::Handle{&ints})};
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
      h += awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await addTo(ints, 5L) (line 82)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{addTo(ints, 5L)};
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
      t = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await addTo(ints, short(1)) (line 83)
      ::new (asl::place(awaiter7_))
          asl::task_awaiter<int>{addTo(ints, short(1))};
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
      t += awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await addTo(strings, "yz") (line 84)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<std::string>{addTo(strings, "yz")};
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
      ::new (asl::place(u)) std::string(awaiter8_.await_resume());
      u_live_ = true;
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("t %d, u %s\n", t, u.c_str());
      ::new (asl::place(chars)) Counter<char>('c');

      // co_await size(Counter<char>::Handle{&chars}) (line 87)
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<int>{size(Counter<char>::Handle{&chars})};
      awaiter9_live_ = true;
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      k = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("a %d, s %s, same %d, other %d, h %d, k %d\n", a, s.c_str(),
                  same, other, h, k);
      i = 20;

      l = 30;

      // co_await load(Ref<int &>{&i}) (line 92)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<int>{load(Ref<int &>{&i})};
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      li = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      // co_await load(Ref<long &>{&l}) (line 93)
      ::new (asl::place(awaiter11_))
          asl::task_awaiter<long>{load(Ref<long &>{&l})};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      long ll = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("li %d, ll %ld\n", li, ll);
      builder_.set_result(a + h + li);
      asl::destroy(u, u_live_);
      asl::destroy(s, s_live_);
      asl::destroy(strings, strings_live_);
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
// The state machine of drain(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Counter<int>::drain_machine {
  // The template's parameters, which the body names.
  using T = int;

  drain_machine(Counter<int> &c, int &times) : c(c), times(std::move(times)) {}
  ~drain_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Counter<int>::Step, asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  Counter<int> &c;
  union {
    asl::event_awaiter awaiter0_;
  };
  int times;
  union {
    Counter<int>::Step step;
  };
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Counter<int>::drain_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(step)) Counter<int>::Step{c.value_};

      for (i = 0; i < times; ++i) {
        // co_await ready (line 26)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        c.value_ = c.value_ + step.by;
      }
      builder_.set_result(c.value_);
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

// The state machine of drain(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <>
struct Counter<std::basic_string<char, std::char_traits<char>,
                                 std::allocator<char>>>::drain_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  drain_machine(Counter<std::basic_string<char, std::char_traits<char>,
                                          std::allocator<char>>> &c,
                int &times)
      : c(c), times(std::move(times)) {}
  ~drain_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'step' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Counter<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      &c;
  union {
    Counter<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>>::Step step;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int times;
  int i;
  int state_ = -1;
  bool step_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(step, step_live_);
  }

  void move_next();
};

inline void
Counter<std::basic_string<char, std::char_traits<char>,
                          std::allocator<char>>>::drain_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(step))
          Counter<std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>>::Step{c.value_};
      step_live_ = true;

      for (i = 0; i < times; ++i) {
        // co_await ready (line 26)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        c.value_ = c.value_ + step.by;
      }
      builder_.set_result(c.value_);
      asl::destroy(step, step_live_);
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

// The state machine of operator==(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct Counter<int>::operator_equalequal_machine {
  // The template's parameters, which the body names.
  using T = int;

  operator_equalequal_machine(const Counter<int> &a, const Counter<int> &b)
      : a(a), b(b) {}
  ~operator_equalequal_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<bool> builder_;
  const Counter<int> &a;
  const Counter<int> &b;
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

inline void Counter<int>::operator_equalequal_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
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

      builder_.set_result(a.value_ == b.value_);
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

// The state machine of operator==(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <>
struct Counter<
    std::basic_string<char, std::char_traits<char>,
                      std::allocator<char>>>::operator_equalequal_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  operator_equalequal_machine(
      const Counter<std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>>> &a,
      const Counter<std::basic_string<char, std::char_traits<char>,
                                      std::allocator<char>>> &b)
      : a(a), b(b) {}
  ~operator_equalequal_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<bool> builder_;
  const Counter<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>> &a;
  const Counter<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>> &b;
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

inline void
Counter<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    operator_equalequal_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 34)
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

      builder_.set_result(a.value_ == b.value_);
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

// The state machine of addTo<long>(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Counter<int>::addTo_machine<long> {
  // The template's parameters, which the body names.
  using T = int;
  using U = long;

  addTo_machine(Counter<int> &c, long &extra) : c(c), extra(std::move(extra)) {}
  ~addTo_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter<int> &c;
  long extra;
  union {
    asl::event_awaiter awaiter0_;
  };
  int before;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Counter<int>::addTo_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = c.value_;

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

      c.value_ = before + T(extra);
      builder_.set_result(c.value_);
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

// The state machine of addTo<short>(), line 39. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Counter<int>::addTo_machine<short> {
  // The template's parameters, which the body names.
  using T = int;
  using U = short;

  addTo_machine(Counter<int> &c, short &extra)
      : c(c), extra(std::move(extra)) {}
  ~addTo_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int, short> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter<int> &c;
  union {
    asl::event_awaiter awaiter0_;
  };
  int before;
  short extra;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Counter<int>::addTo_machine<short>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = c.value_;

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

      c.value_ = before + T(extra);
      builder_.set_result(c.value_);
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

// The state machine of addTo<const char *>(), line 39. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <>
template <>
struct Counter<
    std::basic_string<char, std::char_traits<char>,
                      std::allocator<char>>>::addTo_machine<const char *> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;
  using U = const char *;

  addTo_machine(Counter<std::basic_string<char, std::char_traits<char>,
                                          std::allocator<char>>> &c,
                const char *&extra)
      : c(c), extra(std::move(extra)) {}
  ~addTo_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'before' may be kept
  // (line 42).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Counter<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      &c;
  const char *extra;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>>
        before;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool before_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(before, before_live_);
  }

  void move_next();
};

inline void
Counter<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    addTo_machine<const char *>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(before))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              c.value_);
      before_live_ = true;

      // co_await ready (line 41)
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

      c.value_ = before + T(extra);
      builder_.set_result(c.value_);
      asl::destroy(before, before_live_);
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

// The state machine of size(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Counter<int>::Handle::size_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit size_machine(Counter<int>::Handle &h) : h(std::move(h)) {}
  ~size_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Counter<int>::Handle, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter<int>::Handle h;
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

inline void Counter<int>::Handle::size_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 49)
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

      builder_.set_result(static_cast<int>(sizeof(T)) + h.of->reads_++);
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

// The state machine of size(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Counter<char>::Handle::size_machine {
  // The template's parameters, which the body names.
  using T = char;

  explicit size_machine(Counter<char>::Handle &h) : h(std::move(h)) {}
  ~size_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Counter<char>::Handle, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Counter<char>::Handle h;
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

inline void Counter<char>::Handle::size_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 49)
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

      builder_.set_result(static_cast<int>(sizeof(T)) + h.of->reads_++);
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

// The state machine of load(), line 66. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Ref<int &>::load_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit load_machine(Ref<int &> &r) : r(std::move(r)) {}
  ~load_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Ref<int &>, asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Ref<int &> r;
  union {
    asl::event_awaiter awaiter0_;
  };
  int before;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Ref<int &>::load_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = *r.to;

      // co_await ready (line 68)
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

      builder_.set_result(before + *r.to);
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

// The state machine of load(), line 66. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
template <> struct Ref<long &>::load_machine {
  // The template's parameters, which the body names.
  using T = long;

  explicit load_machine(Ref<long &> &r) : r(std::move(r)) {}
  ~load_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Ref<long &>, asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  Ref<long &> r;
  long before;
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

inline void Ref<long &>::load_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = *r.to;

      // co_await ready (line 68)
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

      builder_.set_result(before + *r.to);
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
