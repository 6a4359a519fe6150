// Awaits in range-based for bodies (by value, by reference, over a temporary
// vector of printing objects, over an array), a reference and a
// lifetime-extended temporary held across awaits, and structured bindings (by
// reference in a range-for over a map, and by value) across awaits.
#include <asl/task.h>
#include <iostream>
#include <map>
#include <string>
#include <vector>

struct Noisy {
  std::string name;
  explicit Noisy(std::string n) : name(std::move(n)) { std::cout << "  +" << name << "\n"; }
  Noisy(const Noisy &o) : name(o.name + "'") { std::cout << "  +" << name << " (copy)\n"; }
  ~Noisy() { std::cout << "  -" << name << "\n"; }
};

asl::Event tick;
std::vector<Noisy> make_list() {
  std::vector<Noisy> v;
  v.reserve(2);
  v.emplace_back("a");
  v.emplace_back("b");
  return v;
}

ASL_ASYNC asl::Task<int> walk(std::vector<int> values) {
  int total = 0;
  for (int v : values) {
    co_await tick;
    total += v;
  }
  for (auto &v : values) {
    v *= 2;
    co_await tick;
  }
  for (const Noisy &n : make_list()) {
    std::cout << "  visit " << n.name << "\n";
    co_await tick;
  }
  int arr[3] = {1, 2, 3};
  for (int &x : arr) {
    co_await tick;
    x += 10;
  }
  std::cout << "  arr " << arr[0] << arr[1] << arr[2] << "\n";
  const Noisy &kept = Noisy("kept");
  int &first = values[0];
  co_await tick;
  first += 1;
  std::map<std::string, int> m{{"x", 1}, {"y", 2}};
  for (auto &[key, value] : m) {
    co_await tick;
    std::cout << "  " << key << "=" << value << "\n";
  }
  auto [lo, hi] = std::pair<int, int>(3, 4);
  co_await tick;
  std::cout << "  kept " << kept.name << " first " << first << " lo " << lo << " hi " << hi << "\n";
  for (int v : values)
    total += v;
  co_return total;
}

int main() {
  tick.set();
  std::cout << asl::sync_wait(walk({1, 2, 3})) << "\n";
}
