// Coroutine lambdas directly in async templates, more shapes: in a hidden
// friend of a class template, converted to a pointer to function, with a
// mutable init-capture, capturing structured bindings (C++20) by copy and
// by reference; each instantiated with int and std::string.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event tick; // set first thing: no await suspends

template <class T> struct Counter {
  T n;
  friend ASL_ASYNC asl::Task<T> drain(Counter &c) {
    auto take = [&c]() -> asl::Task<T> {
      co_await tick;
      co_return c.n;
    };
    co_return co_await take();
  }
};

template <class T> ASL_ASYNC asl::Task<T> pointer(T v) {
  asl::Task<T> (*f)(T) = [](T x) -> asl::Task<T> {
    co_await tick;
    co_return x + x;
  };
  co_return co_await f(v);
}

template <class T> ASL_ASYNC asl::Task<T> init(T v) {
  auto g = [w = v + v, &v]() mutable -> asl::Task<T> {
    co_await tick;
    w = w + v;
    co_return w;
  };
  T a = co_await g();
  co_return a + co_await g();
}

template <class T> ASL_ASYNC asl::Task<T> bound(std::pair<T, T> p) {
  auto [a, b] = p;
  auto g = [a, &b]() -> asl::Task<T> {
    co_await tick;
    co_return a + b;
  };
  co_return co_await g();
}

int main() {
  tick.set();
  Counter<int> c{4};
  Counter<std::string> s{"s"};
  std::printf("drain %d\n", asl::sync_wait(drain(c)));
  std::printf("drain %s\n", asl::sync_wait(drain(s)).c_str());
  std::printf("pointer %d\n", asl::sync_wait(pointer(2)));
  std::string p = "p";
  std::printf("pointer %s\n", asl::sync_wait(pointer(p)).c_str());
  std::printf("init %d\n", asl::sync_wait(init(2)));
  std::printf("init %s\n", asl::sync_wait(init(std::string("i"))).c_str());
  std::printf("bound %d\n", asl::sync_wait(bound(std::pair(1, 2))));
  std::pair<std::string, std::string> words("a", "b");
  std::printf("bound %s\n", asl::sync_wait(bound(words)).c_str());
}
