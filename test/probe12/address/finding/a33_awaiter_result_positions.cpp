// The view an at-once awaiter's await_resume() returns into itself, saved
// across a later await of the same full-expression, in other positions:
// an if condition, a local's braced initializer, a span-like aggregate
// result, the left operand of &&; and, as a control, a result copied out
// before the later await (`std::string`), which keeps nothing.
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

#include <string>
#include <string_view>
struct Span {
  const int *p;
  int n;
};
struct Ready {
  char text[8];
  int n;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  std::string_view await_resume() const noexcept {
    return std::string_view(text, static_cast<std::size_t>(n));
  }
};
struct ReadySpan {
  int a[3];
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  Span await_resume() const noexcept { return Span{a, 3}; }
};
static int hash(std::string_view s) {
  int h = 0;
  for (char c : s)
    h = h * 31 + c;
  return h;
}
struct Pair {
  std::string_view s;
  int k;
};
static int total(Span s, int k) {
  int t = k;
  for (int i = 0; i < s.n; ++i)
    t = t * 10 + s.p[i];
  return t;
}

ASL_ASYNC asl::Task<int> in_if_condition() {
  if (hash(co_await Ready{{'a', 'b'}, 2}) + co_await later(1) > 0)
    co_return 1;
  co_return 0;
}
ASL_ASYNC asl::Task<int> braced_local() {
  Pair p{co_await Ready{{'c', 'd'}, 2}, co_await later(2)};
  co_return p.k;
}
ASL_ASYNC asl::Task<int> span_result() {
  co_return total(co_await ReadySpan{{1, 2, 3}}, co_await later(4));
}
ASL_ASYNC asl::Task<int> and_operand() {
  bool b = (co_await Ready{{'e'}, 1}).size() == 1 && co_await later(1) == 1;
  co_return b ? 5 : 6;
}
ASL_ASYNC asl::Task<int> copied_out() {
  co_return static_cast<int>(
      std::string(co_await Ready{{'f', 'g', 'h'}, 3}).size()) +
      co_await later(7);
}
ASL_ASYNC asl::Task<int> hashed_before() {
  co_return hash(co_await Ready{{'i', 'j'}, 2}) + co_await later(8);
}

int main() {
  run("in_if_condition", in_if_condition);
  run("braced_local", braced_local);
  run("span_result", span_result);
  run("and_operand", and_operand);
  run("copied_out", copied_out);
  run("hashed_before", hashed_before);
}
