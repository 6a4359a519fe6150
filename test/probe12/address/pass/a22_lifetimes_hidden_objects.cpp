// Lifetimes of the hidden objects the machine holds, traced: a range-for
// over a prvalue array of traced objects, over a braced list of them, a
// structured binding's hidden object, a lifetime-extended temporary, an
// std::optional emplaced and reset across awaits, a named
// initializer_list of traced objects, a closure holding a copy. Each must
// be destroyed once, in the native order, after the awaits.
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

#include <array>
#include <initializer_list>
#include <optional>
// A traced object: prints its constructions, copies, moves and deaths.
struct Tr {
  char name[16];
  int v;
  void set_name(const char *n, char suffix) {
    int i = 0;
    for (; n[i] && i < 12; ++i)
      name[i] = n[i];
    if (suffix)
      name[i++] = suffix;
    name[i] = 0;
    std::printf("+%s ", name);
  }
  explicit Tr(const char *n, int val = 0) : v(val) { set_name(n, 0); }
  Tr(const Tr &o) : v(o.v) { set_name(o.name, '\''); }
  Tr(Tr &&o) noexcept : v(o.v) { set_name(o.name, '~'); }
  Tr &operator=(const Tr &) = delete;
  ~Tr() { std::printf("-%s ", name); }
};
struct TwoTr {
  Tr a, b;
};

ASL_ASYNC asl::Task<int> range_over_prvalue_array() {
  int s = 0;
  for (const Tr &t : std::array<Tr, 2>{{Tr("a", 1), Tr("b", 2)}})
    s = s * 10 + t.v + co_await later(0);
  std::printf("loop-done ");
  co_return s;
}
ASL_ASYNC asl::Task<int> range_over_braced_list() {
  int s = 0;
  for (const Tr &t : {Tr("c", 3), Tr("d", 4)})
    s = s * 10 + t.v + co_await later(0);
  std::printf("loop-done ");
  co_return s;
}
ASL_ASYNC asl::Task<int> binding_hidden_object() {
  auto [x, y] = TwoTr{Tr("e", 5), Tr("f", 6)};
  co_await later(0);
  std::printf("after ");
  co_return x.v * 10 + y.v;
}
ASL_ASYNC asl::Task<int> extended_temporary() {
  {
    const Tr &t = Tr("g", 7);
    Tr u("h", 8);
    co_await later(0);
    std::printf("in-block ");
  }
  std::printf("after-block ");
  co_return 78;
}
ASL_ASYNC asl::Task<int> optional_across() {
  std::optional<Tr> o;
  o.emplace("i", 9);
  co_await later(0);
  o.reset();
  std::printf("reset ");
  o.emplace("j", 10);
  co_await later(0);
  co_return o->v;
}
ASL_ASYNC asl::Task<int> named_list() {
  std::initializer_list<Tr> il = {Tr("k", 1), Tr("l", 2)};
  co_await later(0);
  int s = 0;
  for (const Tr &t : il)
    s = s * 10 + t.v;
  co_return s;
}
ASL_ASYNC asl::Task<int> closure_copy() {
  Tr m("m", 3);
  auto f = [m] { return m.v; };
  co_await later(0);
  std::printf("call ");
  co_return f();
}

int main() {
  run("range_over_prvalue_array", range_over_prvalue_array);
  run("range_over_braced_list", range_over_braced_list);
  run("binding_hidden_object", binding_hidden_object);
  run("extended_temporary", extended_temporary);
  run("optional_across", optional_across);
  run("named_list", named_list);
  run("closure_copy", closure_copy);
}
