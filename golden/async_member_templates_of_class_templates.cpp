// Async member templates of class templates: the class template declares a
// machine template (`template <class U> struct get_machine;`), and each
// specialization of the member template that the file instantiates defines
// it (`template <> template <> struct Repo<int>::get_machine<long>`), with
// the parameters of both templates as members. Called with several
// argument types, defined in the class and after it, static, and calling
// each other.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> class Repo {
public:
  explicit Repo(T base) : base_(base) {}

  template <class U> struct get_machine;

  template <class U> ASL_ASYNC asl::Task<U> get(U u) {
    return asl::start<get_machine<U>>(this, u);
  }

  template <class U, int N> struct show_machine;

  template <class U, int N> ASL_ASYNC asl::Task<std::string> show(U u);

  template <class U> struct size_of_machine;

  template <class U> ASL_ASYNC static asl::Task<int> size_of(U param0_) {
    return asl::start<size_of_machine<U>>(param0_);
  }

  int calls() const { return calls_; }

private:
  T base_;
  int calls_ = 0;
};

// Defined after the class, and calling the other member templates.
template <class T>
template <class U, int N>
ASL_ASYNC asl::Task<std::string> Repo<T>::show(U u) {
  return asl::start<show_machine<U, N>>(this, u);
}

namespace shop {
template <class K> struct Shelf {
  K key;
  template <class V> struct price_machine;

  template <class V> ASL_ASYNC asl::Task<V> price(V each) {
    return asl::start<price_machine<V>>(this, each);
  }
};
} // namespace shop

// The state machine of run(), line 60. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ints' may be kept
  // (line 63).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Repo<double> doubles;
  };
  long a;
  double b;
  double c;
  union {
    std::string d;
  };
  union {
    std::string e;
  };
  double g;
  union {
    asl::task_awaiter<long> awaiter0_;
    asl::task_awaiter<double> awaiter1_;
    asl::task_awaiter<double> awaiter2_;
    asl::task_awaiter<std::string> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<double> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
  };
  union {
    Repo<int> ints;
  };
  int f;
  union {
    shop::Shelf<int> shelf;
  };
  int state_ = -1;
  bool d_live_ = false;
  bool e_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(e, e_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(d, d_live_);
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
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    default:
      break;
    }
    {
      ::new (asl::place(ints)) Repo<int>(3);

      ::new (asl::place(doubles)) Repo<double>(0.5);

      // co_await ints.get(4L) (line 63)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<long>{ints.get(4L)};
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

      // co_await ints.get(1.25) (line 64)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<double>{ints.get(1.25)};
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

      // co_await doubles.get(2.0) (line 65)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<double>{doubles.get(2.0)};
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
      c = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await ints.show<int, 2>(5) (line 66)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<std::string>{ints.show<int, 2>(5)};
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
      ::new (asl::place(d)) std::string(awaiter3_.await_resume());
      d_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await doubles.show<double, 3>(1.5) (line 67)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<std::string>{doubles.show<double, 3>(1.5)};
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
      ::new (asl::place(e)) std::string(awaiter4_.await_resume());
      e_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await Repo<char>::size_of(7L) (line 68)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{Repo<char>::size_of(7L)};
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
      f = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      ::new (asl::place(shelf)) shop::Shelf<int>{4};

      // co_await shelf.price(2.5) (line 70)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<double>{shelf.price(2.5)};
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
      g = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await shelf.price(6) (line 71)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{shelf.price(6)};
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
      int h = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("a %ld, b %.2f, c %.2f, d %s, e %s\n", a, b, c, d.c_str(),
                  e.c_str());
      std::printf("f %d, g %.1f, h %d, calls %d %d\n", f, g, h, ints.calls(),
                  doubles.calls());
      builder_.set_result(std::move(h));
      asl::destroy(e, e_live_);
      asl::destroy(d, d_live_);
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
// The state machine of Repo<int>::get<int>(), line 19. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<int>::get_machine<int> {
  // The template's parameters, which the body names.
  using T = int;
  using U = int;

  get_machine(Repo<int> *this_, int &u) : this_(this_), u(std::move(u)) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Repo<int> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int u;
  int copy;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Repo<int>::get_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = u;

      // co_await ready (line 21)
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

      ++this_->calls_;
      builder_.set_result(copy + static_cast<U>(this_->base_));
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

// The state machine of Repo<int>::get<long>(), line 19. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<int>::get_machine<long> {
  // The template's parameters, which the body names.
  using T = int;
  using U = long;

  get_machine(Repo<int> *this_, long &u) : this_(this_), u(std::move(u)) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  Repo<int> *this_;
  long u;
  long copy;
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

inline void Repo<int>::get_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = u;

      // co_await ready (line 21)
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

      ++this_->calls_;
      builder_.set_result(copy + static_cast<U>(this_->base_));
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

// The state machine of Repo<int>::get<double>(), line 19. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<int>::get_machine<double> {
  // The template's parameters, which the body names.
  using T = int;
  using U = double;

  get_machine(Repo<int> *this_, double &u) : this_(this_), u(std::move(u)) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  Repo<int> *this_;
  double u;
  double copy;
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

inline void Repo<int>::get_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = u;

      // co_await ready (line 21)
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

      ++this_->calls_;
      builder_.set_result(copy + static_cast<U>(this_->base_));
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

// The state machine of Repo<double>::get<double>(), line 19. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<double>::get_machine<double> {
  // The template's parameters, which the body names.
  using T = double;
  using U = double;

  get_machine(Repo<double> *this_, double &u) : this_(this_), u(std::move(u)) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  Repo<double> *this_;
  double u;
  double copy;
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

inline void Repo<double>::get_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = u;

      // co_await ready (line 21)
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

      ++this_->calls_;
      builder_.set_result(copy + static_cast<U>(this_->base_));
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

// The state machine of Repo<double>::size_of<double>(), line 28. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <> struct Repo<double>::size_of_machine<double> {
  // The template's parameters, which the body names.
  using T = double;
  using U = double;

  explicit size_of_machine(double &param0_) : param0_(std::move(param0_)) {}
  ~size_of_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  double param0_;
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

inline void Repo<double>::size_of_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 29)
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

      builder_.set_result(static_cast<int>(sizeof(T) * 10 + sizeof(U)));
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

// The state machine of Repo<int>::size_of<int>(), line 28. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<int>::size_of_machine<int> {
  // The template's parameters, which the body names.
  using T = int;
  using U = int;

  explicit size_of_machine(int &param0_) : param0_(std::move(param0_)) {}
  ~size_of_machine() { destroy_live(); }

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
  int param0_;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Repo<int>::size_of_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 29)
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

      builder_.set_result(static_cast<int>(sizeof(T) * 10 + sizeof(U)));
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

// The state machine of Repo<char>::size_of<long>(), line 28. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<char>::size_of_machine<long> {
  // The template's parameters, which the body names.
  using T = char;
  using U = long;

  explicit size_of_machine(long &param0_) : param0_(std::move(param0_)) {}
  ~size_of_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  long param0_;
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

inline void Repo<char>::size_of_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 29)
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

      builder_.set_result(static_cast<int>(sizeof(T) * 10 + sizeof(U)));
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

// The state machine of Repo<int>::show<int, 2>(), line 43. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Repo<int>::show_machine<int, 2> {
  // The template's parameters, which the body names.
  using T = int;
  using U = int;
  static constexpr int N = 2;

  show_machine(Repo<int> *this_, int &u) : this_(this_), u(std::move(u)) {}
  ~show_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int> &&
      !asl::usually_suspends<asl::task_awaiter<int>>;

  asl::task_builder<std::string> builder_;
  Repo<int> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int u;
  int got;
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

inline void Repo<int>::show_machine<int, 2>::move_next() {
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
      // co_await get(u) (line 44)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{this_->get(u)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      got = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await size_of(got) (line 45)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{size_of(got)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int sizes = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::to_string(got * N) + "/" +
                          std::to_string(sizes));
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

// The state machine of Repo<double>::show<double, 3>(), line 43. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <> struct Repo<double>::show_machine<double, 3> {
  // The template's parameters, which the body names.
  using T = double;
  using U = double;
  static constexpr int N = 3;

  show_machine(Repo<double> *this_, double &u)
      : this_(this_), u(std::move(u)) {}
  ~show_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<double>, asl::task_awaiter<int>,
                       double> &&
      !asl::usually_suspends<asl::task_awaiter<double>>;

  asl::task_builder<std::string> builder_;
  Repo<double> *this_;
  double u;
  double got;
  union {
    asl::task_awaiter<double> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
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

  void move_next();
};

inline void Repo<double>::show_machine<double, 3>::move_next() {
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
      // co_await get(u) (line 44)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<double>{this_->get(u)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      got = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await size_of(got) (line 45)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{size_of(got)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int sizes = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(std::to_string(got * N) + "/" +
                          std::to_string(sizes));
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

// The state machine of shop::Shelf<int>::price<double>(), line 52. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <> struct shop::Shelf<int>::price_machine<double> {
  // The template's parameters, which the body names.
  using K = int;
  using V = double;

  price_machine(shop::Shelf<int> *this_, double &each)
      : this_(this_), each(std::move(each)) {}
  ~price_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  shop::Shelf<int> *this_;
  double each;
  double total;
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

inline void shop::Shelf<int>::price_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      total = each;

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

      builder_.set_result(total * static_cast<V>(this_->key));
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

// The state machine of shop::Shelf<int>::price<int>(), line 52. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <> struct shop::Shelf<int>::price_machine<int> {
  // The template's parameters, which the body names.
  using K = int;
  using V = int;

  price_machine(shop::Shelf<int> *this_, int &each)
      : this_(this_), each(std::move(each)) {}
  ~price_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  shop::Shelf<int> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int each;
  int total;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void shop::Shelf<int>::price_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      total = each;

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

      builder_.set_result(total * static_cast<V>(this_->key));
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
