// A class local to the body of an async function template or of an async
// member of a class template, whose object lives across an await, may
// declare a destructor with a body (probe14 control finding k47; a generic
// coroutine lambda's such class waits for probe14 control repro 3, the
// machine not finding it at all): the machine names the class, and the
// destructor's name `~Guard` names the class itself, not something outside
// the function of the same name. Two such classes of
// one name in different blocks: the second is renamed, its destructor too.
#include <asl/task.h>

#include <cstdio>

struct Later {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

template <class T> struct fromTemplate_machine;

template <class T> ASL_ASYNC asl::Task<int> fromTemplate(T n) {
  return asl::start<fromTemplate_machine<T>>(n);
}

template <class T> struct twoGuards_machine;

template <class T> ASL_ASYNC asl::Task<int> twoGuards(T n) {
  return asl::start<twoGuards_machine<T>>(n);
}

template <class T> struct Box {
  T v;
  struct get_locals;
  struct get_machine;
  ASL_ASYNC asl::Task<int> get() { return asl::start<get_machine>(this); }
};

int main() {
  int a = asl::sync_wait(fromTemplate(7));
  Box<long> box{9};
  int c = asl::sync_wait(box.get());
  int d = asl::sync_wait(twoGuards(short{4}));
  std::printf("%d %d %d\n", a, c, d);
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The types that fromTemplate<int>() declares, moved out of its body so that
// its machine can name them.
struct fromTemplate_locals {
  using T = int;

  struct Guard {
    int id;
    ~Guard() { std::printf("guard-%d\n", id); }
  };
};

// The state machine of fromTemplate<int>(), line 20. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
template <> struct fromTemplate_machine<int> : fromTemplate_locals {
  // The template's parameters, which the body names.
  using T = int;

  explicit fromTemplate_machine(int &n) : n(std::move(n)) {}
  ~fromTemplate_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Later, int> && !asl::usually_suspends<Later>;

  asl::task_builder<int> builder_;
  int n;
  union {
    Guard g;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

inline void fromTemplate_machine<int>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(g)) Guard{static_cast<int>(n)};
      g_live_ = true;

      // co_await Later{} (line 26)
      ::new (asl::place(awaiter0_)) Later(Later{});
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

      std::printf("template %d\n", g.id);
      builder_.set_result(g.id);
      asl::destroy(g, g_live_);
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

// The types that twoGuards<short>() declares, moved out of its body so that its
// machine can name them.
struct twoGuards_locals {
  using T = short;

  struct Guard {
    int id;
    ~Guard() { std::printf("first-%d\n", id); }
  };
  struct Guard_2 {
    int id;
    ~Guard_2() { std::printf("second-%d\n", id); }
  };
};

// The state machine of twoGuards<short>(), line 32. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
template <> struct twoGuards_machine<short> : twoGuards_locals {
  // The template's parameters, which the body names.
  using T = short;

  explicit twoGuards_machine(short &n) : n(std::move(n)) {}
  ~twoGuards_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Guard_2, Later, int, short>;

  asl::task_builder<int> builder_;
  int s;
  union {
    Guard g1;
  };
  union {
    Guard_2 g2;
  };
  union {
    int spill0_;
    int spill1_;
  };
  short n;
  union {
    Later awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;
  bool g1_live_ = false;
  bool g2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(g2, g2_live_);
    asl::destroy(g1, g1_live_);
  }

  void move_next();
};

inline void twoGuards_machine<short>::move_next() {
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
      s = 0;

      {
        ::new (asl::place(g1)) Guard{static_cast<int>(n)};
        g1_live_ = true;

        // co_await Later{} (line 40)
        ::new (asl::place(awaiter0_)) Later(Later{});
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
        s += spill0_ + g1.id;

        asl::destroy(g1, g1_live_);
      }
      {
        ::new (asl::place(g2)) Guard_2{static_cast<int>(n) + 1};
        g2_live_ = true;

        // co_await Later{} (line 48)
        ::new (asl::place(awaiter1_)) Later(Later{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        spill1_ = awaiter1_.await_resume();
        s += spill1_ + g2.id;

        asl::destroy(g2, g2_live_);
      }
      builder_.set_result(std::move(s));
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

// The types that Box<long>::get() declares, moved out of its body so that its
// machine can name them.
template <> struct Box<long>::get_locals {
  using T = long;

  struct Guard {
    int id;
    Guard(int i) : id(i) { std::printf("+box %d\n", id); }
    Guard(const Guard &) = delete;
    ~Guard() { std::printf("-box %d\n", id); }
    int twice() const { return id * 2; }
  };
};

// The state machine of Box<long>::get(), line 55. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
template <> struct Box<long>::get_machine : Box<long>::get_locals {
  // The template's parameters, which the body names.
  using T = long;

  explicit get_machine(Box<long> *this_) : this_(this_) {}
  ~get_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'g' may be kept (line
  // 65).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Box<long> *this_;
  union {
    Guard g;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

inline void Box<long>::get_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(g)) Guard(static_cast<int>(this_->v));
      g_live_ = true;

      // co_await Later{} (line 64)
      ::new (asl::place(awaiter0_)) Later(Later{});
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

      builder_.set_result(g.twice());
      asl::destroy(g, g_live_);
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
