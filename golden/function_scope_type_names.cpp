// Checks lifted locals whose types are written with names only the
// function's body can see: an alias declared in the function (`using Vec =
// ...`, `typedef ... Map`, also inside a template argument and under a
// pointer) and `decltype(this)`, which in the machine would mean the
// machine. Their fields are spelled with the types they stand for. Found by
// the probe (local_type_alias_in_machine, decltype_this_lifted_local).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <map>
#include <vector>

static std::function<void()> pending;

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// The state machine of aliases(), line 24. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct aliases_machine {
  aliases_machine() {}
  ~aliases_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 29).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> v;
  };
  union {
    std::map<int, std::vector<int>> m;
  };
  const std::vector<int> *pv;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool m_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(m, m_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> aliases() { return asl::start<aliases_machine>(); }

inline void aliases_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      using Vec [[maybe_unused]] = std::vector<int>;
      typedef std::map<int, Vec> Map [[maybe_unused]];
      ::new (asl::place(v)) std::vector<int>{1, 2};
      v_live_ = true;

      ::new (asl::place(m)) std::map<int, std::vector<int>>;
      m_live_ = true;

      pv = &v;

      // co_await Pause{} (line 30)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
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

      m[2] = *pv;
      // A use of Map outside the lifted declarations (see TypeSpelling.cpp:
      // otherwise the alias is unused in the output, a warning).
      std::printf("size=%d first=%d entries=%d\n",
                  static_cast<int>(m[2].size()), m[2][0],
                  static_cast<int>(Map(m).size()));
      builder_.set_result(static_cast<int>(v.size()));
      asl::destroy(m, m_live_);
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

struct Holder {
  int base = 5;
  struct run_machine;
  ASL_ASYNC asl::Task<int> run();
};

// The state machine of Holder::run(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Holder::run_machine {
  explicit run_machine(Holder *this_) : this_(this_) {}
  ~run_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Holder *, Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  Holder *this_;
  Holder *p;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Holder::run() { return asl::start<run_machine>(this); }

inline void Holder::run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      p = this_;

      // co_await Pause{} (line 43)
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

      builder_.set_result(p->base);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  auto t = aliases();
  pending();
  std::printf("aliases %d\n", asl::sync_wait(std::move(t)));
  Holder h;
  auto u = h.run();
  pending();
  std::printf("decltype %d\n", asl::sync_wait(std::move(u)));
}
