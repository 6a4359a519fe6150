// Coroutine lambdas inside a coroutine (their closures become classes of
// the outer machine) that capture arrays and structured bindings: an array
// of tracers by copy (each element copied once, in subscript order) and by
// reference, an array of arrays by copy; bindings of a struct, a pair and
// an array by copy and by reference, a bit-field's by copy, and an array
// binding by copy. The outer function keeps each closure across its awaits
// and changes the originals in between.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <utility>

// Hold suspends; pump() resumes the suspended tasks in order.
std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class Handle> void await_suspend(Handle h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  Tracer(Tracer &&other) noexcept : name(std::move(other.name) + "+m") {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

struct Entry {
  Tracer tracer;
  int count;
};

struct Flags {
  unsigned low : 4;
  unsigned high : 4;
};

ASL_ASYNC asl::Task<int> arrays() {
  Tracer pair[2] = {Tracer("a"), Tracer("b")};
  int grid[2][2] = {{1, 2}, {3, 4}};
  std::printf(" made\n");
  auto copied = [pair, grid]() -> asl::Task<int> {
    co_await Hold{};
    std::printf("  copied %s %s %d\n", pair[0].name.c_str(),
                pair[1].name.c_str(), grid[1][0]);
    co_return grid[0][1];
  };
  auto shared = [&pair, &grid]() -> asl::Task<int> {
    co_await Hold{};
    std::printf("  shared %s %d\n", pair[1].name.c_str(), grid[1][0]);
    co_return grid[1][1];
  };
  std::printf(" captured\n");
  pair[1].name += "!";
  grid[1][0] = 30;
  co_await Hold{};
  int total = co_await copied() + co_await shared();
  co_return total;
}

ASL_ASYNC asl::Task<Entry> make_entry() {
  co_await Hold{};
  co_return Entry{Tracer("e"), 7};
}

ASL_ASYNC asl::Task<int> bindings() {
  auto [tracer, count] = co_await make_entry();
  auto [key, value] = std::pair<int, std::string>{3, "three"};
  Tracer ends[2] = {Tracer("x"), Tracer("y")};
  auto &[left, right] = ends;
  Flags flags{3, 5};
  auto [low, high] = flags;
  int rows[2][2] = {{1, 2}, {3, 4}};
  auto [row0, row1] = rows;
  std::printf(" bound\n");
  auto copied = [tracer, key, left, low, row1]() -> asl::Task<int> {
    co_await Hold{};
    std::printf("  copied %s %d %s %u %d\n", tracer.name.c_str(), key,
                left.name.c_str(), low, row1[0]);
    co_return key + static_cast<int>(low) + row1[1];
  };
  auto shared = [&count, &value, &right, high]() -> asl::Task<int> {
    co_await Hold{};
    std::printf("  shared %d %s %s %u\n", count, value.c_str(),
                right.name.c_str(), high);
    co_return count;
  };
  std::printf(" captured\n");
  count += 1;
  value += "!";
  right.name += "!";
  row1[0] = 50;
  co_await Hold{};
  co_return co_await copied() + co_await shared();
}

template <class T> T run(asl::Task<T> task) {
  pump();
  return asl::sync_wait(std::move(task));
}

int main() {
  std::printf("arrays %d\n", run(arrays()));
  std::printf("bindings %d\n", run(bindings()));
}
