// Init-capture packs (C++20: `[...ys = std::move(xs)]`, `[&...ys = xs]`) in
// lambdas of an async function template, one kept across an await and one
// not. The lowered body is C++17, so each such capture is spelled as a
// tuple the closure holds (`ys_ = std::tuple<...>(std::move(xs)...)`) and
// the lambda's body reopens it as the pack `ys` (`std::apply`): each
// element is still moved or copied once, where the lambda is made, and
// the by-reference pack sees later changes. Packs of 0, 1 and 3 elements;
// a traced type says when it is copied, moved and destroyed.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {}
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracer(Tracer &&o) noexcept : name(std::move(o.name)) {
    o.name = "(moved)";
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() {
    if (name != "(moved)")
      std::printf("  destroy %s\n", name.c_str());
  }
};

int weight(const Tracer &t) { return static_cast<int>(t.name.size()); }
int weight(int x) { return x; }

// Moved into the closure, which lives across the await.
template <class... Ts> ASL_ASYNC asl::Task<int> moved(Ts... xs) {
  std::printf("moved: %zu\n", sizeof...(Ts));
  auto total = [... ys = std::move(xs)] { return (0 + ... + weight(ys)); };
  std::printf("moved: made\n");
  co_await ready;
  std::printf("moved: resumed\n");
  co_return total();
}

// Copied into a closure called before the await, and by reference into a
// mutable one kept across it: that one sees the elements changed after it
// was made, and changes them.
template <class... Ts> ASL_ASYNC asl::Task<int> referred(Ts... xs) {
  int before = [... ys = xs]() -> int { return (1 + ... + weight(ys)); }();
  auto bump = [&... ys = xs, calls = 0]() mutable {
    ++calls;
    ((ys += calls), ...);
    return (0 + ... + ys);
  };
  ((xs *= 10), ...);
  co_await ready;
  int after = bump();
  co_return before * 1000 + after * 10 + (0 + ... + xs);
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await moved();
  int b = co_await moved(Tracer("one"));
  int c = co_await moved(Tracer("a"), 20, Tracer("ccc"));
  std::printf("moved %d %d %d\n", a, b, c);
  int d = co_await referred();
  int e = co_await referred(4);
  int f = co_await referred(1, 2, 3);
  std::printf("referred %d %d %d\n", d, e, f);
  co_return a + b + c + d + e + f;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
