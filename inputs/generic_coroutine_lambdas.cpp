// Checks generic coroutine lambdas: one at namespace scope called with two
// argument types; in a function, one capturing by reference and by copy
// called with an int and a std::string, whose lifted local has the type of
// its 'auto' parameter; one with an 'auto &&' parameter called with an
// lvalue and an rvalue; one with two 'auto' parameters and a non-generic
// one; a mutable one counting its calls in its by-copy capture; a
// captureless one converted to a pointer to function; and one taking a class
// by value.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>

asl::Event gate;

auto twice = [](auto x) -> asl::Task<int> { // at namespace scope
  co_await gate;
  co_return static_cast<int>(2 * x);
};

struct Tracked { // says when it is copied, moved and destroyed
  std::string name;
  explicit Tracked(std::string n) : name(std::move(n)) {}
  Tracked(const Tracked &other) : name(other.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracked(Tracked &&other) noexcept : name(std::move(other.name)) {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracked() { std::printf("  ~Tracked(%s)\n", name.c_str()); }
};

int main() {
  asl::Task<int> a = twice(4);
  asl::Task<int> b = twice(1.5);
  gate.set();
  int ra = asl::sync_wait(std::move(a));
  std::printf("twice: %d %d\n", ra, asl::sync_wait(std::move(b)));

  asl::Event step;
  int total = 0;
  std::string prefix = "item";
  auto describe = [&total, &step,
                   prefix](auto value) -> asl::Task<std::string> {
    auto copy = value; // lifted: it lives across the await
    co_await step;
    total += 1;
    std::string text = prefix;
    text += ":";
    if constexpr (std::is_same_v<decltype(copy), std::string>)
      text += copy;
    else
      text += std::to_string(copy);
    co_return text;
  };
  prefix = "changed"; // the closure keeps its copy
  asl::Task<std::string> d1 = describe(7);
  asl::Task<std::string> d2 = describe(std::string("seven"));
  std::printf("total before: %d\n", total);
  step.set();
  std::string s1 = asl::sync_wait(std::move(d1));
  std::string s2 = asl::sync_wait(std::move(d2));
  std::printf("describe: %s %s total=%d\n", s1.c_str(), s2.c_str(), total);

  auto measure = [](auto &&thing) -> asl::Task<std::size_t> {
    co_await gate;
    co_return thing.name.size();
  };
  Tracked kept("kept");
  std::printf("lvalue: %zu\n", asl::sync_wait(measure(kept)));
  std::printf("rvalue: %zu\n", asl::sync_wait(measure(Tracked("temp"))));

  auto combine = [&](auto left, int middle, auto right) -> asl::Task<double> {
    double sum = left + middle;
    co_await gate;
    sum += right;
    total += 10;
    co_return sum;
  };
  double c1 = asl::sync_wait(combine(1, 2, 0.5));
  double c2 = asl::sync_wait(combine(1.25, 2, 3));
  std::printf("combine: %g %g total=%d\n", c1, c2, total);

  auto counter = [calls = 0](auto label) mutable -> asl::Task<int> {
    ++calls;
    co_await gate;
    std::printf("  %s: call %d\n", std::string(label).c_str(), calls);
    co_return calls;
  };
  asl::sync_wait(counter("first"));
  asl::sync_wait(counter(std::string("second")));
  std::printf("counter: %d\n", asl::sync_wait(counter("third")));

  asl::Task<int> (*to_int)(int) = [](auto v) -> asl::Task<int> {
    co_await gate;
    co_return v + 1;
  };
  std::printf("pointer: %d\n", asl::sync_wait(to_int(41)));

  {
    auto hold = [](auto t) -> asl::Task<void> { // moved into its machine
      co_await gate;
      std::printf("  holding %s\n", t.name.c_str());
    };
    asl::sync_wait(hold(Tracked("param")));
  }
}
