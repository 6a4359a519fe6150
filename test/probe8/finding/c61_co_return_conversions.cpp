// c61: co_return with conversions and implicit moves: an int to a double
// task, a literal to a string task, a value to an optional, a lifted
// unique_ptr<Derived> returned as unique_ptr<Base>, a by-value parameter
// returned (moved), a local move-only returned by name after awaits.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
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


struct Base {
  virtual ~Base() = default;
  virtual std::string who() const { return "base"; }
};
struct Derived : Base {
  std::string who() const override { return "derived"; }
};
struct MoveOnly {
  std::unique_ptr<int> p;
};

ASL_ASYNC asl::Task<double> half() { co_return co_await later(3); }
ASL_ASYNC asl::Task<std::string> lit() {
  co_await later(0);
  co_return "literal";
}
ASL_ASYNC asl::Task<std::optional<int>> opt(bool b) {
  if (b)
    co_return co_await later(5);
  co_return {};
}
ASL_ASYNC asl::Task<std::unique_ptr<Base>> make() {
  std::unique_ptr<Derived> d = std::make_unique<Derived>();
  co_await later(1);
  co_return d;
}
ASL_ASYNC asl::Task<std::vector<int>> echo(std::vector<int> v) {
  co_await later(static_cast<int>(v.size()));
  v.push_back(99);
  co_return v;
}
ASL_ASYNC asl::Task<MoveOnly> mo() {
  MoveOnly m{std::make_unique<int>(co_await later(8))};
  co_await later(9);
  co_return m;
}
ASL_ASYNC asl::Task<Tr> named() {
  Tr t("named");
  co_await later(10);
  co_return t;
}

ASL_ASYNC asl::Task<int> app() {
  double h = co_await half() / 2;
  std::string l = co_await lit();
  auto o1 = co_await opt(true);
  auto o2 = co_await opt(false);
  auto b = co_await make();
  auto v = co_await echo({1, 2});
  auto m = co_await mo();
  Tr t = co_await named();
  std::printf("%.1f %s %d %d %s %zu %d %s\n", h, l.c_str(), *o1,
              o2.has_value(), b->who().c_str(), v.size(), *m.p,
              t.n.c_str());
  co_return *m.p + v.back();
}

int main() { std::printf("r=%d\n", drive(app())); }
