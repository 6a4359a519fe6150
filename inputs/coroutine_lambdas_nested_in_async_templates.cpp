// Coroutine lambdas inside coroutine lambdas directly in async templates:
// the outer lambda's closure is a class of the specialization's machine,
// the inner one's a class of the outer lambda's machine; captures by
// reference of the template's lifted local and of the outer lambda's
// parameter by copy, `this` in a member of a class template; each
// instantiated with int and std::string.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick; // set first thing: no await suspends

std::string show(int v) { return std::to_string(v); }
std::string show(const std::string &s) { return "'" + s + "'"; }

template <class T> ASL_ASYNC asl::Task<T> nest(T v) {
  T total = v;
  auto outer = [&total](T x) -> asl::Task<T> {
    auto inner = [&total, x](T y) -> asl::Task<T> {
      co_await tick;
      total = total + x + y;
      std::printf("  inner total=%s\n", show(total).c_str());
      co_return total;
    };
    T a = co_await inner(x);
    co_return a + co_await inner(a);
  };
  T r = co_await outer(v);
  std::printf("  nest r=%s\n", show(r).c_str());
  co_return r + co_await outer(v);
}

template <class T> struct Box {
  T value;
  ASL_ASYNC asl::Task<T> twice() {
    auto outer = [this]() -> asl::Task<T> {
      auto inner = [this]() -> asl::Task<T> {
        co_await tick;
        value = value + value;
        co_return value;
      };
      co_await inner();
      co_return co_await inner();
    };
    co_return co_await outer();
  }
};

int main() {
  tick.set();
  std::printf("nest %s\n", show(asl::sync_wait(nest(1))).c_str());
  std::string n = "n";
  std::printf("nest %s\n", show(asl::sync_wait(nest(n))).c_str());
  Box<int> b{3};
  Box<std::string> s{"s"};
  std::printf("twice %s\n", show(asl::sync_wait(b.twice())).c_str());
  std::printf("twice %s\n", show(asl::sync_wait(s.twice())).c_str());
}
