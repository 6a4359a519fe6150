// With --line-directives, a directive goes between two tokens of a line
// wherever a statement, or the user's code after generated text, shares
// its line with other code; the layout must be the one without directives
// (the unusual layout below is deliberate).
#include <asl/task.h>
#include <iostream>

struct Counter { int base = 3; ASL_ASYNC asl::Task<int> add(asl::Event &ready, int n); };

ASL_ASYNC asl::Task<int> Counter::add(asl::Event &ready, int n) { /* first */ int a = n; co_await ready; a += base; { co_await ready; } co_return a; } int after_chunk(int x) { return x + 1; }

ASL_ASYNC asl::Task<int> noted(asl::Event &ready) { co_await ready; // waits
  co_return 4; /* four */ }

int main() {
  asl::Event ready;
  Counter counter;
  auto added = counter.add(ready, after_chunk(1));
  auto four = noted(ready);
  ready.set();
  ready.set();
  std::cout << std::move(added).result() << " " << std::move(four).result()
            << "\n";
}
