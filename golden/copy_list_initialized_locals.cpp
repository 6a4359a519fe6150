// Locals that live across an await, copy-list-initialized (`T t = {args};`)
// from a class with constructors: built as T{args}, which chooses the
// constructor list-initialization chooses, where T({args}) could be
// ambiguous with the copy and move constructors (the probe's
// copy_list_init_and_paren_aggregate). `T t = T{...}` stays as it is.
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>
struct Name {
  std::string text;
  Name(std::string t) : text(std::move(t)) { std::printf("Name(string)\n"); }
  Name(const Name &o) : text(o.text) { std::printf("copy\n"); }
  Name(Name &&o) : text(std::move(o.text)) { std::printf("move\n"); }
};
asl::Event ready;
// The state machine of run(), line 17. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 23).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Name t;
  };
  union {
    std::vector<int> v;
  };
  union {
    std::string s;
  };
  union {
    Name u;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool t_live_ = false;
  bool v_live_ = false;
  bool s_live_ = false;
  bool u_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(u, u_live_);
    asl::destroy(s, s_live_);
    asl::destroy(v, v_live_);
    asl::destroy(t, t_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(t)) Name{"braced-copy"};
      t_live_ = true;

      ::new (asl::place(v)) std::vector<int>{1, 2, 3};
      v_live_ = true;

      ::new (asl::place(s)) std::string{"abc"};
      s_live_ = true;

      ::new (asl::place(u)) Name(Name{"temp"});
      u_live_ = true;

      // co_await ready (line 22)
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

      std::printf("%s %zu %s %s\n", t.text.c_str(), v.size(), s.c_str(),
                  u.text.c_str());
      builder_.set_result(0);
      asl::destroy(u, u_live_);
      asl::destroy(s, s_live_);
      asl::destroy(v, v_live_);
      asl::destroy(t, t_live_);
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

int main() { auto x = run(); ready.set(); return asl::sync_wait(std::move(x)); }
