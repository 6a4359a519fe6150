// Uses of structured bindings (of an object the machine holds) that may
// keep an address: a default by-reference capture, std::ref, an
// init-capture by reference, std::addressof, a converting constructor
// taking it by reference, a lambda capturing the binding by reference
// passed to a function that keeps it, a nested lambda.
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

#include <memory>
struct P {
  int x, y;
};
struct Token {
  const int *p;
  Token() : p(nullptr) {}
  Token(const int &r) : p(&r) {}
};
static Token g_token;
static std::function<int()> g_fn;
static std::reference_wrapper<int> *g_ref = nullptr;
static const int *gp = nullptr;
static void keep(std::function<int()> f) { g_fn = std::move(f); }

ASL_ASYNC asl::Task<int> default_capture() {
  auto [x, y] = P{1, 2};
  g_fn = [&] { return x * 10 + y; };
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> std_ref() {
  auto [x, y] = P{3, 4};
  static std::reference_wrapper<int> w = std::ref(x);
  w = std::ref(y);
  g_ref = &w;
  co_await later(0);
  co_return g_ref->get();
}
ASL_ASYNC asl::Task<int> init_capture_ref() {
  auto [x, y] = P{5, 6};
  g_fn = [&r = y] { return r; };
  co_await later(0);
  co_return g_fn() + x;
}
ASL_ASYNC asl::Task<int> addressof() {
  auto [x, y] = P{7, 8};
  gp = std::addressof(y);
  co_await later(0);
  co_return *gp + x;
}
ASL_ASYNC asl::Task<int> converting_constructor() {
  auto [x, y] = P{9, 10};
  g_token = y;
  co_await later(0);
  co_return *g_token.p + x;
}
ASL_ASYNC asl::Task<int> passed_lambda() {
  auto [x, y] = P{11, 12};
  keep([&x] { return x; });
  co_await later(0);
  co_return g_fn() + y;
}
ASL_ASYNC asl::Task<int> nested_lambda() {
  auto [x, y] = P{13, 14};
  auto outer = [&y] { return [&y] { return y; }; };
  g_fn = outer();
  co_await later(0);
  co_return g_fn() + x;
}
ASL_ASYNC asl::Task<int> binding_of_array_captured() {
  int arr[2] = {15, 16};
  auto &[a, b] = arr;
  g_fn = [&b] { return b; };
  co_await later(0);
  co_return g_fn() + a;
}

int main() {
  run("default_capture", default_capture);
  run("std_ref", std_ref);
  run("init_capture_ref", init_capture_ref);
  run("addressof", addressof);
  run("converting_constructor", converting_constructor);
  run("passed_lambda", passed_lambda);
  run("nested_lambda", nested_lambda);
  run("binding_of_array_captured", binding_of_array_captured);
}
