// auto locals whose type is an unnamed enumeration or an unnamed class
// declared at namespace scope (old-style constants, a C-style config
// variable), or in a class, living across an await, and a reference to one
// (kept as a pointer): the machine spells their types through decltype of a
// name declared with them.
#include <asl/task.h>

#include <cstdio>

asl::Event ev(true);

enum { kSmall = 1, kLarge = 100 };

static struct {
  int retries;
  int timeout;
} config = {3, 50};

namespace limits {
enum { kMax = 1000 };
}

struct Settings {
  enum { kDefault = 7 };
  struct {
    int depth;
  } nested = {4};
};

// The state machine of run(), line 30. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Settings, asl::event_awaiter, const decltype(::config) *,
                       decltype(::Settings::kDefault),
                       decltype(::Settings::nested), decltype(::config),
                       decltype(::kSmall), decltype(::limits::kMax)> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const decltype(::config) *cref;
  union {
    asl::event_awaiter awaiter0_;
  };
  decltype(::kSmall) size;
  union {
    decltype(::config) cfg;
  };
  decltype(::limits::kMax) max;
  union {
    Settings settings;
  };
  union {
    decltype(::Settings::nested) inner;
  };
  decltype(::Settings::kDefault) fallback;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      size = kLarge;

      ::new (asl::place(cfg)) decltype(::config)(config);

      cref = std::addressof(config);

      max = limits::kMax;

      ::new (asl::place(settings)) Settings;

      ::new (asl::place(inner)) decltype(::Settings::nested)(settings.nested);

      fallback = Settings::kDefault;

      // co_await ev (line 38)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(size + kSmall + cfg.retries + (*cref).timeout + max +
                          inner.depth + fallback);
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

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
