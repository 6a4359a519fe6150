// Checks that aggregates with base classes, members left to their default
// member initializers, char arrays from string literals and arrays with
// elements left out are built in place when their initializer awaits, as
// natively: each base and member constructed once, where it lives, in
// order, with no copy or move; an exception from a later element destroys
// exactly what was built so far, last first.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy() : id(0) { std::printf("  + default\n"); }
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

// A base that is itself an aggregate, one with a constructor, and an empty
// one.
struct Part { Noisy a; int n; };
struct Tag {
  int t;
  Tag(int v) : t(v) { std::printf("  tag %d\n", t); }
  Tag(Tag &&o) noexcept : t(o.t) { std::printf("  move tag %d\n", t); }
  ~Tag() { std::printf("  - tag %d\n", t); }
};
struct Empty {};
static Tag makeTag(int v) { return Tag{v}; }

struct Whole : Part { Noisy b; };
struct Tagged : Tag, Part { Noisy c; };
struct Marked : Empty { Noisy d; };
struct Deep : Whole { int extra; };

// Members left to their default member initializers.
struct Defaults {
  Noisy first;
  int count = 5;
  Noisy second{7};
  std::string name = "dflt";
  Noisy third = 8;
};

// A char array from a string literal, and arrays with elements left out.
struct Named { char name[8]; Noisy n; };
struct Row { Noisy cells[3]; int size; };

ASL_ASYNC asl::Task<int> build() {
  Whole w{{Noisy{1}, co_await later(2)}, make(3)};
  std::printf("whole %d %d %d\n", w.a.id, w.n, w.b.id);
  Tagged t{makeTag(4), {make(5), 6}, Noisy{co_await later(7)}};
  std::printf("tagged %d %d %d %d\n", t.t, t.a.id, t.n, t.c.id);
  Marked m{{}, Noisy{co_await later(8)}};
  std::printf("marked %d\n", m.d.id);
  Deep d{{{Noisy{9}, 10}, Noisy{co_await later(11)}}, 12};
  std::printf("deep %d %d %d %d\n", d.a.id, d.n, d.b.id, d.extra);
  Defaults f{Noisy{co_await later(13)}};
  std::printf("defaults %d %d %d %s %d\n", f.first.id, f.count, f.second.id,
              f.name.c_str(), f.third.id);
  Named n{"abc", Noisy{co_await later(14)}};
  std::printf("named %s %d %d\n", n.name, n.name[7], n.n.id);
  Row r{{Noisy{15}, Noisy{co_await later(16)}}, 2};
  std::printf("row %d %d %d %d\n", r.cells[0].id, r.cells[1].id,
              r.cells[2].id, r.size);
  int counts[4] = {co_await later(17), 18};
  std::printf("counts %d %d %d %d\n", counts[0], counts[1], counts[2],
              counts[3]);
  co_await later(0);
  co_return w.n + d.extra;
}

struct OnlyTag : Tag {};

// Unions: only the member the list initializes is built.
union Value { int code; double real; };
union Cell {
  Noisy n;
  int i;
  ~Cell() { std::printf("  ~Cell\n"); }
};
struct Variant {
  Noisy head;
  union {
    int i;
    double d;
  };
  Noisy tail;
};

// A base moved from a temporary as the last element, a const aggregate with
// a base, an array of aggregates with elements left out, and unions.
ASL_ASYNC asl::Task<int> more() {
  OnlyTag o{makeTag(co_await later(30))};
  std::printf("only tag %d\n", o.t);
  const Whole c{{Noisy{31}, co_await later(32)}, make(33)};
  std::printf("const whole %d %d %d\n", c.a.id, c.n, c.b.id);
  Part parts[3]{{Noisy{34}, co_await later(35)}};
  std::printf("parts %d %d %d %d\n", parts[0].a.id, parts[0].n,
              parts[1].a.id, parts[2].n);
  Value v{co_await later(36)};
  std::printf("value %d\n", v.code);
  Cell cell{Noisy{co_await later(37)}};
  std::printf("cell %d\n", cell.n.id);
  Variant var{Noisy{38}, {co_await later(39)}, make(40)};
  std::printf("variant %d %d %d\n", var.head.id, var.i, var.tail.id);
  co_return c.n;
}

ASL_ASYNC asl::Task<int> fail() {
  try {
    Tagged t{makeTag(20), {make(21), co_await later(-1)}, Noisy{22}};
    std::printf("not reached %d\n", t.n);
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

static void drain() {
  while (pending)
    step();
}

int main() {
  std::printf("build:\n");
  asl::Task<int> t = build();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("more:\n");
  t = more();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fail:\n");
  t = fail();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("destroyed while suspended mid-initializer:\n");
  t = build();
  step(); // now suspended in the middle of t's initializer
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
