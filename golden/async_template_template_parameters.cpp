// Async templates with a template template parameter: the body, copied as
// written, runs in a member function template of each specialization's
// machine that receives the argument template itself (`move_next_<
// std::vector>()`), so `C<int>` and a call passing `C` on name the same
// template as natively. A function template called with std::vector and a
// user template, one passing its parameter to another, a member of a class
// template with one, and a pack of them.
#include <asl/task.h>

#include <cstdio>
#include <list>
#include <vector>

asl::Event ready;

namespace box {
template <class T> struct Pair {
  T first{}, second{};
  void push_back(T v) { (first == T{} ? first : second) = v; }
  const T *begin() const { return &first; }
  const T *end() const { return &second + 1; }
};
} // namespace box

template <template <class...> class C> struct sum_machine;

template <template <class...> class C> ASL_ASYNC asl::Task<int> sum(C<int> c) {
  return asl::start<sum_machine<C>>(c);
}

template <template <class...> class C> struct fill_and_sum_machine;

template <template <class...> class C>
ASL_ASYNC asl::Task<int> fill_and_sum(int n) {
  return asl::start<fill_and_sum_machine<C>>(n);
}

template <class T, template <class> class Holder> struct Store {
  Holder<T> held;
  struct total_machine;
  ASL_ASYNC asl::Task<T> total() { return asl::start<total_machine>(this); }
};

template <template <class...> class... Cs> struct sizes_machine;

template <template <class...> class... Cs>
ASL_ASYNC asl::Task<int> sizes(int n) {
  return asl::start<sizes_machine<Cs...>>(n);
}

// The state machine of run(), line 62. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'store' may be kept
  // (line 68).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Store<double, box::Pair> store;
  };
  double e;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<double> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  int a;
  int b;
  int c;
  int d;
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
      // co_await sum<std::vector>(std::vector<int>{1, 2, 3}) (line 63)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{sum<std::vector>(std::vector<int>{1, 2, 3})};
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

      // co_await sum<box::Pair>(box::Pair<int>{4, 5}) (line 64)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{sum<box::Pair>(box::Pair<int>{4, 5})};
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

      // co_await fill_and_sum<std::vector>(4) (line 65)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{fill_and_sum<std::vector>(4)};
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

      // co_await fill_and_sum<std::list>(3) (line 66)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{fill_and_sum<std::list>(3)};
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

      ::new (asl::place(store)) Store<double, box::Pair>{{1.5, 2.5}};

      // co_await store.total() (line 68)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<double>{store.total()};
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

      // co_await sizes<std::vector, std::list>(2) (line 69)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{sizes<std::vector, std::list>(2)};
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

      std::printf("a %d, b %d, c %d, d %d, e %.1f, f %d\n", a, b, c, d, e, f);
      builder_.set_result(a + b);
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
// The state machine of sum<std::list>(), line 25. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct sum_machine<std::list> {
  explicit sum_machine(std::list<int> &c) : c(std::move(c)) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::list<int> c;
  union {
    std::list<int> copy;
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

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<std::list>(); }
  template <template <class...> class C> void move_next_();
};

template <template <class...> class C>
inline void sum_machine<std::list>::move_next_() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) std::list<int>(c);
      copy_live_ = true;

      // co_await ready (line 27)
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

      int total = 0;
      for (int v : copy)
        total += v;
      builder_.set_result(std::move(total));
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

// The state machine of sum<std::vector>(), line 25. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct sum_machine<std::vector> {
  explicit sum_machine(std::vector<int> &c) : c(std::move(c)) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<int> c;
  union {
    std::vector<int> copy;
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

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<std::vector>(); }
  template <template <class...> class C> void move_next_();
};

template <template <class...> class C>
inline void sum_machine<std::vector>::move_next_() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) std::vector<int>(c);
      copy_live_ = true;

      // co_await ready (line 27)
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

      int total = 0;
      for (int v : copy)
        total += v;
      builder_.set_result(std::move(total));
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

// The state machine of sum<box::Pair>(), line 25. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct sum_machine<box::Pair> {
  explicit sum_machine(box::Pair<int> &c) : c(std::move(c)) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  box::Pair<int> c;
  union {
    box::Pair<int> copy;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<box::Pair>(); }
  template <template <class...> class C> void move_next_();
};

template <template <class...> class C>
inline void sum_machine<box::Pair>::move_next_() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) box::Pair<int>(c);

      // co_await ready (line 27)
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

      int total = 0;
      for (int v : copy)
        total += v;
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

// The state machine of fill_and_sum<std::vector>(), line 35. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct fill_and_sum_machine<std::vector> {
  explicit fill_and_sum_machine(int &n) : n(std::move(n)) {}
  ~fill_and_sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'made' may be kept
  // (line 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> made;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int n;
  int state_ = -1;
  bool made_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(made, made_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<std::vector>(); }
  template <template <class...> class C> void move_next_();
};

template <template <class...> class C>
inline void fill_and_sum_machine<std::vector>::move_next_() {
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
      ::new (asl::place(made)) std::vector<int>;
      made_live_ = true;

      for (int i = 1; i <= n; ++i)
        made.push_back(i);
      // co_await ready (line 39)
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

      // co_await sum<C>(made) (line 40)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{sum<C>(made)};
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
      int s = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(s * 10);
      asl::destroy(made, made_live_);
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

// The state machine of fill_and_sum<std::list>(), line 35. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct fill_and_sum_machine<std::list> {
  explicit fill_and_sum_machine(int &n) : n(std::move(n)) {}
  ~fill_and_sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'made' may be kept
  // (line 38).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::list<int> made;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int n;
  int state_ = -1;
  bool made_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(made, made_live_);
  }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<std::list>(); }
  template <template <class...> class C> void move_next_();
};

template <template <class...> class C>
inline void fill_and_sum_machine<std::list>::move_next_() {
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
      ::new (asl::place(made)) std::list<int>;
      made_live_ = true;

      for (int i = 1; i <= n; ++i)
        made.push_back(i);
      // co_await ready (line 39)
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

      // co_await sum<C>(made) (line 40)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{sum<C>(made)};
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
      int s = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      builder_.set_result(s * 10);
      asl::destroy(made, made_live_);
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

// The state machine of Store<double, box::Pair>::total(), line 46. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct Store<double, box::Pair>::total_machine {
  // The template's parameters, which the body names.
  using T = double;

  explicit total_machine(Store<double, box::Pair> *this_) : this_(this_) {}
  ~total_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'copy' may be kept
  // (line 50).
  static constexpr bool relocatable = false;

  asl::task_builder<double> builder_;
  Store<double, box::Pair> *this_;
  union {
    box::Pair<double> copy;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<box::Pair>(); }
  template <template <class> class Holder> void move_next_();
};

template <template <class> class Holder>
inline void Store<double, box::Pair>::total_machine::move_next_() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(copy)) box::Pair<double>(this_->held);

      // co_await ready (line 48)
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

      T t{};
      for (const T &v : copy)
        t += v;
      builder_.set_result(std::move(t));
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

// The state machine of sizes<std::vector, std::list>(), line 57. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> struct sizes_machine<std::vector, std::list> {
  explicit sizes_machine(int &n) : n(std::move(n)) {}
  ~sizes_machine() { destroy_live(); }

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
  int n;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  // The body, in a function that receives the template's parameter packs.
  void move_next() { move_next_<std::vector, std::list>(); }
  template <template <class...> class... Cs> void move_next_();
};

template <template <class...> class... Cs>
inline void sizes_machine<std::vector, std::list>::move_next_() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
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

      builder_.set_result((static_cast<int>(Cs<int>(n).size()) + ... + 0));
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
