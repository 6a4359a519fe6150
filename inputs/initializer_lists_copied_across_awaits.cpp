// Checks std::initializer_list objects kept across awaits that are not built
// from a braced list in the function: a copy of another list, an empty
// `std::initializer_list<int>{}` (const too), and a range-for over a list
// written with its type over a pack, empty or not. Their arrays, if any,
// live where natively; g++ -Wall once warned at the machine's placement new
// of each (-Winit-list-lifetime).
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <initializer_list>

ASL_ASYNC asl::Task<int> now(int v) { co_return v; }

template <class... Ts> ASL_ASYNC asl::Task<int> sum_all(Ts... vs) {
  int s = 0;
  for (int v : std::initializer_list<int>{static_cast<int>(vs)...})
    s += co_await now(v);
  co_return s;
}

ASL_ASYNC asl::Task<int> copies(asl::Event &ready) {
  std::initializer_list<int> a = {1, 2, 3};
  auto b = a;
  const auto c = std::initializer_list<int>{};
  co_await ready;
  int s = 0;
  for (int v : b)
    s += v;
  co_return s + static_cast<int>(c.size());
}

int main() {
  asl::Event ready;
  auto t = copies(ready);
  ready.set();
  std::printf("%d %d %d\n", asl::sync_wait(sum_all()),
              asl::sync_wait(sum_all(1, 2)), asl::sync_wait(std::move(t)));
}
