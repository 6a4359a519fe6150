// Temporaries of a full-expression, made before an await of it, whose
// address reaches a saved operand without a call: a member array of a
// class prvalue decaying to a pointer (or into a string_view), an array
// prvalue decaying to a pointer, a temporary bound to a const reference
// parameter, an array temporary bound to a reference to array.
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

#include <string_view>
struct Key {
  char text[4];
};
struct Arr {
  int a[3];
};
using A3 = int[3];
static int show(std::string_view s, int k) {
  int h = 0;
  for (char c : s)
    h = h * 31 + c;
  return h + k;
}
static int first(const int *p, int k) { return p[0] * 10 + p[2] + k; }
static int ref(const int &r, int k) { return r * 10 + k; }
static int whole(const A3 &a, int k) { return a[0] + a[1] + a[2] + k; }

ASL_ASYNC asl::Task<int> view_of_member_array() {
  co_return show(std::string_view(Key{{'a', 'b', 'c'}}.text, 3),
                 co_await later(1));
}
ASL_ASYNC asl::Task<int> pointer_from_member_array() {
  co_return first(Arr{{4, 5, 6}}.a, co_await later(2));
}
ASL_ASYNC asl::Task<int> pointer_from_array_prvalue() {
  co_return first(A3{7, 8, 9}, co_await later(3));
}
ASL_ASYNC asl::Task<int> const_ref_to_member() {
  co_return ref(Arr{{1, 2, 3}}.a[1], co_await later(4));
}
ASL_ASYNC asl::Task<int> array_reference() {
  co_return whole(A3{1, 2, 3}, co_await later(5));
}
ASL_ASYNC asl::Task<int> implicit_view_of_member() {
  co_return show(Key{{'x', 'y', 0}}.text, co_await later(6));
}

int main() {
  run("view_of_member_array", view_of_member_array);
  run("pointer_from_member_array", pointer_from_member_array);
  run("pointer_from_array_prvalue", pointer_from_array_prvalue);
  run("const_ref_to_member", const_ref_to_member);
  run("array_reference", array_reference);
  run("implicit_view_of_member", implicit_view_of_member);
}
