// Checks default arguments that create temporaries in a full-expression that
// awaits. Natively each temporary lives until the end of the full-expression,
// after the await has resumed, and an async callee that suspends first reads
// it afterwards. The lowering writes such defaults into the call, with the
// temporary in a field: in the awaited call, in a call nested in its
// arguments, in a call evaluated before an await, for a member function,
// with a defaulted parameter before it, a type named in the default, braces,
// and an rvalue reference parameter.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>

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

struct Noisy {
  std::string name;
  Noisy(const char *n) : name(n) { std::printf("  make %s\n", n); }
  Noisy(const Noisy &other) : name(other.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  ~Noisy() { std::printf("  drop %s\n", name.c_str()); }
};

// The state machine of greet(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct greet_machine {
  explicit greet_machine(const std::string &who) : who(who) {}
  ~greet_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield> && !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  const std::string &who;
  union {
    Loop::Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> greet(const std::string &who = "visitor, by name") {
  return asl::start<greet_machine>(who);
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
      // co_await ready.yield() (line 40)
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

      std::printf("  hello %s\n", who.c_str());
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

// The state machine of twice(), line 45. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  explicit twice_machine(asl::Task<int> &task) : task(std::move(task)) {}
  ~twice_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'task' may be kept
  // (line 46).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Task<int> task;
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

ASL_ASYNC asl::Task<int> twice(asl::Task<int> task) {
  return asl::start<twice_machine>(task);
}

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await std::move(task) (line 46)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<int>(asl::get_awaiter(std::move(task)));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int n = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(2 * n);
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

// The state machine of value(), line 50. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct value_machine {
  explicit value_machine(int &n) : n(std::move(n)) {}
  ~value_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield, int> && !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  union {
    Loop::Yield awaiter0_;
  };
  int n;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> value(int n) { return asl::start<value_machine>(n); }

inline void value_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 51)
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

      std::printf("  resumed %d\n", n);
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

const char *label(const Noisy &n = Noisy("label")) { return n.name.c_str(); }

void show(const char *text, int n) { std::printf("  show %s %d\n", text, n); }

// The state machine of count(), line 60. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct count_machine {
  count_machine(int &times, const Noisy &tag, std::string &note)
      : tag(tag), note(std::move(note)), times(std::move(times)) {}
  ~count_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield, int> && !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  const Noisy &tag;
  std::string &&note;
  union {
    Loop::Yield awaiter0_;
  };
  int times;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> count(int times = 2, const Noisy &tag = {"tag"},
                               std::string &&note = "note") {
  return asl::start<count_machine>(times, tag, note);
}

inline void count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 62)
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

      std::printf("  %s %s x%d\n", tag.name.c_str(), note.c_str(), times);
      builder_.set_result(std::move(times));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

struct Greeter {
  std::string greeting;
  struct say_machine;
  ASL_ASYNC asl::Task<int> say(const Noisy &to = "member") const;
};

// The state machine of Greeter::say(), line 69. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Greeter::say_machine {
  say_machine(const Greeter *this_, const Noisy &to) : this_(this_), to(to) {}
  ~say_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Loop::Yield> && !asl::usually_suspends<Loop::Yield>;

  asl::task_builder<int> builder_;
  const Greeter *this_;
  const Noisy &to;
  union {
    Loop::Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Greeter::say(const Noisy &to) const {
  return asl::start<say_machine>(this, to);
}

inline void Greeter::say_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready.yield() (line 70)
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

      std::printf("  %s %s\n", this_->greeting.c_str(), to.name.c_str());
      builder_.set_result(1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 76. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'greeter' may be kept
  // (line 89).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Greeter greeter;
  };
  union {
    std::string temporary0_;
    std::string temporary1_;
    Noisy temporary2_;
    Noisy temporary4_;
    Noisy temporary6_;
    Noisy temporary8_;
    int spill9_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    const char *spill3_;
    std::string temporary5_;
    std::string temporary7_;
    asl::task_awaiter<int> awaiter5_;
    std::string temporary10_;
  };
  union {
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter6_;
  };
  int total;
  int state_ = -1;
  bool greeter_live_ = false;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool temporary6_live_ = false;
  bool temporary7_live_ = false;
  bool temporary8_live_ = false;
  bool temporary10_live_ = false;
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
    asl::destroy(temporary10_, temporary10_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary8_, temporary8_live_);
    asl::destroy(greeter, greeter_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary7_, temporary7_live_);
    asl::destroy(temporary6_, temporary6_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
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
    case 6:
      goto resume6_;
    default:
      break;
    }
    {
      std::printf("awaited call\n");
      ::new (asl::place(temporary0_)) std::string("visitor, by name");
      temporary0_live_ = true;
      // co_await greet() (line 78)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{greet(temporary0_)};
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

      std::printf("nested in its argument\n");
      ::new (asl::place(temporary1_)) std::string("visitor, by name");
      temporary1_live_ = true;
      // co_await twice(greet()) (line 80)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<int>{twice(greet(temporary1_))};
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
      asl::destroy(temporary1_, temporary1_live_);

      std::printf("before an await in the same expression\n");
      ::new (asl::place(temporary2_)) Noisy("label");
      temporary2_live_ = true;
      spill3_ = label(temporary2_);
      // co_await value(1) (line 82)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{value(1)};
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
      show(spill3_, awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(temporary2_, temporary2_live_);

      std::printf("explicit argument first\n");
      ::new (asl::place(temporary4_)) Noisy(Noisy("explicit"));
      temporary4_live_ = true;
      ::new (asl::place(temporary5_)) std::string("note");
      temporary5_live_ = true;
      // co_await count(3, Noisy("explicit")) (line 84)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<int>{count(3, temporary4_, std::move(temporary5_))};
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
      total += awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary5_, temporary5_live_);
      asl::destroy(temporary4_, temporary4_live_);

      std::printf("defaulted parameter before it\n");
      ::new (asl::place(temporary6_)) Noisy{"tag"};
      temporary6_live_ = true;
      ::new (asl::place(temporary7_)) std::string("note");
      temporary7_live_ = true;
      // co_await count() (line 86)
      ::new (asl::place(awaiter4_))
          asl::task_awaiter<int>{count(2, temporary6_, std::move(temporary7_))};
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
      asl::destroy(temporary7_, temporary7_live_);
      asl::destroy(temporary6_, temporary6_live_);

      std::printf("member function\n");
      ::new (asl::place(greeter)) Greeter{"hi"};
      greeter_live_ = true;

      ::new (asl::place(temporary8_)) Noisy("member");
      temporary8_live_ = true;
      // co_await greeter.say() (line 89)
      ::new (asl::place(awaiter5_))
          asl::task_awaiter<int>{greeter.say(temporary8_)};
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
      asl::destroy(temporary8_, temporary8_live_);

      std::printf("returned\n");
      spill9_ = total;
      ::new (asl::place(temporary10_)) std::string("visitor, by name");
      temporary10_live_ = true;
      // co_await greet() (line 91)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{greet(temporary10_)};
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
      builder_.set_result(spill9_ + awaiter6_.await_resume());
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(temporary10_, temporary10_live_);
      asl::destroy(greeter, greeter_live_);
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
  while (!ready.queue.empty()) {
    std::function<void()> next = std::move(ready.queue.front());
    ready.queue.pop_front();
    next();
  }
  std::printf("total %d\n", asl::sync_wait(std::move(task)));
}
