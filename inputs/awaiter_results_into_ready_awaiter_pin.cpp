// An awaiter that completes at once (await_ready() true) lives in the
// machine to the end of its full-expression, and what its await_resume()
// returns may point into it: a pointer, a string_view, a span-like
// aggregate over its member array. Saved while a later await of the same
// full-expression first suspends, it would point at the old place if the
// machine, which may start on the caller's stack, moved to the heap there;
// so such an await pins the machine in its heap box from the start, in a
// function or a function template. run() writes over the stack the
// machines started on before resuming them, so a pointer left to the old
// place would show.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <string_view>

static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
struct Ready {
  char text[8];
  int n;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  std::string_view await_resume() const noexcept {
    return std::string_view(text, static_cast<std::size_t>(n));
  }
};
struct ReadyPtr {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  const int *await_resume() const noexcept { return &v; }
};
struct Span {
  const int *p;
  int n;
};
struct ReadySpan {
  int a[3];
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) const noexcept {}
  Span await_resume() const noexcept { return Span{a, 3}; }
};
static int hash(std::string_view s, int k) {
  int h = k;
  for (char c : s)
    h = h * 31 + c;
  return h;
}
static int total(Span s, int k) {
  int t = k;
  for (int i = 0; i < s.n; ++i)
    t = t * 10 + s.p[i];
  return t;
}
static int addp(const int *a, int b) { return *a + b; }

ASL_ASYNC asl::Task<int> view_result() {
  co_return hash(co_await Ready{{'a', 'b', 'c'}, 3}, co_await later(1));
}
ASL_ASYNC asl::Task<int> pointer_result() {
  co_return addp(co_await ReadyPtr{50}, co_await later(3));
}
ASL_ASYNC asl::Task<int> span_result() {
  co_return total(co_await ReadySpan{{1, 2, 3}}, co_await later(4));
}
template <class R> ASL_ASYNC asl::Task<int> in_template(R r) {
  co_return hash(co_await R(r), co_await later(5));
}

static int scribble() {
  volatile int buf[2048];
  for (int i = 0; i < 2048; ++i)
    buf[i] = -i;
  return buf[7];
}
template <class F> void run(const char *name, F f) {
  auto t = f();
  std::printf("scribbled %d\n", scribble());
  while (!waiting.empty()) {
    auto *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}
int main() {
  run("view", view_result);
  run("pointer", pointer_result);
  run("span", span_result);
  run("template", [] { return in_template(Ready{{'h', 'i'}, 2}); });
}
