// Awaited results bound to references: auto&&, const auto&, a reference to
// a member of the awaited temporary; std::max over two awaited values;
// string_view into a lifted string; printf with awaited varargs.
#include <algorithm>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <string_view>

struct Profile {
  std::string name;
  int age;
  Profile(std::string n, int a) : name(std::move(n)), age(a) {
    std::printf("  +Profile(%s)\n", name.c_str());
  }
  Profile(Profile &&o) noexcept : name(std::move(o.name)), age(o.age) {
    o.name = "moved";
  }
  ~Profile() { std::printf("  -Profile(%s)\n", name.c_str()); }
};

// The state machine of fetch(), line 22. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fetch_machine {
  fetch_machine(const char *&n, int &a) : n(std::move(n)), a(std::move(a)) {}
  ~fetch_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<const char *, int>;

  asl::task_builder<Profile> builder_;
  const char *n;
  int a;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<Profile> fetch(const char *n, int a) {
  return asl::start<fetch_machine>(n, a);
}

inline void fetch_machine::move_next() {
  try {
    {
      builder_.set_result(Profile(n, a));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of num(), line 25. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct num_machine {
  explicit num_machine(int &v) : v(std::move(v)) {}
  ~num_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<int>;

  asl::task_builder<int> builder_;
  int v;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> num(int v) { return asl::start<num_machine>(v); }

inline void num_machine::move_next() {
  try {
    {
      std::printf("  num(%d)\n", v);
      builder_.set_result(std::move(v));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of text(), line 29. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct text_machine {
  explicit text_machine(const char *&s) : s(std::move(s)) {}
  ~text_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<const char *>;

  asl::task_builder<std::string> builder_;
  const char *s;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> text(const char *s) {
  return asl::start<text_machine>(s);
}

inline void text_machine::move_next() {
  try {
    {
      builder_.set_result(std::move(s));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of run(), line 31. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 36).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Profile p;
  };
  union {
    const Profile q;
  };
  union {
    Profile nm;
  };
  union {
    std::string owner;
  };
  union {
    std::string_view first;
  };
  union {
    asl::task_awaiter<Profile> awaiter0_;
    asl::task_awaiter<Profile> awaiter1_;
    asl::task_awaiter<Profile> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
    int temporary0_;
    asl::task_awaiter<std::string> awaiter8_;
    asl::task_awaiter<int> awaiter9_;
    int spill4_;
  };
  union {
    int temporary1_;
    std::string temporary5_;
  };
  union {
    int spill2_;
    const char *spill6_;
  };
  union {
    int spill3_;
    asl::task_awaiter<int> awaiter10_;
  };
  union {
    asl::task_awaiter<int> awaiter4_;
    asl::task_awaiter<std::string> awaiter11_;
  };
  union {
    asl::task_awaiter<int> awaiter5_;
    asl::task_awaiter<int> awaiter12_;
  };
  union {
    asl::task_awaiter<int> awaiter6_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
  };
  int m;
  int state_ = -1;
  bool p_live_ = false;
  bool q_live_ = false;
  bool nm_live_ = false;
  bool owner_live_ = false;
  bool temporary5_live_ = false;
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
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(owner, owner_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(nm, nm_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(q, q_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(p, p_live_);
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
    default:
      break;
    }
    {
      // co_await fetch("ann", 30) (line 32)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<Profile>{fetch("ann", 30)};
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
      ::new (asl::place(p)) Profile(awaiter0_.await_resume());
      p_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      // co_await fetch("bob", 40) (line 33)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<Profile>{fetch("bob", 40)};
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
      ::new (asl::place(q)) const Profile(awaiter1_.await_resume());
      q_live_ = true;
      asl::destroy(awaiter1_, awaiter1_live_);

      // co_await fetch("cyd", 50) (line 34)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<Profile>{fetch("cyd", 50)};
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
      ::new (asl::place(nm)) Profile((awaiter2_.await_resume()));
      nm_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await num(0) (line 35)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{num(0)};
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

      std::printf("  p=%s q=%s nm=%s\n", p.name.c_str(), q.name.c_str(),
                  static_cast<const std::string &>(nm.name).c_str());
      // co_await num(3) (line 38)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{num(3)};
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
      ::new (asl::place(temporary0_)) int(awaiter4_.await_resume());
      // co_await num(9) (line 38)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{num(9)};
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
      ::new (asl::place(temporary1_)) int(awaiter5_.await_resume());
      spill2_ = std::max(temporary0_, temporary1_);
      // co_await num(4) (line 39)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{num(4)};
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
      spill3_ = awaiter6_.await_resume();
      // co_await num(2) (line 39)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{num(2)};
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
      m = spill2_ + std::min({spill3_, awaiter7_.await_resume(), 7});
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(awaiter6_, awaiter6_live_);
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(awaiter4_, awaiter4_live_);

      // co_await text("hello world") (line 40)
      ::new (asl::place(awaiter8_))
          asl::task_awaiter<std::string>{text("hello world")};
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
      ::new (asl::place(owner)) std::string(awaiter8_.await_resume());
      owner_live_ = true;
      asl::destroy(awaiter8_, awaiter8_live_);

      ::new (asl::place(first)) std::string_view(owner.data(), owner.find(' '));

      // co_await num(1) (line 42)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{num(1)};
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
      awaiter9_.await_resume();
      asl::destroy(awaiter9_, awaiter9_live_);

      std::printf("  view %.*s\n", (int)first.size(), first.data());
      // co_await num(5) (line 44)
      ::new (asl::place(awaiter10_)) asl::task_awaiter<int>{num(5)};
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
      spill4_ = awaiter10_.await_resume();
      // co_await text("mid") (line 45)
      ::new (asl::place(awaiter11_))
          asl::task_awaiter<std::string>{text("mid")};
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
      ::new (asl::place(temporary5_)) std::string((awaiter11_.await_resume()));
      temporary5_live_ = true;
      spill6_ = std::move(temporary5_).c_str();
      // co_await num(6) (line 45)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<int>{num(6)};
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::printf("  varargs %d %s %d\n", spill4_, spill6_,
                  awaiter12_.await_resume());
      asl::destroy(awaiter12_, awaiter12_live_);
      asl::destroy(temporary5_, temporary5_live_);
      asl::destroy(awaiter11_, awaiter11_live_);
      asl::destroy(awaiter10_, awaiter10_live_);

      builder_.set_result(m + p.age + q.age);
      asl::destroy(owner, owner_live_);
      asl::destroy(nm, nm_live_);
      asl::destroy(q, q_live_);
      asl::destroy(p, p_live_);
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

int main() { std::printf("%d\n", asl::sync_wait(run())); }
