// Pointers into lifted C arrays and std::arrays, made without a visible
// `&x`: arithmetic on a decayed array, std::begin/std::end/std::data,
// data() and begin() of std::array, a row of a 2-D array, a pointer to
// the whole array; and a control that only reads sizeof (may start on the
// stack).
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;
static std::deque<std::function<void()>> resumers;

// Awaiting a task does not usually suspend, so a machine awaiting later()
// may start on the stack and move at its first suspension.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Suspends until run() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

#include <array>
#include <iterator>
static int *gp = nullptr;
static int (*grow)[3] = nullptr;

ASL_ASYNC asl::Task<int> arithmetic() {
  int a[4] = {1, 2, 3, 4};
  gp = a + 2;
  co_await later(0);
  *gp += 100;
  co_return a[2];
}
ASL_ASYNC asl::Task<int> std_begin_end() {
  int a[3] = {5, 6, 7};
  gp = std::end(a) - 1;
  co_await later(0);
  *gp += 100;
  co_return a[2] + *std::begin(a);
}
ASL_ASYNC asl::Task<int> std_data() {
  std::array<int, 3> a{{1, 2, 3}};
  gp = std::data(a) + 1;
  co_await later(0);
  *gp += 100;
  co_return a[1];
}
ASL_ASYNC asl::Task<int> array_data_member() {
  std::array<int, 3> a{{4, 5, 6}};
  gp = a.data();
  co_await later(0);
  *gp += 100;
  co_return a[0];
}
ASL_ASYNC asl::Task<int> array_iterator() {
  std::array<int, 3> a{{7, 8, 9}};
  auto it = a.begin() + 2;
  co_await later(0);
  *it += 100;
  co_return a[2];
}
ASL_ASYNC asl::Task<int> row_of_2d() {
  int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  int *row = m[1];
  co_await later(0);
  row[1] += 100;
  co_return m[1][1];
}
ASL_ASYNC asl::Task<int> pointer_to_array() {
  int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  grow = m;
  co_await later(0);
  grow[0][2] += 100;
  co_return m[0][2];
}
ASL_ASYNC asl::Task<int> member_array_arith() {
  struct M {
    int pad;
    int a[3];
  };
  M s{0, {3, 4, 5}};
  gp = 1 + s.a;
  co_await later(0);
  *gp += 100;
  co_return s.a[1];
}
ASL_ASYNC asl::Task<int> sizeof_only() {
  int a[4] = {1, 2, 3, 4};
  int n = static_cast<int>(sizeof(a) / sizeof(a[0]));
  co_await later(0);
  co_return a[3] + n;
}

int main() {
  run("arithmetic", arithmetic);
  run("std_begin_end", std_begin_end);
  run("std_data", std_data);
  run("array_data_member", array_data_member);
  run("array_iterator", array_iterator);
  run("row_of_2d", row_of_2d);
  run("pointer_to_array", pointer_to_array);
  run("member_array_arith", member_array_arith);
  run("sizeof_only", sizeof_only);
}
