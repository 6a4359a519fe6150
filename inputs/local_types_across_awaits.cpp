// Objects of classes and enumerations declared inside async functions live
// across awaits: the types move out of the body, into a class the machine
// derives from, so the body still names them as written. A local struct
// with a constructor and a destructor prints, so construction and
// destruction order (last declared first, at each scope's end) is checked;
// one local class uses another and an alias; an enum and an enum class are
// kept; in an async member function, a local class reaches a private static
// member, as natively. An object of a local class declared in an if's head
// after a lifted one dies first, and a lambda that a `continue` or
// `co_return` leaves together with a lifted object dies first too.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

asl::Event ready;

ASL_ASYNC asl::Task<int> guards() {
  struct Guard {
    std::string name;
    explicit Guard(std::string n) : name(std::move(n)) {
      std::printf("enter %s\n", name.c_str());
    }
    ~Guard() { std::printf("leave %s\n", name.c_str()); }
  };
  Guard outer("outer");
  {
    Guard inner("inner");
    co_await ready;
    Guard after("after");
  }
  Guard last("last");
  co_await ready;
  co_return static_cast<int>(outer.name.size() + last.name.size());
}

ASL_ASYNC asl::Task<int> shapes() {
  enum Color { Red = 1, Green = 2, Blue = 4 };
  enum class Mode { Slow, Fast };
  using Id = int;
  struct Point {
    Id x, y;
    int norm() const { return x * x + y * y; }
  };
  struct Shape {
    std::vector<Point> points;
    Color color;
    int total() const {
      int sum = 0;
      for (const Point &p : points)
        sum += p.norm();
      return sum + color;
    }
  };
  Shape shape{{{1, 2}, {3, 4}}, Green};
  Mode mode = Mode::Fast;
  std::vector<Point> extra{{7, 8}};
  Point *first = &shape.points[0];
  co_await ready;
  std::printf("first %d\n", first->y);
  shape.points.push_back({5, 6});
  shape.color = Blue;
  std::printf("total %d, %s\n", shape.total(),
              mode == Mode::Fast ? "fast" : "slow");
  co_return shape.total() + extra[0].norm();
}

struct Noisy {
  const char *name;
  explicit Noisy(const char *n) : name(n) { std::printf("make %s\n", name); }
  Noisy(const Noisy &other) : name(other.name) {
    std::printf("copy %s\n", name);
  }
  ~Noisy() { std::printf("drop %s\n", name); }
};

ASL_ASYNC asl::Task<int> heads_and_jumps() {
  struct Flag {
    const char *name;
    explicit operator bool() const { return true; }
    ~Flag() { std::printf("drop %s\n", name); }
  };
  int n = 0;
  if (Noisy held("held"); Flag flag{"flag"}) {
    co_await ready;
    ++n;
  }
  for (int i = 0; i < 3; ++i) {
    Noisy round("round");
    co_await ready;
    auto note = [tag = Noisy("note"), i] { std::printf("%s %d\n", tag.name, i); };
    note();
    if (i == 0)
      continue;
    if (i == 1)
      co_return n + 10;
  }
  co_return n;
}

class Ledger {
public:
  ASL_ASYNC asl::Task<int> settle(int amount);

private:
  static int fee() { return 3; }
  int balance_ = 100;
};

ASL_ASYNC asl::Task<int> Ledger::settle(int amount) {
  struct Entry {
    int value;
    int withFee() const { return value - fee(); }
  };
  Entry entry{amount};
  co_await ready;
  balance_ -= entry.withFee();
  co_return balance_;
}

int main() {
  asl::Task<int> a = guards();
  asl::Task<int> b = shapes();
  asl::Task<int> h = heads_and_jumps();
  Ledger ledger;
  asl::Task<int> c = ledger.settle(10);
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  std::printf("%d\n", asl::sync_wait(std::move(h)));
  std::printf("%d\n", asl::sync_wait(std::move(c)));
}
