// Checks several awaits in one full-expression: in a call's arguments, in
// binary operators and << chains, a member call on an awaited result, and
// co_return f(co_await a, co_await b); operands run left to right, as clang does.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

template <class T> struct Later { // yields `value` after a real suspension
  T value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::cout << "  suspend for " << value << "\n";
    pending = [h] { h.resume(); };
  }
  T await_resume() { return value; }
};

static Later<int> num(int v) { return {v}; }
static Later<std::string> word(const char *w) { return {w}; }
static int next_id() {
  static int id = 0;
  std::cout << "  next_id\n";
  return ++id;
}
static std::string concat(const std::string &a, const std::string &b,
                          const std::string &c) {
  return a + b + c;
}
static int combine(int a, int b) { return a * 10 + b; }

// The state machine of twice(), line 36. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct twice_machine {
  twice_machine(asl::Event &go, int &v) : go(go), v(std::move(v)) {}
  ~twice_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  asl::Event &go;
  union {
    asl::event_awaiter awaiter0_;
  };
  int v;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> twice(asl::Event &go, int v) {
  return asl::start<twice_machine>(go, v);
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
      // co_await go (line 37)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(go));
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

      builder_.set_result(2 * v);
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

// The state machine of demo(), line 41. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  explicit demo_machine(asl::Event &go) : go(go) {}
  ~demo_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'j' may be kept (line
  // 45).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Event &go;
  union {
    std::string j;
  };
  std::size_t n;
  union {
    std::string ab;
  };
  union {
    int spill0_;
    std::string temporary2_;
    Later<std::string> awaiter5_;
    std::string temporary4_;
    std::basic_ostream<char> *spill5_;
    int spill7_;
    int spill9_;
  };
  union {
    int spill1_;
    std::string temporary3_;
    Later<std::string> awaiter6_;
    std::basic_ostream<char> *spill6_;
    int spill8_;
    Later<int> awaiter12_;
  };
  union {
    Later<int> awaiter0_;
    Later<std::string> awaiter3_;
    Later<std::string> awaiter7_;
    Later<int> awaiter8_;
    Later<int> awaiter10_;
    asl::task_awaiter<int> awaiter13_;
  };
  union {
    Later<int> awaiter1_;
    Later<std::string> awaiter4_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<int> awaiter11_;
  };
  int s;
  int r;
  union {
    Later<int> awaiter2_;
  };
  int state_ = -1;
  bool j_live_ = false;
  bool ab_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter13_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(ab, ab_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(j, j_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> demo(asl::Event &go) {
  return asl::start<demo_machine>(go);
}

inline void demo_machine::move_next() {
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
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    default:
      break;
    }
    {
      // co_await num(1) (line 42)
      ::new (asl::place(awaiter0_)) Later<int>(num(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      // co_await num(2) (line 42)
      ::new (asl::place(awaiter1_)) Later<int>(num(2));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter1_.await_resume();
      // co_await num(3) (line 42)
      ::new (asl::place(awaiter2_)) Later<int>(num(3));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s = spill0_ + spill1_ * awaiter2_.await_resume();

      std::cout << "s=" << s << "\n";
      // co_await word("x") (line 44)
      ::new (asl::place(awaiter3_)) Later<std::string>(word("x"));
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
      ::new (asl::place(temporary2_)) std::string(awaiter3_.await_resume());
      temporary2_live_ = true;
      ::new (asl::place(temporary3_)) std::string(std::string("-"));
      temporary3_live_ = true;
      // co_await word("y") (line 44)
      ::new (asl::place(awaiter4_)) Later<std::string>(word("y"));
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
      ::new (asl::place(j)) std::string(
          concat(temporary2_, temporary3_, awaiter4_.await_resume()));
      j_live_ = true;
      asl::destroy(awaiter4_, awaiter4_live_);
      asl::destroy(temporary3_, temporary3_live_);
      asl::destroy(temporary2_, temporary2_live_);
      asl::destroy(awaiter3_, awaiter3_live_);

      std::cout << "j=" << j << "\n";
      // co_await word("hello") (line 46)
      ::new (asl::place(awaiter5_)) Later<std::string>(word("hello"));
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
      n = (awaiter5_.await_resume()).size();
      asl::destroy(awaiter5_, awaiter5_live_);

      std::cout << "n=" << n << "\n";
      // co_await word("ab") (line 48)
      ::new (asl::place(awaiter6_)) Later<std::string>(word("ab"));
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
      ::new (asl::place(temporary4_)) std::string((awaiter6_.await_resume()));
      temporary4_live_ = true;
      // co_await word("cd") (line 48)
      ::new (asl::place(awaiter7_)) Later<std::string>(word("cd"));
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
      ::new (asl::place(ab))
          std::string(std::move(temporary4_).append(awaiter7_.await_resume()));
      ab_live_ = true;
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      std::cout << "ab=" << ab << "\n";
      spill5_ = std::addressof(std::cout << "chain ");
      // co_await num(4) (line 50)
      ::new (asl::place(awaiter8_)) Later<int>(num(4));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill6_ = std::addressof((*spill5_) << awaiter8_.await_resume() << " ");
      // co_await twice(go, 5) (line 50)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{twice(go, 5)};
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
      (*spill6_) << awaiter9_.await_resume() << " " << next_id() << "\n";
      asl::destroy(awaiter9_, awaiter9_live_);

      spill7_ = next_id();
      // co_await num(6) (line 52)
      ::new (asl::place(awaiter10_)) Later<int>(num(6));
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill8_ = combine(spill7_, awaiter10_.await_resume());
      // co_await twice(go, 1) (line 52)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<int>{twice(go, 1)};
      awaiter11_live_ = true;
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      r = spill8_ - awaiter11_.await_resume();
      asl::destroy(awaiter11_, awaiter11_live_);

      std::cout << "r=" << r << "\n";
      // co_await num(7) (line 54)
      ::new (asl::place(awaiter12_)) Later<int>(num(7));
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill9_ = awaiter12_.await_resume();
      // co_await twice(go, 4) (line 54)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{twice(go, 4)};
      awaiter13_live_ = true;
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      builder_.set_result(combine(spill9_, awaiter13_.await_resume()));
      asl::destroy(awaiter13_, awaiter13_live_);
      asl::destroy(ab, ab_live_);
      asl::destroy(j, j_live_);
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
  asl::Event go;
  asl::Task<int> t = demo(go);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
    if (!go.is_set() && pending == nullptr) {
      std::cout << "  set go\n";
      go.set();
    }
  }
  std::cout << "result " << asl::sync_wait(std::move(t)) << "\n";
}
