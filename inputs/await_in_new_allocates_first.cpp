// Checks awaits in a new-expression's initializer: C++17 calls the
// allocation function before the initializer is evaluated, so the class's
// operator new prints before the await, and the matching operator delete
// runs when the initializer (the constructor, an argument after the await,
// or the awaited task) throws. A task destroyed while suspended there leaves
// the storage allocated, as natively (the storage comes from an arena here,
// so that no leak is reported). Also: braces, an array, an over-aligned
// type, a placement allocation function with its placement operator delete,
// and a noexcept operator new that returns null (the initializer, await
// included, is skipped).
#include <asl/task.h>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>

static std::function<void()> pending;

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
  if (v < 0)
    throw std::runtime_error("awaited task failed");
  co_return v;
}

static int arg(int v) {
  std::printf("  arg %d\n", v);
  if (v > 100)
    throw std::runtime_error("argument too large");
  return v;
}

alignas(64) static unsigned char arena[4096];
static std::size_t used = 0;

static void *take(std::size_t n) {
  void *p = arena + used;
  used += (n + 63) / 64 * 64;
  return p;
}

struct Node {
  int v;
  Node(int x, int y) : v(x + y) {
    std::printf("  Node(%d, %d)\n", x, y);
    if (v < 0)
      throw std::runtime_error("negative node");
  }
  static void *operator new(std::size_t n) {
    std::printf("  Node::operator new(%zu)\n", n);
    return take(n);
  }
  static void operator delete(void *) { std::puts("  Node::operator delete"); }
};

struct Pair {
  int a, b;
  static void *operator new(std::size_t n) {
    std::printf("  Pair::operator new(%zu)\n", n);
    return take(n);
  }
  static void operator delete(void *, std::size_t n) {
    std::printf("  Pair::operator delete(%zu)\n", n);
  }
};

struct Cell {
  int v;
  static void *operator new[](std::size_t n) {
    std::printf("  Cell::operator new[](%zu)\n", n);
    return take(n);
  }
  static void operator delete[](void *) {
    std::puts("  Cell::operator delete[]");
  }
};

struct alignas(64) Wide {
  int v;
  explicit Wide(int x) : v(x) {}
  static void *operator new(std::size_t n, std::align_val_t a) {
    std::printf("  Wide::operator new(%zu, %zu)\n", n,
                static_cast<std::size_t>(a));
    return take(n);
  }
  static void operator delete(void *, std::align_val_t) {
    std::puts("  Wide::operator delete");
  }
};

struct Arena {
  const char *name;
};
static Arena pool{"pool"};

struct Placed {
  int v;
  explicit Placed(int x) : v(x) {
    if (x < 0)
      throw std::runtime_error("negative placed");
  }
  static void *operator new(std::size_t n, Arena &a) {
    std::printf("  Placed::operator new(%zu, %s)\n", n, a.name);
    return take(n);
  }
  static void operator delete(void *, Arena &a) {
    std::printf("  Placed::operator delete(%s)\n", a.name);
  }
};

struct Scarce {
  int v;
  explicit Scarce(int x) : v(x) { std::puts("  Scarce()"); }
  static void *operator new(std::size_t n) noexcept {
    std::printf("  Scarce::operator new(%zu): none left\n", n);
    return nullptr;
  }
  static void operator delete(void *) noexcept {}
};

ASL_ASYNC asl::Task<int> build(int x, int y) {
  Node *n = new Node(arg(x), co_await value(y));
  int v = n->v;
  delete n;
  co_return v;
}

ASL_ASYNC asl::Task<int> shapes(int count) {
  Pair *p = new Pair{arg(1), co_await value(2)};
  int v = p->a + p->b;
  delete p;
  Cell *cells = new Cell[count]{{arg(3)}, {co_await value(4)}};
  v += cells[0].v + cells[1].v + cells[2].v;
  delete[] cells;
  Wide *w = new Wide(co_await value(5));
  v += w->v;
  delete w;
  Placed *q = new (pool) Placed(co_await value(6));
  v += q->v;
  Scarce *s = new Scarce(co_await value(7));
  std::printf("  scarce is %s\n", s == nullptr ? "null" : "not null");
  std::unique_ptr<std::string> text(
      new std::string(static_cast<std::size_t>(co_await value(3)), 'x'));
  v += static_cast<int>(text->size());
  co_return v;
}

ASL_ASYNC asl::Task<int> argument_after(int x, int y) {
  Node *n = new Node(co_await value(x), arg(y));
  int v = n->v;
  delete n;
  co_return v;
}

ASL_ASYNC asl::Task<int> placed_fails() {
  Placed *q = new (pool) Placed(co_await value(-6));
  co_return q->v;
}

template <class Start> static void run(const char *what, Start start) {
  std::printf("%s:\n", what);
  asl::Task<int> t = start();
  while (!t.is_ready()) {
    auto next = std::move(pending);
    next();
  }
  try {
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  } catch (const std::exception &e) {
    std::printf("  caught: %s\n", e.what());
  }
}

int main() {
  run("build", [] { return build(1, 2); });
  run("constructor throws", [] { return build(-5, 1); });
  run("awaited task throws", [] { return build(1, -1); });
  run("argument after the await throws",
      [] { return argument_after(1, 200); });
  run("shapes", [] { return shapes(3); });
  run("placement operator delete", [] { return placed_fails(); });
  std::puts("destroyed while suspended:");
  {
    asl::Task<int> t = build(1, 2);
    std::puts("  destroying");
  }
  pending = nullptr;
  std::puts("end");
}
