// Coroutine lambdas directly in async templates with parameter packs that
// the lambdas do not name: the machine runs the body in a member function
// template that receives the packs, and the lambda's closure, a class of
// the machine, is constructed there; instantiated with int, double, char
// and std::string. (One that names the pack is refused:
// test/rejected/coroutine_lambda_pack_captures.cpp.)
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick; // set first thing: no await suspends

template <class... Ts> ASL_ASYNC asl::Task<int> count(Ts... xs) {
  int base = 10;
  auto one = [&base](int x) -> asl::Task<int> {
    co_await tick;
    std::printf("  one %d\n", x);
    co_return x + base++;
  };
  int a = co_await one(sizeof...(xs));
  co_return a + co_await one((0 + ... + static_cast<int>(sizeof(xs))));
}

template <class T, class... Ts>
ASL_ASYNC asl::Task<T> first(T t, Ts... xs) {
  auto get = [t](int n) -> asl::Task<T> {
    co_await tick;
    std::printf("  get %d\n", n);
    co_return t + t;
  };
  T a = co_await get(sizeof...(Ts));
  co_return a + co_await get(static_cast<int>(sizeof...(xs)));
}

int main() {
  tick.set();
  std::printf("count %d\n", asl::sync_wait(count(1, 2.0)));
  std::printf("count %d\n", asl::sync_wait(count('c')));
  std::printf("first %d\n", asl::sync_wait(first(1, 2.0, 'c')));
  std::string f = "f";
  std::printf("first %s\n", asl::sync_wait(first(f)).c_str());
}
