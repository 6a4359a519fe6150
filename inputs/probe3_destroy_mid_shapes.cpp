// Destroying suspended tasks in the middle of shapes: a half-built
// aggregate, a range-for's held range, a condition variable, a
// lifetime-extended temporary, a co_return's spilled operands, a try in a loop.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>

struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("    +%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "c") { std::printf("    +%s\n", n.c_str()); }
  ~R() { std::printf("    -%s\n", n.c_str()); }
  explicit operator bool() const { return true; }
};
struct Agg {
  R a, b, c;
};
std::vector<R> make_range() {
  std::vector<R> v;
  v.reserve(2);
  v.emplace_back("e0");
  v.emplace_back("e1");
  return v;
}
static int join(const R &a, int b, const R &c) {
  return (int)a.n.size() + b + (int)c.n.size();
}

asl::Event never;
ASL_ASYNC asl::Task<R> wait_r(const char *s) {
  co_await never;
  co_return R(s);
}
ASL_ASYNC asl::Task<int> wait_i() {
  co_await never;
  co_return 1;
}
ASL_ASYNC asl::Task<R> now_r(const char *s) { co_return R(s); }

ASL_ASYNC asl::Task<int> shape(int k) {
  R top("top");
  switch (k) {
  case 0: {
    Agg g{R("ga"), co_await now_r("gb"), co_await wait_r("gc")};
    co_return (int) g.a.n.size();
  }
  case 1:
    for (R &x : make_range()) {
      R body("body-" + x.n);
      co_await wait_i();
    }
    break;
  case 2:
    if (R c = co_await now_r("cond")) {
      co_await wait_i();
    }
    break;
  case 3: {
    const R &ext = R("ext");
    co_await wait_i();
    co_return (int) ext.n.size();
  }
  case 4:
    co_return join(R("left"), co_await wait_i(), co_await now_r("right"));
  case 5:
    co_return join(co_await now_r("first"), 1, co_await wait_r("second"));
  default:
    for (int i = 0; i < 2; ++i) {
      R loop("loop" + std::to_string(i));
      try {
        R tr("try");
        if (i == 1)
          co_await wait_i();
      } catch (...) {
      }
    }
  }
  co_return 0;
}

int main() {
  for (int k = 0; k < 7; ++k) {
    std::printf("shape %d\n", k);
    {
      asl::Task<int> t = shape(k);
      std::printf("  suspended=%d, destroy\n", (int)!t.is_ready());
    }
  }
}
