// A labelled statement that awaits as the unbraced body of a switch
// (`switch (k) case 1: s += co_await later(7);`; the same with a goto
// label as the body of an if, `if (k == 1) again: s += co_await ...;`).
// The lowering expands the await into several statements after the
// label but adds no braces, so only the first (constructing the awaiter)
// stays under the switch; the rest runs for every k, on an awaiter never
// constructed when k != 1. The tool reports nothing.
// Expected: "later 7", "8", "1". Got: g++ and clang++-19 (-O1) builds
// hang with no output (timeout); clang++-19 with ASan+UBSan: "terminate
// called after throwing an instance of 'asl::empty_task'", exit 134.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <deque>
static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> run(int k) {
  int s = 1;
  switch (k)
  case 1:
    s += co_await later(7);
  co_return s;
}
int main() {
  asl::Task<int> a = run(1);
  asl::Task<int> b = run(0);
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
}
