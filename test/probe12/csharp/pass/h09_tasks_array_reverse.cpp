// Task.WhenAll by hand: tasks started into a std::array and a
// std::vector, awaited in reverse order, some faulting; an
// AggregateException-like collection of every failure; a task awaited by
// reference twice (`await t` twice in C# returns the same result).
#include <asl/task.h>
#include <asl/when_all.h>

#include <array>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

struct AggregateError : std::runtime_error {
  std::vector<std::string> inner;
  explicit AggregateError(std::vector<std::string> errs)
      : std::runtime_error(std::to_string(errs.size()) + " errors"),
        inner(std::move(errs)) {}
};

ASL_ASYNC asl::Task<int> work(asl::Event &go, int id) {
  co_await go;
  if (id % 4 == 3)
    throw std::runtime_error("work " + std::to_string(id) + " failed");
  co_return id * id;
}

ASL_ASYNC asl::Task<int> sum_reverse(std::vector<asl::Task<int>> tasks) {
  int total = 0;
  std::vector<std::string> errors;
  for (auto it = tasks.rbegin(); it != tasks.rend(); ++it) {
    try {
      total += co_await std::move(*it);
    } catch (const std::exception &e) {
      errors.push_back(e.what());
    }
  }
  if (!errors.empty())
    throw AggregateError(std::move(errors));
  co_return total;
}

ASL_ASYNC asl::Task<std::string> run_array(asl::Event &go) {
  std::array<asl::Task<int>, 3> arr{work(go, 1), work(go, 2), work(go, 4)};
  std::string out;
  for (std::size_t i = arr.size(); i-- > 0;) {
    int &r = co_await arr[i];
    r += 1000;
    out += std::to_string(co_await arr[i]) + " ";
  }
  co_return out;
}

int main() {
  asl::Event go;
  std::vector<asl::Task<int>> tasks;
  for (int i = 0; i < 8; ++i)
    tasks.push_back(work(go, i));
  asl::Task<int> total = sum_reverse(std::move(tasks));
  asl::Task<std::string> arr = run_array(go);
  std::vector<asl::Task<int>> ok;
  for (int i : {1, 2, 5})
    ok.push_back(work(go, i));
  auto all = asl::when_all(std::move(ok));
  go.set();
  try {
    std::cout << asl::sync_wait(std::move(total)) << "\n";
  } catch (const AggregateError &e) {
    std::cout << e.what() << ":";
    for (auto &s : e.inner)
      std::cout << " [" << s << "]";
    std::cout << "\n";
  }
  std::cout << asl::sync_wait(std::move(arr)) << "\n";
  for (int v : asl::sync_wait(std::move(all)))
    std::cout << v << " ";
  std::cout << "\n";
}
