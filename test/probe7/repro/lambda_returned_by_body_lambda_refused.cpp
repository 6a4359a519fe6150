// A closure returned by a lambda written in the async body (a "maker"
// lambda returning a lambda) and kept across an await. Refused until
// session 9 ("object whose type contains a lambda's closure type 'add5'
// lives across a co_await; not supported yet"); lowered since session 10:
// the machine names the type as what a call of maker's closure returns
// (docs/design.md, "Lambdas and types declared in the body").
// Expected (native): "15".
#include <asl/task.h>

#include <cstdio>

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> run() {
  auto maker = [](int add) { return [add](int v) { return v + add; }; };
  auto add5 = maker(5);
  co_await Suspend{};
  std::printf("%d\n", add5(10));
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
