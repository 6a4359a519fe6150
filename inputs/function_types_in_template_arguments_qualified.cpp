// Checks that the names inside a function type that is a template argument
// are qualified where the machine spells the type as the user wrote it:
// the elements of a braced list built in a field are
// std::function<asl::Task<int>(int)>, not std::function<Task<int>(int)>
// (the sugar of the argument, written inside namespace asl, had the name
// unqualified), and likewise for a parameter type of a class of another
// namespace.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <vector>

namespace shop {
struct Order {
  int qty;
};
} // namespace shop

ASL_ASYNC asl::Task<int> inc(int v) { co_return v + 1; }
ASL_ASYNC asl::Task<int> dbl(int v) { co_return v * 2; }

ASL_ASYNC asl::Task<int>
pipeline(std::vector<std::function<asl::Task<int>(int)>> stages, int v) {
  for (auto &s : stages)
    v = co_await s(v);
  co_return v;
}

ASL_ASYNC asl::Task<int>
total(std::vector<std::function<int(const shop::Order &)>> prices, int qty) {
  int sum = 0;
  for (auto &price : prices)
    sum += price(shop::Order{co_await inc(qty)});
  co_return sum;
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("sum %d\n",
              co_await pipeline({inc, [](int v) { return dbl(v); }}, 10));
  std::printf("total %d\n",
              co_await total({[](const shop::Order &o) { return o.qty * 3; },
                              [](const shop::Order &o) { return o.qty; }},
                             4));
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
