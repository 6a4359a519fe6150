// Checks awaits in operators the other inputs do not use: a conditional
// lvalue as an assignment target (`(k ? a : b) = co_await v`) and as a
// compound-assignment target with an awaited condition, `delete` of an
// awaited pointer, casts to void, `co_return co_await` of a void task, an
// array new with an awaited size and an awaited element, and a throw of an
// awaited exception object caught by type.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

// Resumptions main runs in order; a Yield suspends onto the queue.
static std::deque<std::function<void()>> g_queue;
struct Yield {
  int id;
  bool await_ready() const {
    std::printf("    ready?%d\n", id);
    return false;
  }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("    resume%d\n", id);
    return id;
  }
};
inline void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// A traced object: prints its construction, copies, moves and destruction.
struct T {
  std::string n;
  T(std::string s) : n(std::move(s)) { std::printf("    +%s\n", n.c_str()); }
  T(const T &o) : n(o.n + "'") { std::printf("    +%s(copy)\n", n.c_str()); }
  T(T &&o) noexcept : n(o.n + "~") {
    std::printf("    +%s(move)\n", n.c_str());
  }
  ~T() { std::printf("    -%s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
};

// The state machine of val(), line 52. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct val_machine {
  explicit val_machine(int &v) : v(std::move(v)) {}
  ~val_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, int> && !asl::usually_suspends<Yield>;

  asl::task_builder<int> builder_;
  int v;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> val(int v) { return asl::start<val_machine>(v); }

inline void val_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{v} (line 53)
      ::new (asl::place(awaiter0_)) Yield(Yield{v});
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

// The state machine of heapT(), line 56. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct heapT_machine {
  explicit heapT_machine(const char *&n) : n(std::move(n)) {}
  ~heapT_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, const char *> && !asl::usually_suspends<Yield>;

  asl::task_builder<T *> builder_;
  const char *n;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<T *> heapT(const char *n) {
  return asl::start<heapT_machine>(n);
}

inline void heapT_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{0} (line 57)
      ::new (asl::place(awaiter0_)) Yield(Yield{0});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(new T(n));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of makeErr(), line 60. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct makeErr_machine {
  explicit makeErr_machine(const char *&m) : m(std::move(m)) {}
  ~makeErr_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, const char *> && !asl::usually_suspends<Yield>;

  asl::task_builder<std::runtime_error> builder_;
  const char *m;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::runtime_error> makeErr(const char *m) {
  return asl::start<makeErr_machine>(m);
}

inline void makeErr_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{0} (line 61)
      ::new (asl::place(awaiter0_)) Yield(Yield{0});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::runtime_error(m));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of vtask(), line 64. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct vtask_machine {
  vtask_machine() {}
  ~vtask_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield> && !asl::usually_suspends<Yield>;

  asl::task_builder<void> builder_;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<void> vtask() { return asl::start<vtask_machine>(); }

inline void vtask_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{0} (line 65)
      ::new (asl::place(awaiter0_)) Yield(Yield{0});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  vtask\n");
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of passthrough(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct passthrough_machine {
  passthrough_machine() {}
  ~passthrough_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<void>>;

  asl::task_builder<void> builder_;
  union {
    asl::task_awaiter<void> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> passthrough() {
  return asl::start<passthrough_machine>();
}

inline void passthrough_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await vtask() (line 68)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<void>{vtask()};
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
      builder_.set_result();
      asl::destroy(awaiter0_, awaiter0_live_);
      goto finish_;
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of body(), line 70. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  explicit body_machine(int &k) : k(std::move(k)) {}
  ~body_machine() {
    allocation2_live_ = false;
    destroy_live();
  }

  // Built in its heap box from the start: the address of 'a' may be kept (line
  // 72).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *arr;
  union {
    int spill0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<T *> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<void> awaiter5_;
    unsigned long count1_;
    asl::task_awaiter<std::runtime_error> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter10_;
    asl::task_awaiter<int> awaiter11_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::allocation allocation2_;
  };
  union {
    asl::task_awaiter<int> awaiter6_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
  };
  int k;
  int a;
  int b;
  int c;
  bool neg;
  int state_ = -1;
  bool allocation2_live_ = false;
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
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(allocation2_, allocation2_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body(int k) { return asl::start<body_machine>(k); }

inline void body_machine::move_next() {
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
      goto try0_;
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
      a = 1;
      b = 2;

      // co_await val(10) (line 72)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{val(10)};
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
      spill0_ = awaiter0_.await_resume();
      (k ? a : b) = spill0_;
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("  a=%d b=%d\n", a, b);
      // co_await val(k) (line 74)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{val(k)};
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
      (awaiter1_.await_resume() ? a : b) += 5;
      asl::destroy(awaiter1_, awaiter1_live_);

      std::printf("  a=%d b=%d\n", a, b);
      // co_await heapT("deleted") (line 76)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<T *>{heapT("deleted")};
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
      delete awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await val(3) (line 77)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{val(3)};
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
      static_cast<void>(awaiter3_.await_resume());
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await val(4) (line 78)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{val(4)};
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
      (void)awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await passthrough() (line 79)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<void>{passthrough()};
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
      awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      // co_await val(3) (line 80)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{val(3)};
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
      count1_ = awaiter6_.await_resume();
      // allocates first, as `new` does: its initializer awaits
      ::new (asl::place(allocation2_))
          asl::allocation(asl::array_new_size(count1_, sizeof(int), 2),
                          [](void *p, std::size_t size) noexcept {
                            ::operator delete[](p, size);
                          });
      allocation2_.address = ::operator new[](allocation2_.size);
      allocation2_live_ = true;
      // co_await val(7) (line 80)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{val(7)};
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
      arr = asl::constructed(allocation2_live_,
                             ::new (allocation2_.address) int[count1_]{
                                 awaiter7_.await_resume(), 8});
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(allocation2_, allocation2_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("  arr=%d %d %d\n", arr[0], arr[1], arr[2]);
      delete[] arr;
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(awaiter8_, awaiter8_live_); });
        switch (state_) {
        case 8:
          goto resume8_;
        default:
          break;
        }

        if (k) {
          // co_await makeErr("thrown-awaited") (line 85)
          ::new (asl::place(awaiter8_))
              asl::task_awaiter<std::runtime_error>{makeErr("thrown-awaited")};
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
          throw awaiter8_.await_resume();
        }

        throw std::logic_error("plain");
      } catch (const std::runtime_error &e) {
        std::printf("  caught runtime %s\n", e.what());
      } catch (const std::logic_error &e) {
        std::printf("  caught logic %s\n", e.what());
      }
      // co_await val(1) (line 92)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{val(1)};
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
      c = sizeof(int) + alignof(T) * 0 + awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      // co_await val(0) (line 93)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{val(0)};
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
      neg = !awaiter10_.await_resume();
      asl::destroy(awaiter10_, awaiter10_live_);

      // co_await val(k) (line 94)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{val(k)};
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
      int tern = awaiter11_.await_resume() ? k : 42;
      asl::destroy(awaiter11_, awaiter11_live_);

      std::printf("  c=%d neg=%d tern=%d\n", c, (int)neg, tern);
      builder_.set_result(a + b);
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
  for (int k = 0; k < 2; ++k) {
    auto t = body(k);
    drain();
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
