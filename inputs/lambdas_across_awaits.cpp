// Plain lambdas whose closures live across awaits: the machine keeps each
// closure as a field, made in place where the lambda was. Captures by
// reference see later writes, captures by copy and init-captures are taken
// once, when the lambda is made; a mutable lambda keeps its state, a generic
// one is called with two types, a lambda captured by reference in another
// one is called through it, and constants named without a capture keep
// their values. The copies print when they are made and
// destroyed, so the order of construction and destruction is checked too.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ready;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {
    std::printf("make %s\n", name.c_str());
  }
  Tracer(const Tracer &other) : name(other.name + "'") {
    std::printf("copy %s\n", name.c_str());
  }
  Tracer(Tracer &&other) noexcept : name(std::move(other.name) + "&&") {
    other.name = "moved-from";
    std::printf("move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("drop %s\n", name.c_str()); }
};

ASL_ASYNC asl::Task<int> by_reference(int base) {
  int total = 0;
  std::string label = "sum";
  auto add = [&](int v) {
    total += v + base;
    return total;
  };
  add(1);
  co_await ready;
  add(2);
  label += "!";
  auto show = [&] { std::printf("%s %d\n", label.c_str(), total); };
  co_await ready;
  show();
  co_return total;
}

ASL_ASYNC asl::Task<int> by_copy() {
  Tracer t("t");
  int n = 5;
  auto copy = [t, n] {
    std::printf("copy sees %s %d\n", t.name.c_str(), n);
    return n;
  };
  n = 6;
  co_await ready;
  int r = copy();
  auto all = [=] { return n + static_cast<int>(t.name.size()); };
  co_await ready;
  co_return r + all();
}

ASL_ASYNC asl::Task<int> mixed_and_init() {
  Tracer kept("kept");
  int hits = 0;
  auto report = [&hits, moved = std::move(kept), prefix = std::string("p:")] {
    ++hits;
    std::printf("%s%s %d\n", prefix.c_str(), moved.name.c_str(), hits);
  };
  std::printf("kept is %s\n", kept.name.c_str());
  co_await ready;
  report();
  report();
  co_return hits;
}

ASL_ASYNC asl::Task<int> mutable_and_generic() {
  auto counter = [count = 0]() mutable { return ++count; };
  auto twice = [](auto x) { return x + x; };
  counter();
  co_await ready;
  counter();
  std::printf("twice %d %s\n", twice(21), twice(std::string("ab")).c_str());
  auto calls = [&counter] { return counter() * 10; };
  co_await ready;
  co_return calls() + counter();
}

ASL_ASYNC asl::Task<int> moved_closure() {
  Tracer owned("owned");
  auto first = [owned] { return static_cast<int>(owned.name.size()); };
  co_await ready;
  auto second = std::move(first);
  std::printf("after move\n");
  co_await ready;
  co_return second() + first();
}

// A lambda naming constants of the function without capturing them.
ASL_ASYNC asl::Task<int> constants() {
  constexpr int limit = 3;
  constexpr const char *unit = "ms";
  static constexpr double scale = 1.5;
  auto below = [](int v) {
    std::printf("%d%s\n", v, v < limit ? unit : "!");
    return static_cast<int>(v * scale);
  };
  co_await ready;
  co_return below(2) + below(4);
}

class Meter {
public:
  ASL_ASYNC asl::Task<int> run(int step);

private:
  int reading_ = 0;
  void bump(int by) { reading_ += by; }
};

// Lambdas capturing `this` explicitly and implicitly by [&]: each reaches
// the same object, whose private members it may use; one capturing `*this`
// keeps the copy made when it was.
ASL_ASYNC asl::Task<int> Meter::run(int step) {
  auto explicit_this = [this, step] { bump(step); };
  auto by_ref = [&] { bump(step * 10); return reading_; };
  auto by_copy = [this, copy = step] { return this->reading_ + copy; };
  co_await ready;
  explicit_this();
  auto snapshot = [*this] { return reading_ * 1000 + this->reading_; };
  by_ref();
  co_await ready;
  std::printf("snapshot %d, live %d\n", snapshot(), reading_);
  co_return by_copy() + this->reading_;
}

int main() {
  asl::Task<int> a = by_reference(100);
  asl::Task<int> b = by_copy();
  asl::Task<int> c = mixed_and_init();
  asl::Task<int> d = mutable_and_generic();
  asl::Task<int> e = moved_closure();
  Meter meter;
  asl::Task<int> f = meter.run(2);
  asl::Task<int> g = constants();
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
  std::printf("%d\n", asl::sync_wait(std::move(c)));
  std::printf("%d\n", asl::sync_wait(std::move(d)));
  std::printf("%d\n", asl::sync_wait(std::move(e)));
  std::printf("%d\n", asl::sync_wait(std::move(f)));
  std::printf("%d\n", asl::sync_wait(std::move(g)));
}
