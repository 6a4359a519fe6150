// Finding: a generic coroutine lambda inside a coroutine whose trailing
// return type names its parameter, `[](auto v) -> asl::Task<decltype(v)>`,
// is lowered to a closure class whose call operator spells that type in
// front: `template <class auto0_> asl::Task<decltype(v)>
// operator()(auto0_ v) const`, where `v` is not yet declared.
//   g++: 'v' was not declared in this scope (clang++-19 likewise)
// Expected: compiles, prints "8" / got: lowered output does not compile.
// (A trailing return type, `auto operator()(auto0_ v) const ->
// asl::Task<decltype(v)>`, would keep the name in scope.) The non-generic
// form, `[](int v) -> asl::Task<decltype(v)>`, fails the same way.
#include <asl/task.h>
#include <cstdio>

struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> run() {
  auto twice = [](auto v) -> asl::Task<decltype(v)> {
    co_await Hold{};
    co_return v + v;
  };
  int a = co_await twice(4);
  std::printf("%d\n", a);
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
