// Checks async member templates of class templates given lambdas, C#'s
// generic `cache.GetOrAddAsync(key, k => LoadAsync(k))`: a cache class
// template used as Cache<int, int> and Cache<int, std::string>, whose
// member template is given several lambdas capturing by copy and by
// reference, keeps its closure across awaits and reaches the class's
// private members; a const and a static member template; a retry policy
// class template whose call operator is a member template (two policies).
// Nothing after the file's code can name a closure type, so each machine
// is the member template's definition for a specialization of its class,
// `template <> template <class F> struct Cache<int, int>::get_or_add_machine`.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

asl::RunLoop loop;

// The state machine of load(), line 21. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct load_machine {
  explicit load_machine(int &k) : k(std::move(k)) {}
  ~load_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int k;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> load(int k) { return asl::start<load_machine>(k); }

inline void load_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 22)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(k * k);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of name_of(), line 26. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct name_of_machine {
  explicit name_of_machine(int &k) : k(std::move(k)) {}
  ~name_of_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<std::string> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int k;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> name_of(int k) {
  return asl::start<name_of_machine>(k);
}

inline void name_of_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 27)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result("n" + std::to_string(k));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

template <class K, class V> class Cache {
  std::map<K, V> map_;
  int misses_ = 0;

public:
  template <class F> struct get_or_add_machine;

  template <class F> ASL_ASYNC asl::Task<V> get_or_add(K k, F make) {
    return asl::start<get_or_add_machine<F>>(this, k, make);
  }

  // Counts the entries that pred accepts, one await per entry.
  template <class F> struct count_if_machine;

  template <class F> ASL_ASYNC asl::Task<int> count_if(F pred) const {
    return asl::start<count_if_machine<F>>(this, pred);
  }

  template <class F> struct once_machine;

  template <class F> ASL_ASYNC static asl::Task<V> once(K k, F make) {
    return asl::start<once_machine<F>>(k, make);
  }

  int misses() const { return misses_; }
};

struct Timeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Stats {
  int attempts = 0, failures = 0;
};

template <class E, class B> class Retry {
  B backoff_;
  int max_;

public:
  Retry(B b, int max) : backoff_(b), max_(max) {}
  template <class F> struct operator_call_machine;

  template <class F> ASL_ASYNC asl::Task<int> operator()(F make, Stats &st) {
    return asl::start<operator_call_machine<F>>(this, make, st);
  }
};

struct Exponential {
  int base;
  int operator()(int at) const { return base << at; }
};

struct Fixed {
  int wait;
  int operator()(int) const { return wait; }
};

// The state machine of flaky(), line 109. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct flaky_machine {
  flaky_machine(int &at, int &succeed_at)
      : at(std::move(at)), succeed_at(std::move(succeed_at)) {}
  ~flaky_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::RunLoop::schedule_awaiter, int> &&
      !asl::usually_suspends<asl::RunLoop::schedule_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int at;
  int succeed_at;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> flaky(int at, int succeed_at) {
  return asl::start<flaky_machine>(at, succeed_at);
}

inline void flaky_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await loop.schedule() (line 110)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      if (at < succeed_at)
        throw Timeout("timeout #" + std::to_string(at));
      builder_.set_result(100 + at);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// For demo(), functions making the lambdas whose closures its machine keeps
// (C++17 names a closure type only as what a function returns).
struct demo_locals {
  // The lambda on line 120, built at where.
  static auto *by_ref_lambda(void *where, int &loads) {
    return ::new (where) auto([&loads](int k) {
      ++loads;
      return load(k);
    });
  }
};

// The state machine of demo(), line 116. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine : demo_locals {
  using by_ref_closure = std::remove_pointer_t<decltype(by_ref_lambda(
      nullptr, std::declval<int &>()))>;

  demo_machine() {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: 'loads' is captured by reference by
  // the lambda on line 120, whose closure may be kept.
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Cache<int, int> squares;
  };
  union {
    by_ref_closure by_ref;
  };
  union {
    Cache<int, std::string> names;
  };
  union {
    std::string prefix;
  };
  union {
    std::string n1;
  };
  union {
    std::string n2;
  };
  std::size_t limit;
  const Cache<int, std::string> *view;
  union {
    std::string t;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<std::string> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<std::string> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter10_;
    asl::task_awaiter<int> awaiter11_;
  };
  int loads;
  int a;
  int b;
  int offset;
  int c;
  int big;
  int short_names;
  int s;
  int more;
  union {
    Retry<Timeout, Exponential> r1;
  };
  union {
    Retry<std::exception, Fixed> r2;
  };
  union {
    Stats s1;
  };
  union {
    Stats s2;
  };
  int x;
  int base;
  int state_ = -1;
  bool squares_live_ = false;
  bool names_live_ = false;
  bool prefix_live_ = false;
  bool n1_live_ = false;
  bool n2_live_ = false;
  bool t_live_ = false;
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
    asl::destroy(t, t_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(n2, n2_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(n1, n1_live_);
    asl::destroy(prefix, prefix_live_);
    asl::destroy(names, names_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(squares, squares_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> demo() { return asl::start<demo_machine>(); }

inline void demo_machine::move_next() {
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
      goto try0_;
    case 11:
      goto resume11_;
    default:
      break;
    }
    {
      ::new (asl::place(squares)) Cache<int, int>;
      squares_live_ = true;

      loads = 0;

      // By reference.
      by_ref_lambda(asl::place(by_ref), loads);

      // co_await squares.get_or_add(3, by_ref) (line 124)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>{squares.get_or_add(3, by_ref)};
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

      // co_await squares.get_or_add(3, by_ref) (line 125)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{squares.get_or_add(3, by_ref)};
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

      // By copy, another closure type for the same specialization.
      offset = 1;

      // co_await at line 128
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{squares.get_or_add(
          4, [offset = offset](int k) { return load(k + offset); })};
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

      std::printf("squares %d %d %d, loads %d, misses %d\n", a, b, c, loads,
                  squares.misses());

      ::new (asl::place(names)) Cache<int, std::string>;
      names_live_ = true;

      ::new (asl::place(prefix)) std::string("#");
      prefix_live_ = true;

      // co_await at line 136
      ::new (asl::place(awaiter3_)) asl::task_awaiter<std::string>{
          names.get_or_add(7, [](int k) { return name_of(k); })};
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
      ::new (asl::place(n1)) std::string(awaiter3_.await_resume());
      n1_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await at line 139
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<std::string>{names.get_or_add(8, [&](int k) {
            return name_of(k + static_cast<int>(prefix.size()));
          })};
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
      ::new (asl::place(n2)) std::string(awaiter4_.await_resume());
      n2_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("names %s %s, misses %d\n", n1.c_str(), n2.c_str(),
                  names.misses());

      // co_await squares.count_if([](int, int v) { return v > 10; }) (line 145)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{
          squares.count_if([](int, int v) { return v > 10; })};
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
      big = awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      limit = 3;

      view = std::addressof(names);

      // co_await at line 148
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{
          (*view).count_if([limit = limit](int, const std::string &v) {
            return v.size() < limit;
          })};
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
      short_names = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("big %d, short names %d\n", big, short_names);

      // co_await at line 152
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{
          Cache<int, int>::once(6, [](int k) { return load(k); })};
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
      s = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      more = static_cast<int>(prefix.size());

      // co_await at line 154
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<std::string>{Cache<int, std::string>::once(
              2, [&more = more](int k) { return name_of(k * 10 + more); })};
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
      ::new (asl::place(t)) std::string(awaiter8_.await_resume());
      t_live_ = true;
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("once %d %s\n", s, t.c_str());

      ::new (asl::place(r1)) Retry<Timeout, Exponential>(Exponential{10}, 4);

      ::new (asl::place(r2)) Retry<std::exception, Fixed>(Fixed{7}, 2);

      ::new (asl::place(s1)) Stats;
      ::new (asl::place(s2)) Stats;

      // co_await r1([](int at) { return flaky(at, 2); }, s1) (line 161)
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<int>{r1([](int at) { return flaky(at, 2); }, s1)};
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
      x = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("r1 -> %d after %d attempts, %d failures\n", x, s1.attempts,
                  s1.failures);
      base = 1;

    try0_:
      try {
        switch (state_) {
        case 10:
          goto resume10_;
        default:
          break;
        }

        // co_await at line 166
        ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{
            r2([&base = base](int at) { return flaky(at, base + 5); }, s2)};
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
        awaiter10_.await_resume();
        asl::destroy(awaiter10_, awaiter10_live_);

      } catch (const std::exception &e) {
        asl::destroy(awaiter10_, awaiter10_live_);

        std::printf("r2 gave up: %s after %d attempts\n", e.what(),
                    s2.attempts);
      }
      // co_await at line 170
      ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{
          r2([base = base](int at) { return flaky(at + base, 0); }, s2)};
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
      int y = awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("r2 -> %d\n", y);
      builder_.set_result(a + c + x + y);
      asl::destroy(t, t_live_);
      asl::destroy(n2, n2_live_);
      asl::destroy(n1, n1_live_);
      asl::destroy(prefix, prefix_live_);
      asl::destroy(names, names_live_);
      asl::destroy(squares, squares_live_);
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

int main() { std::printf("demo -> %d\n", loop.run([] { return demo(); })); }

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of Cache<int, int>::get_or_add<F>(), line 36. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <class F> struct Cache<int, int>::get_or_add_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = int;

  get_or_add_machine(Cache<int, int> *this_, int &k, F &make)
      : make(std::move(make)), this_(this_), k(std::move(k)), state_(-1),
        awaiter0_live_(false), awaiter2_live_(false) {}
  ~get_or_add_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k' may be kept (line
  // 37).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F make;
  Cache<int, int> *this_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
    asl::task_awaiter<int> awaiter2_;
  };
  int k;
  int v;
  int state_;
  bool awaiter0_live_;
  bool awaiter2_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

template <>
template <class F>
inline void Cache<int, int>::get_or_add_machine<F>::move_next() {
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
      if (auto it = this_->map_.find(k); it != this_->map_.end()) {
        builder_.set_result(it->second);
        goto finish_;
      }

      ++this_->misses_;
      // co_await make(k) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{make(k)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await loop.schedule() (line 41)
      ::new (asl::place(awaiter1_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      // The closure is kept across both awaits and called again.
      // co_await make(k) (line 43)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{make(k)};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      V again = awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      if (!(again == v))
        throw std::logic_error("make is not deterministic");
      this_->map_.emplace(k, v);
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

// The state machine of Cache<int, std::basic_string<char>>::get_or_add<F>(),
// line 36. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <>
template <class F>
struct Cache<int, std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>>::get_or_add_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = std::basic_string<char>;

  get_or_add_machine(Cache<int, std::basic_string<char, std::char_traits<char>,
                                                  std::allocator<char>>> *this_,
                     int &k, F &make)
      : make(std::move(make)), this_(this_), k(std::move(k)), state_(-1),
        v_live_(false), again_live_(false), awaiter0_live_(false),
        awaiter2_live_(false) {}
  ~get_or_add_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k' may be kept (line
  // 37).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  F make;
  Cache<int,
        std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      *this_;
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> v;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> again;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
    asl::task_awaiter<std::basic_string<char>> awaiter2_;
  };
  int k;
  int state_;
  bool v_live_;
  bool again_live_;
  bool awaiter0_live_;
  bool awaiter2_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(again, again_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

template <>
template <class F>
inline void
Cache<int,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    get_or_add_machine<F>::move_next() {
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
      if (auto it = this_->map_.find(k); it != this_->map_.end()) {
        builder_.set_result(it->second);
        unwind_.release();
        goto finish_;
      }

      ++this_->misses_;
      // co_await make(k) (line 40)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{make(k)};
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
      ::new (asl::place(v))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter0_.await_resume());
      v_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await loop.schedule() (line 41)
      ::new (asl::place(awaiter1_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      // The closure is kept across both awaits and called again.
      // co_await make(k) (line 43)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::basic_string<char>>{make(k)};
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
      ::new (asl::place(again))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              awaiter2_.await_resume());
      again_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      if (!(again == v))
        throw std::logic_error("make is not deterministic");
      this_->map_.emplace(k, v);
      builder_.set_result(std::move(v));
      asl::destroy(again, again_live_);
      asl::destroy(v, v_live_);
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

// The state machine of Cache<int, int>::count_if<F>(), line 51. state_ is -1
// while it runs, N while it is suspended at co_await N, -2 once it has
// finished.
template <> template <class F> struct Cache<int, int>::count_if_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = int;

  count_if_machine(const Cache<int, int> *this_, F &pred)
      : pred(std::move(pred)), this_(this_), state_(-1) {}
  ~count_if_machine() {}

  // Built in its heap box from the start: the address of 'pred' may be kept
  // (line 55).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F pred;
  const Cache<int, int> *this_;
  const std::map<int, int> *range_;
  union {
    std::map<int, int>::const_iterator begin_;
  };
  union {
    std::map<int, int>::const_iterator end_;
  };
  const std::pair<const int, int> *bindings4_;
  const int *k_;
  const int *v_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int n;
  int state_;

  void move_next();
};

template <>
template <class F>
inline void Cache<int, int>::count_if_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      n = 0;

      {
        range_ = std::addressof(this_->map_);
        ::new (asl::place(begin_))
            std::map<int, int>::const_iterator((*range_).begin());
        ::new (asl::place(end_))
            std::map<int, int>::const_iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          bindings4_ = std::addressof(*begin_);
          k_ = std::addressof(std::get<0>((*bindings4_)));
          v_ = std::addressof(std::get<1>((*bindings4_)));
          {
            // co_await loop.schedule() (line 54)
            ::new (asl::place(awaiter0_))
                asl::RunLoop::schedule_awaiter(loop.schedule());
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter0_.await_resume();

            if (pred((*k_), (*v_)))
              ++n;
          }
        }
      }

      builder_.set_result(std::move(n));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Cache<int, std::basic_string<char>>::count_if<F>(),
// line 51. state_ is -1 while it runs, N while it is suspended at co_await N,
// -2 once it has finished.
template <>
template <class F>
struct Cache<int, std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>>::count_if_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = std::basic_string<char>;

  count_if_machine(
      const Cache<int, std::basic_string<char, std::char_traits<char>,
                                         std::allocator<char>>> *this_,
      F &pred)
      : pred(std::move(pred)), this_(this_), state_(-1) {}
  ~count_if_machine() {}

  // Built in its heap box from the start: the address of 'pred' may be kept
  // (line 55).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F pred;
  const Cache<int, std::basic_string<char, std::char_traits<char>,
                                     std::allocator<char>>> *this_;
  const std::map<int, std::basic_string<char>> *range_;
  union {
    std::map<int, std::basic_string<char>>::const_iterator begin_;
  };
  union {
    std::map<int, std::basic_string<char>>::const_iterator end_;
  };
  const std::pair<const int, std::basic_string<char>> *bindings4_;
  const int *k_;
  const std::basic_string<char> *v_;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
  };
  int n;
  int state_;

  void move_next();
};

template <>
template <class F>
inline void
Cache<int,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>::
    count_if_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      n = 0;

      {
        range_ = std::addressof(this_->map_);
        ::new (asl::place(begin_))
            std::map<int, std::basic_string<char>>::const_iterator(
                (*range_).begin());
        ::new (asl::place(end_))
            std::map<int, std::basic_string<char>>::const_iterator(
                (*range_).end());
        for (; begin_ != end_; ++begin_) {
          bindings4_ = std::addressof(*begin_);
          k_ = std::addressof(std::get<0>((*bindings4_)));
          v_ = std::addressof(std::get<1>((*bindings4_)));
          {
            // co_await loop.schedule() (line 54)
            ::new (asl::place(awaiter0_))
                asl::RunLoop::schedule_awaiter(loop.schedule());
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter0_.await_resume();

            if (pred((*k_), (*v_)))
              ++n;
          }
        }
      }

      builder_.set_result(std::move(n));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Cache<int, int>::once<F>(), line 61. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> template <class F> struct Cache<int, int>::once_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = int;

  once_machine(int &k, F &make)
      : make(std::move(make)), k(std::move(k)), state_(-1),
        awaiter1_live_(false) {}
  ~once_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 63).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F make;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int k;
  int state_;
  bool awaiter1_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

template <>
template <class F>
inline void Cache<int, int>::once_machine<F>::move_next() {
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
      // co_await loop.schedule() (line 62)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      // co_await make(k) (line 63)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{make(k)};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of Cache<int, std::basic_string<char>>::once<F>(), line 61.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
template <class F>
struct Cache<int, std::basic_string<char, std::char_traits<char>,
                                    std::allocator<char>>>::once_machine {
  // The template's parameters, which the body names.
  using K = int;
  using V = std::basic_string<char>;

  once_machine(int &k, F &make)
      : make(std::move(make)), k(std::move(k)), state_(-1),
        awaiter1_live_(false) {}
  ~once_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 63).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  F make;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
  };
  int k;
  int state_;
  bool awaiter1_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter1_, awaiter1_live_); }

  void move_next();
};

template <>
template <class F>
inline void
Cache<int,
      std::basic_string<char, std::char_traits<char>,
                        std::allocator<char>>>::once_machine<F>::move_next() {
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
      // co_await loop.schedule() (line 62)
      ::new (asl::place(awaiter0_))
          asl::RunLoop::schedule_awaiter(loop.schedule());
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

      // co_await make(k) (line 63)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{make(k)};
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
      builder_.set_result(awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);
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

// The state machine of Retry<Timeout, Exponential>::operator()<F>(), line 83.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
template <class F>
struct Retry<Timeout, Exponential>::operator_call_machine {
  // The template's parameters, which the body names.
  using E = Timeout;
  using B = Exponential;

  operator_call_machine(Retry<Timeout, Exponential> *this_, F &make, Stats &st)
      : make(std::move(make)), this_(this_), st(st), state_(-1),
        awaiter0_live_(false) {}
  ~operator_call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 87).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F make;
  Retry<Timeout, Exponential> *this_;
  Stats &st;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
  };
  int at;
  int state_;
  bool awaiter0_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <>
template <class F>
inline void Retry<Timeout, Exponential>::operator_call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      for (at = 0;; ++at) {
        ++st.attempts;
      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await make(at) (line 87)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{make(at)};
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

        } catch (const E &e) {
          asl::destroy(awaiter0_, awaiter0_live_);

          ++st.failures;
          if (at + 1 >= this_->max_)
            throw;
          std::printf("  retry after %s (wait %d)\n", e.what(),
                      this_->backoff_(at));
        }
        // co_await loop.schedule() (line 94)
        ::new (asl::place(awaiter1_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
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

// The state machine of Retry<std::exception, Fixed>::operator()<F>(), line 83.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
template <class F>
struct Retry<std::exception, Fixed>::operator_call_machine {
  // The template's parameters, which the body names.
  using E = std::exception;
  using B = Fixed;

  operator_call_machine(Retry<std::exception, Fixed> *this_, F &make, Stats &st)
      : make(std::move(make)), this_(this_), st(st), state_(-1),
        awaiter0_live_(false) {}
  ~operator_call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'make' may be kept
  // (line 87).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  F make;
  Retry<std::exception, Fixed> *this_;
  Stats &st;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
  };
  int at;
  int state_;
  bool awaiter0_live_;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

template <>
template <class F>
inline void
Retry<std::exception, Fixed>::operator_call_machine<F>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      for (at = 0;; ++at) {
        ++st.attempts;
      try0_:
        try {
          switch (state_) {
          case 0:
            goto resume0_;
          default:
            break;
          }

          // co_await make(at) (line 87)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{make(at)};
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

        } catch (const E &e) {
          asl::destroy(awaiter0_, awaiter0_live_);

          ++st.failures;
          if (at + 1 >= this_->max_)
            throw;
          std::printf("  retry after %s (wait %d)\n", e.what(),
                      this_->backoff_(at));
        }
        // co_await loop.schedule() (line 94)
        ::new (asl::place(awaiter1_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();
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
