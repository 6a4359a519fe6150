// Checks awaits in braced and aggregate initializers and in constructor calls:
// elements run left to right, each object is built once in its final place
// (no extra copies or destructions), and nested braces and make_pair work.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

template <class T> struct Later { // yields `value` after a real suspension
  T value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() { return value; }
};
static Later<int> num(int v) { std::printf("  await %d\n", v); return {v}; }
static Later<std::string> word(const char *w) {
  std::printf("  await %s\n", w);
  return {w};
}

struct Point { int x, y; };
struct Line { Point from, to; };
struct Part { // prints its whole life
  std::string name;
  Part(std::string n) : name(std::move(n)) {
    std::printf("  + %s\n", name.c_str());
  }
  Part(const Part &o) : name(o.name) {
    std::printf("  copy %s\n", name.c_str());
  }
  ~Part() { std::printf("  - %s\n", name.c_str()); }
};
struct Machine { Part engine; int cylinders; Part wheels; };
struct Label {
  std::string text;
  Label(std::string t, int n) : text(t + "#" + std::to_string(n)) {}
};

ASL_ASYNC asl::Task<int> build() {
  Point p{co_await num(1), co_await num(2)};
  std::printf("p=%d,%d\n", p.x, p.y);
  Line l{{co_await num(3), 4}, {5, co_await num(6)}};
  std::printf("l=%d,%d-%d,%d\n", l.from.x, l.from.y, l.to.x, l.to.y);
  std::vector<std::string> v{co_await word("a"), "b", co_await word("c")};
  std::printf("v=%s%s%s\n", v[0].c_str(), v[1].c_str(), v[2].c_str());
  Label a(co_await word("paren"), co_await num(7));
  Label b{co_await word("brace"), co_await num(8)};
  std::printf("labels %s %s\n", a.text.c_str(), b.text.c_str());
  auto kv = std::make_pair(co_await word("k"), co_await num(9));
  std::printf("kv=%s:%d\n", kv.first.c_str(), kv.second);
  Machine m{Part{co_await word("engine")}, co_await num(4), Part{"wheels"}};
  std::printf("machine %s/%d/%s\n", m.engine.name.c_str(), m.cylinders,
              m.wheels.name.c_str());
  co_return p.x + l.to.y + kv.second;
}

int main() {
  asl::Task<int> t = build();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
