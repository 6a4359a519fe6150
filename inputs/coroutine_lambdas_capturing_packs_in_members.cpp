// Coroutine lambdas capturing a pack in a member of a class template whose
// pack the member's parameters expand (`Bag<Ts...>::sum(Ts... xs)`), in a
// template whose pack follows another parameter, captured with `[&]`, and
// one that names the pack only in `sizeof...`, where it is not captured:
// the machine's body names the function's own pack there. Each task
// suspends on an event that the template sets.
#include <asl/task.h>

#include <cstdio>
#include <utility>

template <class... Ts> struct Bag {
  int sum(Ts... xs) {
    asl::Event gate;
    auto total = [&gate, xs...]() -> asl::Task<int> {
      co_await gate;
      co_return (0 + ... + xs) * 10 + static_cast<int>(sizeof...(Ts));
    };
    asl::Task<int> task = total();
    gate.set();
    return asl::sync_wait(std::move(task));
  }
};

template <class T, class... Rest> int lead(T first, Rest... rest) {
  asl::Event gate;
  auto product = [&]() -> asl::Task<int> {
    co_await gate;
    co_return first * (1 * ... * rest);
  };
  asl::Task<int> task = product();
  gate.set();
  return asl::sync_wait(std::move(task));
}

template <class... Ts> int count(Ts... xs) {
  asl::Event gate;
  auto size = [&gate]() -> asl::Task<int> {
    co_await gate;
    co_return static_cast<int>(sizeof...(xs));
  };
  asl::Task<int> task = size();
  gate.set();
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("sum %d\n", Bag<int, int>().sum(1, 2));
  std::printf("sum empty %d\n", Bag<>().sum());
  std::printf("lead %d %d\n", lead(2, 3, 4), lead(5));
  std::printf("count %d %d\n", count(1, 2, 3), count());
}
