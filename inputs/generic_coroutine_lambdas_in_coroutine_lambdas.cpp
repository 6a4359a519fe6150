// Generic coroutine lambdas inside coroutine lambdas: one capturing a local
// by reference and a noisy object by copy (copied once, as natively), kept
// across an await and called with two argument types; a mutable one; one
// with a parameter pack, invoked at once in an awaited expression; a
// captureless one converted to a pointer to function; and unnamed 'auto'
// parameters inside a coroutine lambda and an async function.
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

ASL_ASYNC asl::Task<int> unnamed_in_function() {
  auto first = [](auto x, auto) -> asl::Task<int> {
    co_await loop.schedule();
    co_return x;
  };
  int r = co_await first(3, "text");
  r += co_await first(4, 'c');
  co_return r;
}

// Converted to two pointers to function inside an async function: its
// closure's conversion function template.
ASL_ASYNC asl::Task<int> pointer_in_function() {
  auto twice = [](auto x) -> asl::Task<int> {
    co_await loop.schedule();
    co_return static_cast<int>(2 * x);
  };
  asl::Task<int> (*of_int)(int) = twice;
  asl::Task<int> (*of_double)(double) = twice;
  co_await loop.schedule();
  int r = co_await of_int(4);
  r += co_await of_double(1.5);
  co_return r + co_await twice(10);
}

int main() {
  auto outer = [](int base) -> asl::Task<int> {
    int seen = 0;
    Noisy label("label");
    auto add = [&seen, label](auto value) -> asl::Task<int> {
      co_await loop.schedule();
      seen += 1;
      std::printf("add: %s\n", label.name.c_str());
      co_return static_cast<int>(value * 10);
    };
    co_await loop.schedule(); // the closure lives across this await
    int sum = co_await add(2);
    sum += co_await add(0.5);
    auto counter = [seen](auto step) mutable -> asl::Task<int> {
      seen += step;
      co_await loop.schedule();
      co_return seen;
    };
    sum += co_await counter(3);
    sum += co_await counter(4);
    sum += co_await [base](auto... xs) -> asl::Task<int> {
      co_await loop.schedule();
      co_return (base + ... + xs);
    }(1, 2, 3);
    std::printf("outer: seen=%d\n", seen);
    co_return sum;
  };
  std::printf("outer: %d\n", loop.run([&] { return outer(100); }));

  auto pointer = []() -> asl::Task<int> {
    asl::Task<int> (*twice)(int) = [](auto x) -> asl::Task<int> {
      co_await loop.schedule();
      co_return 2 * x;
    };
    int a = co_await twice(21);
    co_return a;
  };
  std::printf("pointer: %d\n", loop.run([&] { return pointer(); }));

  auto unnamed = []() -> asl::Task<int> {
    auto one = [](auto, int x) -> asl::Task<int> {
      co_await loop.schedule();
      co_return x + 1;
    };
    int r = co_await one(std::string("ignored"), 1);
    r += co_await one(2.5, 10);
    co_return r;
  };
  std::printf("unnamed: %d\n", loop.run([&] { return unnamed(); }));
  std::printf("unnamed_in_function: %d\n",
              loop.run([&] { return unnamed_in_function(); }));
  std::printf("pointer_in_function: %d\n",
              loop.run([&] { return pointer_in_function(); }));
}
