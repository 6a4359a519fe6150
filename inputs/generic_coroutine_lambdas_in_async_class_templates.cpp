// Generic coroutine lambdas in async members of class templates with a
// non-type parameter: capturing '*this' (a copy of the object, kept by the
// closure, while the object changes), in a hidden friend, and a captureless
// one converted to a pointer to function; called with several argument
// types, std::string among them.
#include <asl/task.h>

#include <cstdio>
#include <string>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

template <class T, int N> struct Box {
  T v;

  ASL_ASYNC asl::Task<T> get() {
    auto f = [*this](auto x) -> asl::Task<T> {
      co_await one();
      co_return v + static_cast<T>(x * N);
    };
    v = v + v; // the closure's copy keeps the old value
    T a = co_await f(1);
    co_return a + co_await f(2.0);
  }

  friend ASL_ASYNC asl::Task<T> twice(Box b) {
    auto f = [&b](auto x) -> asl::Task<T> {
      b.v = b.v + static_cast<T>(x);
      co_return b.v + static_cast<T>(co_await one());
    };
    T a = co_await f(1);
    co_return a + co_await f(1.5f);
  }
};

template <class T> ASL_ASYNC asl::Task<std::string> words(T v) {
  auto f = [](const auto &x) -> asl::Task<std::string> {
    co_await one();
    co_return std::string(x) + "!";
  };
  asl::Task<std::string> (*p)(const char *const &) = f;
  std::string r = co_await f(v);
  r += co_await f("lit");
  co_return r + co_await p("ptr");
}

int main() {
  Box<int, 2> b{3};
  Box<double, 3> d{0.5};
  int got = asl::sync_wait(b.get());
  std::printf("Box<int, 2>::get = %d, v = %d\n", got, b.v);
  double dgot = asl::sync_wait(d.get());
  std::printf("Box<double, 3>::get = %g, v = %g\n", dgot, d.v);
  std::printf("twice = %d %g\n", asl::sync_wait(twice(b)),
              asl::sync_wait(twice(d)));
  std::printf("words = %s %s\n",
              asl::sync_wait(words(std::string("s"))).c_str(),
              asl::sync_wait(words("c")).c_str());
}
