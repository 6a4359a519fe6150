// Checks lambdas that capture what became machine fields: lifted locals
// that the lowering renames (a local of the same name in a nested scope),
// captured explicitly, by copy, implicitly by copy and by reference, through
// a nested lambda, in lambdas kept across awaits and in a std::function;
// and init-captures, which the function evaluates where the lambda is,
// naming a renamed local, a member (through `this`) and a parameter. Before,
// an init-capture read the outer local of the same name, and the body of a
// lambda that captured a renamed local by copy named the field instead.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>

asl::Event ready;

ASL_ASYNC asl::Task<int> renamed() {
  int x = 1;
  co_await ready;
  auto by_copy = [x] { return x; };
  auto implicit_copy = [=] { return x * 10; };
  auto by_reference = [&x] { return x * 100; };
  std::function<int()> stored = [x] { return x * 1000; };
  auto nested = [x] { return [&] { return x + 1; }(); };
  x = 2;
  co_await ready;
  int total = by_copy() + implicit_copy() + by_reference() + stored();
  std::printf("outer: %d, nested %d\n", total, nested());
  {
    int x = 5;
    co_await ready;
    auto inner = [x] { return x; };
    auto inner_implicit = [=] { return x * 10; };
    auto shifted = [v = x + 1] { return v; };
    x = 6;
    co_await ready;
    std::printf("inner: %d %d %d, x %d\n", inner(), inner_implicit(),
                shifted(), x);
    total += inner() + shifted();
  }
  co_return total;
}

struct Counter {
  std::string label = "counter";
  int value_ = 7;

  ASL_ASYNC asl::Task<int> report(int step) {
    int x = step;
    co_await ready;
    auto sum = [v = x + value_, name = label + "!"] {
      std::printf("%s %d\n", name.c_str(), v);
      return v;
    };
    auto copy = [*this, twice = value_ * 2] { return value_ + twice; };
    int now = [*this, three = value_ * 3] { return value_ + three; }();
    value_ = 100;
    co_await ready;
    co_return sum() + copy() + now;
  }
};

int main() {
  ready.set();
  std::printf("renamed: %d\n", asl::sync_wait(renamed()));
  Counter counter;
  std::printf("report: %d\n", asl::sync_wait(counter.report(3)));
}
