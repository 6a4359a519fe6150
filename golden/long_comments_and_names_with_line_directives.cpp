// Lowered with --line-directives (the `lines` test), long text the tool
// writes into a statement is formatted on several lines: the comment of a
// spelled-out macro that begins a lifted local's declaration (as a
// statement, with its `*/` wrapped onto a line of its own, and in an if's
// condition variable), and the debugger alias of a local with a long name.
// The lines of such a comment hold no code of the input, and the alias is
// not in golden/, so the check must tell them from copied code.
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <string>

asl::Event ready;

#define A_LONG_MACRO_NAME_FOR_THE_TYPE_OF(x) decltype(x)
#define LONG_MAP_XXXXXXXXXXXXXXXX std::map<std::string, int>

// The state machine of run(), line 19. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'm' may be kept (line
  // 24).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::map<std::string, int> m;
  };
  union {
    std::string a_rather_long_local_name_for_a_text;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int k;
  int w;
  int c;
  int state_ = -1;
  bool m_live_ = false;
  bool a_rather_long_local_name_for_a_text_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(a_rather_long_local_name_for_a_text,
                 a_rather_long_local_name_for_a_text_live_);
    asl::destroy(m, m_live_);
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
    default:
      break;
    }
    {
      k = 4;

      /* A_LONG_MACRO_NAME_FOR_THE_TYPE_OF(...) expanded: its decltype names a
       * field of the machine */
      w = k;

      /* LONG_MAP_XXXXXXXXXXXXXXXX expanded: it writes the type of 'm', lifted
       */
      ::new (asl::place(m)) std::map<std::string, int>;
      m_live_ = true;

      ::new (asl::place(a_rather_long_local_name_for_a_text))
          std::string("text");
      a_rather_long_local_name_for_a_text_live_ = true;

      m["a"] = 1;
      // co_await ready (line 25)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      w += 1;
      m["c"] = 3;
      {
        c = k - 1;
        if (/* A_LONG_MACRO_NAME_FOR_THE_TYPE_OF(...) expanded: its decltype
               names a field of the machine */
            c) {
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

          w += c;
          m["d"] = c;
        }
      }

      a_rather_long_local_name_for_a_text += "!";
      std::printf("w %d m %zu %s\n", w, m.size(),
                  a_rather_long_local_name_for_a_text.c_str());
      builder_.set_result(std::move(w));
      asl::destroy(a_rather_long_local_name_for_a_text,
                   a_rather_long_local_name_for_a_text_live_);
      asl::destroy(m, m_live_);
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
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
