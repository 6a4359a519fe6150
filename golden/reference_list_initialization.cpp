// Checks reference locals initialized with braces or parentheses instead of
// `=` that live across a co_await: `const std::string &s{"text"};`,
// `const int &n{5};`, `auto &&r{make()};` extend a temporary, which lives
// in the machine and dies where the reference's scope ends; `int &r{x};`
// binds a local. Each form lowers as its `=` form does, and a braced list
// after `=` (`const T &r = {"a"};`) builds the temporary from that list. The
// temporaries' destructors show when they die.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Traced {
  std::string name;
  Traced(const char *n) : name(n) { std::printf("  Traced(%s)\n", n); }
  Traced(const char *n, int k) : name(std::string(n) + std::to_string(k)) {
    std::printf("  Traced(%s)\n", name.c_str());
  }
  Traced(const Traced &o) : name(o.name + "'") {
    std::printf("  copy Traced(%s)\n", name.c_str());
  }
  ~Traced() { std::printf("  ~Traced(%s)\n", name.c_str()); }
};
struct Base {
  std::string tag;
  ~Base() { std::printf("  ~Base(%s)\n", tag.c_str()); }
};
struct Derived : Base {
  int extra;
  Derived(std::string t, int e) : Base{std::move(t)}, extra(e) {}
};
struct Agg {
  int a, b;
};

static Traced make(const char *n) { return Traced(n); }
static std::pair<std::string, int> pair(int v) { return {"pair", v}; }

// The state machine of at(), line 53. state_ is -1 while it runs, N while it is
// suspended at co_await N, -2 once it has finished.
struct at_machine {
  explicit at_machine(int *&p) : p(std::move(p)) {}
  ~at_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Later, int *> && !asl::usually_suspends<Later>;

  asl::task_builder<int *> builder_;
  int *p;
  union {
    Later awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<int *> at(int *p) { return asl::start<at_machine>(p); }

inline void at_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await later(0) (line 54)
      ::new (asl::place(awaiter0_)) Later(later(0));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(p));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of temporaries(), line 58. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct temporaries_machine {
  temporaries_machine() {}
  ~temporaries_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'name' may be kept
  // (line 79).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    const Traced name;
  };
  union {
    const Traced two;
  };
  union {
    Traced made;
  };
  union {
    const Traced copied;
  };
  union {
    const Derived base;
  };
  union {
    std::pair<std::string, int> second;
  };
  union {
    const Traced listed;
  };
  union {
    const Traced one;
  };
  union {
    const Traced paren;
  };
  union {
    Traced made2;
  };
  union {
    const int limit;
  };
  union {
    const Agg agg;
  };
  union {
    const int arr[2];
  };
  union {
    const int awaited;
  };
  union {
    const int six;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
  };
  int state_ = -1;
  bool name_live_ = false;
  bool two_live_ = false;
  bool made_live_ = false;
  bool copied_live_ = false;
  bool base_live_ = false;
  bool second_live_ = false;
  bool listed_live_ = false;
  bool one_live_ = false;
  bool paren_live_ = false;
  bool made2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(made2, made2_live_);
    asl::destroy(paren, paren_live_);
    asl::destroy(one, one_live_);
    asl::destroy(listed, listed_live_);
    asl::destroy(second, second_live_);
    asl::destroy(base, base_live_);
    asl::destroy(copied, copied_live_);
    asl::destroy(made, made_live_);
    asl::destroy(two, two_live_);
    asl::destroy(name, name_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> temporaries() {
  return asl::start<temporaries_machine>();
}

inline void temporaries_machine::move_next() {
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
      std::printf("braces\n");
      ::new (asl::place(name)) const Traced{"name"};
      name_live_ = true;

      ::new (asl::place(two)) const Traced{"two", 2};
      two_live_ = true;

      ::new (asl::place(limit)) const int(5);

      ::new (asl::place(made)) Traced(make("made"));
      made_live_ = true;

      ::new (asl::place(copied)) const Traced(Traced("copied"));
      copied_live_ = true;

      ::new (asl::place(base)) const Derived(Derived("derived", 2));
      base_live_ = true;

      ::new (asl::place(second)) std::pair<std::string, int>(pair(3));
      second_live_ = true;

      ::new (asl::place(agg)) const Agg{4, 5};

      ::new (asl::place(arr)) const int[2]{6, 7};

      // co_await later(8) (line 69)
      ::new (asl::place(awaiter0_)) Later(later(8));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(awaited)) const int(awaiter0_.await_resume());

      std::printf("a list after =\n");
      ::new (asl::place(listed)) const Traced{"listed", 3};
      listed_live_ = true;

      ::new (asl::place(one)) const Traced{"one"};
      one_live_ = true;

      std::printf("parentheses\n");
      ::new (asl::place(paren)) const Traced("paren");
      paren_live_ = true;

      ::new (asl::place(six)) const int(6);

      ::new (asl::place(made2)) Traced(make("made2"));
      made2_live_ = true;

      // co_await later(1) (line 77)
      ::new (asl::place(awaiter1_)) Later(later(1));
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

      std::printf("%s %s %d %s %s %s %d %d %d %d %d %d %s %d %s %s %s\n",
                  name.name.c_str(), two.name.c_str(), limit, made.name.c_str(),
                  copied.name.c_str(),
                  static_cast<const Base &>(base).tag.c_str(),
                  static_cast<const int &>(second.second), agg.a, agg.b, arr[0],
                  arr[1], awaited, paren.name.c_str(), six, made2.name.c_str(),
                  listed.name.c_str(), one.name.c_str());
      builder_.set_result(limit + awaited + six);
      asl::destroy(made2, made2_live_);
      asl::destroy(paren, paren_live_);
      asl::destroy(one, one_live_);
      asl::destroy(listed, listed_live_);
      asl::destroy(second, second_live_);
      asl::destroy(base, base_live_);
      asl::destroy(copied, copied_live_);
      asl::destroy(made, made_live_);
      asl::destroy(two, two_live_);
      asl::destroy(name, name_live_);
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

// The state machine of locals(), line 86. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct locals_machine {
  locals_machine() {}
  ~locals_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'x' may be kept (line
  // 88).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *brace;
  int *paren;
  int *awaited;
  int *pointer;
  union {
    asl::task_awaiter<int *> awaiter0_;
    Later awaiter1_;
  };
  int x;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> locals() { return asl::start<locals_machine>(); }

inline void locals_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      x = 1;

      brace = std::addressof(x);

      paren = std::addressof(x);

      // co_await at(&x) (line 90)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int *>{at(&x)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaited = std::addressof(*awaiter0_.await_resume());
      asl::destroy(awaiter0_, awaiter0_live_);

      pointer = {&x};

      // co_await later(2) (line 92)
      ::new (asl::place(awaiter1_)) Later(later(2));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter1_.await_resume();

      (*brace) += 10;
      (*paren) += 100;
      (*awaited) += 1000;
      *pointer += 10000;
      std::printf("x %d\n", x);
      builder_.set_result(std::move(x));
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

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = temporaries();
  drain();
  std::printf("temporaries %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = locals();
  drain();
  std::printf("locals %d\n", asl::sync_wait(std::move(u)));
}
