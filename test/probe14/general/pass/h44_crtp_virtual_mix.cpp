// h44: a widget toolkit: a CRTP mixin class template adding an async
// `animate()` to widgets that also override a virtual async `draw()` of a
// polymorphic base; the mixin's member awaits a virtual call on itself
// and a derived hook; widgets kept in vector<unique_ptr<Widget>> and
// drawn through the base; an async static member template of the mixin.
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
#include <memory>
#include <string>
#include <vector>

class Widget {
public:
  virtual ~Widget() = default;
  virtual ASL_ASYNC asl::Task<std::string> draw() const = 0;
};

template <class Self> class Animated {
public:
  ASL_ASYNC asl::Task<std::string> animate(int frames) {
    Self &self = static_cast<Self &>(*this);
    std::string out;
    for (int f = 0; f < frames; ++f) {
      self.step(f);
      out += co_await self.draw() + (f + 1 < frames ? "," : "");
    }
    co_return out;
  }
  template <class T> ASL_ASYNC static asl::Task<T> lerp(T a, T b, int t) {
    co_await tick();
    co_return a + (b - a) * t / 4;
  }
};

class Button : public Widget, public Animated<Button> {
public:
  explicit Button(std::string l) : label_(std::move(l)) {}
  void step(int f) { pressed_ = f % 2 == 1; }
  ASL_ASYNC asl::Task<std::string> draw() const override {
    co_await tick();
    co_return pressed_ ? "[" + label_ + "]" : "(" + label_ + ")";
  }

private:
  std::string label_;
  bool pressed_ = false;
};

class Bar : public Widget, public Animated<Bar> {
public:
  void step(int f) { fill_ = f; }
  ASL_ASYNC asl::Task<std::string> draw() const override {
    int w = co_await Animated<Bar>::lerp(0, 8, fill_);
    co_return std::string(static_cast<std::size_t>(w), '#');
  }

private:
  int fill_ = 0;
};

ASL_ASYNC asl::Task<int> render() {
  Button ok("ok");
  Bar bar;
  std::string a = co_await ok.animate(3);
  std::string b = co_await bar.animate(4);
  std::printf("  %s\n  %s\n", a.c_str(), b.c_str());
  std::vector<std::unique_ptr<Widget>> ws;
  ws.push_back(std::make_unique<Button>("x"));
  ws.push_back(std::make_unique<Bar>());
  int len = 0;
  for (const auto &w : ws) {
    std::string s = co_await w->draw();
    len += static_cast<int>(s.size());
    std::printf("  draw '%s'\n", s.c_str());
  }
  double half = co_await Animated<Bar>::lerp(0.0, 1.0, 2);
  std::printf("  half %.2f\n", half);
  co_return len;
}

int main() {
  auto t = render();
  drain();
  std::printf("render %d\n", asl::sync_wait(std::move(t)));
}
