// g69: operands evaluated before an await that have side effects on
// variables read after it (i++ + co_await f(i)), a reference operand
// whose referent changes during the await (x + co_await set_x()),
// member access through a pointer that is reseated during the await,
// and a string appended before and after: the spilled values must be
// those read before the await (clang-19's left-to-right order).
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

static int gx = 1;
static int *gp = &gx;
static int other = 50;
ASL_ASYNC asl::Task<int> setX(int v) {
  co_await later(v);
  gx = v;
  gp = &other;
  co_return v;
}
ASL_ASYNC asl::Task<int> run() {
  int i = 0;
  int a = i + co_await later(i);
  ++i;
  int b = gx + co_await setX(10) + gx;
  gx = 1;
  gp = &gx;
  int c = *gp + co_await setX(20) + *gp;
  std::string s = "x";
  std::string t = s + (co_await word("y")) + s;
  int arr[3] = {0, 0, 0};
  int j = 0;
  arr[j] = (j = co_await later(2)) + 1;
  std::printf("%d %d %d %d %s %d %d %d\n", i, a, b, c, t.c_str(), arr[0],
              arr[2], j);
  co_return a + b + c;
}
int main() { std::printf("%d\n", drive(run())); }
