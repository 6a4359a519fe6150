// g58: C#-style events: handlers (std::function) registered by an async
// function capture its lifted locals by reference, are raised by another
// task while the first is suspended, and unregistered before it returns.
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

struct Event2 {
  std::vector<std::pair<int, std::function<void(int)>>> hs;
  int next = 0;
  int add(std::function<void(int)> f) {
    hs.emplace_back(next, std::move(f));
    return next++;
  }
  void remove(int id) {
    for (auto it = hs.begin(); it != hs.end(); ++it)
      if (it->first == id) {
        hs.erase(it);
        return;
      }
  }
  void raise(int v) {
    auto copy = hs;
    for (auto &h : copy)
      h.second(v);
  }
};
static Event2 changed;
ASL_ASYNC asl::Task<int> watcher(const char *name) {
  int sum = 0;
  std::string seen;
  int id = changed.add([&sum, &seen, name](int v) {
    sum += v;
    seen += std::string(name) + std::to_string(v) + " ";
  });
  co_await later(1);
  co_await later(2);
  changed.remove(id);
  std::printf("%s saw %s\n", name, seen.c_str());
  co_return sum;
}
ASL_ASYNC asl::Task<void> raiser() {
  for (int i = 1; i <= 3; ++i) {
    co_await later(10 * i);
    changed.raise(i);
  }
}
int main() {
  asl::Task<int> a = watcher("a");
  asl::Task<void> r = raiser();
  asl::Task<int> b = watcher("b");
  pump();
  asl::sync_wait(std::move(r));
  int x = asl::sync_wait(std::move(a));
  int y = asl::sync_wait(std::move(b));
  std::printf("%d %d\n", x, y);
}
