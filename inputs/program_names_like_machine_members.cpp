// The program's own functions, variables, types, enumerators and static
// members named like the members of the state machine the runtime calls
// (`move_next`, `builder_`, `relocatable`), named in async bodies: inside
// the machine's move_next() the names would find the machine's members, so
// they are written qualified (`::move_next()`, `::ns::builder_`,
// `Cursor::relocatable()`); the locals of those names are renamed
// (inputs/locals_named_like_machine_members.cpp).
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

static int steps = 0;
static void move_next() { ++steps; } // a C# port's MoveNext

struct Cursor;
bool move_next(Cursor &c); // an overload set, one chosen by its argument

static int builder_ = 5;
static int relocatable = 6;

struct Cursor {
  int pos = 0;
  bool move_next() { return ++pos < 3; } // written this_->move_next()
  static int relocatable() { return 100; }
  static const int builder_ = 20;
  ASL_ASYNC asl::Task<int> count();
};

bool move_next(Cursor &c) { return c.pos++ < 2; }

ASL_ASYNC asl::Task<int> Cursor::count() {
  int n = 0;
  while (move_next()) {
    co_await ready;
    ++n;
  }
  co_return n + builder_ + relocatable();
}

namespace ns {
int builder_ = 7;
struct relocatable {
  int v = 8;
};
enum Kind { move_next = 9 };
using Builder = relocatable;

ASL_ASYNC asl::Task<int> inside() {
  relocatable r;          // a type of that name, lifted
  relocatable *p = &r;
  co_await ready;
  Builder b{p->v + 1};
  co_return builder_ + r.v + move_next + b.v;
}
} // namespace ns

template <class T> struct Counter {
  T base;
  static T relocatable(T x) { return x * 2; }
  ASL_ASYNC asl::Task<T> twice() {
    co_await ready;
    co_return relocatable(base);
  }
};

// In a template, each specialization's machine writes the function its
// call found: `::move_next(start)` for an int, `::lib::move_next(start)`
// (found by argument-dependent lookup) for a lib::Tape.
template <class T> bool move_next(T &t) { return t++ < 2; }
namespace lib {
struct Tape {
  int pos = 0;
};
bool move_next(Tape &t) { return t.pos++ < 4; }
} // namespace lib

template <class T> ASL_ASYNC asl::Task<int> advance(T start) {
  co_await ready;
  int n = 0;
  while (move_next(start))
    ++n;
  co_return n;
}

ASL_ASYNC asl::Task<int> walk() {
  move_next();
  Cursor c;
  co_await ready;
  move_next();
  int moved = 0;
  while (move_next(c))
    ++moved;
  void (*step)() = move_next;
  step();
  co_return steps * 1000 + moved * 100 + builder_ + relocatable;
}

int main() {
  asl::Task<int> a = walk();
  Cursor cursor;
  asl::Task<int> b = cursor.count();
  asl::Task<int> c = ns::inside();
  Counter<int> counter{21};
  asl::Task<int> d = counter.twice();
  asl::Task<int> e = advance(0);
  asl::Task<int> f = advance(lib::Tape{});
  ready.set();
  std::printf("walk %d\n", asl::sync_wait(std::move(a)));
  std::printf("count %d\n", asl::sync_wait(std::move(b)));
  std::printf("inside %d\n", asl::sync_wait(std::move(c)));
  std::printf("twice %d\n", asl::sync_wait(std::move(d)));
  std::printf("advance %d %d\n", asl::sync_wait(std::move(e)),
              asl::sync_wait(std::move(f)));
}
