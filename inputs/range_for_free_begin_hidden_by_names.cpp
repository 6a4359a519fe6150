// A range-for whose range has free begin/end functions (found by argument-
// dependent lookup only, [stmt.ranged]) with awaits in its body, where the
// lowered loop's call begin(range) would find something else first: lifted
// locals named begin and end (fields of the machine), or members begin()
// and end() of the class of an async member (the machine is nested in it).
// The lowered loop calls asl::range_access::begin_of(range), whose
// unqualified begin(range) sees only argument-dependent lookup. Arrays and
// ranges with member begin/end are iterated as before.
#include <asl/task.h>

#include <cstdio>
#include <vector>

asl::Event ready;

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

ASL_ASYNC asl::Task<int> indices() {
  int s = 0;
  {
    int begin = 1, end = 2, size = 3; // C#-style index names
    co_await ready;
    s += begin + end + size;
  }
  lib::Range r{3, 5};
  for (int x : r) {
    co_await ready;
    s += x;
  }
  int a[3] = {10, 20, 30};
  for (int x : a) {
    co_await ready;
    s += x;
  }
  std::vector<int> v{100, 200};
  for (int x : v) {
    co_await ready;
    s += x;
  }
  co_return s + size(r);
}

struct Shelf {
  std::vector<int> items{1, 2, 3};
  auto begin() { return items.begin(); }
  auto end() { return items.end(); }
  ASL_ASYNC asl::Task<int> sum(lib::Range r) {
    int s = 0;
    for (int x : r) { // lib::begin, not Shelf::begin
      co_await ready;
      s += x;
    }
    for (int x : *this) {
      co_await ready;
      s += 10 * x;
    }
    co_return s;
  }
};

int main() {
  asl::Task<int> a = indices();
  Shelf shelf;
  asl::Task<int> b = shelf.sum(lib::Range{4, 7});
  ready.set();
  std::printf("indices %d\n", asl::sync_wait(std::move(a)));
  std::printf("sum %d\n", asl::sync_wait(std::move(b)));
}
