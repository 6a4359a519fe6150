// Checks that a member of an aggregate built in place is copy-initialized
// from its element, as natively: an explicit constructor that would match
// better is not chosen, and a conversion function of the element's class is
// considered (an explicit one is not, for a const scalar member either);
// still with no copy or move of the member.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Feet;

struct Meters {
  long v;
  explicit Meters(int x) : v(x) { std::printf("  explicit Meters(int)\n"); }
  Meters(long x) : v(x) { std::printf("  Meters(long)\n"); }
  explicit Meters(const Feet &);
  Meters(const Meters &o) : v(o.v) { std::printf("  copy Meters\n"); }
  Meters(Meters &&o) noexcept : v(o.v) { std::printf("  move Meters\n"); }
};

struct Feet {
  long v;
  operator Meters() const {
    std::printf("  Feet::operator Meters\n");
    return Meters(v * 3 / 10);
  }
};
Meters::Meters(const Feet &f) : v(f.v) {
  std::printf("  explicit Meters(const Feet &)\n");
}

struct Trip {
  Meters there;
  Meters back;
  int legs;
};

struct Leg {
  int stops;
  Meters distance = 7;
};

struct Gauge {
  explicit operator long() const {
    std::printf("  explicit Gauge::operator long\n");
    return 1;
  }
  operator int() const {
    std::printf("  Gauge::operator int\n");
    return 2;
  }
};

struct Reading {
  const long value;
  int unit;
};

ASL_ASYNC asl::Task<int> plan() {
  Feet f{100};
  Trip t{co_await later(5), f, 2};
  std::printf("trip %ld %ld %d\n", t.there.v, t.back.v, t.legs);
  Leg l{co_await later(1), Meters(co_await later(4))};
  std::printf("leg %ld %d\n", l.distance.v, l.stops);
  Leg m{co_await later(2)};
  std::printf("leg %ld %d\n", m.distance.v, m.stops);
  Gauge g;
  Reading r{g, co_await later(3)};
  std::printf("reading %ld %d\n", r.value, r.unit);
  co_return t.legs;
}

int main() {
  asl::Task<int> t = plan();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
