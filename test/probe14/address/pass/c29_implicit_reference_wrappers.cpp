// A lifted local given by name (no `&`, no std::ref) to a standard
// library call that returns nothing or a class, converted implicitly to
// std::reference_wrapper on the way: push_back into a global vector of
// reference_wrapper, a map's emplace, assignment to a global optional of
// reference_wrapper, std::fill_n into a global vector.
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

#include <algorithm>
#include <map>
#include <optional>
#include <vector>
static std::vector<std::reference_wrapper<int>> g_refs;
static std::map<int, std::reference_wrapper<int>> g_map;
static std::optional<std::reference_wrapper<int>> g_opt;
static int g_dummy = 0;
static std::vector<std::reference_wrapper<int>> g_filled(1, g_dummy);

ASL_ASYNC asl::Task<int> push_back_converted() {
  int x = 1;
  g_refs.push_back(x);
  co_await later(0);
  x += 100;
  co_return g_refs.back();
}
ASL_ASYNC asl::Task<int> map_emplace_converted() {
  int x = 2;
  g_map.emplace(2, x);
  co_await later(0);
  x += 100;
  co_return g_map.at(2);
}
ASL_ASYNC asl::Task<int> optional_assigned() {
  int x = 3;
  g_opt = x;
  co_await later(0);
  x += 100;
  co_return g_opt->get();
}
ASL_ASYNC asl::Task<int> fill_n_converted() {
  int x = 4;
  std::fill_n(g_filled.begin(), 1, std::reference_wrapper<int>(x));
  co_await later(0);
  x += 100;
  co_return g_filled[0];
}

int main() {
  run("push_back_converted", push_back_converted);
  run("map_emplace_converted", map_emplace_converted);
  run("optional_assigned", optional_assigned);
  run("fill_n_converted", fill_n_converted);
}
