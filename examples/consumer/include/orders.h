// The order desk: a customer's order waits for its kitchen to open, then is
// prepared in steps; the desk reports each step.
#pragma once

#include <asl/event.h>
#include <asl/task.h>

#include <string>

// How many steps an order of this dish takes.
inline int steps_for(const std::string &dish) {
  return static_cast<int>(dish.size() % 3) + 1;
}

asl::Task<int> prepare(asl::Event &kitchen_open, std::string dish);
asl::Task<int> serve_all(asl::Event &kitchen_open);
