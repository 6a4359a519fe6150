// Checks that an awaited right side of = and op= runs before the left side,
// as C++17 requires, for built-in and overloaded operators: a[i] = co_await e
// writes the index the await set, x += co_await e reads x afterwards, and
// *where() = co_await e calls where() after the await.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <map>
#include <string>

static std::function<void()> pending; // resumes the one suspended task
static int slots[3] = {0, 0, 0}, idx = 0, acc = 10;
static struct S { long f; } s{1};
static std::string log_text = "log";

struct Act { // runs `f` after a real suspension
  int (*f)();
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return f(); }
};
static int set_index() { idx = 2; return 42; }
static int announce() { std::puts("  right side awaited"); return 7; }
static int set_acc() { acc = 100; return 1; }
static int set_field() { s.f = 64; return 1; }
static int grow_log() { log_text += "+x"; return 3; }

static int *where(const char *tag) {
  std::printf("  where(%s)\n", tag);
  return &slots[1];
}
static std::string key(const char *k) {
  std::printf("  key(%s)\n", k);
  return k;
}

// The state machine of demo(), line 40. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct demo_machine {
  explicit demo_machine(std::map<std::string, int> &table) : table(table) {}
  ~demo_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<Act, int>;

  asl::task_builder<int> builder_;
  std::map<std::string, int> &table;
  union {
    int spill0_;
    int spill1_;
    Act awaiter2_;
    Act awaiter3_;
    int spill2_;
    int spill3_;
    Act awaiter6_;
    Act awaiter7_;
    int spill4_;
  };
  union {
    Act awaiter0_;
    Act awaiter1_;
    Act awaiter4_;
    Act awaiter5_;
    int spill5_;
  };
  union {
    Act awaiter8_;
  };
  int x;
  int y;
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int> demo(std::map<std::string, int> &table) {
  return asl::start<demo_machine>(table);
}

inline void demo_machine::move_next() {
  try {
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
    default:
      break;
    }
    {
      // co_await Act{set_index} (line 41)
      ::new (asl::place(awaiter0_)) Act(Act{set_index});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill0_ = awaiter0_.await_resume();
      slots[idx] = spill0_;

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      // co_await Act{announce} (line 43)
      ::new (asl::place(awaiter1_)) Act(Act{announce});
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill1_ = awaiter1_.await_resume();
      *where("target") = spill1_;

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      // co_await Act{set_acc} (line 45)
      ::new (asl::place(awaiter2_)) Act(Act{set_acc});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      acc += awaiter2_.await_resume();

      std::printf("acc = %d\n", acc);
      // co_await Act{set_field} (line 47)
      ::new (asl::place(awaiter3_)) Act(Act{set_field});
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      s.f >>= awaiter3_.await_resume();

      std::printf("s.f = %ld\n", s.f);
      // co_await Act{announce} (line 49)
      ::new (asl::place(awaiter4_)) Act(Act{announce});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill2_ = awaiter4_.await_resume();
      table[key("a")] = spill2_;

      // co_await Act{announce} (line 50)
      ::new (asl::place(awaiter5_)) Act(Act{announce});
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill3_ = awaiter5_.await_resume();
      table[key("b")] += spill3_;

      std::printf("table a=%d b=%d\n", table["a"], table["b"]);
      // co_await Act{grow_log} (line 52)
      ::new (asl::place(awaiter6_)) Act(Act{grow_log});
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      log_text += std::to_string(awaiter6_.await_resume());

      std::printf("log = %s\n", log_text.c_str());

      // co_await Act{set_acc} (line 55)
      ::new (asl::place(awaiter7_)) Act(Act{set_acc});
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      x = y = awaiter7_.await_resume();

      spill4_ = x + y;
      // co_await Act{set_index} (line 56)
      ::new (asl::place(awaiter8_)) Act(Act{set_index});
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      spill5_ = spill4_ + awaiter8_.await_resume();
      slots[idx - 2] -= spill5_;

      std::printf("slots = %d %d %d\n", slots[0], slots[1], slots[2]);
      builder_.set_result(slots[0]);
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
  std::map<std::string, int> table{{"b", 5}};
  asl::Task<int> t = demo(table);
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
