// Switch cases whose blocks hold a local living across an await and end in
// break, continue or co_return: the lowering destroys the local before the
// jump, adds nothing after it (g++ would warn the case falls through), and
// the next case still runs only when selected.
#include <asl/task.h>
#include <iostream>
#include <string>

struct Label {
  std::string text;
  explicit Label(std::string t) : text(std::move(t)) {
    std::cout << "  make " << text << "\n";
  }
  ~Label() { std::cout << "  drop " << text << "\n"; }
};

// The state machine of route(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct route_machine {
  route_machine(asl::Event &ready, int &kind)
      : ready(ready), kind(std::move(kind)) {}
  ~route_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Label, asl::event_awaiter, int>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    Label label;
  };
  union {
    Label label1;
  };
  union {
    Label label2;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
  };
  int kind;
  int score;
  int round;
  int state_ = -1;
  bool label_live_ = false;
  bool label1_live_ = false;
  bool label2_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(label2, label2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(label1, label1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(label, label_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> route(asl::Event &ready, int kind) {
  return asl::start<route_machine>(ready, kind);
}

inline void route_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      score = 0;

      for (round = 0; round < 2; ++round) {
        switch (kind + round) {
        case 0: {
          ::new (asl::place(label)) Label("zero");
          label_live_ = true;

          // co_await ready (line 23)
          ::new (asl::place(awaiter0_))
              asl::event_awaiter(asl::get_awaiter(ready));
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

          score += 1;
          asl::destroy(label, label_live_);
          break;
        }
        case 1: {
          ::new (asl::place(label1)) Label("one");
          label1_live_ = true;

          // co_await ready (line 29)
          ::new (asl::place(awaiter1_))
              asl::event_awaiter(asl::get_awaiter(ready));
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

          score += 10;
          asl::destroy(label1, label1_live_);
          continue;
        }
        case 2: {
          ::new (asl::place(label2)) Label("two");
          label2_live_ = true;

          // co_await ready (line 35)
          ::new (asl::place(awaiter2_))
              asl::event_awaiter(asl::get_awaiter(ready));
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

          builder_.set_result(score + 100);
          asl::destroy(label2, label2_live_);
          unwind_.release();
          goto finish_;
        }
        default:
          score += 1000;
          break;
        }
        std::cout << "  after switch, round " << round << "\n";
      }
      builder_.set_result(std::move(score));
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
  asl::Event ready(true);
  for (int kind = 0; kind < 4; ++kind) {
    std::cout << "kind " << kind << ":\n";
    std::cout << "  -> " << asl::sync_wait(route(ready, kind)) << "\n";
  }
}
