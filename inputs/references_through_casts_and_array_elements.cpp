// Checks references that extend a temporary through a cast to a reference
// type (static_cast, const_cast, a C-style cast, a cast to a base) or as an
// element of an array prvalue at a constant index, living across awaits:
// C++ extends the whole temporary ([class.temporary]), which is built once
// where the reference is declared and destroyed at the reference's scope
// end, last declared first, as natively. The traced type prints its
// constructions, copies and deaths.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

struct T {
  int v;
  explicit T(int v) : v(v) { std::printf("  T(%d)\n", v); }
  T(const T &o) : v(o.v) { std::printf("  copy T(%d)\n", v); }
  ~T() { std::printf("  ~T(%d)\n", v); }
};
struct Base {
  int id;
  explicit Base(int i) : id(i) { std::printf("  Base(%d)\n", id); }
  ~Base() { std::printf("  ~Base(%d)\n", id); }
};
struct Derived : Base {
  explicit Derived(int i) : Base(i) { std::printf("  Derived(%d)\n", i); }
  ~Derived() { std::printf("  ~Derived(%d)\n", id); }
};
struct Box {
  int arr[2];
};
using IA = int[3];
using TA = T[2];

asl::Event *pending;

ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  pending = &e;
  co_await e;
  co_return v;
}

ASL_ASYNC asl::Task<int> casts() {
  std::printf("casts:\n");
  const T &r = static_cast<const T &>(T(1));
  T &&q = static_cast<T &&>(T(2));
  const T &u = (const T &)T(3);
  T &&c = const_cast<T &&>(T(4));
  const Base &b = static_cast<const Base &>(Derived(5));
  const T &w = static_cast<const T &>(T(co_await later(6)));
  std::printf("  after the awaits\n");
  q.v += 10;
  co_await later(0);
  std::printf("  %d %d %d %d %d %d\n", r.v, q.v, u.v, c.v, b.id, w.v);
  co_return r.v + q.v + u.v + c.v + b.id + w.v;
}

ASL_ASYNC asl::Task<int> elements(int a, int b) {
  std::printf("elements:\n");
  int &&x = IA{a, b, 3}[1];
  const T &e = TA{T(7), T(8)}[1];
  const int &m = Box{{a, co_await later(9)}}.arr[1];
  co_await later(0);
  x += 100;
  std::printf("  %d %d %d\n", x, e.v, m);
  co_return x + e.v + m;
}

int main() {
  asl::Task<int> t = casts();
  while (!t.is_ready())
    pending->set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = elements(1, 2);
  while (!u.is_ready())
    pending->set();
  std::printf("r=%d\n", asl::sync_wait(std::move(u)));
}
