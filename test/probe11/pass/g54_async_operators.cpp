// g54: async operator overloads (operator+, operator[], operator(),
// operator<<) awaited with awaits in their operands, and a comparison
// of two awaited operator results.
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

struct Remote {
  std::string name;
  ASL_ASYNC asl::Task<int> operator[](int i) const {
    co_await later(i);
    co_return static_cast<int>(name.size()) * 10 + i;
  }
  ASL_ASYNC asl::Task<std::string> operator()(std::string s) const {
    co_await later(0);
    co_return name + "(" + s + ")";
  }
};
ASL_ASYNC asl::Task<Remote> operator+(Remote a, Remote b) {
  co_await later(-1);
  co_return Remote{a.name + b.name};
}
ASL_ASYNC asl::Task<int> operator<<(const Remote &r, int k) {
  co_await later(k);
  co_return static_cast<int>(r.name.size()) << k;
}
ASL_ASYNC asl::Task<int> run() {
  Remote a{"ab"}, b{"cde"};
  Remote c = co_await (a + b);
  int x = co_await c[co_await later(2)];
  std::string s = co_await c(co_await word("arg"));
  int y = co_await (a << co_await later(1));
  bool gt = co_await a[1] < co_await b[1];
  std::printf("%s %d %s %d %d\n", c.name.c_str(), x, s.c_str(), y, gt);
  co_return x + y;
}
int main() { std::printf("%d\n", drive(run())); }
