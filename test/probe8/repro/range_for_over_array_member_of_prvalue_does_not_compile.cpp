// Finding (lowered output does not compile, g++ and clang++-19): a
// range-for over an array member of a class prvalue, `for (int v :
// Holder{{7, 8, 9}}.arr)`, whose body awaits. The lowering keeps the
// Holder in a field (right: natively the reference binding the member
// extends the whole temporary) but spells the range
// `begin_ = static_cast<int[3] &>(range_.arr);`, not a valid type-id
// (a reference to an array is `int (&)[3]`). g++: "expected '>' before
// '&' token"; clang++-19: "expected '>'". The same with an awaited result's
// array member, `for (int v : (co_await get()).arr)` (g()). A vector member
// (`for (int id : (co_await get()).ids)`), an array member of a local
// (`h.arr`) and `*ptr_to_array` pass. Expected: "r=24 g=6".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

struct Holder {
  int arr[3];
};

ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  int s = 0;
  for (int v : Holder{{7, 8, 9}}.arr) {
    co_await e;
    s += v;
  }
  co_return s;
}

ASL_ASYNC asl::Task<Holder> get(asl::Event &e) {
  co_await e;
  co_return Holder{{1, 2, 3}};
}

ASL_ASYNC asl::Task<int> g(asl::Event &e) {
  int s = 0;
  for (int v : (co_await get(e)).arr)
    s += v;
  co_return s;
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  asl::Task<int> u = g(e);
  e.set();
  int r = asl::sync_wait(std::move(t));
  std::printf("r=%d g=%d\n", r, asl::sync_wait(std::move(u)));
}
