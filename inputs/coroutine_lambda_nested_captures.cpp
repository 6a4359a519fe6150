// Checks captures of coroutine lambdas inside coroutines: one made on each
// iteration of a loop, around a try block, capturing [=, this] in an async
// member function; one capturing another by copy (a closure of a named
// closure class); and inside a coroutine lambda with an init-capture, one
// capturing that copy by reference (const, as the lambda around it is not
// mutable) and an object by reference.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev;

struct Box {
  int v = 4;
  ASL_ASYNC asl::Task<int> go(int n);
};

ASL_ASYNC asl::Task<int> Box::go(int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) {
    auto each = [=, this]() -> asl::Task<int> {
      co_await ev;
      co_return v + i;
    };
    try {
      sum += co_await each();
      if (i == 1)
        throw std::string("one");
    } catch (const std::string &s) {
      std::printf("caught %s\n", s.c_str());
      sum += 100;
    }
  }
  auto child = [&sum](int k) -> asl::Task<int> {
    co_await ev;
    co_return sum + k;
  };
  auto twice = [child](int k) -> asl::Task<int> {
    int a = co_await child(k);
    co_return a + co_await child(k);
  };
  co_await ev;
  co_return co_await twice(1);
}

int main() {
  Box b;
  auto outer = [&b, tag = std::string("t")](int m) -> asl::Task<std::string> {
    auto inner = [&tag, &b](int k) -> asl::Task<std::string> {
      co_await ev;
      co_return tag + std::to_string(b.v + k);
    };
    co_await ev;
    co_return co_await inner(m);
  };
  asl::Task<int> t = b.go(3);
  asl::Task<std::string> s = outer(5);
  ev.set();
  int got = asl::sync_wait(std::move(t));
  std::printf("go: %d\n", got);
  std::printf("outer: %s\n", asl::sync_wait(std::move(s)).c_str());
}
