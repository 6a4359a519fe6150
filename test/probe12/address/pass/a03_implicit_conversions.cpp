// Address escaping through implicit conversions: a converting constructor
// taking the lifted local by reference (into a global, a by-value
// parameter, a local), and a conversion function of the local's class
// returning a token holding `this`.
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

struct Slot;
struct Token {
  Slot *p;
  Token() : p(nullptr) {}
  Token(Slot &s) : p(&s) {}
};
struct Slot {
  int v;
};
struct Other {
  int v;
  operator Token();
};
static Token g_token;
static Other *g_other = nullptr;
Other::operator Token() {
  g_other = this;
  return Token();
}
static void keep(Token t) { g_token = t; }

ASL_ASYNC asl::Task<int> assign_global() {
  Slot s{1};
  g_token = s;
  co_await later(0);
  g_token.p->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> by_value_param() {
  Slot s{2};
  keep(s);
  co_await later(0);
  g_token.p->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> conversion_function() {
  Other o{3};
  {
    Token t = o;
    (void)t;
  }
  co_await later(0);
  g_other->v += 100;
  co_return o.v;
}
ASL_ASYNC asl::Task<int> conversion_to_param() {
  Other o{4};
  keep(o);
  co_await later(0);
  g_other->v += 100;
  co_return o.v;
}
ASL_ASYNC asl::Task<int> explicit_cast() {
  Slot s{5};
  g_token = static_cast<Token>(s);
  co_await later(0);
  g_token.p->v += 100;
  co_return s.v;
}

int main() {
  run("assign_global", assign_global);
  run("by_value_param", by_value_param);
  run("conversion_function", conversion_function);
  run("conversion_to_param", conversion_to_param);
  run("explicit_cast", explicit_cast);
}
