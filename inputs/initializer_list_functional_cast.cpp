// Checks std::initializer_list written with its type,
// `std::initializer_list<int>{a, b}`, where its backing array must outlive
// an await: as a range-for's range whose body awaits, naming a variable
// (by value, `const auto &`, `auto &&`) that lives across awaits, as a call
// argument before an await of the same expression, and in a variadic
// template (`{static_cast<int>(vs)...}`). The cast changes nothing: the
// array lives as long as the loop, the variable or the full-expression,
// as for a plain braced list. A class element shows where the array dies.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  int v;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return v; }
};

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  ~Noisy() { std::printf("  -%d\n", id); }
};

static int total(std::initializer_list<int> il, int extra) {
  int s = extra;
  for (int v : il)
    s += v;
  return s;
}

ASL_ASYNC asl::Task<int> loop(int a, int b, int c) {
  int s = 0;
  for (int v : std::initializer_list<int>{a, b, c})
    s += co_await Pause{v};
  std::printf("loop %d\n", s);
  for (const Noisy &n : std::initializer_list<Noisy>{Noisy(1), Noisy(2)}) {
    co_await Pause{0};
    std::printf("  element %d\n", n.id);
  }
  co_return s;
}

ASL_ASYNC asl::Task<int> named(int a, int b) {
  auto il = std::initializer_list<int>{a, b};
  const auto &cl = std::initializer_list<int>{a + 1, b + 1};
  auto &&rl = (std::initializer_list<int>{a + 2, b + 2, 7});
  co_await Pause{0};
  std::printf("named %d %d %d (sizes %zu %zu %zu)\n", total(il, 0),
              total(cl, 0), total(rl, 0), il.size(), cl.size(), rl.size());
  {
    std::initializer_list<Noisy> ns =
        std::initializer_list<Noisy>{Noisy(3), Noisy(4)};
    co_await Pause{0};
    std::printf("  last %d\n", (ns.end() - 1)->id);
  }
  std::printf("after the block\n");
  co_return total(il, 0);
}

ASL_ASYNC asl::Task<int> argument(int a, int b) {
  co_return total(std::initializer_list<int>{a, b}, co_await Pause{1});
}

template <class... Vs> ASL_ASYNC asl::Task<int> variadic(Vs... vs) {
  int s = 0;
  for (int v : std::initializer_list<int>{static_cast<int>(vs)...})
    s += co_await Pause{v};
  co_return s;
}

template <class T> static T run(asl::Task<T> t) {
  while (pending) {
    std::function<void()> resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("loop -> %d\n", run(loop(1, 2, 97)));
  std::printf("named -> %d\n", run(named(10, 20)));
  std::printf("argument -> %d\n", run(argument(1, 2)));
  std::printf("variadic -> %d\n", run(variadic(1, 2L, 97u)));
}
