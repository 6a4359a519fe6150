// Checks that a scalar local that lives across an await and is
// direct-initialized, `bool on(e);`, converts e as natively: direct-
// initialization considers explicit conversion functions (the lowering
// assigns the local's field, which would not: it would not compile, or
// convert through an implicit function instead). Also a braced `T x{e}`,
// a for-init declaration, a condition variable, an init-capture and a
// new-expression with such initializers; and `x(e)` from a scalar or a
// class with only implicit conversions, which is assigned as is.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // suspends for real, then resumes
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Flag { // only an explicit operator bool
  int v;
  explicit operator bool() const { return v != 0; }
};

struct Gauge { // `int(g)` is 7; `bool(g)`, then as an int, 1
  explicit operator int() const {
    std::printf("  explicit int\n");
    return 7;
  }
  operator bool() const {
    std::printf("  implicit bool\n");
    return true;
  }
};

struct Count { // only an implicit conversion
  operator long() const { return 5; }
};

ASL_ASYNC asl::Task<Flag> flag(int v) {
  co_await Later{};
  co_return Flag{v};
}

ASL_ASYNC asl::Task<Gauge> gauge() {
  co_await Later{};
  co_return Gauge{};
}

ASL_ASYNC asl::Task<int> run() {
  bool on(co_await flag(3));
  bool braced{co_await flag(0)};
  Flag kept{2};
  bool from_local(kept);
  int level(co_await gauge());
  Gauge g;
  long wide(g);
  int plain(co_await gauge() ? 4 : 5);
  long counted(Count{});
  co_await Later{};
  std::printf("on %d braced %d local %d\n", on, braced, from_local);
  std::printf("level %d wide %ld plain %d counted %ld\n", level, wide, plain,
              counted);

  int rounds = 0;
  for (bool go(co_await flag(1)); go; go = false) {
    co_await Later{};
    ++rounds;
  }
  std::printf("for %d round\n", rounds);
  if (bool b{co_await flag(4)}) {
    co_await Later{};
    std::printf("condition %d\n", b);
  }
  int left = 2;
  while (bool more{co_await flag(left--)}) {
    co_await Later{};
    std::printf("while %d\n", more);
  }
  auto captured = [b(co_await flag(5))] { return b; };
  std::printf("capture %d\n", captured().v);
  bool *made = new bool(co_await flag(6));
  std::printf("new %d\n", *made);
  delete made;
  co_return 0;
}

int main() {
  asl::Task<int> t = run();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}
