// Checks the backing array of a braced list made into an
// std::initializer_list before an await of the same full-expression: it
// lives to the end of the full-expression, past the await, as natively,
// whatever receives the list: a function of the program's own that returns
// a number (the elements print when they die) or a pointer into the array,
// a constructor of the program's own that keeps the list, the standard
// library's std::vector (which copies the elements), an await's operand,
// the left side of &&; and when the await throws or the task is destroyed
// while suspended there.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <utility>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

ASL_ASYNC asl::Task<int> count() {
  co_await Pause{};
  std::printf("  resumed\n");
  co_return 2;
}

ASL_ASYNC asl::Task<bool> yes() {
  co_await Pause{};
  std::printf("  resumed\n");
  co_return true;
}

ASL_ASYNC asl::Task<int> failing() {
  co_await Pause{};
  throw std::runtime_error("count failed");
}

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(const Noisy &other) : id(other.id + 100) {
    std::printf("  copy +%d\n", id);
  }
  Noisy(Noisy &&other) : id(other.id) { other.id = 0; }
  ~Noisy() {
    if (id != 0)
      std::printf("  -%d\n", id);
  }
};

static int sum(std::initializer_list<Noisy> xs) {
  int s = 0;
  for (const Noisy &x : xs)
    s += x.id;
  return s;
}

static const int *data(std::initializer_list<int> xs) { return xs.begin(); }

static int both(const int *p, int n) {
  std::printf("  both %d %d %d\n", p[0], p[1], n);
  return p[0] + p[1] + n;
}

// Keeps the list it is given: its array must outlive it.
struct View {
  std::initializer_list<int> xs;
  View(std::initializer_list<int> xs) : xs(xs) {}
};

static int show(View v, int n) {
  int s = n;
  for (int x : v.xs)
    s += x;
  std::printf("  show %d\n", s);
  return s;
}

static int size(std::vector<Noisy> v, int n) {
  std::printf("  size %zu %d\n", v.size(), n);
  return static_cast<int>(v.size()) + n;
}

ASL_ASYNC asl::Task<int> echo(int v) {
  co_await Pause{};
  std::printf("  echo %d\n", v);
  co_return v;
}

ASL_ASYNC asl::Task<int> shapes() {
  int t = 0;
  std::printf(" sum\n");
  t += sum({Noisy(1), Noisy(2)}) + co_await count();
  std::printf(" pointer\n");
  t += both(data({3, 4}), co_await count());
  std::printf(" view\n");
  t += show(View{5, 6}, co_await count());
  std::printf(" vector\n");
  t += size(std::vector<Noisy>{Noisy(7), Noisy(8)}, co_await count());
  std::printf(" operand\n");
  t += co_await echo(sum({Noisy(9), Noisy(10)}));
  std::printf(" and\n");
  if (sum({Noisy(11)}) > 0 && co_await yes())
    t += 1;
  co_return t;
}

ASL_ASYNC asl::Task<int> throws() {
  int t = 0;
  try {
    t = sum({Noisy(12), Noisy(13)}) + co_await failing();
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_return t;
}

ASL_ASYNC asl::Task<int> abandoned() {
  co_return sum({Noisy(14), Noisy(15)}) + co_await count();
}

static void drain() {
  while (pending) {
    auto next = std::move(pending);
    pending = nullptr;
    next();
  }
}

template <class F> void run(const char *name, F start) {
  std::printf("%s\n", name);
  asl::Task<int> task = start();
  drain();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("shapes", shapes);
  run("throws", throws);
  std::printf("abandoned\n");
  {
    asl::Task<int> task = abandoned();
    std::printf("  destroying\n");
  }
  pending = nullptr;
  std::printf("done\n");
}
