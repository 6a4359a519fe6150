// Checks that a reference bound to part of a temporary it extends lives
// across awaits as natively: a base class reference to a derived temporary
// (the whole derived object lives, and is destroyed, as the reference's),
// and references to members of temporaries, the temporary built once where
// it lives and destroyed at the reference's scope end, on an exception, and
// when the task is destroyed while suspended.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string_view>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad value");
    return value;
  }
};
static Later later(int v) { return {v}; }

struct Base {
  int id;
  Base(int i) : id(i) { std::printf("  + base %d\n", id); }
  Base(const Base &) = delete;
  ~Base() { std::printf("  - base %d\n", id); }
  int who() const { return id; }
};
struct Derived : Base {
  int extra;
  Derived(int i) : Base(i), extra(i * 10) {
    std::printf("  + derived %d\n", i);
  }
  ~Derived() { std::printf("  - derived %d\n", id); }
  int who() const { return -id; } // hidden: a Base reference calls Base's
};
struct Pair {
  Base first;
  int second;
};
struct Outer {
  Pair inner;
  Derived last;
};
static Derived makeDerived(int i) { return Derived(i); }
static const char *constness(const Base &) { return "const"; }
static const char *constness(Base &) { return "mutable"; }

ASL_ASYNC asl::Task<int> run() {
  const Base &r = makeDerived(1);
  co_await later(0);
  std::printf("r %d %s\n", r.who(), constness(r));
  {
    const int &second = Pair{Base{2}, 3}.second;
    Base &&first = Pair{Base{4}, 5}.first;
    Derived local(6);
    co_await later(0);
    std::printf("second %d first %d %s\n", second, first.who(),
                constness(first));
  }
  const Base &deep = Outer{{Base{7}, 8}, Derived{9}}.last;
  const int &awaited = Pair{Base{co_await later(10)}, 11}.second;
  co_await later(0);
  std::printf("deep %d extra %d awaited %d\n", deep.who(),
              static_cast<const Derived &>(deep).extra, awaited);
  const std::string_view &view = "text";
  co_await later(0);
  std::printf("view %s\n", view.data());
  co_return r.id;
}

ASL_ASYNC asl::Task<int> fail() {
  try {
    const Base &r = makeDerived(20);
    co_await later(-1);
    std::printf("not reached %d\n", r.id);
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return 0;
}

static void step() {
  auto h = std::move(pending);
  pending = nullptr;
  h();
}

int main() {
  std::printf("run:\n");
  asl::Task<int> t = run();
  while (pending)
    step();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fail:\n");
  t = fail();
  while (pending)
    step();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("destroyed while suspended:\n");
  t = run();
  step(); // suspended with r, second, first and local alive
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
