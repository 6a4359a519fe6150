// Finding (silent wrong output with g++; ASan stack-use-after-scope; and
// -Winit-list-lifetime / -Wdangling-initializer-list warnings in the
// lowered build): an initializer_list written as a functional cast,
// `std::initializer_list<int>{a, b, c}`, used as a range-for's range with an
// await in the body, or naming a variable (`auto il =
// std::initializer_list<int>{a, b};`, also `const auto &il = ...`) that
// lives across an await. Natively
// the list's backing array lives as long as the range / the variable. The
// lowering builds the field with
// `::new (asl::place(range_)) std::initializer_list<int>(
//      std::initializer_list<int>{a, b, c});`, a copy of a temporary list
// whose array dies at the end of that statement. A plain braced list
// (`for (int v : {a, b, c})`, `std::initializer_list<int> il{a, b};`) is
// kept (docs/design.md "Braced lists as std::initializer_list"), and so is
// `auto il = {a, b};`.
// Expected: "sum=100" "named=30". Got (g++ 12 -O1): "sum=-1442619264"
// "named=112" (garbage, varies).
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <initializer_list>

static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

ASL_ASYNC asl::Task<int> sum(int a, int b, int c) {
  int s = 0;
  for (int v : std::initializer_list<int>{a, b, c})
    s += co_await later(v);
  co_return s;
}

ASL_ASYNC asl::Task<int> named(int a, int b) {
  auto il = std::initializer_list<int>{a, b};
  co_await later(0);
  int s = 0;
  for (int v : il)
    s += v;
  co_return s;
}

int main() {
  asl::Task<int> t = sum(1, 2, 97);
  asl::Task<int> u = named(10, 20);
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("sum=%d\n", asl::sync_wait(std::move(t)));
  std::printf("named=%d\n", asl::sync_wait(std::move(u)));
}
