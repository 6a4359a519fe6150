// Silent wrong output: the same kind as lifted_reference_captured_by_copy,
// where the pointer the capture copies still compiles. A reference local
// that lives across an await (`const int &count = counts[i]`), captured
// by name after the await, by reference ([&count]) or by copy ([count]):
// the lowering writes `[&count = count]` / `[count = count]` over the
// machine's pointer field, so `count == 0` compares the pointer with null
// and `count + 1` is pointer arithmetic, with no warning from g++ or
// clang++. Native: "1 1 1 | 0 0 4 |"; the lowered builds print
// "0 0 0x55... | 0 0 0x55... |".
#include <asl/task.h>

#include <iostream>
#include <vector>

ASL_ASYNC asl::Task<void> tick() { co_return; }

ASL_ASYNC asl::Task<void> run(std::vector<int> counts) {
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const int &count = counts[i];
    co_await tick();
    auto empty = [&count] { return count == 0; };
    auto none = [count] { return !count; };
    auto next = [count] { return count + 1; };
    std::cout << empty() << " " << none() << " " << next() << " | ";
  }
  std::cout << "\n";
}

int main() { asl::sync_wait(run({0, 3})); }
