// An awaited async function whose std::initializer_list parameter has a
// braced default (`sum_later(std::initializer_list<int> il = {1, 2})`),
// called without it: the lowering keeps the list's array in the machine
// (`const int temporary0_[2]`) and writes the call as
// `sum_later(std::move(temporary0_))`, which does not convert to
// std::initializer_list<int>. The lowered file does not compile (g++:
// "could not convert ... from 'const int*' to
// 'std::initializer_list<int>'"); the tool reports nothing.
// Expected: 103. Got: build error in both compilers. design.md (Known
// limits, "Awaits inside expressions") writes a default that makes a
// temporary outliving an await into the call, and lets the array of a
// braced list that a standard-library constructor takes die with the
// call; a braced default of an initializer_list parameter fits neither.
#include <asl/task.h>
#include <cstdio>
#include <initializer_list>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

ASL_ASYNC asl::Task<int> sum_later(std::initializer_list<int> il = {1, 2}) {
  co_await later(0);
  int s = 100;
  for (int i : il)
    s += i;
  co_return s;
}

ASL_ASYNC asl::Task<int> init_list_default() {
  int r = co_await sum_later();
  co_return r;
}

int main() {
  asl::Task<int> t = init_list_default();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
