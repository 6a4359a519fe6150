// Lowered by async-lower at build time (async_lower_sources in
// CMakeLists.txt): these coroutines become C++17 state machines.
#include "orders.h"

#include <iostream>

ASL_ASYNC asl::Task<int> prepare(asl::Event &kitchen_open, std::string dish) {
  std::cout << "order " << dish << "\n";
  co_await kitchen_open;
  int steps = steps_for(dish);
  for (int step = 1; step <= steps; ++step)
    std::cout << dish << " step " << step << "/" << steps << "\n";
  co_return steps;
}

ASL_ASYNC asl::Task<int> serve_all(asl::Event &kitchen_open) {
  asl::Task<int> soup = prepare(kitchen_open, "soup");
  asl::Task<int> salad = prepare(kitchen_open, "salad");
  int total = co_await soup;
  total += co_await salad;
  std::cout << "served in " << total << " steps\n";
  co_return total;
}
