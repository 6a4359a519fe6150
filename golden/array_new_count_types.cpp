// Checks array new-expressions whose initializer awaits, allocating first
// (as C++17 does) with a size of each integral type that is not
// std::size_t: bool, char, char16_t, signed char, short, long long,
// unsigned __int128 (truncated to std::size_t, as natively), an unscoped
// enumeration and a class converted to int. A size that is negative,
// smaller than the initializers or overflowing makes clang-19 call the
// allocation function with std::size_t(-1) (g++ throws
// std::bad_array_new_length instead); the lowering does as clang does.
// The size is evaluated before the placement arguments, an awaiting one
// included, as clang does, whether the initializer awaits or not.
#include <asl/task.h>

#include <climits>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <new>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of value(), line 29. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct value_machine {
  explicit value_machine(int &v) : v(std::move(v)) {}
  ~value_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Pause, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> value(int v) { return asl::start<value_machine>(v); }

inline void value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  await %d\n", v);
      // co_await Pause{} (line 31)
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

      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

static void *allocate(std::size_t n, int tag) {
  if (n == static_cast<std::size_t>(-1)) {
    std::printf("  new[] max tag %d\n", tag);
    throw std::bad_alloc();
  }
  std::printf("  new[] %zu tag %d\n", n, tag);
  return ::operator new[](n);
}

struct Cell {
  int v;
  static void *operator new[](std::size_t n) { return allocate(n, 0); }
  static void *operator new[](std::size_t n, int tag) {
    return allocate(n, tag);
  }
  static void operator delete[](void *p) { ::operator delete[](p); }
};

static int where(int v) {
  std::printf("  size %d\n", v);
  return v;
}

enum Few { two = 2 };

struct Count {
  int n;
  operator int() const { return n; }
};

static int sum(const Cell *cells, int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += cells[i].v;
  delete[] cells;
  std::printf("  sum %d\n", s);
  return s;
}

// The state machine of sizes(), line 74. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct sizes_machine {
  sizes_machine() {}
  ~sizes_machine() {
    allocation1_live_ = false;
    allocation3_live_ = false;
    allocation5_live_ = false;
    allocation8_live_ = false;
    allocation10_live_ = false;
    allocation12_live_ = false;
    allocation14_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'n' may be kept (line
  // 89).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  unsigned __int128 big;
  union {
    unsigned long count0_;
    unsigned long count2_;
    unsigned long count4_;
    unsigned long count7_;
    unsigned long count9_;
    unsigned long count11_;
    unsigned long count13_;
  };
  union {
    asl::allocation allocation1_;
    asl::allocation allocation3_;
    asl::allocation allocation5_;
    asl::allocation allocation8_;
    asl::allocation allocation10_;
    asl::allocation allocation12_;
    asl::allocation allocation14_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    Cell spill6_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter6_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int t;
  Few e;
  union {
    Count n;
  };
  char16_t u;
  short s;
  bool flag;
  char c;
  int state_ = -1;
  bool allocation1_live_ = false;
  bool allocation3_live_ = false;
  bool allocation5_live_ = false;
  bool allocation8_live_ = false;
  bool allocation10_live_ = false;
  bool allocation12_live_ = false;
  bool allocation14_live_ = false;
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
    asl::destroy(allocation14_, allocation14_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(allocation12_, allocation12_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(allocation10_, allocation10_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(allocation8_, allocation8_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(allocation5_, allocation5_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation3_, allocation3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation1_, allocation1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> sizes() { return asl::start<sizes_machine>(); }

inline void sizes_machine::move_next() {
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

      flag = true;

      count0_ = flag;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation1_)) asl::allocation(
          asl::array_new_size(count0_, sizeof(Cell), 1),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation1_.address = Cell::operator new[](allocation1_.size);
      allocation1_live_ = true;
      // co_await value(1) (line 77)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(1)};
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
      t += sum(asl::constructed(allocation1_live_,
                                ::new (allocation1_.address)
                                    Cell[count0_]{{awaiter0_.await_resume()}}),
               1);
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(allocation1_, allocation1_live_);

      c = 2;

      count2_ = c;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation3_)) asl::allocation(
          asl::array_new_size(count2_, sizeof(Cell), 2),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation3_.address = Cell::operator new[](allocation3_.size);
      allocation3_live_ = true;
      // co_await value(2) (line 79)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(2)};
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
      t += sum(asl::constructed(allocation3_live_,
                                ::new (allocation3_.address) Cell[count2_]{
                                    {awaiter1_.await_resume()}, {3}}),
               2);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation3_, allocation3_live_);

      u = 2;

      count4_ = u;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation5_)) asl::allocation(
          asl::array_new_size(count4_, sizeof(Cell), 2),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation5_.address = Cell::operator new[](allocation5_.size);
      allocation5_live_ = true;
      ::new (asl::place(spill6_)) Cell{4};
      // co_await value(5) (line 81)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{value(5)};
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
      t += sum(asl::constructed(allocation5_live_,
                                ::new (allocation5_.address)
                                    Cell[count4_]{std::move(spill6_),
                                                  {awaiter2_.await_resume()}}),
               2);
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(allocation5_, allocation5_live_);

      s = 3;

      count7_ = s;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation8_)) asl::allocation(
          asl::array_new_size(count7_, sizeof(Cell), 1),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation8_.address = Cell::operator new[](allocation8_.size);
      allocation8_live_ = true;
      // co_await value(6) (line 83)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{value(6)};
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
      t += sum(asl::constructed(allocation8_live_,
                                ::new (allocation8_.address)
                                    Cell[count7_]{{awaiter3_.await_resume()}}),
               3);
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(allocation8_, allocation8_live_);

      big = (static_cast<unsigned __int128>(1) << 64) + 1;

      count9_ = big;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation10_)) asl::allocation(
          asl::array_new_size(count9_, sizeof(Cell), 1),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation10_.address = Cell::operator new[](allocation10_.size);
      allocation10_live_ = true;
      // co_await value(7) (line 85)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{value(7)};
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
      t += sum(asl::constructed(allocation10_live_,
                                ::new (allocation10_.address)
                                    Cell[count9_]{{awaiter4_.await_resume()}}),
               1);
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(allocation10_, allocation10_live_);

      e = two;

      count11_ = e;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation12_)) asl::allocation(
          asl::array_new_size(count11_, sizeof(Cell), 1),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation12_.address = Cell::operator new[](allocation12_.size);
      allocation12_live_ = true;
      // co_await value(8) (line 87)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{value(8)};
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
      t += sum(asl::constructed(allocation12_live_,
                                ::new (allocation12_.address)
                                    Cell[count11_]{{awaiter5_.await_resume()}}),
               2);
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(allocation12_, allocation12_live_);

      ::new (asl::place(n)) Count{1};

      count13_ = n;
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation14_)) asl::allocation(
          asl::array_new_size(count13_, sizeof(Cell), 1),
          [](void *p, std::size_t) noexcept { Cell::operator delete[](p); });
      allocation14_.address = Cell::operator new[](allocation14_.size);
      allocation14_live_ = true;
      // co_await value(9) (line 89)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{value(9)};
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
      t += sum(asl::constructed(allocation14_live_,
                                ::new (allocation14_.address)
                                    Cell[count13_]{{awaiter6_.await_resume()}}),
               1);
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(allocation14_, allocation14_live_);

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

// The state machine of invalid(), line 93. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct invalid_machine {
  explicit invalid_machine(int &which) : which(std::move(which)) {}
  ~invalid_machine() {
    allocation1_live_ = false;
    allocation3_live_ = false;
    allocation5_live_ = false;
    allocation8_live_ = false;
    allocation10_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Cell, Cell *, __int128, asl::allocation,
                       asl::task_awaiter<int>, bool, int, long long,
                       signed char, unsigned long>;

  asl::task_builder<int> builder_;
  __int128 neg;
  long long huge;
  Cell *cells;
  union {
    unsigned long count0_;
    unsigned long count2_;
    unsigned long count4_;
    unsigned long count7_;
    unsigned long count9_;
  };
  union {
    asl::allocation allocation1_;
    asl::allocation allocation3_;
    asl::allocation allocation5_;
    asl::allocation allocation8_;
    asl::allocation allocation10_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    Cell spill6_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter5_;
  };
  int which;
  signed char sc;
  bool flag;
  int state_ = -1;
  bool allocation1_live_ = false;
  bool allocation3_live_ = false;
  bool allocation5_live_ = false;
  bool allocation8_live_ = false;
  bool allocation10_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(allocation10_, allocation10_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(allocation8_, allocation8_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(allocation5_, allocation5_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation3_, allocation3_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(allocation1_, allocation1_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> invalid(int which) {
  return asl::start<invalid_machine>(which);
}

inline void invalid_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
      goto try0_;
    default:
      break;
    }
    {
      sc = -1;

      neg = -1;

      flag = true;

      huge = LLONG_MAX;

      cells = nullptr;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter4_, awaiter4_live_);
          asl::destroy(allocation10_, allocation10_live_);
          asl::destroy(awaiter5_, awaiter5_live_);
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(allocation8_, allocation8_live_);
          asl::destroy(awaiter2_, awaiter2_live_);
          asl::destroy(allocation5_, allocation5_live_);
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(allocation3_, allocation3_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(allocation1_, allocation1_live_);
        });
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

        switch (which) {
        case 0:
          count0_ = sc;
          // allocates first, as `new` does: its initializer awaits
          ::new (asl::place(allocation1_))
              asl::allocation(asl::array_new_size(count0_, sizeof(Cell), 1),
                              [](void *p, std::size_t) noexcept {
                                Cell::operator delete[](p);
                              });
          allocation1_.address = Cell::operator new[](allocation1_.size);
          allocation1_live_ = true;
          // co_await value(10) (line 102)
          ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(10)};
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
          cells = asl::constructed(
              allocation1_live_, ::new (allocation1_.address)
                                     Cell[count0_]{{awaiter0_.await_resume()}});
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(allocation1_, allocation1_live_);

          break;
        case 1:
          count2_ = neg;
          // allocates first, as `new` does: its initializer awaits
          ::new (asl::place(allocation3_))
              asl::allocation(asl::array_new_size(count2_, sizeof(Cell), 1),
                              [](void *p, std::size_t) noexcept {
                                Cell::operator delete[](p);
                              });
          allocation3_.address = Cell::operator new[](allocation3_.size);
          allocation3_live_ = true;
          // co_await value(11) (line 105)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(11)};
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
          cells = asl::constructed(
              allocation3_live_, ::new (allocation3_.address)
                                     Cell[count2_]{{awaiter1_.await_resume()}});
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(allocation3_, allocation3_live_);

          break;
        case 2:
          count4_ = flag;
          // allocates first, as `new` does: its initializer awaits
          ::new (asl::place(allocation5_))
              asl::allocation(asl::array_new_size(count4_, sizeof(Cell), 2),
                              [](void *p, std::size_t) noexcept {
                                Cell::operator delete[](p);
                              });
          allocation5_.address = Cell::operator new[](allocation5_.size);
          allocation5_live_ = true;
          ::new (asl::place(spill6_)) Cell{1};
          // co_await value(12) (line 108)
          ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{value(12)};
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
          cells = asl::constructed(
              allocation5_live_, ::new (allocation5_.address)
                                     Cell[count4_]{std::move(spill6_),
                                                   {awaiter2_.await_resume()}});
          asl::destroy(awaiter2_, awaiter2_live_);
          asl::destroy(allocation5_, allocation5_live_);

          break;
        case 3:
          count7_ = huge;
          // allocates first, as `new` does: its initializer awaits
          ::new (asl::place(allocation8_))
              asl::allocation(asl::array_new_size(count7_, sizeof(Cell), 1),
                              [](void *p, std::size_t) noexcept {
                                Cell::operator delete[](p);
                              });
          allocation8_.address = Cell::operator new[](allocation8_.size);
          allocation8_live_ = true;
          // co_await value(13) (line 111)
          ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{value(13)};
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
          cells = asl::constructed(
              allocation8_live_, ::new (allocation8_.address)
                                     Cell[count7_]{{awaiter3_.await_resume()}});
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(allocation8_, allocation8_live_);

          break;
        case 4:
          count9_ = where(-1);
          // co_await value(14) (line 114)
          ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{value(14)};
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
          // allocates first, as `new` does: its initializer awaits
          ::new (asl::place(allocation10_)) asl::allocation(
              asl::array_new_size(count9_, sizeof(Cell), 1), nullptr);
          allocation10_.address = Cell::operator new[](
              allocation10_.size, awaiter5_.await_resume());
          allocation10_live_ = true;
          // co_await value(15) (line 114)
          ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{value(15)};
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
          cells =
              asl::constructed(allocation10_live_,
                               ::new (allocation10_.address)
                                   Cell[count9_]{{awaiter4_.await_resume()}});
          asl::destroy(awaiter4_, awaiter4_live_);
          asl::destroy(allocation10_, allocation10_live_);
          asl::destroy(awaiter5_, awaiter5_live_);

          break;
        }
      } catch (const std::bad_array_new_length &) {
        std::printf("  bad_array_new_length\n");
      } catch (const std::bad_alloc &) {
        std::printf("  bad_alloc\n");
      }
      delete[] cells;
      builder_.set_result(std::move(which));
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

// The state machine of placed(), line 126. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct placed_machine {
  placed_machine() {}
  ~placed_machine() {
    allocation2_live_ = false;
    destroy_live();
  }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::allocation, asl::task_awaiter<int>, int,
                       unsigned long>;

  asl::task_builder<int> builder_;
  union {
    unsigned long spill0_;
    unsigned long count1_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::allocation allocation2_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  int t;
  int state_ = -1;
  bool allocation2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(allocation2_, allocation2_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> placed() { return asl::start<placed_machine>(); }

inline void placed_machine::move_next() {
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
      spill0_ = where(2);
      // co_await value(16) (line 127)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{value(16)};
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
      t = sum(new (awaiter0_.await_resume()) Cell[spill0_]{{1}, {2}}, 2);
      asl::destroy(awaiter0_, awaiter0_live_);

      count1_ = where(1);
      // co_await value(17) (line 128)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{value(17)};
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
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation2_)) asl::allocation(
          asl::array_new_size(count1_, sizeof(Cell), 1), nullptr);
      allocation2_.address =
          Cell::operator new[](allocation2_.size, awaiter2_.await_resume());
      allocation2_live_ = true;
      // co_await value(18) (line 128)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{value(18)};
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
      t += sum(asl::constructed(allocation2_live_,
                                ::new (allocation2_.address)
                                    Cell[count1_]{{awaiter1_.await_resume()}}),
               1);
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(allocation2_, allocation2_live_);
      asl::destroy(awaiter2_, awaiter2_live_);

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

template <class F> void run(const char *name, F start) {
  std::printf("%s\n", name);
  asl::Task<int> task = start();
  while (pending) {
    auto next = std::move(pending);
    pending = nullptr;
    next();
  }
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("sizes", sizes);
  for (int which = 0; which < 5; ++which)
    run("invalid", [which] { return invalid(which); });
  run("placed", placed);
}
