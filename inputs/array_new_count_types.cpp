// Checks array new-expressions whose initializer awaits, allocating first
// (as C++17 does) with a size of each integral type that is not
// std::size_t: bool, char, char16_t, signed char, short, long long,
// unsigned __int128 (truncated to std::size_t, as natively), an unscoped
// enumeration and a class converted to int. A size that is negative,
// smaller than the initializers or overflowing makes clang-19 call the
// allocation function with std::size_t(-1) (g++ throws
// std::bad_array_new_length instead); the lowering does as clang does.
// The size is evaluated before the placement arguments, an awaiting one
// included, as clang does, whether the initializer awaits or not.
#include <asl/task.h>

#include <climits>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <new>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

ASL_ASYNC asl::Task<int> value(int v) {
  std::printf("  await %d\n", v);
  co_await Pause{};
  co_return v;
}

static void *allocate(std::size_t n, int tag) {
  if (n == static_cast<std::size_t>(-1)) {
    std::printf("  new[] max tag %d\n", tag);
    throw std::bad_alloc();
  }
  std::printf("  new[] %zu tag %d\n", n, tag);
  return ::operator new[](n);
}

struct Cell {
  int v;
  static void *operator new[](std::size_t n) { return allocate(n, 0); }
  static void *operator new[](std::size_t n, int tag) {
    return allocate(n, tag);
  }
  static void operator delete[](void *p) { ::operator delete[](p); }
};

static int where(int v) {
  std::printf("  size %d\n", v);
  return v;
}

enum Few { two = 2 };

struct Count {
  int n;
  operator int() const { return n; }
};

static int sum(const Cell *cells, int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += cells[i].v;
  delete[] cells;
  std::printf("  sum %d\n", s);
  return s;
}

ASL_ASYNC asl::Task<int> sizes() {
  int t = 0;
  bool flag = true;
  t += sum(new Cell[flag]{{co_await value(1)}}, 1);
  char c = 2;
  t += sum(new Cell[c]{{co_await value(2)}, {3}}, 2);
  char16_t u = 2;
  t += sum(new Cell[u]{{4}, {co_await value(5)}}, 2);
  short s = 3;
  t += sum(new Cell[s]{{co_await value(6)}}, 3);
  unsigned __int128 big = (static_cast<unsigned __int128>(1) << 64) + 1;
  t += sum(new Cell[big]{{co_await value(7)}}, 1);
  Few e = two;
  t += sum(new Cell[e]{{co_await value(8)}}, 2);
  Count n{1};
  t += sum(new Cell[n]{{co_await value(9)}}, 1);
  co_return t;
}

ASL_ASYNC asl::Task<int> invalid(int which) {
  signed char sc = -1;
  __int128 neg = -1;
  bool flag = true;
  long long huge = LLONG_MAX;
  Cell *cells = nullptr;
  try {
    switch (which) {
    case 0:
      cells = new Cell[sc]{{co_await value(10)}};
      break;
    case 1:
      cells = new Cell[neg]{{co_await value(11)}};
      break;
    case 2:
      cells = new Cell[flag]{{1}, {co_await value(12)}};
      break;
    case 3:
      cells = new Cell[huge]{{co_await value(13)}};
      break;
    case 4:
      cells = new (co_await value(14)) Cell[where(-1)]{{co_await value(15)}};
      break;
    }
  } catch (const std::bad_array_new_length &) {
    std::printf("  bad_array_new_length\n");
  } catch (const std::bad_alloc &) {
    std::printf("  bad_alloc\n");
  }
  delete[] cells;
  co_return which;
}

ASL_ASYNC asl::Task<int> placed() {
  int t = sum(new (co_await value(16)) Cell[where(2)]{{1}, {2}}, 2);
  t += sum(new (co_await value(17)) Cell[where(1)]{{co_await value(18)}}, 1);
  co_return t;
}

template <class F> void run(const char *name, F start) {
  std::printf("%s\n", name);
  asl::Task<int> task = start();
  while (pending) {
    auto next = std::move(pending);
    pending = nullptr;
    next();
  }
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("sizes", sizes);
  for (int which = 0; which < 5; ++which)
    run("invalid", [which] { return invalid(which); });
  run("placed", placed);
}
