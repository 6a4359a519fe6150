// Async members of class templates: the class template declares the
// member's machine (`struct get_machine;`) and keeps the ramp; each
// specialization of the class that uses the member defines the machine
// (`template <> struct Box<int>::get_machine`), with the class's parameters
// as members (`using T = int;`). The body reaches the object's members
// through the machine's pointer, finds the class's own types and reaches
// its private members, as natively. Members defined in the class and out of
// it, static ones, and a class template in a namespace. And member templates
// of a class that is no template: the class declares a machine template
// (`template <class T> struct put_machine;`), specialized after the file's
// code (`template <> struct Registry::put_machine<int>`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T, int Scale> class Box {
public:
  explicit Box(T v) : value_(v) {}

  struct scaled_machine;
  ASL_ASYNC asl::Task<T> scaled() const {
    return asl::start<scaled_machine>(this);
  }

  struct bump_machine;
  ASL_ASYNC asl::Task<int> bump(int by);

  struct name_machine;
  ASL_ASYNC static asl::Task<std::string> name(T sample) {
    return asl::start<name_machine>(sample);
  }

private:
  struct Item {
    T held;
  };
  T value_;
  int bumps_ = 0;
};

template <class T, int Scale>
ASL_ASYNC asl::Task<int> Box<T, Scale>::bump(int by) {
  return asl::start<bump_machine>(this, by);
}

namespace store {
template <class K> struct Shelf {
  K key;
  struct fetch_machine;
  ASL_ASYNC asl::Task<K> fetch() { return asl::start<fetch_machine>(this); }

  struct unused_machine;
  ASL_ASYNC asl::Task<K> unused() { return asl::start<unused_machine>(this); }
};
} // namespace store

class Registry {
public:
  template <class T> struct put_machine;

  template <class T> ASL_ASYNC asl::Task<T> put(T x) {
    return asl::start<put_machine<T>>(this, x);
  }

  template <int N> struct scaled_machine1;

  template <int N> ASL_ASYNC asl::Task<int> scaled(int x);
  template <class T> struct same_machine;

  template <class T> ASL_ASYNC static asl::Task<T> same(T x) {
    return asl::start<same_machine<T>>(x);
  }

private:
  int count_ = 0;
};

template <int N> ASL_ASYNC asl::Task<int> Registry::scaled(int x) {
  return asl::start<scaled_machine1<N>>(this, x);
}

namespace app {
class Svc {
public:
  template <class T> struct get_machine;

  template <class T> ASL_ASYNC asl::Task<T> get(T x);

private:
  int hidden_ = 7;
};
} // namespace app

// Defined outside its class's namespace: the machine template is still a
// member of the class.
template <class T> ASL_ASYNC asl::Task<T> app::Svc::get(T x) {
  return asl::start<get_machine<T>>(this, x);
}

// The state machine of run(), line 104. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'ints' may be kept
  // (line 107).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Box<std::string, 2> strings;
  };
  union {
    std::string s;
  };
  union {
    std::string n;
  };
  union {
    std::string twice;
  };
  double r;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<std::string> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<std::string> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<std::string> awaiter6_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<double> awaiter9_;
    asl::task_awaiter<long> awaiter10_;
  };
  union {
    Box<int, 3> ints;
  };
  int a;
  int b;
  union {
    store::Shelf<int> shelf;
  };
  int f;
  union {
    Registry registry;
  };
  int p;
  int q;
  union {
    app::Svc svc;
  };
  int state_ = -1;
  bool strings_live_ = false;
  bool s_live_ = false;
  bool n_live_ = false;
  bool twice_live_ = false;
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

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(twice, twice_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(ints)) Box<int, 3>(7);

      ::new (asl::place(strings)) Box<std::string, 2>("ab");
      strings_live_ = true;

      // co_await ints.scaled() (line 107)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{ints.scaled()};
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

      // co_await strings.scaled() (line 108)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::string>{strings.scaled()};
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

      // co_await ints.bump(2) (line 109)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{ints.bump(2)};
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

      // co_await ints.bump(1) (line 110)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{ints.bump(1)};
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
      b = awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await Box<double, 4>::name(1.5) (line 111)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<std::string>{Box<double, 4>::name(1.5)};
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

      ::new (asl::place(shelf)) store::Shelf<int>{20};

      // co_await shelf.fetch() (line 113)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{shelf.fetch()};
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

      std::printf("a %d, s %s, b %d, n %s, f %d\n", a, s.c_str(), b, n.c_str(),
                  f);
      ::new (asl::place(registry)) Registry;

      // co_await registry.put(std::string("xy")) (line 116)
      ::new (asl::place(awaiter6_))
          asl::task_awaiter<std::string>{registry.put(std::string("xy"))};
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
      ::new (asl::place(twice)) std::string(awaiter6_.await_resume());
      twice_live_ = true;
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await registry.put(4) (line 117)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{registry.put(4)};
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
      p = awaiter7_.await_resume();
      asl::destroy(awaiter7_, awaiter7_live_);

      // co_await registry.scaled<10>(5) (line 118)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<int>{registry.scaled<10>(5)};
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
      q = awaiter8_.await_resume();
      asl::destroy(awaiter8_, awaiter8_live_);

      // co_await Registry::same(2.5) (line 119)
      ::new (asl::place(awaiter9_))
          asl::task_awaiter<double>{Registry::same(2.5)};
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
      r = awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("twice %s, p %d, q %d, r %.1f\n", twice.c_str(), p, q, r);
      ::new (asl::place(svc)) app::Svc;

      // co_await svc.get(5L) (line 122)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<long>{svc.get(5L)};
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
      long g = awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("g %ld\n", g);
      builder_.set_result(a + b + f);
      asl::destroy(twice, twice_live_);
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
// The state machine of Box<int, 3>::scaled(), line 23. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int, 3>::scaled_machine {
  // The template's parameters, which the body names.
  using T = int;
  static constexpr int Scale = 3;

  explicit scaled_machine(const Box<int, 3> *this_) : this_(this_) {}
  ~scaled_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Box<int, 3>::Item, asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const Box<int, 3> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Box<int, 3>::Item item;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int, 3>::scaled_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(item)) Box<int, 3>::Item{this_->value_};

      // co_await ready (line 25)
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

      T out = item.held;
      for (int i = 1; i < Scale; ++i)
        out = out + item.held;
      builder_.set_result(std::move(out));
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

// The state machine of Box<std::basic_string<char>, 2>::scaled(), line 23.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <>
struct Box<
    std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
    2>::scaled_machine {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;
  static constexpr int Scale = 2;

  explicit scaled_machine(
      const Box<
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
          2> *this_)
      : this_(this_) {}
  ~scaled_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'out' may be kept
  // (line 28).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  const Box<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>, 2>
      *this_;
  union {
    Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
        2>::Item item;
  };
  union {
    std::basic_string<char, std::char_traits<char>, std::allocator<char>> out;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool item_live_ = false;
  bool out_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(out, out_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(item, item_live_);
  }

  void move_next();
};

inline void
Box<std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
    2>::scaled_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(item)) Box<
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
          2>::Item{this_->value_};
      item_live_ = true;

      // co_await ready (line 25)
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

      ::new (asl::place(out))
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>(
              item.held);
      out_live_ = true;

      for (int i = 1; i < Scale; ++i)
        out = out + item.held;
      builder_.set_result(std::move(out));
      asl::destroy(out, out_live_);
      asl::destroy(item, item_live_);
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

// The state machine of Box<double, 4>::name(), line 34. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<double, 4>::name_machine {
  // The template's parameters, which the body names.
  using T = double;
  static constexpr int Scale = 4;

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

inline void Box<double, 4>::name_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 35)
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

      builder_.set_result("Box<" + std::to_string(Scale) + "> of " +
                          std::to_string(sizeof(sample)));
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

// The state machine of Box<int, 3>::bump(), line 49. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<int, 3>::bump_machine {
  // The template's parameters, which the body names.
  using T = int;
  static constexpr int Scale = 3;

  bump_machine(Box<int, 3> *this_, int &by) : this_(this_), by(std::move(by)) {}
  ~bump_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Box<int, 3> *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int by;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Box<int, 3>::bump_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 50)
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

      this_->bumps_ += by * Scale;
      builder_.set_result(this_->bumps_);
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

// The state machine of store::Shelf<int>::fetch(), line 58. state_ is -1 while
// it runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct store::Shelf<int>::fetch_machine {
  // The template's parameters, which the body names.
  using K = int;

  explicit fetch_machine(store::Shelf<int> *this_) : this_(this_) {}
  ~fetch_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  store::Shelf<int> *this_;
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

inline void store::Shelf<int>::fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      copy = this_->key;

      // co_await ready (line 60)
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

      builder_.set_result(copy + this_->key);
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

// The state machine of Registry::put<std::basic_string<char>>(), line 69.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <> struct Registry::put_machine<std::basic_string<char>> {
  // The template's parameters, which the body names.
  using T = std::basic_string<char>;

  put_machine(
      Registry *this_,
      std::basic_string<char, std::char_traits<char>, std::allocator<char>> &x)
      : x(std::move(x)), this_(this_) {}
  ~put_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'x' may be kept (line
  // 72).
  static constexpr bool relocatable = false;

  asl::task_builder<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>>
      builder_;
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> x;
  Registry *this_;
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

inline void Registry::put_machine<std::basic_string<char>>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      ++this_->count_;
      builder_.set_result(x + x);
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

// The state machine of Registry::put<int>(), line 69. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Registry::put_machine<int> {
  // The template's parameters, which the body names.
  using T = int;

  put_machine(Registry *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~put_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Registry *this_;
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

inline void Registry::put_machine<int>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 70)
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

      ++this_->count_;
      builder_.set_result(x + x);
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

// The state machine of Registry::same<double>(), line 75. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Registry::same_machine<double> {
  // The template's parameters, which the body names.
  using T = double;

  explicit same_machine(double &x) : x(std::move(x)) {}
  ~same_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<double>;

  asl::task_builder<double> builder_;
  double x;
  int state_ = -1;

  void move_next();
};

inline void Registry::same_machine<double>::move_next() {
  try {
    {
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

// The state machine of Registry::scaled<10>(), line 81. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct Registry::scaled_machine1<10> {
  // The template's parameters, which the body names.
  static constexpr int N = 10;

  scaled_machine1(Registry *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~scaled_machine1() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  Registry *this_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int x;
  int before;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline void Registry::scaled_machine1<10>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      before = this_->count_;

      // co_await ready (line 83)
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

      builder_.set_result(x * N + before);
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

// The state machine of app::Svc::get<long>(), line 99. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct app::Svc::get_machine<long> {
  // The template's parameters, which the body names.
  using T = long;

  get_machine(app::Svc *this_, long &x) : this_(this_), x(std::move(x)) {}
  ~get_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, long> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<long> builder_;
  app::Svc *this_;
  long x;
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

inline void app::Svc::get_machine<long>::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 100)
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

      builder_.set_result(x + static_cast<T>(this_->hidden_));
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
