// References and lifetime-extended temporaries across awaits; a temporary of
// a full-expression alive across an await in a later argument.
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>

struct Tmp {
  std::string n;
  explicit Tmp(std::string s) : n(std::move(s)) {
    std::printf("  +%s\n", n.c_str());
  }
  Tmp(Tmp &&o) noexcept : n(std::move(o.n)) { o.n = "moved"; }
  ~Tmp() { std::printf("  -%s\n", n.c_str()); }
  const std::string &name() const { return n; }
};

Tmp make(const char *s) { return Tmp(s); }
std::vector<Tmp> make_list() {
  std::vector<Tmp> v;
  v.reserve(3);
  v.emplace_back("l0");
  v.emplace_back("l1");
  v.emplace_back("l2");
  return v;
}

// The state machine of num(), line 28. state_ is -1 while it runs, N while it
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
      std::printf("  num %d\n", v);
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

static void use(const Tmp &t, int v, const std::string &s) {
  std::printf("  use(%s, %d, %s)\n", t.n.c_str(), v, s.c_str());
}

// The state machine of run(), line 37. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'r' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const Tmp r;
  };
  union {
    Tmp rr;
  };
  union {
    std::vector<Tmp> range_;
  };
  union {
    std::vector<Tmp>::iterator begin_;
  };
  union {
    std::vector<Tmp>::iterator end_;
  };
  Tmp *x;
  union {
    const std::pair<Tmp, int> bindings7_;
  };
  const Tmp *a_;
  const int *b_;
  union {
    asl::task_awaiter<int> awaiter0_;
    Tmp temporary0_;
    asl::task_awaiter<int> awaiter2_;
    asl::task_awaiter<int> awaiter3_;
  };
  union {
    asl::task_awaiter<int> awaiter1_;
  };
  int count;
  union {
    int spill1_;
  };
  int state_ = -1;
  bool r_live_ = false;
  bool rr_live_ = false;
  bool range_live_ = false;
  bool bindings7_live_ = false;
  bool temporary0_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(bindings7_, bindings7_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(range_, range_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(rr, rr_live_);
    asl::destroy(r, r_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(r)) const Tmp(make("extended"));
      r_live_ = true;

      ::new (asl::place(rr)) Tmp(make("rvalue-ext"));
      rr_live_ = true;

      // co_await num(1) (line 40)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{num(1)};
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

      std::printf("  r=%s rr=%s\n", r.n.c_str(), rr.n.c_str());
      ::new (asl::place(temporary0_)) Tmp(make("arg"));
      temporary0_live_ = true;
      // co_await num(2) (line 42)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{num(2)};
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
      spill1_ = awaiter1_.await_resume();
      use(temporary0_, spill1_, std::string("s") + r.name());
      asl::destroy(awaiter1_, awaiter1_live_);
      asl::destroy(temporary0_, temporary0_live_);

      std::puts("  after full-expression");
      count = 0;

      {
        ::new (asl::place(range_)) std::vector<Tmp>(make_list());
        range_live_ = true;
        ::new (asl::place(begin_)) std::vector<Tmp>::iterator(range_.begin());
        ::new (asl::place(end_)) std::vector<Tmp>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          x = std::addressof(*begin_);
          {
            // co_await num(count) (line 46)
            ::new (asl::place(awaiter2_)) asl::task_awaiter<int>{num(count)};
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
            count += awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);

            std::printf("  item %s\n", (*x).n.c_str());
          }
        }
        asl::destroy(range_, range_live_);
      }

      ::new (asl::place(bindings7_))
          const std::pair<Tmp, int>(std::pair<Tmp, int>(make("pairfirst"), 5));
      bindings7_live_ = true;
      a_ = std::addressof(std::get<0>(bindings7_));
      b_ = std::addressof(std::get<1>(bindings7_));

      // co_await num(b) (line 50)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<int>{num((*b_))};
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

      std::printf("  binding %s %d\n", (*a_).n.c_str(), (*b_));
      builder_.set_result(std::move(count));
      asl::destroy(bindings7_, bindings7_live_);
      asl::destroy(rr, rr_live_);
      asl::destroy(r, r_live_);
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

int main() { std::printf("main %d\n", asl::sync_wait(run())); }
