// Checks &&, || and ?: whose operand holding an await is not taken: the awaiter
// is never constructed (its constructor prints), an awaited task is never
// called, and temporaries of that operand are never built or destroyed.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Probe {
  const char *name;
  bool result;
  Probe(const char *n, bool r) : name(n), result(r) {
    std::printf("  construct %s\n", name);
  }
  ~Probe() { std::printf("  destroy %s\n", name); }
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  bool await_resume() { return result; }
};
struct Note {
  std::string text;
  Note(const char *t) : text(t) { std::printf("  note %s\n", t); }
  ~Note() { std::printf("  drop note %s\n", text.c_str()); }
};

// The state machine of lookup(), line 31. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct lookup_machine {
  lookup_machine(const Note &n, int &v) : n(n), v(std::move(v)) {}
  ~lookup_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Probe, int> && !asl::usually_suspends<Probe>;

  asl::task_builder<int> builder_;
  const Note &n;
  union {
    Probe awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> lookup(const Note &n, int v) {
  return asl::start<lookup_machine>(n, v);
}

inline void lookup_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      std::printf("  lookup(%s) called\n", n.text.c_str());
      // co_await Probe("inside lookup", true) (line 33)
      ::new (asl::place(awaiter0_)) Probe(Probe("inside lookup", true));
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

      builder_.set_result(std::move(v));
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

// The state machine of logic(), line 37. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct logic_machine {
  logic_machine(bool &yes, bool &no) : yes(std::move(yes)), no(std::move(no)) {}
  ~logic_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 42).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Probe awaiter0_;
    Probe awaiter1_;
    bool condition3_;
    Note temporary5_;
    Note temporary7_;
    Note temporary10_;
    bool condition19_;
    bool condition18_;
    Note temporary14_;
  };
  union {
    Probe awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    Note temporary8_;
    Probe awaiter6_;
    Probe awaiter8_;
    Probe awaiter9_;
    int spill15_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<int> awaiter7_;
    int spill16_;
  };
  union {
    asl::task_awaiter<int> awaiter5_;
    int spill17_;
  };
  union {
    asl::task_awaiter<int> awaiter10_;
  };
  int d;
  int e;
  int f;
  int rounds;
  bool yes;
  bool no;
  bool a;
  bool b;
  bool c;
  union {
    bool condition0_;
    bool condition1_;
    bool condition2_;
    bool condition4_;
    bool condition6_;
    bool condition9_;
    bool condition11_;
    bool condition12_;
    bool condition13_;
  };
  int state_ = -1;
  bool temporary5_live_ = false;
  bool temporary7_live_ = false;
  bool temporary8_live_ = false;
  bool temporary10_live_ = false;
  bool temporary14_live_ = false;
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
    asl::destroy(temporary14_, temporary14_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(temporary10_, temporary10_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary8_, temporary8_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary7_, temporary7_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> logic(bool yes, bool no) {
  return asl::start<logic_machine>(yes, no);
}

inline void logic_machine::move_next() {
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
      condition0_ = yes;
      if (!condition0_) {
        // co_await Probe("A", false) (line 38)
        ::new (asl::place(awaiter0_)) Probe(Probe("A", false));
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
      }
      a = condition0_ || awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      condition1_ = no;
      if (condition1_) {
        // co_await Probe("B", true) (line 39)
        ::new (asl::place(awaiter1_)) Probe(Probe("B", true));
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
      }
      b = condition1_ && awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      condition2_ = no;
      if (!condition2_) {
        condition3_ = yes;
        if (condition3_) {
          // co_await Probe("C", true) (line 40)
          ::new (asl::place(awaiter2_)) Probe(Probe("C", true));
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
        }
      }
      c = condition2_ || (condition3_ && awaiter2_.await_resume());
      asl::destroy(awaiter2_, awaiter2_live_);

      std::printf("a=%d b=%d c=%d\n", a, b, c);
      condition4_ = yes;
      if (!condition4_) {
        ::new (asl::place(temporary5_)) Note(Note("d"));
        temporary5_live_ = true;
        // co_await lookup(Note("d"), 2) (line 42)
        ::new (asl::place(awaiter3_))
            asl::task_awaiter<int>{lookup(temporary5_, 2)};
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
      }
      d = condition4_ ? 1 : awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(temporary5_, temporary5_live_);

      condition6_ = no;
      if (condition6_) {
        ::new (asl::place(temporary7_)) Note(Note("e"));
        temporary7_live_ = true;
        // co_await lookup(Note("e"), 3) (line 43)
        ::new (asl::place(awaiter4_))
            asl::task_awaiter<int>{lookup(temporary7_, 3)};
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
      } else {
        ::new (asl::place(temporary8_)) Note(Note("e2"));
        temporary8_live_ = true;
        // co_await lookup(Note("e2"), 4) (line 43)
        ::new (asl::place(awaiter5_))
            asl::task_awaiter<int>{lookup(temporary8_, 4)};
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
      }
      e = condition6_ ? awaiter4_.await_resume() : awaiter5_.await_resume();
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(temporary8_, temporary8_live_);
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(temporary7_, temporary7_live_);

      // co_await Probe("F", false) (line 44)
      ::new (asl::place(awaiter6_)) Probe(Probe("F", false));
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
      condition9_ = (awaiter6_.await_resume());
      if (condition9_) {
        ::new (asl::place(temporary10_)) Note(Note("f"));
        temporary10_live_ = true;
        // co_await lookup(Note("f"), 5) (line 44)
        ::new (asl::place(awaiter7_))
            asl::task_awaiter<int>{lookup(temporary10_, 5)};
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
      }
      f = condition9_ ? awaiter7_.await_resume() : 6;
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(temporary10_, temporary10_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      std::printf("d=%d e=%d f=%d\n", d, e, f);
      {
        condition11_ = yes;
        if (!condition11_) {
          // co_await Probe("G", true) (line 46)
          ::new (asl::place(awaiter8_)) Probe(Probe("G", true));
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
        }
        condition19_ = condition11_ || awaiter8_.await_resume();
        asl::destroy(awaiter8_, awaiter8_live_);
        if (condition19_)
          std::puts("if taken without G");
      }

      rounds = 0;

      for (;;) {
        condition12_ = rounds < 2;
        if (condition12_) {
          // co_await Probe("H", true) (line 49)
          ::new (asl::place(awaiter9_)) Probe(Probe("H", true));
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
        }
        condition18_ = condition12_ && awaiter9_.await_resume();
        asl::destroy(awaiter9_, awaiter9_live_);
        if (!condition18_)
          break;
        ++rounds;
      }

      std::printf("rounds=%d\n", rounds);
      condition13_ = no;
      if (condition13_) {
        ::new (asl::place(temporary14_)) Note(Note("r"));
        temporary14_live_ = true;
        // co_await lookup(Note("r"), 1) (line 52)
        ::new (asl::place(awaiter10_))
            asl::task_awaiter<int>{lookup(temporary14_, 1)};
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
      }
      spill15_ = (condition13_ && awaiter10_.await_resume());
      spill16_ = spill15_ + d;
      spill17_ = spill16_ + e;
      builder_.set_result(spill17_ + f);
      asl::destroy(awaiter10_, awaiter10_live_);
      asl::destroy(temporary14_, temporary14_live_);
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
  asl::Task<int> t = logic(true, false);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
