// Checks operands of array type evaluated before an await of the same
// full-expression, which must be kept past it: an array element of an
// aggregate that is not built member by member (passed, returned,
// allocated with new, built with parentheses), of chars from string
// literals, of ints read before the await, of a class that prints, and of
// arrays; an array prvalue bound to a reference
// (`pair(IP{1, 2}, co_await count())`, `using IP = int[2]`), const or not,
// by rvalue reference, to a forwarding reference, decayed to a pointer, of
// chars, of strings, of arrays, with an element that awaits, read by an
// async callee after it suspends, left of &&, extended by an aggregate's
// reference member; and an array member of a class prvalue and an array
// xvalue. Each prints as natively: values read before the await, elements
// built before it and destroyed at the end of the full-expression, or when
// an exception or the task's destruction ends it early. The lowering moves
// a saved element of class type once more than natively; Noisy's moves
// print nothing.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

static int x = 1;

// The state machine of count(), line 38. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct count_machine {
  count_machine() {}
  ~count_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> count() { return asl::start<count_machine>(); }

inline void count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 39)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      x = 50;
      builder_.set_result(2);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of failing(), line 44. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct failing_machine {
  failing_machine() {}
  ~failing_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> failing() { return asl::start<failing_machine>(); }

inline void failing_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 45)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      throw std::runtime_error("count failed");
    }
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(Noisy &&other) : id(other.id) { other.id = 0; }
  ~Noisy() {
    if (id != 0)
      std::printf("  -%d\n", id);
  }
};

struct Roster {
  char names[2][6];
  int count;
};

struct Crew {
  Noisy members[2];
  int n;
};

struct Grid {
  int cells[2][2];
  int n;
};

struct Squad {
  Noisy members[2][1];
  int n;
};

// Its reference member extends the array temporary it is bound to.
struct Ref {
  const int (&numbers)[2];
  int n;
};

struct Holder {
  int numbers[2];
  Noisy guards[2];
};

using IP = int[2];
using SA = std::string[2];
using CIP = const int[2];
using NA = Noisy[2];
using CA = char[6];
using Names = char[2][4];
using M = int[2][2];

static int size(Roster r) {
  std::printf("  roster %s %s %d\n", r.names[0], r.names[1], r.count);
  return r.count;
}

static int crew(Crew c) {
  std::printf("  crew %d %d %d\n", c.members[0].id, c.members[1].id, c.n);
  return c.n;
}

static int squad(Squad s) {
  std::printf("  squad %d %d %d\n", s.members[0][0].id, s.members[1][0].id,
              s.n);
  return s.n;
}

static int strings(const std::string (&a)[2], int n) {
  std::printf("  strings %s %s %d\n", a[0].c_str(), a[1].c_str(), n);
  return n;
}

// The state machine of yes(), line 119. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct yes_machine {
  yes_machine() {}
  ~yes_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<bool> builder_;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<bool> yes() { return asl::start<yes_machine>(); }

inline void yes_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 120)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(true);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static int grid(Grid g) {
  std::printf("  grid %d %d %d %d %d\n", g.cells[0][0], g.cells[0][1],
              g.cells[1][0], g.cells[1][1], g.n);
  return g.n;
}

static int pair(const int (&a)[2], int n) {
  std::printf("  pair %d %d %d\n", a[0], a[1], n);
  return n;
}

static int moved(int (&&a)[2], int n) {
  std::printf("  moved %d %d %d\n", a[0], a[1], n);
  return n;
}

template <class T> int kind(T &&a, int n) {
  using A = std::remove_reference_t<T>;
  std::printf("  kind %s%s %d %d\n", std::is_const_v<A> ? "const " : "",
              std::is_lvalue_reference_v<T> ? "lvalue" : "rvalue", a[0], n);
  return n;
}

static int ids(const Noisy (&a)[2], int n) {
  std::printf("  ids %d %d %d\n", a[0].id, a[1].id, n);
  return n;
}

static int text(const char (&a)[6], int n) {
  std::printf("  text %s %d\n", a, n);
  return n;
}

static int words(const char (&a)[2][4], int n) {
  std::printf("  words %s %s %d\n", a[0], a[1], n);
  return n;
}

static int square(const int (&a)[2][2], int n) {
  std::printf("  square %d %d %d %d %d\n", a[0][0], a[1][0], a[0][1], a[1][1],
              n);
  return n;
}

static int first(const int *p, int n) {
  std::printf("  first %d %d\n", *p, n);
  return n;
}

// Reads its array after it suspends: the caller's temporary must live on.
// The state machine of later(), line 174. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct later_machine {
  explicit later_machine(const int (&a)[2]) : a(a) {}
  ~later_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  const int (&a)[2];
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> later(const int (&a)[2]) {
  return asl::start<later_machine>(a);
}

inline void later_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Pause{} (line 175)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  later %d %d\n", a[0], a[1]);
      builder_.set_result(a[0] + a[1]);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of returned(), line 180. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct returned_machine {
  returned_machine() {}
  ~returned_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<Roster> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<Roster> returned() {
  return asl::start<returned_machine>();
}

inline void returned_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await count() (line 181)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(Roster{{"cat", "dog"}, awaiter0_.await_resume()});
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

// The state machine of aggregates(), line 184. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct aggregates_machine {
  aggregates_machine() {}
  ~aggregates_machine() {
    allocation6_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Noisy, Roster *, asl::allocation,
                       asl::task_awaiter<Roster>, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  Roster *r;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    Noisy spill0_;
    int spill2_;
    Noisy spill4_;
    asl::allocation allocation6_;
    asl::task_awaiter<Roster> awaiter6_;
  };
  union {
    Noisy spill1_;
    int spill3_;
    Noisy spill5_;
    asl::task_awaiter<int> awaiter5_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  int t;
  int state_ = -1;
  bool spill0_live_ = false;
  bool spill1_live_ = false;
  bool spill4_live_ = false;
  bool spill5_live_ = false;
  bool allocation6_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(allocation6_, allocation6_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(spill5_, spill5_live_);
    asl::destroy(spill4_, spill4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(spill0_, spill0_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> aggregates() {
  return asl::start<aggregates_machine>();
}

inline void aggregates_machine::move_next() {
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
    default:
      break;
    }
    {
      t = 0;

      // co_await count() (line 186)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
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
      t += size(Roster{{"cat", "dog"}, awaiter0_.await_resume()});
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await count() (line 187)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{count()};
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
      t += size(Roster{{"emu", "elk"}, awaiter1_.await_resume()});
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(spill0_)) Noisy(Noisy(1));
      spill0_live_ = true;
      ::new (asl::place(spill1_)) Noisy(Noisy(2));
      spill1_live_ = true;
      // co_await count() (line 188)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{count()};
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
      t += crew(Crew{{std::move(spill0_), std::move(spill1_)},
                     awaiter2_.await_resume()});
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(spill1_, spill1_live_);
      asl::destroy(spill0_, spill0_live_);

      x = 1;
      spill2_ = x;
      spill3_ = x;
      // co_await count() (line 190)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{count()};
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
      t += grid(Grid{{{spill2_, 2}, {3, spill3_}}, awaiter3_.await_resume()});
      asl::destroy(awaiter3_, awaiter3_live_);

      ::new (asl::place(spill4_)) Noisy(Noisy(21));
      spill4_live_ = true;
      ::new (asl::place(spill5_)) Noisy(Noisy(22));
      spill5_live_ = true;
      // co_await count() (line 191)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{count()};
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
      t += squad(Squad{{{std::move(spill4_)}, {std::move(spill5_)}},
                       awaiter4_.await_resume()});
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(spill5_, spill5_live_);
      asl::destroy(spill4_, spill4_live_);

      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation6_)) asl::allocation(
          sizeof(Roster), [](void *p, std::size_t size) noexcept {
            ::operator delete(p, size);
          });
      allocation6_.address = ::operator new(allocation6_.size);
      allocation6_live_ = true;
      // co_await count() (line 192)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{count()};
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
      r = asl::constructed(allocation6_live_,
                           ::new (allocation6_.address) Roster{
                               {"ann", "bob"}, awaiter5_.await_resume()});
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(allocation6_, allocation6_live_);

      t += size(*r);
      delete r;
      // co_await returned() (line 195)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<Roster>{returned()};
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
      Roster back = awaiter6_.await_resume();
      asl::destroy(awaiter6_, awaiter6_live_);

      t += size(back);
      builder_.set_result(std::move(t));
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

// The state machine of temporaries(), line 200. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct temporaries_machine {
  temporaries_machine() {}
  ~temporaries_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'local' may be kept
  // (line 220).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string bee;
  };
  union {
    Ref r;
  };
  union {
    int array0_[2];
    int array1_[2];
    int array2_[2];
    int array3_[2];
    Noisy array4_[2];
    Noisy array5_[2];
    char array6_[6];
    char array7_[2][4];
    int array8_[2][2];
    asl::task_awaiter<int> awaiter10_;
    int array9_[2][2];
    int array10_[2];
    int array12_[2];
    Holder temporary13_;
    Holder temporary15_;
    int (*spill17_)[2];
    std::string array18_[2];
    bool condition19_;
    asl::task_awaiter<int> awaiter20_;
    asl::task_awaiter<int> awaiter21_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter11_;
    const int *spill11_;
    asl::task_awaiter<int> awaiter14_;
    const int (*spill14_)[2];
    const Noisy (*spill16_)[2];
    asl::task_awaiter<int> awaiter17_;
    asl::task_awaiter<int> awaiter18_;
    int array20_[2];
  };
  union {
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<int> awaiter12_;
    asl::task_awaiter<int> awaiter13_;
    asl::task_awaiter<int> awaiter15_;
    asl::task_awaiter<int> awaiter16_;
    bool condition22_;
  };
  union {
    asl::task_awaiter<bool> awaiter19_;
  };
  int t;
  union {
    int local[2];
  };
  union {
    int array21_[2];
  };
  int state_ = -1;
  bool bee_live_ = false;
  bool array4_live_ = false;
  bool array5_live_ = false;
  bool temporary13_live_ = false;
  bool temporary15_live_ = false;
  bool array18_live_ = false;
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
  bool awaiter15_live_ = false;
  bool awaiter16_live_ = false;
  bool awaiter17_live_ = false;
  bool awaiter18_live_ = false;
  bool awaiter19_live_ = false;
  bool awaiter20_live_ = false;
  bool awaiter21_live_ = false;
  bool array5_0_live_ = false;
  bool array5_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter21_, awaiter21_live_);
    asl::destroy(awaiter20_, awaiter20_live_);
    asl::destroy(awaiter19_, awaiter19_live_);
    asl::destroy(awaiter18_, awaiter18_live_);
    asl::destroy(array18_, array18_live_);
    asl::destroy(bee, bee_live_);
    asl::destroy(awaiter17_, awaiter17_live_);
    asl::destroy(awaiter16_, awaiter16_live_);
    asl::destroy(temporary15_, temporary15_live_);
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(temporary13_, temporary13_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(array5_, array5_live_);
    asl::destroy(array5_[1], array5_1_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(array5_[0], array5_0_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(array4_, array4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> temporaries() {
  return asl::start<temporaries_machine>();
}

inline void temporaries_machine::move_next() {
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
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto resume17_;
    case 18:
      goto resume18_;
    case 19:
      goto resume19_;
    case 20:
      goto resume20_;
    case 21:
      goto resume21_;
    default:
      break;
    }
    {
      t = 0;

      ::new (asl::place(array0_)) int[2]{1, 2};
      // co_await count() (line 202)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
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
      t += pair(array0_, awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      x = 1;
      ::new (asl::place(array1_)) int[2]{x, 2};
      // co_await count() (line 204)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{count()};
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
      t += moved(std::move(array1_), awaiter1_.await_resume());
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(array2_)) int[2]{3, 4};
      // co_await count() (line 205)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{count()};
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
      t += kind(std::move(array2_), awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      ::new (asl::place(array3_)) int[2]{5, 6};
      // co_await count() (line 206)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{count()};
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
      t += kind(static_cast<const CIP &&>(array3_), awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      ::new (asl::place(array4_)) Noisy[2]{Noisy(3), Noisy(4)};
      array4_live_ = true;
      // co_await count() (line 207)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{count()};
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
      t += ids(array4_, awaiter4_.await_resume());
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(array4_, array4_live_);

      ::new (asl::place(array5_[0])) Noisy(Noisy(5));
      array5_0_live_ = true;
      // co_await count() (line 208)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{count()};
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
      ::new (asl::place(array5_[1])) Noisy(Noisy(awaiter5_.await_resume()));
      array5_1_live_ = true;
      array5_0_live_ = false;
      array5_1_live_ = false;
      array5_live_ = true;
      // co_await count() (line 208)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{count()};
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
      t += ids(array5_, awaiter6_.await_resume());
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(array5_, array5_live_);
      asl::destroy(awaiter5_, awaiter5_live_);

      ::new (asl::place(array6_)) char[6]{"hey"};
      // co_await count() (line 209)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{count()};
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
      t += text(array6_, awaiter7_.await_resume());
      asl::destroy(awaiter7_, awaiter7_live_);

      asl::init_from_list(array7_, {{"ab", "cd"}});
      // co_await count() (line 210)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{count()};
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
      t += words(array7_, awaiter8_.await_resume());
      asl::destroy(awaiter8_, awaiter8_live_);

      ::new (asl::place(array8_)) int[2][2]{{1, 2}, {3, 4}};
      // co_await count() (line 211)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{count()};
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
      t += square(array8_, awaiter9_.await_resume());
      asl::destroy(awaiter9_, awaiter9_live_);

      // co_await count() (line 212)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{count()};
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
      t += square(M{{1, 2}, {awaiter10_.await_resume(), 4}}, 0);
      asl::destroy(awaiter10_, awaiter10_live_);

      x = 1;
      array9_[0][0] = x;
      array9_[0][1] = 2;
      // co_await count() (line 214)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{count()};
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
      array9_[1][0] = awaiter11_.await_resume();
      array9_[1][1] = 4;
      // co_await count() (line 214)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{count()};
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
      t += square(array9_, awaiter12_.await_resume());
      asl::destroy(awaiter12_, awaiter12_live_);
      asl::destroy(awaiter11_, awaiter11_live_);

      ::new (asl::place(array10_)) int[2]{7, 8};
      spill11_ = array10_;
      // co_await count() (line 215)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{count()};
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
      t += first(spill11_, awaiter13_.await_resume());
      asl::destroy(awaiter13_, awaiter13_live_);

      ::new (asl::place(array12_)) int[2]{9, 10};
      // co_await later(IP{9, 10}) (line 216)
      ::new (asl::place(awaiter14_)) asl::task_awaiter<int>{later(array12_)};
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
      t += awaiter14_.await_resume();
      asl::destroy(awaiter14_, awaiter14_live_);

      ::new (asl::place(temporary13_))
          Holder(Holder{{11, 12}, {Noisy(6), Noisy(7)}});
      temporary13_live_ = true;
      spill14_ = asl::bound_address(std::move(temporary13_).numbers);
      // co_await count() (line 217)
      ::new (asl::place(awaiter15_)) asl::task_awaiter<int>{count()};
      awaiter15_live_ = true;
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      t += pair(std::move(*spill14_), awaiter15_.await_resume());
      asl::destroy(awaiter15_, awaiter15_live_);
      asl::destroy(temporary13_, temporary13_live_);

      ::new (asl::place(temporary15_))
          Holder(Holder{{13, 14}, {Noisy(8), Noisy(9)}});
      temporary15_live_ = true;
      spill16_ = asl::bound_address(std::move(temporary15_).guards);
      // co_await count() (line 218)
      ::new (asl::place(awaiter16_)) asl::task_awaiter<int>{count()};
      awaiter16_live_ = true;
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        unwind_.release();
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      t += ids(std::move(*spill16_), awaiter16_.await_resume());
      asl::destroy(awaiter16_, awaiter16_live_);
      asl::destroy(temporary15_, temporary15_live_);

      ::new (asl::place(local)) int[2]{15, 16};

      spill17_ = asl::bound_address(std::move(local));
      // co_await count() (line 220)
      ::new (asl::place(awaiter17_)) asl::task_awaiter<int>{count()};
      awaiter17_live_ = true;
      if (!awaiter17_.await_ready()) {
        state_ = 17;
        builder_.await_on_completed(awaiter17_, *this);
        unwind_.release();
        return;
      resume17_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      t += moved(std::move(*spill17_), awaiter17_.await_resume());
      asl::destroy(awaiter17_, awaiter17_live_);

      ::new (asl::place(bee)) std::string("bee");
      bee_live_ = true;

      ::new (asl::place(array18_)) std::string[2]{"ant", bee};
      array18_live_ = true;
      // co_await count() (line 222)
      ::new (asl::place(awaiter18_)) asl::task_awaiter<int>{count()};
      awaiter18_live_ = true;
      if (!awaiter18_.await_ready()) {
        state_ = 18;
        builder_.await_on_completed(awaiter18_, *this);
        unwind_.release();
        return;
      resume18_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      t += strings(array18_, awaiter18_.await_resume());
      asl::destroy(awaiter18_, awaiter18_live_);
      asl::destroy(array18_, array18_live_);

      {
        ::new (asl::place(array20_)) int[2]{17, 18};
        condition19_ = pair(array20_, 0) == 0;
        if (condition19_) {
          // co_await yes() (line 223)
          ::new (asl::place(awaiter19_)) asl::task_awaiter<bool>{yes()};
          awaiter19_live_ = true;
          if (!awaiter19_.await_ready()) {
            state_ = 19;
            builder_.await_on_completed(awaiter19_, *this);
            unwind_.release();
            return;
          resume19_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
        }
        condition22_ = condition19_ && awaiter19_.await_resume();
        asl::destroy(awaiter19_, awaiter19_live_);
        if (condition22_)
          t += 1;
      }

      ::new (asl::place(array21_)) int[2]{19, 20};
      // co_await count() (line 225)
      ::new (asl::place(awaiter20_)) asl::task_awaiter<int>{count()};
      awaiter20_live_ = true;
      if (!awaiter20_.await_ready()) {
        state_ = 20;
        builder_.await_on_completed(awaiter20_, *this);
        unwind_.release();
        return;
      resume20_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(r)) Ref{array21_, awaiter20_.await_resume()};
      asl::destroy(awaiter20_, awaiter20_live_);

      // co_await count() (line 226)
      ::new (asl::place(awaiter21_)) asl::task_awaiter<int>{count()};
      awaiter21_live_ = true;
      if (!awaiter21_.await_ready()) {
        state_ = 21;
        builder_.await_on_completed(awaiter21_, *this);
        unwind_.release();
        return;
      resume21_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter21_.await_resume();
      asl::destroy(awaiter21_, awaiter21_live_);

      t += pair(r.numbers, r.n);
      builder_.set_result(std::move(t));
      asl::destroy(bee, bee_live_);
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

// The state machine of throws(), line 231. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct throws_machine {
  throws_machine() {}
  ~throws_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 239).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Noisy spill1_;
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int t;
  union {
    Noisy spill0_;
    Noisy array2_[2];
  };
  int state_ = -1;
  bool spill0_live_ = false;
  bool spill1_live_ = false;
  bool array2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(array2_, array2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(spill0_, spill0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> throws() { return asl::start<throws_machine>(); }

inline void throws_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto try1_;
    default:
      break;
    }
    {
      t = 0;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(spill1_, spill1_live_);
          asl::destroy(spill0_, spill0_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(spill0_)) Noisy(Noisy(10));
        spill0_live_ = true;
        ::new (asl::place(spill1_)) Noisy(Noisy(11));
        spill1_live_ = true;
        // co_await failing() (line 234)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{failing()};
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
        t += crew(Crew{{std::move(spill0_), std::move(spill1_)},
                       awaiter0_.await_resume()});
        asl::destroy(awaiter0_, awaiter0_live_);
        asl::destroy(spill1_, spill1_live_);
        asl::destroy(spill0_, spill0_live_);

      } catch (const std::runtime_error &e) {
        std::printf("  caught %s\n", e.what());
      }
    try1_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(array2_, array2_live_);
        });
        switch (state_) {
        case 1:
          goto resume1_;
        default:
          break;
        }

        ::new (asl::place(array2_)) Noisy[2]{Noisy(12), Noisy(13)};
        array2_live_ = true;
        // co_await failing() (line 239)
        ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{failing()};
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
        t += ids(array2_, awaiter1_.await_resume());
        asl::destroy(awaiter1_, awaiter1_live_);
        asl::destroy(array2_, array2_live_);

      } catch (const std::runtime_error &e) {
        std::printf("  caught %s\n", e.what());
      }
      builder_.set_result(std::move(t));
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

// The state machine of abandoned(), line 246. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct abandoned_machine {
  abandoned_machine() {}
  ~abandoned_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 247).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    Noisy spill2_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int t;
  union {
    Noisy array0_[2];
    int spill1_;
  };
  union {
    Noisy spill3_;
  };
  int state_ = -1;
  bool array0_live_ = false;
  bool spill2_live_ = false;
  bool spill3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(spill3_, spill3_live_);
    asl::destroy(spill2_, spill2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(array0_, array0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> abandoned() { return asl::start<abandoned_machine>(); }

inline void abandoned_machine::move_next() {
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
      ::new (asl::place(array0_)) Noisy[2]{Noisy(14), Noisy(15)};
      array0_live_ = true;
      // co_await count() (line 247)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
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
      t = ids(array0_, awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(array0_, array0_live_);

      spill1_ = t;
      ::new (asl::place(spill2_)) Noisy(Noisy(16));
      spill2_live_ = true;
      ::new (asl::place(spill3_)) Noisy(Noisy(17));
      spill3_live_ = true;
      // co_await count() (line 248)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{count()};
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
      builder_.set_result(spill1_ +
                          crew(Crew{{std::move(spill2_), std::move(spill3_)},
                                    awaiter1_.await_resume()}));
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(spill3_, spill3_live_);
      asl::destroy(spill2_, spill2_live_);
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

static void drain() {
  while (pending) {
    auto next = std::move(pending);
    pending = nullptr;
    next();
  }
}

static void run(const char *name, asl::Task<int> (*body)()) {
  std::printf("%s\n", name);
  asl::Task<int> task = body();
  drain();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("aggregates", aggregates);
  run("temporaries", temporaries);
  run("throws", throws);
  std::printf("abandoned\n");
  {
    asl::Task<int> task = abandoned(); // suspended: 14 and 15 live
    std::printf("  destroying\n");
  }
  pending = nullptr;
  {
    asl::Task<int> task = abandoned();
    pending(); // suspended in the second line: 16 and 17 live
    std::printf("  destroying\n");
  }
  pending = nullptr;
  std::printf("done\n");
}
