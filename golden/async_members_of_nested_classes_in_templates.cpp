// Async members of classes nested in a class template, and of partial
// specializations: as for a member of the class template itself, the class
// declares the machine (`struct get_machine;`) and keeps the ramp, and each
// specialization of the class template that uses the member defines it
// after the file's code (`template <> struct Outer<int>::Inner::get_machine`,
// `template <> struct Box<int *>::f_machine`), with the template's
// parameters as members: a partial specialization's own (`using T = int;`
// for `Box<T *>`, from `Box<int *>`). Members defined in the nested class
// and after it, two levels of nesting, a static member, a private nested
// class, members of partial specializations defined in them and after them,
// a class nested in a partial specialization, and member templates of both
// (`template <> template <> struct Outer<int>::Inner::scaled_machine<long>`).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ready;

template <class T> struct Outer {
  struct Inner {
    T base;
    struct get_machine;
    ASL_ASYNC asl::Task<T> get() { return asl::start<get_machine>(this); }

    struct count_machine;
    ASL_ASYNC asl::Task<int> count(int n);
    template <class U> struct scaled_machine;

    template <class U> ASL_ASYNC asl::Task<U> scaled(U by) {
      return asl::start<scaled_machine<U>>(this, by);
    }
  };
  struct Deep {
    struct Deeper {
      struct name_machine;
      ASL_ASYNC static asl::Task<std::string> name(T sample) {
        return asl::start<name_machine>(sample);
      }
    };
  };

  struct viaHidden_machine;
  ASL_ASYNC asl::Task<int> viaHidden(int by) {
    return asl::start<viaHidden_machine>(this, by);
  }

private:
  struct Hidden {
    int by;
    struct twice_machine;
    ASL_ASYNC asl::Task<int> twice() { return asl::start<twice_machine>(this); }
  };
};

template <class T> ASL_ASYNC asl::Task<int> Outer<T>::Inner::count(int n) {
  return asl::start<count_machine>(this, n);
}

template <class T> struct Box {
  struct f_machine;
  ASL_ASYNC asl::Task<int> f() { return asl::start<f_machine>(this); }
};

template <class T> struct Box<T *> {
  T *p;
  struct f_machine1;
  ASL_ASYNC asl::Task<T> f() { return asl::start<f_machine1>(this); }

  template <int N> struct times_machine;

  template <int N> ASL_ASYNC asl::Task<T> times();
  struct Peek {
    const Box *box;
    struct null_machine;
    ASL_ASYNC asl::Task<bool> null() const {
      return asl::start<null_machine>(this);
    }
  };
};

template <class T> template <int N> ASL_ASYNC asl::Task<T> Box<T *>::times() {
  return asl::start<times_machine<N>>(this);
}

template <class K, class V> struct Box<std::pair<K, V>> {
  std::pair<K, V> kv;
  struct describe_machine;
  ASL_ASYNC asl::Task<std::string> describe(std::string prefix);
};

template <class K, class V>
ASL_ASYNC asl::Task<std::string>
Box<std::pair<K, V>>::describe(std::string prefix) {
  return asl::start<describe_machine>(this, prefix);
}

namespace store {
template <int N> struct Rack {
  struct Slot {
    int index;
    struct weight_machine;
    ASL_ASYNC asl::Task<int> weight() {
      return asl::start<weight_machine>(this);
    }
  };
};
} // namespace store

// The state machine of run(), line 123. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ints' may be kept
  // (line 126).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Outer<std::basic_string<char, std::char_traits<char>,
                            std::allocator<char>>>::Inner strings;
  };
  union {
    std::string s;
  };
  union {
    std::string n;
  };
  long sl;
  double sd;
  double x;
  union {
    Box<int *> ib;
  };
  union {
    Box<double *> db;
  };
  double bd;
  double t2;
  union {
    Box<std::pair<int, long>> pair1;
  };
  union {
    std::string p;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
    Outer<char> temporary0_;
    asl::task_awaiter<long> awaiter6_;
    asl::task_awaiter<double> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<double> awaiter9_;
    Box<int *>::Peek temporary1_;
    asl::task_awaiter<int> awaiter11_;
    asl::task_awaiter<double> awaiter12_;
    asl::task_awaiter<std::string> awaiter13_;
    store::Rack<3>::Slot temporary2_;
  };
  union {
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<bool> awaiter10_;
    asl::task_awaiter<int> awaiter14_;
  };
  union {
    Outer<int>::Inner ints;
  };
  int a;
  int c;
  int d;
  int h;
  int i;
  int bi;
  int t3;
  bool null;
  int state_ = -1;
  bool strings_live_ = false;
  bool s_live_ = false;
  bool n_live_ = false;
  bool p_live_ = false;
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(p, p_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(n, n_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
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
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    default:
      break;
    }
    {
      ::new (asl::place(ints)) Outer<int>::Inner{7};

      ::new (asl::place(strings))
          Outer<std::basic_string<char, std::char_traits<char>,
                                  std::allocator<char>>>::Inner{"ab"};
      strings_live_ = true;

      // co_await ints.get() (line 126)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{ints.get()};
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

      // co_await strings.get() (line 127)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{strings.get()};
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

      // co_await ints.count(3) (line 128)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{ints.count(3)};
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

      // co_await strings.count(1) (line 129)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{strings.count(1)};
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
      d = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await Outer<double>::Deep::Deeper::name(1.5) (line 130)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<std::string>{
          Outer<double>::Deep::Deeper::name(1.5)};
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
      ::new (asl::place(n)) std::string(awaiter4_.await_resume());
      n_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);

      ::new (asl::place(temporary0_)) Outer<char>(Outer<char>());
      // co_await Outer<char>().viaHidden(5) (line 131)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{std::move(temporary0_).viaHidden(5)};
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
      h = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await ints.scaled(10L) (line 132)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<long>{ints.scaled(10L)};
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
      sl = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await strings.scaled(0.5) (line 133)
      ::new (asl::place(awaiter7_))
          asl::task_awaiter<double>{strings.scaled(0.5)};
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
      sd = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      std::printf("a %d, s %s, c %d, d %d, n %s, h %d, sl %ld, sd %.1f\n", a,
                  s.c_str(), c, d, n.c_str(), h, sl, sd);
      i = 4;

      x = 0.25;

      ::new (asl::place(ib)) Box<int *>{&i};

      ::new (asl::place(db)) Box<double *>{&x};

      // co_await ib.f() (line 140)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{ib.f()};
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
      bi = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      // co_await db.f() (line 141)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<double>{db.f()};
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
      bd = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      ::new (asl::place(temporary1_)) Box<int *>::Peek(Box<int *>::Peek{&ib});
      // co_await Box<int *>::Peek{&ib}.null() (line 142)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<bool>{std::move(temporary1_).null()};
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
      null = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      // co_await ib.times<3>() (line 143)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{ib.times<3>()};
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
      t3 = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      // co_await db.times<2>() (line 144)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<double>{db.times<2>()};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      t2 = awaiter12_.await_resume();
      asl::destroy(awaiter12_, awaiter12_live_);

      std::printf("t3 %d, t2 %.2f\n", t3, t2);
      ::new (asl::place(pair1)) Box<std::pair<int, long>>{{1, 2L}};

      // co_await pair.describe("kv ") (line 147)
      ::new (asl::place(awaiter13_))
          asl::task_awaiter<std::string>{pair1.describe("kv ")};
      awaiter13_live_ = true;
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(p)) std::string(awaiter13_.await_resume());
      p_live_ = true;
      asl::destroy(awaiter13_, awaiter13_live_);

      ::new (asl::place(temporary2_))
          store::Rack<3>::Slot(store::Rack<3>::Slot{5});
      // co_await store::Rack<3>::Slot{5}.weight() (line 148)
      ::new (asl::place(awaiter14_))
          asl::task_awaiter<int>{std::move(temporary2_).weight()};
      awaiter14_live_ = true;
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int w = awaiter14_.await_resume();
      asl::destroy(awaiter14_, awaiter14_live_);

      std::printf("bi %d, bd %.2f, null %d, p %s, w %d\n", bi, bd, null,
                  p.c_str(), w);
      builder_.set_result(a + c + d + h + bi + w);
      asl::destroy(p, p_live_);
      asl::destroy(n, n_live_);
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
// The state machine of Outer<int>::Inner::get(), line 24. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Outer<int>::Inner::get_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit get_machine(Outer<int>::Inner *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Outer<int>::Inner *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int copy;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Outer<int>::Inner::get_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = this_->base;

      // co_await ready (line 26)
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

      builder_.set_result(copy + this_->base);
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

// The state machine of Outer<std::basic_string<char>>::Inner::get(), line 24.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
struct Outer<std::basic_string<char, std::char_traits<char>,
                               std::allocator<char>>>::Inner::get_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  explicit get_machine(
      Outer<std::basic_string<char, std::char_traits<char>,
                              std::allocator<char>>>::Inner *this_)
      : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  Outer<std::basic_string<char, std::char_traits<char>,
                          std::allocator<char>>>::Inner *this_;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> copy;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
  }

  void move_next();
};

inline void
Outer<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    Inner::get_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              this_->base);
      copy_live_ = true;

      // co_await ready (line 26)
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

      builder_.set_result(copy + this_->base);
      asl::destroy(copy, copy_live_);
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

// The state machine of Outer<int>::Inner::scaled<long>(), line 30. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <> struct Outer<int>::Inner::scaled_machine<long> {
  // The template's parameters, which the body names.
  using T = int;
  using U = long;

  scaled_machine(Outer<int>::Inner *this_, long &by)
      : this_(this_), by(std::move(by)) {}
  ~scaled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  Outer<int>::Inner *this_;
  long by;
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

inline void Outer<int>::Inner::scaled_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 31)
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

      builder_.set_result(by * static_cast<U>(sizeof(T)));
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

// The state machine of Outer<std::basic_string<char>>::Inner::scaled<double>(),
// line 30. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <>
template <>
struct Outer<
    std::basic_string<char, std::char_traits<char>,
                      std::allocator<char>>>::Inner::scaled_machine<double> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;
  using U = double;

  scaled_machine(Outer<std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>>>::Inner *this_,
                 double &by)
      : this_(this_), by(std::move(by)) {}
  ~scaled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  Outer<std::basic_string<char, std::char_traits<char>,
                          std::allocator<char>>>::Inner *this_;
  double by;
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
Outer<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    Inner::scaled_machine<double>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 31)
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

      builder_.set_result(by * static_cast<U>(sizeof(T)));
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

// The state machine of Outer<double>::Deep::Deeper::name(), line 37. state_ is
// -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Outer<double>::Deep::Deeper::name_machine {
  // The template's parameters, which the body names.
  using T = double;

  explicit name_machine(double &sample) : sample(std::move(sample)) {}
  ~name_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::string> builder_;
  double sample;
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

inline void Outer<double>::Deep::Deeper::name_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 38)
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

      builder_.set_result("Deeper of " + std::to_string(sizeof(sample)));
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

// The state machine of Outer<char>::viaHidden(), line 44. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Outer<char>::viaHidden_machine {
  // The template's parameters, which the body names.
  using T = char;

  viaHidden_machine(Outer<char> *this_, int &by)
      : this_(this_), by(std::move(by)) {}
  ~viaHidden_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'h' may be kept (line
  // 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Outer<char> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int by;
  union {
    Outer<char>::Hidden h;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Outer<char>::viaHidden_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(h)) Outer<char>::Hidden{by};

      // co_await h.twice() (line 46)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{h.twice()};
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

// The state machine of Outer<char>::Hidden::twice(), line 52. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Outer<char>::Hidden::twice_machine {
  // The template's parameters, which the body names.
  using T = char;

  explicit twice_machine(Outer<char>::Hidden *this_) : this_(this_) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Outer<char>::Hidden *this_;
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

inline void Outer<char>::Hidden::twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 53)
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

      builder_.set_result(this_->by * 2 + static_cast<int>(sizeof(T)));
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

// The state machine of Outer<int>::Inner::count(), line 60. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Outer<int>::Inner::count_machine {
  // The template's parameters, which the body names.
  using T = int;

  count_machine(Outer<int>::Inner *this_, int &n)
      : this_(this_), n(std::move(n)) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  Outer<int>::Inner *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int n;
  int seen;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Outer<int>::Inner::count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      seen = 0;

      for (i = 0; i < n; ++i) {
        // co_await ready (line 63)
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

        seen += static_cast<int>(sizeof(T));
      }
      builder_.set_result(std::move(seen));
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

// The state machine of Outer<std::basic_string<char>>::Inner::count(), line 60.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
struct Outer<std::basic_string<char, std::char_traits<char>,
                               std::allocator<char>>>::Inner::count_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  count_machine(Outer<std::basic_string<char, std::char_traits<char>,
                                        std::allocator<char>>>::Inner *this_,
                int &n)
      : this_(this_), n(std::move(n)) {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  Outer<std::basic_string<char, std::char_traits<char>,
                          std::allocator<char>>>::Inner *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int n;
  int seen;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void
Outer<std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    Inner::count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      seen = 0;

      for (i = 0; i < n; ++i) {
        // co_await ready (line 63)
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

        seen += static_cast<int>(sizeof(T));
      }
      builder_.set_result(std::move(seen));
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

// The state machine of Box<int *>::f(), line 75. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int *>::f_machine1 {
  // The template's parameters, which the body names.
  using T = int;

  explicit f_machine1(Box<int *> *this_) : this_(this_) {}
  ~f_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Box<int *> *this_;
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

inline void Box<int *>::f_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = *this_->p;

      // co_await ready (line 77)
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

      builder_.set_result(before + *this_->p);
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

// The state machine of Box<double *>::f(), line 75. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<double *>::f_machine1 {
  // The template's parameters, which the body names.
  using T = double;

  explicit f_machine1(Box<double *> *this_) : this_(this_) {}
  ~f_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, double> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  Box<double *> *this_;
  double before;
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

inline void Box<double *>::f_machine1::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = *this_->p;

      // co_await ready (line 77)
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

      builder_.set_result(before + *this_->p);
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

// The state machine of Box<int *>::Peek::null(), line 83. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int *>::Peek::null_machine {
  // The template's parameters, which the body names.
  using T = int;

  explicit null_machine(const Box<int *>::Peek *this_) : this_(this_) {}
  ~null_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<bool> builder_;
  const Box<int *>::Peek *this_;
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

inline void Box<int *>::Peek::null_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 84)
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

      builder_.set_result(this_->box->p == nullptr);
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

// The state machine of Box<int *>::times<3>(), line 92. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Box<int *>::times_machine<3> {
  // The template's parameters, which the body names.
  using T = int;
  static constexpr int N = 3;

  explicit times_machine(Box<int *> *this_) : this_(this_) {}
  ~times_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Box<int *> *this_;
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

inline void Box<int *>::times_machine<3>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 93)
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

      builder_.set_result(*this_->p * N);
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

// The state machine of Box<double *>::times<2>(), line 92. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <> struct Box<double *>::times_machine<2> {
  // The template's parameters, which the body names.
  using T = double;
  static constexpr int N = 2;

  explicit times_machine(Box<double *> *this_) : this_(this_) {}
  ~times_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<double> builder_;
  Box<double *> *this_;
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

inline void Box<double *>::times_machine<2>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 93)
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

      builder_.set_result(*this_->p * N);
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

// The state machine of Box<std::pair<int, long>>::describe(), line 104. state_
// is -1 while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Box<std::pair<int, long>>::describe_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = long;

  describe_machine(Box<std::pair<int, long>> *this_, std::string &prefix)
      : prefix(std::move(prefix)), this_(this_) {}
  ~describe_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'prefix' may be kept
  // (line 106).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string prefix;
  Box<std::pair<int, long>> *this_;
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

inline void Box<std::pair<int, long>>::describe_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 105)
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

      builder_.set_result(prefix + std::to_string(this_->kv.first) + "=" +
                          std::to_string(this_->kv.second) + " (" +
                          std::to_string(sizeof(K)) + ", " +
                          std::to_string(sizeof(V)) + ")");
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

// The state machine of store::Rack<3>::Slot::weight(), line 115. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct store::Rack<3>::Slot::weight_machine {
  // The template's parameters, which the body names.
  static constexpr int N = 3;

  explicit weight_machine(store::Rack<3>::Slot *this_) : this_(this_) {}
  ~weight_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  store::Rack<3>::Slot *this_;
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

inline void store::Rack<3>::Slot::weight_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
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

      builder_.set_result(this_->index * N);
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
