// Plain C++17: calls the lowered async functions like any others.
#include "orders.h"

#include <iostream>

int main() {
  asl::Event kitchen_open;
  asl::Task<int> all = serve_all(kitchen_open);
  std::cout << "kitchen opens\n";
  kitchen_open.set();
  return asl::sync_wait(std::move(all)) == 5 ? 0 : 1;
}
