// A range-for whose body awaits keeps its hidden range and iterators in
// the machine: over a prvalue std::array, a C array prvalue, a braced
// list, a prvalue of a class with member begin()/end() into itself, a
// lifted local with free begin()/end(), and a lifted std::array.
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
#include <initializer_list>
struct Buf {
  int a[3];
  const int *begin() const { return a; }
  const int *end() const { return a + 3; }
};
struct Bag {
  int a[3];
};
static int *begin(Bag &b) { return b.a; }
static int *end(Bag &b) { return b.a + 3; }
static Buf make_buf() { return Buf{{4, 5, 6}}; }
using A3 = int[3];

ASL_ASYNC asl::Task<int> over_std_array_prvalue() {
  int s = 0;
  for (int e : std::array<int, 3>{{1, 2, 3}})
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_c_array_prvalue() {
  int s = 0;
  for (int e : A3{1, 2, 3})
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_braced_list() {
  int s = 0;
  for (int e : {1, 2, 3})
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_class_prvalue() {
  int s = 0;
  for (int e : make_buf())
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_class_braced() {
  int s = 0;
  for (int e : Buf{{7, 8, 9}})
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_free_begin_local() {
  Bag b{{1, 3, 5}};
  int s = 0;
  for (int &e : b)
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_std_array_local() {
  std::array<int, 3> a{{2, 4, 6}};
  int s = 0;
  for (int e : a)
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_member_array_of_local() {
  Bag b{{3, 6, 9}};
  int s = 0;
  for (int e : b.a)
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> over_init_statement() {
  int s = 0;
  for (Buf b{{1, 1, 2}}; int e : b)
    s = s * 10 + e + co_await later(0);
  co_return s;
}

int main() {
  run("over_std_array_prvalue", over_std_array_prvalue);
  run("over_c_array_prvalue", over_c_array_prvalue);
  run("over_braced_list", over_braced_list);
  run("over_class_prvalue", over_class_prvalue);
  run("over_class_braced", over_class_braced);
  run("over_free_begin_local", over_free_begin_local);
  run("over_std_array_local", over_std_array_local);
  run("over_member_array_of_local", over_member_array_of_local);
  run("over_init_statement", over_init_statement);
}
