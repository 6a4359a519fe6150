// Checks default arguments that name declarations (an enumerator, a
// constant, a function, a static member) next to a default that creates a
// temporary which must outlive an await: the lowering writes them into the
// call, each name qualified, so that they mean what they meant where the
// function was declared, also in a caller whose scope declares the same
// names. A braced list that a standard container takes (`std::vector<int>
// extra = {1, 2}`, probe7's b07) needs no writing: its array dies with the
// call, as the container keeps no pointer to it.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <vector>

// Each await suspends; main resumes the tasks one at a time.
struct Loop {
  struct Yield {
    Loop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  std::deque<std::function<void()>> queue;
} ready;

namespace names {
enum class Mode { Fast, Safe };
enum Level { Low, High };
constexpr const char *fallback = "visitor";
inline std::string make_name() { return "made"; }
struct Config {
  static constexpr int limit = 3;
  static std::string prefix() { return "cfg:"; }
};

// The state machine of names::greet(), line 41. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct greet_machine {
  greet_machine(names::Mode &m, names::Level &l, const std::string &who)
      : who(who), m(std::move(m)), l(std::move(l)) {}
  ~greet_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield, names::Level, names::Mode> &&
      !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  const std::string &who;
  union {
    Loop::Yield awaiter0_;
  };
  names::Mode m;
  names::Level l;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> greet(Mode m = Mode::Safe, Level l = High,
                               const std::string &who = fallback) {
  return asl::start<greet_machine>(m, l, who);
}

inline void greet_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 43)
      ::new (asl::place(awaiter0_)) Loop::Yield(ready.yield());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  greet %s %d %d\n", who.c_str(), static_cast<int>(m), l);
      builder_.set_result(static_cast<int>(who.size()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of names::tag(), line 48. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct tag_machine {
  tag_machine(int &limit, const std::string &name, const std::string &path)
      : name(name), path(path), limit(std::move(limit)) {}
  ~tag_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield, int> && !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  const std::string &name;
  const std::string &path;
  union {
    Loop::Yield awaiter0_;
  };
  int limit;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int>
tag(int limit = Config::limit, const std::string &name = make_name(),
    const std::string &path = std::string(Config::limit, '/')) {
  return asl::start<tag_machine>(limit, name, path);
}

inline void tag_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 52)
      ::new (asl::place(awaiter0_)) Loop::Yield(ready.yield());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  tag %d %s %s\n", limit, name.c_str(), path.c_str());
      builder_.set_result(std::move(limit));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of names::prefixed(), line 57. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct prefixed_machine {
  explicit prefixed_machine(const std::string &p) : p(p) {}
  ~prefixed_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield> && !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  const std::string &p;
  union {
    Loop::Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> prefixed(const std::string &p = Config::prefix()) {
  return asl::start<prefixed_machine>(p);
}

inline void prefixed_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 58)
      ::new (asl::place(awaiter0_)) Loop::Yield(ready.yield());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  prefixed %s\n", p.c_str());
      builder_.set_result(static_cast<int>(p.size()));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of names::query(), line 63. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct query_machine {
  query_machine(const char *&what, int &limit, names::Mode &m,
                std::vector<int> &extra)
      : extra(std::move(extra)), what(std::move(what)), limit(std::move(limit)),
        m(std::move(m)) {}
  ~query_machine() {}

  // Built in its heap box from the start: the address of 'extra' may be kept
  // (line 68).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<int> extra;
  const char *what;
  union {
    Loop::Yield awaiter0_;
  };
  int limit;
  names::Mode m;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> query(const char *what, int limit = 3,
                               Mode m = Mode::Safe,
                               std::vector<int> extra = {1, 2}) {
  return asl::start<query_machine>(what, limit, m, extra);
}

inline void query_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 66)
      ::new (asl::place(awaiter0_)) Loop::Yield(ready.yield());
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("  query %s %d %d", what, limit, static_cast<int>(m));
      for (int e : extra)
        std::printf(" %d", e);
      std::printf("\n");
      builder_.set_result(std::move(limit));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

} // namespace names

namespace caller {
// Names the defaults use, declared again where the calls are.
enum class Mode { Safe, Fast };
[[maybe_unused]] constexpr const char *fallback = "wrong";
inline std::string make_name() { return "wrong"; }
struct Config {
  static constexpr int limit = 9;
};

// The state machine of caller::run(), line 84. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: a default argument's temporary kept
  // in the machine is passed by reference to a call that may keep the reference
  // (line 86).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string temporary0_;
    std::string temporary1_;
    std::string temporary3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter5_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    std::string temporary2_;
    std::string temporary4_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    int spill5_;
  };
  union {
    std::string temporary6_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
  };
  union {
    asl::task_awaiter<int> awaiter3_;
  };
  int total;
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool temporary6_live_ = false;
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
    asl::destroy(temporary6_, temporary6_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(temporary0_, temporary0_live_);
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
    default:
      break;
    }
    {
      std::printf("enumerators and a constant\n");
      ::new (asl::place(temporary0_)) std::string(::names::fallback);
      temporary0_live_ = true;
      // co_await names::greet() (line 86)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          names::greet(::names::Mode::Safe, ::names::High, temporary0_)};
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
      total = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("a static member and functions\n");
      ::new (asl::place(temporary1_)) std::string(::names::make_name());
      temporary1_live_ = true;
      ::new (asl::place(temporary2_)) std::string(::names::Config::limit, '/');
      temporary2_live_ = true;
      // co_await names::tag() (line 88)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
          names::tag(::names::Config::limit, temporary1_, temporary2_)};
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
      total += awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(temporary1_, temporary1_live_);

      ::new (asl::place(temporary3_)) std::string(::names::make_name());
      temporary3_live_ = true;
      ::new (asl::place(temporary4_)) std::string(::names::Config::limit, '/');
      temporary4_live_ = true;
      // co_await names::tag(1) (line 89)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<int>{names::tag(1, temporary3_, temporary4_)};
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
      spill5_ = awaiter2_.await_resume();
      ::new (asl::place(temporary6_)) std::string(::names::Config::prefix());
      temporary6_live_ = true;
      // co_await names::prefixed() (line 89)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{names::prefixed(temporary6_)};
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
      total += spill5_ + awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary6_, temporary6_live_);
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(temporary3_, temporary3_live_);

      std::printf("a list for a container\n");
      // co_await names::query("a") (line 91)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{names::query("a")};
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
      total += awaiter4_.await_resume();
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await names::query("b", 1, names::Mode::Fast, {9}) (line 92)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{names::query("b", 1, names::Mode::Fast, {9})};
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
      total += awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);

      builder_.set_result(std::move(total));
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

} // namespace caller

int main() {
  asl::Task<int> task = caller::run();
  while (!ready.queue.empty()) {
    std::function<void()> next = std::move(ready.queue.front());
    ready.queue.pop_front();
    next();
  }
  std::printf("total %d\n", asl::sync_wait(std::move(task)));
}
