// A range-for with an await in its body over a type whose begin/end are
// free functions (found by argument-dependent lookup), in a function that
// also has lifted locals named begin and end (C#-style index names).
// Natively the range-for's begin(range)/end(range) use argument-dependent
// lookup only, so the locals do not matter. Lowered, the loop is written
// as begin((*range_)) inside move_next(), where the machine's fields
// `begin` and `end` hide the functions. (The tool renames a local that
// clashes with a name the body uses, `size` here, but not with the names
// its own output uses.)
// Expected: 16. Got: g++ "expression cannot be used as a function";
// clang++-19 "called object type 'int' is not a function or function
// pointer".
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
namespace lib {
struct Range {
  int lo, hi;
};
struct It {
  int v;
  int operator*() const { return v; }
  It &operator++() {
    ++v;
    return *this;
  }
  bool operator!=(const It &o) const { return v != o.v; }
};
It begin(const Range &r) { return It{r.lo}; }
It end(const Range &r) { return It{r.hi}; }
int size(const Range &r) { return r.hi - r.lo; }
} // namespace lib
ASL_ASYNC asl::Task<int> f() {
  int s = 0;
  {
    int begin = 1, end = 2, size = 3;
    co_await ev;
    s += begin + end + size;
  }
  lib::Range r{0, 4};
  for (int x : r) {
    co_await ev;
    s += x;
  }
  s += size(r);
  co_return s;
}
int main() {
  asl::Task<int> t = f();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
