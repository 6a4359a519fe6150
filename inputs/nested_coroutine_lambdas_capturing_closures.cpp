// Coroutine lambdas inside a coroutine (their closures become classes of
// the outer machine) that capture a lambda's closure, by copy (copied
// once) and by reference, and an object of a class local to the function,
// none of them kept across an await: the closure's class still names
// their types, which move to the machine's base (HoistedLocals.cpp).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event tick;

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

ASL_ASYNC asl::Task<int> outer() {
  struct Point {
    int x, y;
    int sum() const { return x + y; }
  };
  int result = 0;
  {
    Point point{2, 3};
    Tracer tracer("t");
    int base = 10;
    auto scale = [tracer, &base](int v) {
      std::printf("  scale %s\n", tracer.name.c_str());
      return v * base;
    };
    std::printf(" made\n");
    auto copied = [scale, point]() -> asl::Task<int> {
      co_return scale(point.sum());
    };
    auto shared = [&scale, &point]() -> asl::Task<int> {
      co_return scale(point.x);
    };
    std::printf(" captured\n");
    base = 100;
    point.x = 7;
    result = asl::sync_wait(copied()) + asl::sync_wait(shared());
  }
  co_await tick;
  co_return result;
}

int main() {
  auto task = outer();
  tick.set();
  std::printf("outer %d\n", asl::sync_wait(std::move(task)));
}
