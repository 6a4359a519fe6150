// Checks awaits inside nested try blocks: an exception thrown after a
// resumption (by the awaited task or by the code after the await) reaches the
// innermost matching handler, `throw;` passes it outward, a try block already
// left does not catch it, and the try blocks' locals die before each handler.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};
struct Guard {
  const char *name;
  ~Guard() { std::printf("  ~%s\n", name); }
};

// The state machine of fetch(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fetch_machine {
  explicit fetch_machine(int &id) : id(std::move(id)) {}
  ~fetch_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Pause, int> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Guard g;
  };
  int id;
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool g_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(g, g_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> fetch(int id) { return asl::start<fetch_machine>(id); }

inline void fetch_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(g)) Guard{"fetch"};
      g_live_ = true;

      // co_await Pause{} (line 27)
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

      if (id == 2)
        throw std::out_of_range("id 2");
      if (id == 3)
        throw std::runtime_error("id 3");
      builder_.set_result(id * 10);
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

// The state machine of run(), line 35. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Guard, Pause, asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  union {
    Guard outer;
  };
  union {
    Guard inner;
  };
  union {
    Guard late;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
    Pause awaiter3_;
  };
  int total;
  int id;
  int state_ = -1;
  bool outer_live_ = false;
  bool inner_live_ = false;
  bool late_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(late, late_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(inner, inner_live_);
    asl::destroy(outer, outer_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    case 1:
      goto try3_;
    case 2:
      goto try4_;
    case 3:
      goto resume3_;
    default:
      break;
    }
    {
      total = 0;

      for (id = 1; id <= 3; ++id) {
      try0_:
        try {
          asl::try_unwind_guard unwind_try_(unwind_, [&] {
            asl::destroy(awaiter0_, awaiter0_live_);
            asl::destroy(inner, inner_live_);
            asl::destroy(outer, outer_live_);
          });
          switch (state_) {
          case 0:
            goto try1_;
          default:
            break;
          }

          ::new (asl::place(outer)) Guard{"outer"};
          outer_live_ = true;

        try1_:
          try {
            asl::try_unwind_guard unwind_try_(unwind_, [&] {
              asl::destroy(awaiter0_, awaiter0_live_);
              asl::destroy(inner, inner_live_);
            });
            switch (state_) {
            case 0:
              goto try2_;
            default:
              break;
            }

            ::new (asl::place(inner)) Guard{"inner"};
            inner_live_ = true;

          try2_:
            try {
              switch (state_) {
              case 0:
                goto resume0_;
              default:
                break;
              }

              // co_await fetch(id) (line 43)
              ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{fetch(id)};
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
              total += awaiter0_.await_resume();
              asl::destroy(awaiter0_, awaiter0_live_);

              std::printf("  fetched %d\n", id);
            } catch (const std::invalid_argument &) {
              asl::destroy(awaiter0_, awaiter0_live_);

              std::puts("  wrong handler");
            }
            asl::destroy(inner, inner_live_);
          } catch (const std::logic_error &e) {
            std::printf("  logic_error handler: %s, rethrow\n", e.what());
            throw;
          }
          asl::destroy(outer, outer_live_);
        } catch (const std::exception &e) {
          std::printf("  outer handler: %s\n", e.what());
        }
      }
    try3_:
      try {
        switch (state_) {
        case 1:
          goto resume1_;
        default:
          break;
        }

        // co_await Pause{} (line 57)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
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

      } catch (...) {
        std::puts("  wrong: this try block has ended");
      }
    try4_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(late, late_live_); });
        switch (state_) {
        case 2:
          goto resume2_;
        default:
          break;
        }

        ::new (asl::place(late)) Guard{"late"};
        late_live_ = true;

        // co_await Pause{} (line 63)
        ::new (asl::place(awaiter2_)) Pause(Pause{});
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter2_.await_resume();

        if (total > 0)
          throw std::runtime_error("after resume");
        asl::destroy(late, late_live_);
      } catch (const std::runtime_error &e) {
        std::printf("  caught %s\n", e.what());
      }
      // co_await Pause{} (line 69)
      ::new (asl::place(awaiter3_)) Pause(Pause{});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();

      throw std::invalid_argument("escapes");
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of parent(), line 73. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct parent_machine {
  parent_machine() {}
  ~parent_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::task_awaiter<int>>;

  asl::task_builder<int> builder_;
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

ASL_ASYNC asl::Task<int> parent() { return asl::start<parent_machine>(); }

inline void parent_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await run() (line 75)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{run()};
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

      } catch (const std::invalid_argument &e) {
        asl::destroy(awaiter0_, awaiter0_live_);

        std::printf("  parent caught %s\n", e.what());
      }
      builder_.set_result(-1);
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
  asl::Task<int> t = parent();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
