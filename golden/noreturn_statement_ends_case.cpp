// Switch cases that end in a statement that cannot complete: a throw or a
// call of a [[noreturn]] function whose operands await and keep
// temporaries. No destroy call follows such a statement in the lowering
// (g++ -Wextra would say the case falls through); when it throws, its
// awaiters and temporaries still die exactly once, as natively. Also
// `[[fallthrough]];` and `goto` after an awaiting statement.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

static asl::Event g_ev;

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tr(const Tr &) = delete;
  ~Tr() { std::printf("  -%s\n", n.c_str()); }
};

static std::string operator+(const Tr &a, const std::string &b) {
  return a.n + " " + b;
}

// Completes without suspending, but is an awaiter with a destructor.
struct Traced {
  int id;
  explicit Traced(int i) : id(i) { std::printf("  +awaiter%d\n", id); }
  Traced(const Traced &) = delete;
  ~Traced() { std::printf("  -awaiter%d\n", id); }
  bool await_ready() const { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const { return id; }
};

// The state machine of msg(), line 39. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct msg_machine {
  explicit msg_machine(int &k) : k(std::move(k)) {}
  ~msg_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<std::string> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int k;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> msg(int k) {
  return asl::start<msg_machine>(k);
}

inline void msg_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await g_ev (line 40)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(g_ev));
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

      builder_.set_result("boom " + std::to_string(k));
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

[[noreturn]] static void fatal(int code, const Tr &why) {
  throw std::logic_error("fatal " + std::to_string(code) + " " + why.n);
}

// The state machine of pick(), line 48. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pick_machine {
  explicit pick_machine(int &k) : k(std::move(k)) {}
  ~pick_machine() { destroy_live(); }

  // Built in its heap box from the start: a temporary kept in the machine is
  // passed by reference to a call that may keep the reference (line 53).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tr keep;
  };
  union {
    Tr keep1;
  };
  union {
    Tr temporary0_;
    int spill1_;
    std::size_t spill2_;
    int spill5_;
    Traced awaiter6_;
    bool condition6_;
    int spill8_;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    Traced awaiter2_;
    std::basic_string<char> temporary3_;
    Traced awaiter5_;
    int spill7_;
    Traced awaiter8_;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter4_;
  };
  int k;
  int out;
  union {
    Traced awaiter1_;
    int spill4_;
    Traced awaiter7_;
  };
  union {
    Traced awaiter3_;
  };
  int state_ = -1;
  bool keep_live_ = false;
  bool keep1_live_ = false;
  bool temporary0_live_ = false;
  bool temporary3_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(keep1, keep1_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(keep, keep_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> pick(int k) { return asl::start<pick_machine>(k); }

inline void pick_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
      goto try0_;
    default:
      break;
    }
    {
      out = 0;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter8_, awaiter8_live_);
          asl::destroy(awaiter7_, awaiter7_live_);
          asl::destroy(awaiter6_, awaiter6_live_);
          asl::destroy(awaiter5_, awaiter5_live_);
          asl::destroy(temporary3_, temporary3_live_);
          asl::destroy(awaiter4_, awaiter4_live_);
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(awaiter2_, awaiter2_live_);
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(awaiter1_, awaiter1_live_);
          asl::destroy(temporary0_, temporary0_live_);
          asl::destroy(keep1, keep1_live_);
          asl::destroy(keep, keep_live_);
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
        case 6:
          goto resume6_;
        case 7:
          goto resume7_;
        case 8:
          goto resume8_;
        default:
          break;
        }

        switch (k) {
        case 0:
          ::new (asl::place(temporary0_)) Tr(Tr("t0"));
          temporary0_live_ = true;
          // co_await Traced(0) (line 53)
          ::new (asl::place(awaiter1_)) Traced(Traced(0));
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
          // co_await msg(co_await Traced(0)) (line 53)
          ::new (asl::place(awaiter0_))
              asl::task_awaiter<std::basic_string<char>>{
                  msg(awaiter1_.await_resume())};
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
          throw std::runtime_error(temporary0_ + awaiter0_.await_resume());

        case 1:
          // co_await Traced(1) (line 55)
          ::new (asl::place(awaiter2_)) Traced(Traced(1));
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
          spill1_ = awaiter2_.await_resume();
          fatal(spill1_, Tr("t1"));

        case 2: {
          ::new (asl::place(keep)) Tr("k2");
          keep_live_ = true;

          // co_await Traced(2) (line 58)
          ::new (asl::place(awaiter3_)) Traced(Traced(2));
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
          spill2_ = awaiter3_.await_resume();
          // co_await msg(2) (line 58)
          ::new (asl::place(awaiter4_))
              asl::task_awaiter<std::basic_string<char>>{msg(2)};
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
          ::new (asl::place(temporary3_))
              std::basic_string<char>((awaiter4_.await_resume()));
          temporary3_live_ = true;
          spill4_ = spill2_ + std::move(temporary3_).size();
          fatal(spill4_, Tr("t2"));
        }
        case 3:
          // co_await Traced(3) (line 61)
          ::new (asl::place(awaiter5_)) Traced(Traced(3));
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
          spill5_ = awaiter5_.await_resume();
          out += spill5_ + static_cast<int>(Tr("t3").n.size());
          asl::destroy(awaiter5_, awaiter5_live_);

          [[fallthrough]];
        case 4: {
          ::new (asl::place(keep1)) Tr("k4");
          keep1_live_ = true;

          // co_await Traced(4) (line 65)
          ::new (asl::place(awaiter6_)) Traced(Traced(4));
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
          out += awaiter6_.await_resume();
          asl::destroy(awaiter6_, awaiter6_live_);

          asl::destroy(keep1, keep1_live_);
          goto done;
        }
        case 5:
          condition6_ = k > 100;
          if (condition6_) {
            // co_await Traced(5) (line 69)
            ::new (asl::place(awaiter7_)) Traced(Traced(5));
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
            spill7_ = awaiter7_.await_resume();
          }
          condition6_ ? fatal(spill7_, Tr("t5a")) : fatal(0, Tr("t5b"));

        case 6:
          // co_await Traced(6) (line 72)
          ::new (asl::place(awaiter8_)) Traced(Traced(6));
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
          spill8_ = awaiter8_.await_resume();
          builder_.set_result(spill8_ + static_cast<int>(Tr("t6").n.size()));
          asl::destroy(awaiter8_, awaiter8_live_);
          unwind_.release();
          goto finish_;
        }
      } catch (const std::runtime_error &e) {
        std::printf("  pick caught: %s\n", e.what());
        builder_.set_result(-1);
        unwind_.release();
        goto finish_;
      }
    done:
      builder_.set_result(std::move(out));
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
  for (int k = 0; k <= 6; ++k) {
    std::printf("pick(%d)\n", k);
    asl::Task<int> t = pick(k);
    g_ev.set();
    try {
      std::printf("= %d\n", asl::sync_wait(std::move(t)));
    } catch (const std::exception &e) {
      std::printf("caught: %s\n", e.what());
    }
  }
}
