// Coroutine lambdas with a template parameter list (C++20), lowered to
// C++17 'auto' parameters: `[]<class T>(T x)`, a `const T &` and a
// forwarding `T &&` parameter, a return type that names the parameter
// (`asl::Task<T>`), and a body that names it (`T copy = x;`,
// `std::vector<T>`), called with several types. A noisy type prints its
// copies, moves and destructions.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

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

int size(const Noisy &n) { return static_cast<int>(n.name.size()); }
int size(int n) { return n; }
int size(double d) { return static_cast<int>(d * 10); }

// Inside an async function, the closure's call operator template keeps
// the list; inside a coroutine lambda, the lambda is written with 'auto'.
ASL_ASYNC asl::Task<int> in_function(int base) {
  auto add = [base]<class T>(T step) -> asl::Task<T> {
    co_await loop.schedule();
    co_return static_cast<T>(base) + step;
  };
  co_await loop.schedule();
  int sum = co_await add(1);
  sum += static_cast<int>(co_await add(0.5) * 2);
  co_return sum;
}

auto in_lambda = [](int base) -> asl::Task<int> {
  auto add = [&base]<class T>(T step) -> asl::Task<T> {
    co_await loop.schedule();
    T total = static_cast<T>(base) + step;
    co_return total;
  };
  co_await loop.schedule();
  int sum = co_await add(1);
  sum += static_cast<int>(co_await add(0.5) * 2);
  co_return sum;
};

int main() {
  auto same = []<class T>(T x) -> asl::Task<T> {
    T copy = x;
    co_await loop.schedule();
    co_return copy;
  };
  std::printf("same: %d\n", loop.run([&] { return same(7); }));
  std::printf("same: %g\n", loop.run([&] { return same(2.5); }));
  // (Not with Noisy: a task's result of class type is destroyed after
  // the lowered machine, before the native frame.)
  std::printf("same: %s\n",
              loop.run([&] { return same(std::string("text")); }).c_str());

  auto count = []<typename T>(const T &x, int times) -> asl::Task<int> {
    std::vector<T> all(static_cast<std::size_t>(times), x);
    co_await loop.schedule();
    int total = 0;
    for (const T &each : all)
      total += size(each);
    co_return total;
  };
  int three = 3; // the reference must outlive the task
  std::printf("count: %d\n", loop.run([&] { return count(three, 2); }));
  Noisy kept("kept");
  std::printf("count: %d\n", loop.run([&] { return count(kept, 2); }));

  auto forward = []<class T>(T &&x) -> asl::Task<int> {
    co_await loop.schedule();
    T other = std::forward<T>(x);
    co_return size(other);
  };
  std::printf("forward: %d\n", loop.run([&] { return forward(kept); }));
  Noisy moved("moved");
  std::printf("forward: %d\n",
              loop.run([&] { return forward(std::move(moved)); }));
  std::printf("in_function: %d\n", loop.run([&] { return in_function(10); }));
  std::printf("in_lambda: %d\n", loop.run([&] { return in_lambda(20); }));
}
