// Checks closures of lambdas written outside the async body, kept across
// an await inside other types and through other makers: std::bind of a
// lambda of the body and of a helper's closure (`std::_Bind<F(...)>`, a
// closure inside a function type), a class member and an alias declared
// with decltype of a helper's call, a member function, a member function
// template, a function template given a value and one given a pack, and a
// closure made by a closure a lambda of the body returns.
#include <asl/task.h>

#include <cstdio>
#include <functional>

asl::Event ready;

inline auto make_adder(int add) {
  return [add](int v) { return v + add; };
}
struct Box {
  decltype(make_adder(0)) f;
  int n;
};
using Adder = decltype(make_adder(0));

struct Maker {
  int base;
  auto make(int k) const {
    return [k, b = base](int v) { return v * k + b; };
  }
  template <class T> auto typed(T k) {
    return [k](T v) { return v - k; };
  }
};
template <int N> auto fixed() {
  return [](int v) { return v + N; };
}
template <class... Ts> auto summer(Ts... ts) {
  return [=](int v) { return (v + ... + ts); };
}

ASL_ASYNC asl::Task<int> run(Maker m) {
  auto body = [](int a, int b) { return a * b; };
  auto bound = std::bind(body, std::placeholders::_1, 3);
  auto bound2 = std::bind(make_adder(1), std::placeholders::_1);
  Box box{make_adder(2), 1};
  auto inbox = box.f;
  Adder alias = make_adder(4);
  auto f = m.make(3);
  auto g = m.typed(2L);
  auto h = fixed<7>();
  auto s = summer(1, 2, 3);
  auto outer = [] {
    return [](int a) { return [a](int v) { return v + a; }; };
  };
  auto maker = outer();
  auto add = maker(9);
  co_await ready;
  std::printf("%d %d %d %d %d\n", bound(2), bound2(1), box.f(1), inbox(1),
              alias(1));
  std::printf("%d %ld %d %d %d\n", f(1), g(5L), h(1), s(0), add(1));
  co_return box.n;
}

int main() {
  asl::Task<int> task = run(Maker{10});
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
