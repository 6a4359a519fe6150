// The layout around each generated chunk, which is formatted on its own: a
// machine nested two classes deep is indented as its class, a namespace's
// closing brace or an access specifier right after an async function keeps
// its line, a comment on the function's last line moves below the chunk,
// and the user's lines next to a chunk are left exactly as written (the
// unusual spacing below is deliberate).
#include <asl/task.h>
#include <iostream>
#include <string>

namespace shop {
// The state machine of shop::price(), line 12. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct price_machine {
  price_machine(asl::Event &ready, int &cents)
      : ready(ready), cents(std::move(cents)) {}
  ~price_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::event_awaiter awaiter0_;
  };
  int cents;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> price(asl::Event &ready, int cents) {
  return asl::start<price_machine>(ready, cents);
}

inline void price_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 13)
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

      builder_.set_result(cents + 1);
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

int    untouched (int y){return y;}
// The state machine of shop::twice(), line 17. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  twice_machine(asl::Event &ready, int &cents)
      : ready(ready), cents(std::move(cents)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<int>, int>;

  asl::task_builder<int> builder_;
  asl::Event &ready;
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int cents;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(asl::Event &ready, int cents) {
  return asl::start<twice_machine>(ready, cents);
}

inline void twice_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    { // co_await price(ready, cents) (line 17)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{price(ready, cents)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(2 * awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);
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
// doubles
} // namespace shop

struct Till {
  struct Drawer {
    struct count_machine;
    ASL_ASYNC asl::Task<std::string> count(asl::Event &ready, int cents);

  private:
    int opened_ = 0;
  };
  struct Slot {
    struct take_machine;
    ASL_ASYNC asl::Task<int> take(int x);
  };
};

// The state machine of Till::Drawer::count(), line 22. state_ is -1 while it
// runs, N while it is suspended at co_await N, -2 once it has finished.
struct Till::Drawer::count_machine {
  count_machine(Till::Drawer *this_, asl::Event &ready, int &cents)
      : this_(this_), ready(ready), cents(std::move(cents)) {}
  ~count_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 25).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  Till::Drawer *this_;
  asl::Event &ready;
  union {
    std::string text;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int cents;
  int state_ = -1;
  bool text_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(text, text_live_);
  }

  void move_next();
};

inline asl::Task<std::string> Till::Drawer::count(asl::Event &ready,
                                                  int cents) {
  return asl::start<count_machine>(this, ready, cents);
}

inline void Till::Drawer::count_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(text))
          std::string("drawer " + std::to_string(++this_->opened_) + ": ");
      text_live_ = true;

      // co_await ready (line 24)
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

      builder_.set_result(text + std::to_string(cents));
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

// The state machine of Till::Slot::take(), line 30. state_ is -1 while it runs,
// N while it is suspended at co_await N, -2 once it has finished.
struct Till::Slot::take_machine {
  take_machine(Till::Slot *this_, int &x) : this_(this_), x(std::move(x)) {}
  ~take_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  Till::Slot *this_;
  int x;
  int state_ = -1;

  void move_next();
};

inline asl::Task<int> Till::Slot::take(int x) {
  return asl::start<take_machine>(this, x);
}

inline void Till::Slot::take_machine::move_next() {
  try {
    {
      builder_.set_result(x - 1);
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Event ready;
  auto total = shop::twice(ready, 20);
  Till::Drawer drawer;
  auto counted = drawer.count(ready, 7);
  ready.set();
  Till::Slot slot;
  std::cout << std::move(total).result() << " "
            << std::move(counted).result() << " "
            << asl::sync_wait(slot.take(shop::untouched(5))) << "\n";
}
