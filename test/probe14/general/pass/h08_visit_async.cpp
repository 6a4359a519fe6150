// h08: a shape/command processor over std::variant: awaited std::visit
// with a generic coroutine lambda visitor, with an overloaded visitor of
// coroutine lambdas, and a visitor class whose operator() overloads are
// async members (a named object), results summed across awaits.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <string>
#include <variant>
#include <vector>

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

struct Circle {
  int r;
};
struct Rect {
  int w, h;
};
struct Label {
  std::string text;
};
using Shape = std::variant<Circle, Rect, Label>;

struct Area {
  int scale;
  ASL_ASYNC asl::Task<int> operator()(const Circle &c) const {
    co_await tick();
    co_return 3 * c.r * c.r * scale;
  }
  ASL_ASYNC asl::Task<int> operator()(const Rect &r) const {
    co_await tick();
    co_return r.w * r.h * scale;
  }
  ASL_ASYNC asl::Task<int> operator()(const Label &) const { co_return 0; }
};

static int weight(const Circle &c) { return c.r; }
static int weight(const Rect &r) { return r.w + r.h; }
static int weight(const Label &l) { return static_cast<int>(l.text.size()); }

ASL_ASYNC asl::Task<int> process(std::vector<Shape> shapes) {
  int total = 0;
  Area area{2};
  int count = 0;
  for (const Shape &s : shapes) {
    int w = co_await std::visit(
        [&count](const auto &x) -> asl::Task<int> {
          co_await tick();
          ++count;
          co_return weight(x);
        },
        s);
    int a = co_await std::visit(area, s);
    std::string kind = co_await std::visit(
        overloaded{[](const Circle &) -> asl::Task<std::string> {
                     co_return "circle";
                   },
                   [](const Rect &) -> asl::Task<std::string> {
                     co_await tick();
                     co_return "rect";
                   },
                   [](const Label &l) -> asl::Task<std::string> {
                     co_return "label " + l.text;
                   }},
        s);
    std::printf("  %s w=%d a=%d\n", kind.c_str(), w, a);
    total += w + a;
  }
  std::printf("  visited %d\n", count);
  co_return total;
}

int main() {
  auto t = process({Circle{2}, Rect{3, 4}, Label{"hi"}, Circle{1}});
  drain();
  std::printf("total %d\n", asl::sync_wait(std::move(t)));
}
