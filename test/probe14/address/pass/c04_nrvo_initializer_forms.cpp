// An NRVO factory that records its object's address, with the local
// initialized in other forms: braces `Big b{make(1)}`, parentheses,
// `auto`, a functional cast, a parenthesized operand, a lambda called at
// once as the factory, a function template factory.
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

struct Big {
  int v;
  int pad[9];
};
static Big *g_big = nullptr;
// Not a direct store: g++ warns (-Wdangling-pointer) about one.
[[gnu::noinline]] static void note(Big *p) { g_big = p; }
static Big make_big(int v) {
  Big b{v, {}};
  note(&b);
  return b;
}
template <class T> T make_any(int v) {
  T t{v, {}};
  note(&t);
  return t;
}

ASL_ASYNC asl::Task<int> braced() {
  Big b{make_big(1)};
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> parenthesized() {
  Big b(make_big(2));
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> auto_deduced() {
  auto b = make_big(3);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> functional_cast() {
  Big b = Big(make_big(4));
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> lambda_factory() {
  Big b = [] {
    Big r{5, {}};
    note(&r);
    return r;
  }();
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}
ASL_ASYNC asl::Task<int> template_factory() {
  Big b = make_any<Big>(6);
  co_await later(0);
  b.v += 100;
  co_return g_big->v;
}

int main() {
  run("braced", braced);
  run("parenthesized", parenthesized);
  run("auto_deduced", auto_deduced);
  run("functional_cast", functional_cast);
  run("lambda_factory", lambda_factory);
  run("template_factory", template_factory);
}
