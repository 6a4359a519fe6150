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
// (`h.arr`) and `*ptr_to_array` pass. Not only range-for: a reference local
// bound to an array member of a temporary, `auto &&a = Holder{...}.arr;` or
// `const int (&b)[3] = ...arr;`, is read as `static_cast<int[3] &>(a.arr)`
// (h()); and one bound to a function-pointer member, `auto &&fp =
// Ops{add1}.fn;`, as `static_cast<int (*)(int) &>(fp.fn)` (g++: "invalid
// qualifiers on non-member function type"; k()).
// Expected: "r=24 g=6 h=10 k=2".
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

ASL_ASYNC asl::Task<int> h(asl::Event &e) {
  auto &&a = Holder{{1, 2, 3}}.arr;
  const int(&b)[3] = Holder{{7, 5, 6}}.arr;
  co_await e;
  co_return a[2] + b[0];
}

static int add1(int v) { return v + 1; }
struct Ops {
  int (*fn)(int);
};

ASL_ASYNC asl::Task<int> k(asl::Event &e) {
  auto &&fp = Ops{add1}.fn;
  co_await e;
  co_return fp(1);
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  asl::Task<int> u = g(e);
  asl::Task<int> v = h(e);
  asl::Task<int> w = k(e);
  e.set();
  int r = asl::sync_wait(std::move(t));
  int gv = asl::sync_wait(std::move(u));
  int hv = asl::sync_wait(std::move(v));
  std::printf("r=%d g=%d h=%d k=%d\n", r, gv, hv,
              asl::sync_wait(std::move(w)));
}
