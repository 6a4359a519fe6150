// Checks destroying a task suspended inside the initializer of an array, a
// two-dimensional array of aggregates and a std::array, where an element
// awaits: exactly the elements built so far are destroyed, last first, and
// the later elements are never built.
#include <array>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <utility>

// Resumptions main runs in order; a Yield suspends onto the queue.
static std::deque<std::function<void()>> g_queue;
struct Yield {
  int id;
  bool await_ready() const {
    std::printf("    ready?%d\n", id);
    return false;
  }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("    resume%d\n", id);
    return id;
  }
};
inline void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// A traced object: prints its construction, copies, moves and destruction.
struct T {
  std::string n;
  T(std::string s) : n(std::move(s)) { std::printf("    +%s\n", n.c_str()); }
  T(const T &o) : n(o.n + "'") { std::printf("    +%s(copy)\n", n.c_str()); }
  T(T &&o) noexcept : n(o.n + "~") {
    std::printf("    +%s(move)\n", n.c_str());
  }
  ~T() { std::printf("    -%s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
};
struct Pair {
  T a;
  T b;
};

// The state machine of name(), line 54. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct name_machine {
  explicit name_machine(const char *&n) : n(std::move(n)) {}
  ~name_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Yield, const char *> && !asl::usually_suspends<Yield>;

  asl::task_builder<std::string> builder_;
  const char *n;
  union {
    Yield awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

ASL_ASYNC asl::Task<std::string> name(const char *n) {
  return asl::start<name_machine>(n);
}

inline void name_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Yield{0} (line 55)
      ::new (asl::place(awaiter0_)) Yield(Yield{0});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(std::move(n));
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of body(), line 59. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct body_machine {
  body_machine() {}
  ~body_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'arr' may be kept
  // (line 66).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    T arr[3];
  };
  union {
    Pair grid[2][2];
  };
  union {
    std::array<T, 2> sa;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter0_;
    asl::task_awaiter<std::basic_string<char>> awaiter1_;
    asl::task_awaiter<std::basic_string<char>> awaiter3_;
    Yield awaiter4_;
  };
  union {
    asl::task_awaiter<std::basic_string<char>> awaiter2_;
  };
  int state_ = -1;
  bool arr_live_ = false;
  bool grid_live_ = false;
  bool sa_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool arr_0_live_ = false;
  bool arr_1_live_ = false;
  bool arr_2_live_ = false;
  bool grid_0_0_a_live_ = false;
  bool grid_0_0_b_live_ = false;
  bool grid_0_1_a_live_ = false;
  bool grid_0_1_b_live_ = false;
  bool grid_1_0_a_live_ = false;
  bool grid_1_0_b_live_ = false;
  bool grid_1_1_a_live_ = false;
  bool grid_1_1_b_live_ = false;
  bool sa__M_elems_0_live_ = false;
  bool sa__M_elems_1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(sa._M_elems[1], sa__M_elems_1_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(sa._M_elems[0], sa__M_elems_0_live_);
    asl::destroy(sa, sa_live_);
    asl::destroy(grid[1][1].b, grid_1_1_b_live_);
    asl::destroy(grid[1][1].a, grid_1_1_a_live_);
    asl::destroy(grid[1][0].b, grid_1_0_b_live_);
    asl::destroy(grid[1][0].a, grid_1_0_a_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(grid[0][1].b, grid_0_1_b_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(grid[0][1].a, grid_0_1_a_live_);
    asl::destroy(grid[0][0].b, grid_0_0_b_live_);
    asl::destroy(grid[0][0].a, grid_0_0_a_live_);
    asl::destroy(grid, grid_live_);
    asl::destroy(arr[2], arr_2_live_);
    asl::destroy(arr[1], arr_1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(arr[0], arr_0_live_);
    asl::destroy(arr, arr_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> body() { return asl::start<body_machine>(); }

inline void body_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(arr[0])) T(T("a0"));
      arr_0_live_ = true;
      // co_await name("a1") (line 60)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::basic_string<char>>{name("a1")};
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
      ::new (asl::place(arr[1])) T(T(awaiter0_.await_resume()));
      arr_1_live_ = true;
      ::new (asl::place(arr[2])) T(T("a2"));
      arr_2_live_ = true;
      arr_0_live_ = false;
      arr_1_live_ = false;
      arr_2_live_ = false;
      arr_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      ::new (asl::place(grid[0][0].a)) T(T("g00a"));
      grid_0_0_a_live_ = true;
      ::new (asl::place(grid[0][0].b)) T(T("g00b"));
      grid_0_0_b_live_ = true;
      ::new (asl::place(grid[0][1].a)) T(T("g01a"));
      grid_0_1_a_live_ = true;
      // co_await name("g01b") (line 62)
      ::new (asl::place(awaiter1_))
          asl::task_awaiter<std::basic_string<char>>{name("g01b")};
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
      ::new (asl::place(grid[0][1].b)) T(T(awaiter1_.await_resume()));
      grid_0_1_b_live_ = true;
      // co_await name("g10a") (line 63)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::basic_string<char>>{name("g10a")};
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
      ::new (asl::place(grid[1][0].a)) T(T(awaiter2_.await_resume()));
      grid_1_0_a_live_ = true;
      ::new (asl::place(grid[1][0].b)) T(T("g10b"));
      grid_1_0_b_live_ = true;
      ::new (asl::place(grid[1][1].a)) T(T("g11a"));
      grid_1_1_a_live_ = true;
      ::new (asl::place(grid[1][1].b)) T(T("g11b"));
      grid_1_1_b_live_ = true;
      grid_0_0_a_live_ = false;
      grid_0_0_b_live_ = false;
      grid_0_1_a_live_ = false;
      grid_0_1_b_live_ = false;
      grid_1_0_a_live_ = false;
      grid_1_0_b_live_ = false;
      grid_1_1_a_live_ = false;
      grid_1_1_b_live_ = false;
      grid_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);
      asl::destroy(awaiter1_, awaiter1_live_);

      ::new (asl::place(sa._M_elems[0])) T(T("s0"));
      sa__M_elems_0_live_ = true;
      // co_await name("s1") (line 64)
      ::new (asl::place(awaiter3_))
          asl::task_awaiter<std::basic_string<char>>{name("s1")};
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
      ::new (asl::place(sa._M_elems[1])) T(T(awaiter3_.await_resume()));
      sa__M_elems_1_live_ = true;
      sa__M_elems_0_live_ = false;
      sa__M_elems_1_live_ = false;
      sa_live_ = true;
      asl::destroy(awaiter3_, awaiter3_live_);

      // co_await Yield{1} (line 65)
      ::new (asl::place(awaiter4_)) Yield(Yield{1});
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter4_.await_resume();

      std::printf("  %s %s %s %s\n", arr[1].n.c_str(), grid[1][0].a.n.c_str(),
                  sa[1].n.c_str(), grid[0][1].b.n.c_str());
      builder_.set_result(0);
      asl::destroy(sa, sa_live_);
      asl::destroy(grid, grid_live_);
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
  for (int stops = 0; stops <= 6; stops += 1) {
    std::printf("== %d resumes then destroy\n", stops);
    {
      auto t = body();
      for (int i = 0; i < stops && !g_queue.empty(); ++i) {
        auto f = std::move(g_queue.front());
        g_queue.pop_front();
        f();
      }
      std::printf("  ready=%d dropping\n", (int)t.is_ready());
      g_queue.clear();
    }
  }
}
