// Warning in the lowered build (-Wunused-parameter, g++ and clang++): an
// async function template whose only use of its function parameter pack
// is awaiting each element in a fold (C#'s `params Task<int>[] tasks`
// awaited one by one). Each element becomes a field (args0_, args1_), the
// body no longer names the pack, and the helper's pack parameter `args`
// is not declared [[maybe_unused]] as design.md ("Parameter packs") says
// it is where the text no longer names it. Output is right: "6".
#include <asl/task.h>

#include <iostream>

ASL_ASYNC asl::Task<int> num(int n) { co_return n; }

template <class... Args> ASL_ASYNC asl::Task<int> sum_all(Args... args) {
  co_return (0 + ... + co_await args);
}

int main() {
  std::cout << asl::sync_wait(sum_all(num(1), num(2), num(3))) << "\n";
}
