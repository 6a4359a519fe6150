// Checks coroutine lambdas of several shapes: captureless with a value
// result, [=] (the body reads the closure's const copies) and [&] captures,
// a lambda at namespace scope, one awaiting another, locals and a try block
// across awaits, a plain lambda inside that captures a capture, one invoked
// at once, and one in a member function capturing this.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

asl::Event go;

auto twice = [](int x) -> asl::Task<int> { // at namespace scope
  co_await go;
  co_return 2 * x;
};

class Gauge { // a lambda in a member function that captures this
public:
  int raise(int by) {
    auto step = [this, by]() -> asl::Task<int> {
      level_ += by;
      co_await go;
      this->level_ += by;
      co_return level_;
    };
    return asl::sync_wait(step()); // the closure outlives its task
  }

private:
  int level_ = 1;
};

int main() {
  go.set();
  Gauge gauge;
  std::printf("gauge: %d\n", gauge.raise(3));
  auto add = [](int a, int b) -> asl::Task<int> {
    std::string note = "sum";
    int first = co_await twice(a);
    std::printf("  %s of %d and %d\n", note.c_str(), first, b);
    co_return first + b;
  };
  std::printf("add: %d\n", asl::sync_wait(add(3, 4)));

  std::string greeting = "hello";
  int calls = 0;
  auto greet = [=](std::string who) -> asl::Task<std::string> {
    co_await go;
    auto shout = [greeting] { return greeting + "!"; };
    co_return shout() + " " + who;
  };
  auto count = [&]() -> asl::Task<void> {
    ++calls;
    co_await go;
    greeting += "?";
    ++calls;
  };
  std::printf("greet: %s\n", asl::sync_wait(greet("ann")).c_str());
  asl::sync_wait(count());
  std::printf("count: calls=%d greeting=%s\n", calls, greeting.c_str());
  std::printf("greet again: %s (its copy is unchanged)\n",
              asl::sync_wait(greet("bo")).c_str());

  auto careful = [&calls](int bad) -> asl::Task<int> {
    try {
      int got = co_await twice(bad);
      if (got < 0)
        throw std::runtime_error("negative");
      co_return got;
    } catch (const std::exception &e) {
      std::printf("  caught %s after %d calls\n", e.what(), calls);
    }
    co_return -1;
  };
  std::printf("careful: %d %d\n", asl::sync_wait(careful(5)),
              asl::sync_wait(careful(-5)));

  int now = asl::sync_wait([](int v) -> asl::Task<int> {
    co_return co_await twice(v) + 1;
  }(20));
  std::printf("invoked at once: %d\n", now);
}
