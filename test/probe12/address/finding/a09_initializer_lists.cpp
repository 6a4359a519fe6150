// std::initializer_list objects kept across awaits: their arrays are in
// the machine and the lists point there. A named list, `auto` list, an
// iterator into one, a list member of an aggregate, a list passed to a
// function of the program that reads it after an await of the same
// expression, a range-for over a named list.
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

#include <initializer_list>
struct L {
  std::initializer_list<int> il;
  int k;
};
static int sum(std::initializer_list<int> il, int k) {
  int s = k;
  for (int e : il)
    s = s * 10 + e;
  return s;
}
static const int *g_first = nullptr;
static int keep_first(std::initializer_list<int> il) {
  g_first = il.begin();
  return static_cast<int>(il.size());
}

ASL_ASYNC asl::Task<int> named_list() {
  std::initializer_list<int> il = {1, 2, 3};
  co_await later(0);
  co_return sum(il, 0);
}
ASL_ASYNC asl::Task<int> auto_list() {
  auto il = {4, 5, 6};
  co_await later(0);
  co_return sum(il, 0);
}
ASL_ASYNC asl::Task<int> iterator_into_list() {
  std::initializer_list<int> il = {7, 8, 9};
  const int *p = il.begin() + 1;
  co_await later(0);
  co_return *p;
}
ASL_ASYNC asl::Task<int> aggregate_member_list() {
  L l{{1, 3, 5}, 2};
  co_await later(0);
  co_return sum(l.il, l.k);
}
ASL_ASYNC asl::Task<int> argument_list() {
  co_return sum({2, 4, 6}, co_await later(1));
}
ASL_ASYNC asl::Task<int> kept_pointer_argument() {
  co_return keep_first({3, 6, 9}) + co_await later(1) + *g_first;
}
ASL_ASYNC asl::Task<int> range_for_named_list() {
  std::initializer_list<int> il = {1, 2, 4};
  int s = 0;
  for (int e : il)
    s = s * 10 + e + co_await later(0);
  co_return s;
}
ASL_ASYNC asl::Task<int> copied_list() {
  std::initializer_list<int> il = {5, 6};
  std::initializer_list<int> copy = il;
  co_await later(0);
  co_return sum(copy, 1);
}

int main() {
  run("named_list", named_list);
  run("auto_list", auto_list);
  run("iterator_into_list", iterator_into_list);
  run("aggregate_member_list", aggregate_member_list);
  run("argument_list", argument_list);
  run("kept_pointer_argument", kept_pointer_argument);
  run("range_for_named_list", range_for_named_list);
  run("copied_list", copied_list);
}
