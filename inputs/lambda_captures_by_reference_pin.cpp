// A lambda expression that captures one of the machine's objects by
// reference (a lifted local, a by-value parameter's copy, a structured
// binding, through `[&]` a member array) holds its address in its closure;
// given to something that keeps the closure (a global std::function, a
// function or a holder that stores it, an awaited async function template
// or member template that takes it by value and calls it after
// suspending), in a function, a function template or a coroutine lambda,
// it pins the machine in its heap box from the start: the machine may
// otherwise start on the caller's stack and move at its first suspension,
// leaving the closure pointing at the old place. A lambda called at once,
// or given to a standard algorithm, whose result is a number, does not pin.
// run() writes over the stack the machines started on before resuming
// them, so a pointer left to the old place would show.
#include <asl/task.h>
#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
static std::function<int()> kept;
static void keep(std::function<int()> f) { kept = std::move(f); }
struct Holder {
  std::function<int()> f;
};
static std::unique_ptr<Holder> held;

ASL_ASYNC asl::Task<int> named_capture() {
  int x = 1;
  kept = [&x] { return x; };
  x = 21;
  co_await later(0);
  co_return kept();
}
struct Pair {
  int v, w;
};
ASL_ASYNC asl::Task<int> default_capture() {
  Pair s{2, 3};
  kept = [&] { return s.v + s.w; };
  s.w = 30;
  co_await later(0);
  co_return kept();
}
ASL_ASYNC asl::Task<int> parameter_copy(int x) {
  keep([&x] { return x; });
  x = 23;
  co_await later(0);
  co_return kept();
}
ASL_ASYNC asl::Task<int> binding() {
  auto [a, b] = Pair{4, 5};
  held.reset(new Holder{[&a] { return a; }});
  a += b;
  co_await later(0);
  co_return held->f();
}
struct Row {
  int a[3];
};
ASL_ASYNC asl::Task<int> member_array() {
  Row r{{6, 7, 8}};
  kept = [&] { return r.a[1]; };
  r.a[1] = 70;
  co_await later(0);
  co_return kept();
}
template <class F> ASL_ASYNC asl::Task<int> retry(F f, int n) {
  int r = 0;
  for (int i = 0; i < n; ++i)
    r += f() + co_await later(0);
  co_return r;
}
struct Policy {
  int k;
  template <class F> ASL_ASYNC asl::Task<int> call(F f) const {
    co_await later(0);
    co_return f() * k;
  }
};
ASL_ASYNC asl::Task<int> given_to_template() {
  int x = 2;
  int calls = 0;
  int r = co_await retry([&] { return x * 10 + ++calls; }, 3);
  co_return r * 100 + calls;
}
ASL_ASYNC asl::Task<int> given_to_member_template() {
  int x = 3;
  static const Policy p{2};
  co_return co_await p.call([&x] { return x; });
}
template <class T> ASL_ASYNC asl::Task<T> in_template(T x) {
  T y = x + 1;
  kept = [&y] { return int(y); };
  y += 10;
  co_await later(0);
  co_return kept();
}
ASL_ASYNC asl::Task<int> in_coroutine_lambda() {
  auto body = []() -> asl::Task<int> {
    int z = 9;
    kept = [&z] { return z; };
    z = 90;
    co_await later(0);
    co_return kept();
  };
  co_return co_await body();
}
// Not pinned: the closures die before the await.
ASL_ASYNC asl::Task<int> called_at_once() {
  int x = 4;
  int y = [&] { return x * 2; }();
  {
    int v[3] = {1, 5, 9};
    y += int(std::count_if(v, v + 3, [&](int e) { return e > x; }));
  }
  co_await later(0);
  co_return x + y;
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
  run("named", named_capture);
  run("default", default_capture);
  run("parameter", [] { return parameter_copy(3); });
  run("binding", binding);
  run("member array", member_array);
  run("template", given_to_template);
  run("member template", given_to_member_template);
  run("in template", [] { return in_template(5); });
  run("coroutine lambda", in_coroutine_lambda);
  run("at once", called_at_once);
}
