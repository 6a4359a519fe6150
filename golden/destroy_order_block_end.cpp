// Checks destruction order when a block holds a local that lives across an
// await and, after it, a local that does not (found by scripts/fuzz, seed
// 43): at the end of a block, a switch case, a loop body and the function
// body, the later local is destroyed first, as in the native build.
#include <asl/task.h>

#include <cstdio>

struct Tracer {
  explicit Tracer(unsigned id) : id(id) { std::printf("  +%u\n", id); }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { std::printf("  -%u\n", id); }
  unsigned id;
};

asl::Event ev;

// The state machine of blocks(), line 19. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct blocks_machine {
  explicit blocks_machine(unsigned int &a) : a(std::move(a)) {}
  ~blocks_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'after' may be kept
  // (line 34).
  static constexpr bool relocatable = false;

  asl::task_builder<unsigned int> builder_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
    asl::event_awaiter awaiter3_;
  };
  unsigned int a;
  union {
    Tracer whole;
  };
  union {
    Tracer before;
  };
  union {
    Tracer after1;
  };
  unsigned int i;
  union {
    Tracer before1;
  };
  union {
    Tracer after;
  };
  union {
    Tracer before2;
  };
  union {
    Tracer after2;
  };
  union {
    Tracer also;
  };
  union {
    Tracer last;
  };
  int state_ = -1;
  bool whole_live_ = false;
  bool before_live_ = false;
  bool after1_live_ = false;
  bool before1_live_ = false;
  bool after_live_ = false;
  bool before2_live_ = false;
  bool after2_live_ = false;
  bool also_live_ = false;
  bool last_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(last, last_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(also, also_live_);
    asl::destroy(after2, after2_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(before2, before2_live_);
    asl::destroy(after, after_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(before1, before1_live_);
    asl::destroy(after1, after1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(before, before_live_);
    asl::destroy(whole, whole_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<unsigned> blocks(unsigned a) {
  return asl::start<blocks_machine>(a);
}

inline void blocks_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(whole)) Tracer{1};
      whole_live_ = true;

      switch (a % 4u) {
      case 0u: {
        ::new (asl::place(before)) Tracer{2};
        before_live_ = true;

        // co_await ev (line 24)
        ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

        ::new (asl::place(after1)) Tracer{3};
        after1_live_ = true;

        asl::destroy(after1, after1_live_);
        asl::destroy(before, before_live_);
      } break;
      default:
        break;
      }
      for (i = 0; i < 2u; ++i) {
        ::new (asl::place(before1)) Tracer{10 + i};
        before1_live_ = true;

        // co_await ev (line 32)
        ::new (asl::place(awaiter1_)) asl::event_awaiter(asl::get_awaiter(ev));
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
        awaiter1_.await_resume();
        asl::destroy(awaiter1_, awaiter1_live_);

        ::new (asl::place(after)) Tracer{20 + i};
        after_live_ = true;

        const Tracer &alias = after;
        std::printf("  body %u\n", alias.id);
        asl::destroy(after, after_live_);
        asl::destroy(before1, before1_live_);
      }
      {
        ::new (asl::place(before2)) Tracer{30};
        before2_live_ = true;

        // co_await ev (line 39)
        ::new (asl::place(awaiter2_)) asl::event_awaiter(asl::get_awaiter(ev));
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
        awaiter2_.await_resume();
        asl::destroy(awaiter2_, awaiter2_live_);

        ::new (asl::place(after2)) Tracer{31};
        after2_live_ = true;
        ::new (asl::place(also)) Tracer{32};
        also_live_ = true;

        asl::destroy(also, also_live_);
        asl::destroy(after2, after2_live_);
        asl::destroy(before2, before2_live_);
      }
      // co_await ev (line 42)
      ::new (asl::place(awaiter3_)) asl::event_awaiter(asl::get_awaiter(ev));
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
      awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      ::new (asl::place(last)) Tracer{40};
      last_live_ = true;

      builder_.set_result(std::move(a));
      asl::destroy(last, last_live_);
      asl::destroy(whole, whole_live_);
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
  asl::Task<unsigned> task = blocks(4);
  std::puts("set");
  ev.set();
  std::printf("result %u\n", asl::sync_wait(std::move(task)));
}
