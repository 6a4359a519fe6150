// Checks a lambda called at once with an await among its arguments
// (`[](int x) {...}(co_await f())`): the callee is evaluated before the
// arguments, but a lambda that copies nothing (no captures, or only by
// reference) is built after the await instead of being saved, which gives
// the same closure; it was refused, since the machine cannot name a
// closure type to keep it. One that copies a capture still is refused (its
// copy would be taken after the await).
#include <asl/task.h>

#include <cstdio>
#include <string>

ASL_ASYNC asl::Task<int> val(int v) {
  std::printf("  val %d\n", v);
  co_return v;
}

struct Agg {
  std::string s;
  int n;
};

ASL_ASYNC asl::Task<int> body() {
  int base = 10;
  int a = [](int x) { return x * 2; }(co_await val(3));
  int b = [&](int x, int y) { return base + x + y; }(co_await val(4),
                                                    co_await val(5));
  [&base](int x) { base += x; }(co_await val(6));
  Agg g = Agg{std::string("x") + std::to_string(co_await val(1)),
              co_await val(2)};
  auto [p, q] = Agg{"y", co_await val(7)};
  std::string s = std::string("a") + (co_await val(8) > 2 ? "big" : "small");
  std::printf("a=%d b=%d base=%d g=%s/%d p=%s q=%d s=%s\n", a, b, base,
              g.s.c_str(), g.n, p.c_str(), q, s.c_str());
  co_return a + b + base;
}

int main() { std::printf("result=%d\n", asl::sync_wait(body())); }
