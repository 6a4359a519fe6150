// g04: awaiters whose await_resume returns an lvalue or an rvalue
// reference, bound to references kept across later awaits, assigned
// through, moved from; compound assignment to an awaited lvalue of a
// Task<int &>.
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

static int slots[4] = {10, 20, 30, 40};
static Tr store("store");
struct RefAw {
  int i;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  int &await_resume() const noexcept { return slots[i]; }
};
struct MoveAw {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  Tr &&await_resume() const noexcept { return std::move(store); }
};
ASL_ASYNC asl::Task<int &> slot(int i) {
  std::printf("slot %d\n", i);
  co_await later(i);
  co_return slots[i];
}
ASL_ASYNC asl::Task<int> run() {
  int &a = co_await RefAw{0};
  co_await later(100);
  a += 1;
  (co_await RefAw{1}) = co_await later(21);
  (co_await slot(2)) += co_await later(5);
  ++(co_await slot(3));
  int &b = co_await slot(3);
  co_await later(101);
  b *= 2;
  Tr &&m = co_await MoveAw{};
  co_await later(102);
  std::printf("m %s\n", m.n.c_str());
  Tr taken = co_await MoveAw{};
  std::printf("taken %s store '%s'\n", taken.n.c_str(), store.n.c_str());
  int *p = &(co_await RefAw{2});
  *p += co_await later(1);
  std::printf("%d %d %d %d\n", slots[0], slots[1], slots[2], slots[3]);
  co_return a + b;
}
int main() { std::printf("%d\n", drive(run())); }
