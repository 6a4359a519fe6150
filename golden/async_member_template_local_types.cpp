// Async members of class templates and member templates whose machine
// keeps a type declared in the body, or a lambda's closure: the class
// declares a class of them next to the machine (`struct pair_locals;`,
// `template <class U> struct mix_locals;`), and each specialization that
// needs it defines it, as it defines its machine (`template <> struct
// Keeper<int>::pair_locals`), with the templates' parameters as members.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> class Keeper {
public:
  explicit Keeper(T seed) : seed_(seed) {}

  struct pair_locals;
  struct pair_machine;
  ASL_ASYNC asl::Task<T> pair(T x) { return asl::start<pair_machine>(this, x); }

  template <class U> struct mix_locals;
  template <class U> struct mix_machine;

  template <class U> ASL_ASYNC asl::Task<U> mix(U u);

  template <class U> struct count_locals;
  template <class U> struct count_machine;

  template <class U> ASL_ASYNC static asl::Task<int> count(U u) {
    return asl::start<count_machine<U>>(u);
  }

private:
  T seed_;
};

template <class T>
template <class U>
ASL_ASYNC asl::Task<U> Keeper<T>::mix(U u) {
  return asl::start<mix_machine<U>>(this, u);
}

// The state machine of run(), line 65. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ints' may be kept
  // (line 68).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Keeper<double> doubles;
  };
  double b;
  long c;
  double d;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    asl::task_awaiter<long> awaiter2_;
    asl::task_awaiter<double> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  union {
    Keeper<int> ints;
  };
  int a;
  int e;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
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
    default:
      break;
    }
    {
      ::new (asl::place(ints)) Keeper<int>(3);

      ::new (asl::place(doubles)) Keeper<double>(0.5);

      // co_await ints.pair(4) (line 68)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{ints.pair(4)};
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

      // co_await doubles.pair(1.0) (line 69)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<double>{doubles.pair(1.0)};
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

      // co_await ints.mix(10L) (line 70)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<long>{ints.mix(10L)};
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

      // co_await doubles.mix(2.0) (line 71)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<double>{doubles.mix(2.0)};
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

      // co_await Keeper<char>::count(1.0) (line 72)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{Keeper<char>::count(1.0)};
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

      // co_await Keeper<int>::count('x') (line 73)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{Keeper<int>::count('x')};
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::printf("a %d, b %.1f, c %ld, d %.1f, e %d, f %d\n", a, b, c, d, e,
                  f);
      builder_.set_result(std::move(a));
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
// The types that Keeper<int>::pair() declares, moved out of its body, and
// functions making the lambdas whose closures its machine keeps (C++17 names a
// closure type only as what a function returns).
template <> struct Keeper<int>::pair_locals {
  using T = int;

  struct Pair {
    T first;
    T second;
  };
  enum class Side { Left, Right };
  // The lambda on line 26, built at where.
  static auto *show_lambda(void *where, Keeper<int> *this_, Pair &p) {
    return ::new (where) auto([&p, this_](const char *label) {
      std::printf("%s: seed %s\n", label, std::to_string(this_->seed_).c_str());
      return p.first + p.second;
    });
  }
};

// The state machine of Keeper<int>::pair(), line 18. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Keeper<int>::pair_machine : Keeper<int>::pair_locals {
  // The template's parameters, which the body names.
  using T = int;

  using show_closure = std::remove_pointer_t<decltype(show_lambda(
      nullptr, std::declval<Keeper<int> *>(), std::declval<Pair &>()))>;

  pair_machine(Keeper<int> *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~pair_machine() { destroy_live(); }

  // Built in its heap box from the start: 'p' is captured by reference by the
  // lambda on line 26, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Keeper<int> *this_;
  union {
    show_closure show;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  union {
    Pair p;
  };
  Side side;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Keeper<int>::pair_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) Pair{x, this_->seed_};

      side = Side::Right;

      show_lambda(asl::place(show), this_, p);

      // co_await ready (line 30)
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

      T sum = show("pair");
      builder_.set_result(side == Side::Right ? sum : p.first);
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

// The types that Keeper<double>::pair() declares, moved out of its body, and
// functions making the lambdas whose closures its machine keeps (C++17 names a
// closure type only as what a function returns).
template <> struct Keeper<double>::pair_locals {
  using T = double;

  struct Pair {
    T first;
    T second;
  };
  enum class Side { Left, Right };
  // The lambda on line 26, built at where1.
  static auto *show_lambda1(void *where1, Keeper<double> *this_, Pair &p) {
    return ::new (where1) auto([&p, this_](const char *label) {
      std::printf("%s: seed %s\n", label, std::to_string(this_->seed_).c_str());
      return p.first + p.second;
    });
  }
};

// The state machine of Keeper<double>::pair(), line 18. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Keeper<double>::pair_machine : Keeper<double>::pair_locals {
  // The template's parameters, which the body names.
  using T = double;

  using show_closure1 = std::remove_pointer_t<decltype(show_lambda1(
      nullptr, std::declval<Keeper<double> *>(), std::declval<Pair &>()))>;

  pair_machine(Keeper<double> *this_, double &x)
      : this_(this_), x(std::move(x)) {}
  ~pair_machine() { destroy_live(); }

  // Built in its heap box from the start: 'p' is captured by reference by the
  // lambda on line 26, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Keeper<double> *this_;
  double x;
  union {
    Pair p;
  };
  union {
    show_closure1 show;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  Side side;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Keeper<double>::pair_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) Pair{x, this_->seed_};

      side = Side::Right;

      show_lambda1(asl::place(show), this_, p);

      // co_await ready (line 30)
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

      T sum = show("pair");
      builder_.set_result(side == Side::Right ? sum : p.first);
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

// The types that Keeper<char>::count<double>() declares, moved out of its body
// so that its machine can name them.
template <> template <> struct Keeper<char>::count_locals<double> {
  using T = char;
  using U = double;

  struct Counted {
    U value;
    int times;
  };
};

// The state machine of Keeper<char>::count<double>(), line 37. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <>
template <>
struct Keeper<char>::count_machine<double>
    : Keeper<char>::count_locals<double> {
  // The template's parameters, which the body names.
  using T = char;
  using U = double;

  explicit count_machine(double &u) : u(std::move(u)) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Counted, asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  double u;
  union {
    Counted c;
  };
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

inline void Keeper<char>::count_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) Counted{u, 2};

      // co_await ready (line 43)
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

      builder_.set_result(c.times * static_cast<int>(sizeof(T) + sizeof(U)));
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

// The types that Keeper<int>::count<char>() declares, moved out of its body so
// that its machine can name them.
template <> template <> struct Keeper<int>::count_locals<char> {
  using T = int;
  using U = char;

  struct Counted {
    U value;
    int times;
  };
};

// The state machine of Keeper<int>::count<char>(), line 37. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <>
template <>
struct Keeper<int>::count_machine<char> : Keeper<int>::count_locals<char> {
  // The template's parameters, which the body names.
  using T = int;
  using U = char;

  explicit count_machine(char &u) : u(std::move(u)) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Counted, asl::event_awaiter, char> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Counted c;
  };
  char u;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Keeper<int>::count_machine<char>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(c)) Counted{u, 2};

      // co_await ready (line 43)
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

      builder_.set_result(c.times * static_cast<int>(sizeof(T) + sizeof(U)));
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

// For Keeper<int>::mix<long>(), functions making the lambdas whose closures its
// machine keeps (C++17 names a closure type only as what a function returns).
template <> template <> struct Keeper<int>::mix_locals<long> {
  using T = int;
  using U = long;

  // The lambda on line 55, built at where2.
  static auto *add_lambda(void *where2, int &calls, long &u) {
    return ::new (where2) auto([&calls, u](T t) {
      ++calls;
      return u + static_cast<U>(t);
    });
  }
};

// The state machine of Keeper<int>::mix<long>(), line 53. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <>
template <>
struct Keeper<int>::mix_machine<long> : Keeper<int>::mix_locals<long> {
  // The template's parameters, which the body names.
  using T = int;
  using U = long;

  using add_closure = std::remove_pointer_t<decltype(add_lambda(
      nullptr, std::declval<int &>(), std::declval<long &>()))>;

  mix_machine(Keeper<int> *this_, long &u) : this_(this_), u(std::move(u)) {}
  ~mix_machine() { destroy_live(); }

  // Built in its heap box from the start: 'calls' is captured by reference by
  // the lambda on line 55, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  Keeper<int> *this_;
  long u;
  union {
    add_closure add;
  };
  long once;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int calls;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Keeper<int>::mix_machine<long>::move_next() {
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
      calls = 0;

      add_lambda(asl::place(add), calls, u);

      // co_await ready (line 59)
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

      once = add(this_->seed_);

      // co_await ready (line 61)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(once + add(this_->seed_) + static_cast<U>(calls));
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

// For Keeper<double>::mix<double>(), functions making the lambdas whose
// closures its machine keeps (C++17 names a closure type only as what a
// function returns).
template <> template <> struct Keeper<double>::mix_locals<double> {
  using T = double;
  using U = double;

  // The lambda on line 55, built at where3.
  static auto *add_lambda1(void *where3, int &calls, double &u) {
    return ::new (where3) auto([&calls, u](T t) {
      ++calls;
      return u + static_cast<U>(t);
    });
  }
};

// The state machine of Keeper<double>::mix<double>(), line 53. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <>
template <>
struct Keeper<double>::mix_machine<double>
    : Keeper<double>::mix_locals<double> {
  // The template's parameters, which the body names.
  using T = double;
  using U = double;

  using add_closure1 = std::remove_pointer_t<decltype(add_lambda1(
      nullptr, std::declval<int &>(), std::declval<double &>()))>;

  mix_machine(Keeper<double> *this_, double &u)
      : this_(this_), u(std::move(u)) {}
  ~mix_machine() { destroy_live(); }

  // Built in its heap box from the start: 'calls' is captured by reference by
  // the lambda on line 55, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Keeper<double> *this_;
  double u;
  union {
    add_closure1 add;
  };
  double once;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int calls;
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

inline void Keeper<double>::mix_machine<double>::move_next() {
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
      calls = 0;

      add_lambda1(asl::place(add), calls, u);

      // co_await ready (line 59)
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

      once = add(this_->seed_);

      // co_await ready (line 61)
      ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(once + add(this_->seed_) + static_cast<U>(calls));
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
