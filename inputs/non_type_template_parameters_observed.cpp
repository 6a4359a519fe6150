// A non-type template parameter, named, is a prvalue of its type; the
// machine declares it as a constant member (`static constexpr int N = 3;`),
// an lvalue of a const type. Where the body observes the difference (a
// decltype of it, decltype(auto), a reference bound to it, a forwarding
// reference, an overload of `int &&`, a call that depends on a generic
// lambda's parameter), natively and lowered print the same: in the body,
// in a local type and a lambda the machine keeps, for pointer, `auto` and
// class template parameters, and for a parameter named like a member of
// the machine (`builder_`), renamed there, in kept types and lambdas too.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>

asl::Event ready;

template <class T> bool forwardedLvalue(T &&) {
  return std::is_lvalue_reference_v<T>;
}
int pick(int &&) { return 1; }
int pick(const int &) { return 2; }
template <class A, class B> bool secondLvalue(A, B &&) {
  return std::is_lvalue_reference_v<B>;
}

#define PICK(value) pick(value)

template <int N> ASL_ASYNC asl::Task<int> counted() {
  decltype(N) x = N;
  {
    decltype(N) z = N;
    decltype(auto) w = N;
    auto same = []() -> decltype(auto) { return (N); };
    auto generic = [](auto tag) { return secondLvalue(tag, N); };
    std::printf("block %d %d %d %d\n", ++z, ++w,
                std::is_reference_v<decltype(same())>, generic(0));
  }
  decltype(auto) d = N;
  auto &&r = N;
  bool flag = x > 0;
  auto &&c = flag ? N : x;
  std::printf("types %d %d %d %d %d\n", std::is_const_v<decltype(N)>,
              std::is_same_v<decltype((N)), int>,
              std::is_const_v<std::remove_reference_t<decltype(r)>>,
              std::is_same_v<decltype(flag ? N : 0), int>,
              std::is_same_v<decltype((0, N)), int>);
  std::printf("calls %d %d %d %d\n", forwardedLvalue(N), pick(N),
              pick(std::move(N)), PICK(N));
  auto same = []() -> decltype(auto) { return (N); };
  auto generic = [](auto tag) { return secondLvalue(tag, N); };
  std::printf("lambdas %d %d\n", std::is_reference_v<decltype(same())>,
              generic(0));
  struct Counter {
    decltype(N) n = N;
    int bump() { return ++n; }
  };
  Counter counter;
  auto kept = [](int a) {
    decltype(N) b = a;
    return ++b * 10 + pick(N);
  };
  co_await ready;
  x++;
  d++;
  counter = Counter{};
  std::printf("after %d %d %d %d %d %d\n", x, d, r, c, counter.bump(),
              kept(4));
  co_return N;
}

char greeting[] = "hi";

template <const char *P> ASL_ASYNC asl::Task<int> pointed() {
  decltype(P) p = P;
  co_await ready;
  std::printf("pointer %d %d\n", std::is_const_v<decltype(P)>,
              forwardedLvalue(P));
  p = nullptr;
  co_return p == nullptr;
}

template <auto V> ASL_ASYNC asl::Task<int> deduced() {
  decltype(V) v = V;
  co_await ready;
  v += 1;
  std::printf("auto %d %d\n", std::is_const_v<decltype(V)>, pick(V));
  co_return v;
}

template <int Scale> struct Meter {
  ASL_ASYNC asl::Task<int> scaled(int by) {
    decltype(Scale) s = Scale;
    co_await ready;
    s *= by;
    std::printf("member %d %d\n", std::is_const_v<decltype(Scale)>,
                forwardedLvalue(Scale));
    co_return s;
  }
};

// Named like the machine's builder_: builder_param in the machine and in
// the type and the lambda it keeps.
template <int builder_> ASL_ASYNC asl::Task<int> named() {
  struct Box {
    int v = builder_;
    decltype(builder_) w = builder_;
  };
  Box box;
  auto add = [](int a) { return a + builder_ + pick(builder_); };
  co_await ready;
  box.w++;
  std::printf("named %d %d %d %d\n", box.v, box.w, add(1),
              std::is_const_v<decltype(builder_)>);
  co_return builder_;
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await counted<3>();
  int b = co_await pointed<greeting>();
  int c = co_await deduced<5>();
  Meter<2> meter;
  int m = co_await meter.scaled(4);
  int n = co_await named<7>();
  co_return a + b + c + m + n;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
