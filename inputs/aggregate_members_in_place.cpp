// Checks that an aggregate whose initializer awaits is built member by member
// in place, as natively: no copy or move of any element, an exception from a
// later element destroys exactly the members built so far (last first), and
// arrays, nested braces, scalars in braces, const members
// and `auto x = T{...}` all work.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad element");
    return value;
  }
};
static Later later(int v) { return {v}; }
static Noisy make(int v) { return Noisy{v}; }

struct Pair { Noisy first; int count; Noisy second; };
struct Grid { Noisy cells[2]; int size; };
struct Outer { Pair inner; Noisy tail; };
struct Sparse { Noisy head; int a; double b; };
struct Fixed { const Noisy id; const int n; };

ASL_ASYNC asl::Task<int> build() {
  Pair p{Noisy{1}, co_await later(2), make(3)};
  std::printf("pair %d %d %d\n", p.first.id, p.count, p.second.id);
  Grid g{{make(4), Noisy{co_await later(5)}}, 2};
  std::printf("grid %d %d %d\n", g.cells[0].id, g.cells[1].id, g.size);
  Outer o{{Noisy{6}, co_await later(7), Noisy{8}}, Noisy{9}};
  std::printf("outer %d %d %d %d\n", o.inner.first.id, o.inner.count,
              o.inner.second.id, o.tail.id);
  Sparse s{Noisy{co_await later(10)}, {}, 2.5};
  std::printf("sparse %d %d %g\n", s.head.id, s.a, s.b);
  auto f = Fixed{Noisy{11}, co_await later(12)};
  std::printf("fixed %d %d\n", f.id.id, f.n);
  co_await later(0);
  co_return p.count + g.size;
}

ASL_ASYNC asl::Task<int> fail() {
  try {
    Noisy before{20};
    Pair p{Noisy{21}, co_await later(-1), Noisy{22}};
    std::printf("not reached %d\n", p.count);
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return 0;
}

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

int main() {
  std::printf("build:\n");
  asl::Task<int> t = build();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fail:\n");
  t = fail();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("destroyed while suspended mid-initializer:\n");
  t = build();
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
