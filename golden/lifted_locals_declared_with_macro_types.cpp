// A lifted local whose declaration a macro begins (`INT_T v;`,
// `TYPE_OF(k) w = k;`), as a statement, a condition variable or a
// range-for's variable: its declaration is replaced by the construction
// in its field, which cannot be edited inside the macro, so the macro is
// spelled out first ("Macros in async bodies"). Left as written, the
// declaration stayed a local that hid the field: the body read it
// uninitialized after the resume.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

#define INT_T int
#define TYPE_OF(x) decltype(x)
#define TEXT_T std::string

// The state machine of run(), line 19. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 28).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string text;
  };
  int (*range_)[2];
  int *begin_;
  int *end_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
  };
  int k;
  int v;
  int w;
  int c;
  union {
    int values[2];
  };
  int x;
  int state_ = -1;
  bool text_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(text, text_live_);
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
    default:
      break;
    }
    {
      k = 4;

      /* INT_T expanded: it writes the type of 'v', lifted */
      v = 3;
      /* TYPE_OF(...) expanded: its decltype names a field of the machine */ w =
          k;

      /* TEXT_T expanded: it writes the type of 'text', lifted */ ::new (
          asl::place(text)) std::string("kept");
      text_live_ = true;

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

      v++;
      w *= 10;
      text += "!";
      {
        c = k - 1;
        if (/* INT_T expanded: it writes the type of 'c', lifted */ c) {
          // co_await ready (line 30)
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

          v += c;
        }
      }

      ::new (asl::place(values)) int[2]{5, 6};

      {
        range_ = std::addressof(values);
        begin_ = (*range_);
        end_ = (*range_) + 2;
        for (; begin_ != end_; ++begin_) {
          x = *begin_;
          {
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

            w += x;
          }
        }
      }

      std::printf("v %d w %d text %s\n", v, w, text.c_str());
      builder_.set_result(v + w);
      asl::destroy(text, text_live_);
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
