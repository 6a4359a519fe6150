// Finding (lowered output does not compile, g++ and clang++-19): an
// initializer_list written as a functional cast passed to a call whose
// later argument awaits, `total(std::initializer_list<int>{a, b},
// co_await later(1))`. The lowering keeps the list's array in a field and
// replaces only the braces, leaving the type in front:
// `std::initializer_list<int>(std::initializer_list<int>
//      asl::detail::list_over(list0_, 2))`.
// g++: "error: expected primary-expression before 'asl'". With a plain
// braced argument (`total({a, b}, co_await later(1))`) it lowers and
// passes. Expected output: "r=4".
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

static int total(std::initializer_list<int> il, int extra) {
  int s = extra;
  for (int v : il)
    s += v;
  return s;
}

ASL_ASYNC asl::Task<int> f(int a, int b) {
  co_return total(std::initializer_list<int>{a, b}, co_await later(1));
}

int main() {
  asl::Task<int> t = f(1, 2);
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
