// Checks structured bindings of an array prvalue kept across an await
// (`auto [a, b] = A2{3, 4};`, `using A2 = int[2];`): the hidden array is
// initialized from the prvalue's list, its elements built in place as
// natively, with `=` and with parentheses, an element awaiting, 2-D arrays
// of ints, of a traced class and of characters, a compound literal of
// g++ and clang, and, for comparison, a copy of an array a function
// returns by reference.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <deque>

static std::deque<asl::Event *> waiting;

// Suspends until pump() sets its event.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

static void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}

// A traced object: prints its constructions, copies and deaths.
struct Tr {
  int v;
  Tr(int val) : v(val) { std::printf("+%d ", v); }
  Tr(const Tr &o) : v(o.v) { std::printf("+%d' ", v); }
  ~Tr() { std::printf("-%d ", v); }
};

using A2 = int[2];
using M22 = int[2][2];
using T2 = Tr[2];
using TM = Tr[2][1];
using S2 = char[2][4];

static int *kept = nullptr;

ASL_ASYNC asl::Task<int> assigned() {
  auto [a, b] = A2{3, 4};
  kept = &b;
  co_await later(0);
  *kept += 100;
  co_return a * 1000 + b;
}

ASL_ASYNC asl::Task<int> parenthesized() {
  auto [a, b](A2{5, 6});
  co_await later(0);
  co_return a * 10 + b;
}

ASL_ASYNC asl::Task<int> element_awaits() {
  auto [a, b] = A2{1, co_await later(2)};
  co_await later(0);
  co_return a * 10 + b;
}

ASL_ASYNC asl::Task<int> two_dimensional() {
  auto [r0, r1] = M22{{1, 2}, {3}};
  co_await later(0);
  co_return r0[0] * 1000 + r0[1] * 100 + r1[0] * 10 + r1[1];
}

ASL_ASYNC asl::Task<int> traced() {
  int s = 0;
  {
    auto [x, y] = T2{Tr(1), 2};
    std::printf("built ");
    co_await later(0);
    std::printf("after ");
    s = x.v * 10 + y.v;
  }
  std::printf("left ");
  co_return s;
}

ASL_ASYNC asl::Task<int> traced_rows() {
  auto [m0, m1] = TM{{Tr(3)}, {4}};
  std::printf("built ");
  co_await later(0);
  std::printf("after ");
  co_return m0[0].v * 10 + m1[0].v;
}

ASL_ASYNC asl::Task<int> characters() {
  auto [s0, s1] = S2{"ab", "cde"};
  co_await later(0);
  co_return s0[1] * 1000 + s1[2] + s1[3];
}

ASL_ASYNC asl::Task<int> compound_literal() {
  auto [a, b] = (int[2]){7, 8};
  co_await later(0);
  co_return a * 10 + b;
}

static A2 global = {8, 9};
static A2 &array_ref() { return global; }

ASL_ASYNC asl::Task<int> copied() {
  auto [a, b] = array_ref();
  global[0] = 0;
  co_await later(0);
  co_return a * 10 + b;
}

static void run(const char *name, asl::Task<int> (*make)()) {
  std::printf("%s: ", name);
  asl::Task<int> t = make();
  pump();
  int v = asl::sync_wait(std::move(t));
  std::printf("= %d\n", v);
}

int main() {
  run("assigned", assigned);
  run("parenthesized", parenthesized);
  run("element_awaits", element_awaits);
  run("two_dimensional", two_dimensional);
  run("traced", traced);
  run("traced_rows", traced_rows);
  run("characters", characters);
  run("compound_literal", compound_literal);
  run("copied", copied);
}
