// Parameter copies the machine holds (by-value parameters of trivially
// copyable types) whose address escapes before the first suspension:
// an operator member, a conversion to a token holding a pointer, a named
// lambda capturing by reference, an async member started then awaited
// later, a member array decaying to a string_view, when_all over async
// members of two parameters.
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

#include <asl/when_all.h>
#include <string_view>
struct Slot {
  int v;
  Slot &operator-=(int k) { v -= k; last = this; return *this; }
  ASL_ASYNC asl::Task<int> run() const {
    co_await later(0);
    co_return v;
  }
  static Slot *last;
};
Slot *Slot::last = nullptr;
struct Token {
  const Slot *p;
  Token() : p(nullptr) {}
  Token(const Slot &s) : p(&s) {}
};
struct Text {
  char t[6];
};
static Token g_token;
static std::function<int()> g_fn;
static std::string_view g_view;

ASL_ASYNC asl::Task<int> operator_member(Slot s) {
  s -= 1;
  co_await later(0);
  Slot::last->v += 100;
  co_return s.v;
}
ASL_ASYNC asl::Task<int> conversion(Slot s) {
  g_token = s;
  co_await later(0);
  co_return g_token.p->v;
}
ASL_ASYNC asl::Task<int> named_lambda(Slot s) {
  auto f = [&s] { return s.v; };
  g_fn = f;
  s.v += 1;
  co_await later(0);
  co_return g_fn();
}
ASL_ASYNC asl::Task<int> async_member(Slot s) {
  asl::Task<int> t = s.run();
  int a = co_await later(1);
  co_return a + co_await t;
}
ASL_ASYNC asl::Task<int> view_of_member(Text t) {
  g_view = std::string_view(t.t, 3);
  co_await later(0);
  co_return static_cast<int>(g_view[0]) * 1000 + g_view[2];
}
ASL_ASYNC asl::Task<int> when_all_members(Slot a, Slot b) {
  std::tuple<int, int> r = co_await asl::when_all(a.run(), b.run());
  co_return std::get<0>(r) * 10 + std::get<1>(r);
}
static asl::Task<int> c1() { return operator_member(Slot{5}); }
static asl::Task<int> c2() { return conversion(Slot{6}); }
static asl::Task<int> c3() { return named_lambda(Slot{7}); }
static asl::Task<int> c4() { return async_member(Slot{8}); }
static asl::Task<int> c5() { return view_of_member(Text{{'x', 'y', 'z'}}); }
static asl::Task<int> c6() { return when_all_members(Slot{1}, Slot{2}); }

int main() {
  run("operator_member", c1);
  run("conversion", c2);
  run("named_lambda", c3);
  run("async_member", c4);
  run("view_of_member", c5);
  run("when_all_members", c6);
}
