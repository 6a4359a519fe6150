// Addresses of lifted locals held across the first suspension by code the
// function writes (a member call publishing this, an array decaying to a
// pointer, a string_view of a char array, a reference parameter of a task
// started and awaited later, a helper returning a pointer): the machine is
// pinned, so every pointer stays valid.
#include <asl/task.h>
#include <cstdio>
#include <string_view>
asl::Event ready;
struct Slot {
  int v;
  void publish();
};
Slot *g_slot;
void Slot::publish() { g_slot = this; }
int *g_ptr;

// The state machine of member_call(), line 18. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct member_call_machine {
  member_call_machine() {}
  ~member_call_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 20).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    Slot s;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> member_call() {
  return asl::start<member_call_machine>();
}

inline void member_call_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(s)) Slot{1};

      s.publish();
      // co_await ready (line 21)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      g_slot->v = 42;
      builder_.set_result(s.v);
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

// The state machine of array_decay(), line 25. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct array_decay_machine {
  array_decay_machine() {}
  ~array_decay_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'buf' may be kept
  // (line 27).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    int buf[4];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> array_decay() {
  return asl::start<array_decay_machine>();
}

inline void array_decay_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(buf)) int[4]{1, 2, 3, 4};

      g_ptr = buf;
      // co_await ready (line 28)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      g_ptr[0] = 42;
      builder_.set_result(buf[0]);
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

// The state machine of view_of_array(), line 32. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct view_of_array_machine {
  view_of_array_machine() {}
  ~view_of_array_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string_view sv;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    char text[8];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> view_of_array() {
  return asl::start<view_of_array_machine>();
}

inline void view_of_array_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      asl::init_from_string(text, "hello");

      ::new (asl::place(sv)) std::string_view(text);

      // co_await ready (line 35)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      text[0] = 'J';
      std::printf("view %.*s\n", static_cast<int>(sv.size()), sv.data());
      builder_.set_result(sv[0] == 'J');
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

int main() {
  asl::Task<int> a = member_call();
  asl::Task<int> b = array_decay();
  asl::Task<int> c = view_of_array();
  ready.set();
  std::printf("member_call %d\n", asl::sync_wait(std::move(a)));
  std::printf("array_decay %d\n", asl::sync_wait(std::move(b)));
  std::printf("view_of_array %d\n", asl::sync_wait(std::move(c)));
}
