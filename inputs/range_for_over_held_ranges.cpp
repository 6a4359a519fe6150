// Range-fors whose body awaits, over a range the machine itself holds: a
// temporary std::array and a braced list. Their iterators point into that
// range, so the machine must not move after they are taken: it is built in
// its heap box from the start instead of moving there at its first
// suspension (the case the probe's range_for_braced_list_dangles found,
// where the loop read the stack the machine had left).
#include <asl/task.h>

#include <array>
#include <cstdio>

asl::Event ready;

ASL_ASYNC asl::Task<int> over_array() {
  int sum = 0;
  for (int v : std::array<int, 3>{1, 12, 13}) {
    co_await ready;
    std::printf("array %d\n", v);
    sum += v;
  }
  co_return sum;
}

ASL_ASYNC asl::Task<int> over_braced_list() {
  int sum = 0;
  for (int v : {2, 20, 200}) {
    co_await ready;
    std::printf("list %d\n", v);
    sum += v;
  }
  co_return sum;
}

int main() {
  asl::Task<int> first = over_array();
  asl::Task<int> second = over_braced_list();
  ready.set();
  std::printf("sums %d %d\n", asl::sync_wait(std::move(first)),
              asl::sync_wait(std::move(second)));
}
