// g09: typeid and dynamic_cast of awaited results (polymorphic glvalues,
// pointers, references; a failed reference cast throws bad_cast), RTTI of
// locals kept across awaits.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

struct Shape {
  virtual ~Shape() { std::printf("~Shape\n"); }
  virtual const char *name() const { return "shape"; }
};
struct Circle : Shape {
  int r = 3;
  const char *name() const override { return "circle"; }
};
struct Square : Shape {
  int s = 4;
  const char *name() const override { return "square"; }
};
static Circle gc;
static Square gs;
ASL_ASYNC asl::Task<Shape &> pickRef(bool c) {
  co_await later(c);
  co_return c ? static_cast<Shape &>(gc) : static_cast<Shape &>(gs);
}
ASL_ASYNC asl::Task<Shape *> pickPtr(int i) {
  co_await later(10 + i);
  if (i == 0)
    co_return nullptr;
  co_return i == 1 ? static_cast<Shape *>(&gc) : static_cast<Shape *>(&gs);
}
ASL_ASYNC asl::Task<std::unique_ptr<Shape>> make(bool c) {
  co_await later(20);
  if (c)
    co_return std::make_unique<Circle>();
  co_return std::make_unique<Square>();
}
ASL_ASYNC asl::Task<int> run() {
  int total = 0;
  Shape &s1 = co_await pickRef(true);
  bool same = typeid(s1) == typeid(Circle);
  std::printf("same %d\n", same);
  Shape &s2 = co_await pickRef(false);
  const std::type_info &ti = typeid(s2);
  co_await later(99);
  std::printf("ti square %d\n", ti == typeid(Square));
  if (auto *c = dynamic_cast<Circle *>(co_await pickPtr(1)))
    total += c->r;
  if (auto *c = dynamic_cast<Circle *>(co_await pickPtr(2)))
    total += 100 + c->r;
  if (dynamic_cast<Square *>(co_await pickPtr(0)) == nullptr)
    total += 1000;
  try {
    Square &s = dynamic_cast<Square &>(co_await pickRef(true));
    total += s.s;
  } catch (const std::bad_cast &) {
    std::printf("bad_cast\n");
    total += 10;
  }
  total += dynamic_cast<Square &>(co_await pickRef(false)).s;
  std::unique_ptr<Shape> u = co_await make(false);
  const std::type_info &held = typeid(*u);
  co_await later(98);
  std::printf("held %d %s\n", held == typeid(Square), u->name());
  std::unique_ptr<Shape> u2 = co_await make(true);
  total += typeid(*u2) == typeid(Circle) ? 10000 : 0;
  co_return total;
}
int main() { std::printf("%d\n", drive(run())); }
