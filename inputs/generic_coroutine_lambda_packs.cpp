// Generic coroutine lambdas with a parameter pack (`auto... xs`): by value
// (each element moved into the machine once, as natively), by forwarding
// reference (`std::forward<decltype(xs)>(xs)...` keeps each element's value
// category), by const reference, called with several sets of types and an
// empty pack; an await in a pack expansion (`co_await twice(xs)...`), one
// inside an async function kept across an await, `sizeof...`, and elements
// saved before an await of the same call. A noisy type prints its copies,
// moves and destructions.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::RunLoop loop;

struct Noisy {
  std::string name;
  explicit Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &o) : name(o.name) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept : name(std::move(o.name)) {
    std::printf("  move %s\n", name.c_str());
    o.name = "(moved)";
  }
  ~Noisy() { std::printf("  destroy %s\n", name.c_str()); }
};

int length(const Noisy &n) { return static_cast<int>(n.name.size()); }
int length(int n) { return n; }
int length(double d) { return static_cast<int>(d * 10); }

int take(Noisy &&n) {
  std::printf("  take %s by rvalue\n", n.name.c_str());
  return 1;
}
int take(const Noisy &n) {
  std::printf("  take %s by lvalue\n", n.name.c_str());
  return 2;
}
int take(int n) { return n; }

ASL_ASYNC asl::Task<int> twice(int x) {
  co_await loop.schedule();
  co_return 2 * x;
}

int by_value() {
  auto total = [](auto... xs) -> asl::Task<int> {
    std::printf("total: %d elements\n", static_cast<int>(sizeof...(xs)));
    co_await loop.schedule();
    co_return (0 + ... + length(xs));
  };
  int sum = loop.run([&] { return total(1, 2.5); });
  sum += loop.run([&] { return total(Noisy("abc"), 4); });
  sum += loop.run([&] { return total(); });
  return sum;
}

int forwarded() {
  Noisy kept("kept");
  auto pass = [](auto &&...xs) -> asl::Task<int> {
    co_await loop.schedule();
    co_return (0 + ... + take(std::forward<decltype(xs)>(xs)));
  };
  Noisy temp("temp");
  int three = 3;
  // The references must outlive the tasks, which run after the calls.
  int sum = loop.run([&] { return pass(kept, std::move(temp)); });
  sum += loop.run([&] { return pass(std::move(three)); });
  return sum;
}

int awaited_elements() {
  auto each = [](const auto &...xs) -> asl::Task<int> {
    int first = 0;
    auto add = [&first](int a, int b) { return first + a + b; };
    first = 100;
    co_return add(co_await twice(xs)...);
  };
  int one = 1, two = 2;
  return loop.run([&] { return each(one, two); });
}

int total3(int a, int b, int c) { return a * 100 + b * 10 + c; }

// The elements evaluated before an await of the same call are saved first:
// the body no longer names the pack.
int spilled() {
  auto saved = [](auto... xs) -> asl::Task<int> {
    co_return total3(xs..., co_await twice(3));
  };
  return loop.run([&] { return saved(1, 2); });
}

ASL_ASYNC asl::Task<int> nested(int base) {
  auto scaled = [base](auto... factors) -> asl::Task<int> {
    co_await loop.schedule();
    co_return (base * ... * factors);
  };
  co_await loop.schedule(); // the closure lives across this await
  int a = co_await scaled(2, 3);
  int b = co_await scaled(2L);
  co_return a + b;
}

int main() {
  std::printf("by_value: %d\n", by_value());
  std::printf("forwarded: %d\n", forwarded());
  std::printf("awaited_elements: %d\n", awaited_elements());
  std::printf("nested: %d\n", loop.run([&] { return nested(5); }));
  std::printf("spilled: %d\n", spilled());
}
