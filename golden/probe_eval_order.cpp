// Awaits inside expressions with C++17-fixed order (<<, [], =, compound
// assignment, callee before args, braced lists) and unspecified order
// (function arguments, binary +), plus member calls on awaited results.
#include <asl/task.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

asl::Event ev(true);

int seq = 0;
int note(const char *what, int v) {
  std::printf("  [%d] %s=%d\n", ++seq, what, v);
  return v;
}

// The state machine of val(), line 20. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct val_machine {
  val_machine(const char *&what, int &v)
      : what(std::move(what)), v(std::move(v)) {}
  ~val_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, const char *, int> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  const char *what;
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

ASL_ASYNC asl::Task<int> val(const char *what, int v) {
  return asl::start<val_machine>(what, v);
}

inline void val_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 21)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(note(what, v));
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

// The state machine of str(), line 24. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct str_machine {
  explicit str_machine(std::string &s) : s(std::move(s)) {}
  ~str_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 's' may be kept (line
  // 26).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string s;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> str(std::string s) {
  return asl::start<str_machine>(s);
}

inline void str_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 25)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      note(s.c_str(), 0);
      builder_.set_result(std::move(s));
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

struct Acc {
  std::vector<int> items;
  Acc &add(int v) {
    items.push_back(note("add", v));
    return *this;
  }
  int sum() const {
    int s = 0;
    for (int v : items)
      s += v;
    return s;
  }
};

int combine3(int a, int b, int c) { return a * 100 + b * 10 + c; }

using Fn = int (*)(int, int, int);
Fn pick(int) {
  note("pick", 0);
  return combine3;
}

// The state machine of run(), line 52. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'arr' may be kept
  // (line 55).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<int> arr;
  };
  union {
    std::vector<int> br;
  };
  union {
    Acc acc;
  };
  std::size_t len;
  union {
    std::map<std::string, int> m;
  };
  union {
    int spill0_;
    std::basic_ostream<char> *spill1_;
    int spill3_;
    int spill4_;
    Fn spill6_;
    int spill9_;
    Acc *spill10_;
    std::string temporary12_;
    int spill14_;
    int spill15_;
    bool condition18_;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
    std::basic_ostream<char> *spill2_;
    asl::task_awaiter<int> awaiter4_;
    int spill5_;
    int spill7_;
    asl::task_awaiter<int> awaiter8_;
    Acc *spill11_;
    std::size_t spill13_;
    asl::task_awaiter<std::string> awaiter12_;
    int spill16_;
    asl::task_awaiter<int> awaiter16_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter5_;
    int spill8_;
    asl::task_awaiter<int> awaiter9_;
    asl::task_awaiter<std::string> awaiter10_;
    asl::task_awaiter<int> awaiter13_;
    int spill17_;
    asl::task_awaiter<int> awaiter17_;
  };
  union {
    asl::task_awaiter<std::string> awaiter3_;
    asl::task_awaiter<int> awaiter6_;
    asl::task_awaiter<std::string> awaiter11_;
    asl::task_awaiter<int> awaiter14_;
    asl::task_awaiter<int> awaiter18_;
  };
  union {
    asl::task_awaiter<int> awaiter7_;
    asl::task_awaiter<int> awaiter15_;
  };
  int x;
  int c;
  int d;
  int s;
  int sum;
  int state_ = -1;
  bool arr_live_ = false;
  bool br_live_ = false;
  bool acc_live_ = false;
  bool m_live_ = false;
  bool temporary12_live_ = false;
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
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter15_live_ = false;
  bool awaiter16_live_ = false;
  bool awaiter17_live_ = false;
  bool awaiter18_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter18_, awaiter18_live_);
    asl::destroy(awaiter17_, awaiter17_live_);
    asl::destroy(awaiter16_, awaiter16_live_);
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(m, m_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(temporary12_, temporary12_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(acc, acc_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(br, br_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(arr, arr_live_);
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
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    case 16:
      goto resume16_;
    case 17:
      goto resume17_;
    case 18:
      goto resume18_;
    default:
      break;
    }
    {
      ::new (asl::place(arr)) std::vector<int>{0, 0, 0, 0};
      arr_live_ = true;

      // E1[E2]: E1 first
      // co_await val("rhs", 7) (line 55)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{val("rhs", 7)};
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
      spill0_ = awaiter1_.await_resume();
      // co_await val("idx", 1) (line 55)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{val("idx", 1)};
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
      arr[awaiter0_.await_resume()] = spill0_;
      asl::destroy(awaiter0_, awaiter0_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      std::cout << "  arr " << arr[1] << "\n";
      // << sequencing
      spill1_ = std::addressof(std::cout << "  out " << note("n1", 1) << " ");
      // co_await val("v2", 2) (line 58)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{val("v2", 2)};
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
      spill2_ = std::addressof((*spill1_) << awaiter2_.await_resume() << " "
                                          << note("n3", 3) << " ");
      // co_await str("s4") (line 59)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<std::string>{str("s4")};
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
      (*spill2_) << awaiter3_.await_resume() << "\n";
      asl::destroy(awaiter3_, awaiter3_live_);
      asl::destroy(awaiter2_, awaiter2_live_);

      // compound assignment: right first
      x = 5;

      // co_await val("cadd", 3) (line 62)
      ::new (asl::place(awaiter4_)) asl::task_awaiter<int>{val("cadd", 3)};
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
      spill3_ = awaiter4_.await_resume();
      x += spill3_ * note("mul", 2);
      asl::destroy(awaiter4_, awaiter4_live_);

      note("x", x);
      // function args (unspecified: clang left to right)
      spill4_ = note("a1", 1);
      // co_await val("a2", 2) (line 65)
      ::new (asl::place(awaiter5_)) asl::task_awaiter<int>{val("a2", 2)};
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
      c = combine3(spill4_, spill5_, note("a3", 3));
      asl::destroy(awaiter5_, awaiter5_live_);

      note("c", c);
      // callee before args
      spill6_ = pick(note("callee-arg", 0));
      // co_await val("b1", 4) (line 68)
      ::new (asl::place(awaiter6_)) asl::task_awaiter<int>{val("b1", 4)};
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
      spill7_ = awaiter6_.await_resume();
      spill8_ = note("b2", 5);
      // co_await val("b3", 6) (line 69)
      ::new (asl::place(awaiter7_)) asl::task_awaiter<int>{val("b3", 6)};
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
      d = spill6_(spill7_, spill8_, awaiter7_.await_resume());
      asl::destroy(awaiter7_, awaiter7_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      note("d", d);
      // braced list left to right
      spill9_ = note("l1", 1);
      // co_await val("l2", 2) (line 72)
      ::new (asl::place(awaiter8_)) asl::task_awaiter<int>{val("l2", 2)};
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
      ::new (asl::place(br))
          std::vector<int>{spill9_, awaiter8_.await_resume(), note("l3", 3)};
      br_live_ = true;
      asl::destroy(awaiter8_, awaiter8_live_);

      note("br", br[0] + br[1] + br[2]);
      // member chain on awaited result
      ::new (asl::place(acc)) Acc;
      acc_live_ = true;

      spill10_ = std::addressof(acc.add(note("m1", 1)));
      // co_await val("m2", 2) (line 76)
      ::new (asl::place(awaiter9_)) asl::task_awaiter<int>{val("m2", 2)};
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
      spill11_ = std::addressof((*spill10_).add(awaiter9_.await_resume()));
      s = (*spill11_).add(note("m3", 3)).sum();
      asl::destroy(awaiter9_, awaiter9_live_);

      note("s", s);
      // co_await str("hello") (line 78)
      ::new (asl::place(awaiter10_))
          asl::task_awaiter<std::string>{str("hello")};
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
      ::new (asl::place(temporary12_)) std::string((awaiter10_.await_resume()));
      temporary12_live_ = true;
      spill13_ = std::move(temporary12_).size();
      // co_await str("ab") (line 78)
      ::new (asl::place(awaiter11_)) asl::task_awaiter<std::string>{str("ab")};
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
      len = spill13_ + (awaiter11_.await_resume()).append("cd").size();
      asl::destroy(awaiter11_, awaiter11_live_);
      asl::destroy(temporary12_, temporary12_live_);
      asl::destroy(awaiter10_, awaiter10_live_);

      note("len", (int)len);
      // map subscript with awaited key and value
      ::new (asl::place(m)) std::map<std::string, int>;
      m_live_ = true;

      // co_await val("mv", 9) (line 82)
      ::new (asl::place(awaiter13_)) asl::task_awaiter<int>{val("mv", 9)};
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
      spill14_ = awaiter13_.await_resume();
      // co_await str("key") (line 82)
      ::new (asl::place(awaiter12_)) asl::task_awaiter<std::string>{str("key")};
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
      m[awaiter12_.await_resume()] = spill14_;
      asl::destroy(awaiter12_, awaiter12_live_);
      asl::destroy(awaiter13_, awaiter13_live_);

      note("m", m["key"]);
      // binary + with awaits both sides (unspecified order)
      spill15_ = note("p1", 1);
      // co_await val("p2", 2) (line 85)
      ::new (asl::place(awaiter14_)) asl::task_awaiter<int>{val("p2", 2)};
      awaiter14_live_ = true;
      if (!awaiter14_.await_ready()) {
        state_ = 14;
        builder_.await_on_completed(awaiter14_, *this);
        unwind_.release();
        return;
      resume14_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill16_ = spill15_ + awaiter14_.await_resume();
      spill17_ = note("p3", 3);
      // co_await val("p4", 4) (line 85)
      ::new (asl::place(awaiter15_)) asl::task_awaiter<int>{val("p4", 4)};
      awaiter15_live_ = true;
      if (!awaiter15_.await_ready()) {
        state_ = 15;
        builder_.await_on_completed(awaiter15_, *this);
        unwind_.release();
        return;
      resume15_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum = spill16_ + spill17_ * awaiter15_.await_resume();
      asl::destroy(awaiter15_, awaiter15_live_);
      asl::destroy(awaiter14_, awaiter14_live_);

      note("sum", sum);
      // conditional with awaits on both branches
      // co_await val("cond", 0) (line 88)
      ::new (asl::place(awaiter16_)) asl::task_awaiter<int>{val("cond", 0)};
      awaiter16_live_ = true;
      if (!awaiter16_.await_ready()) {
        state_ = 16;
        builder_.await_on_completed(awaiter16_, *this);
        unwind_.release();
        return;
      resume16_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      condition18_ = (awaiter16_.await_resume());
      if (condition18_) {
        // co_await val("then", 1) (line 88)
        ::new (asl::place(awaiter17_)) asl::task_awaiter<int>{val("then", 1)};
        awaiter17_live_ = true;
        if (!awaiter17_.await_ready()) {
          state_ = 17;
          builder_.await_on_completed(awaiter17_, *this);
          unwind_.release();
          return;
        resume17_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      } else {
        // co_await val("else", 2) (line 88)
        ::new (asl::place(awaiter18_)) asl::task_awaiter<int>{val("else", 2)};
        awaiter18_live_ = true;
        if (!awaiter18_.await_ready()) {
          state_ = 18;
          builder_.await_on_completed(awaiter18_, *this);
          unwind_.release();
          return;
        resume18_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
      }
      int which =
          condition18_ ? awaiter17_.await_resume() : awaiter18_.await_resume();
      asl::destroy(awaiter18_, awaiter18_live_);
      asl::destroy(awaiter17_, awaiter17_live_);
      asl::destroy(awaiter16_, awaiter16_live_);

      note("which", which);
      builder_.set_result(sum + which);
      asl::destroy(m, m_live_);
      asl::destroy(acc, acc_live_);
      asl::destroy(br, br_live_);
      asl::destroy(arr, arr_live_);
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
  int r = asl::sync_wait(run());
  std::printf("r=%d\n", r);
  ev.reset();
  asl::Task<int> t = run();
  std::printf("pending\n");
  ev.set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
