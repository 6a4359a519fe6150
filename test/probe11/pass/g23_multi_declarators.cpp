// g23: several declarators in one declaration, later ones using earlier
// ones and awaiting: scalars, references, pointers, arrays, Tr objects
// (destroyed in reverse order), in a for init-statement too.
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

ASL_ASYNC asl::Task<int> run() {
  int a = co_await later(1), b = a + co_await later(2), *pa = &a, &rb = b;
  std::printf("%d %d %d %d\n", a, b, *pa, rb);
  Tr t1("t1"), t2(co_await word("t2")), t3 = t1, *pt = &t2;
  std::printf("%s %s %s\n", t1.n.c_str(), t3.n.c_str(), pt->n.c_str());
  int x = 1, &rx = x, arr[2] = {co_await later(3), rx};
  rx += co_await later(4);
  std::printf("%d %d %d\n", x, arr[0], arr[1]);
  int total = 0;
  for (int i = co_await later(0), n = co_await later(3), &ri = i; i < n;
       ri += co_await later(1)) {
    Tr li("l" + std::to_string(i)), lj("m" + std::to_string(co_await later(i)));
    total += i;
  }
  const char *s1 = "abc", *s2 = s1 + co_await later(1);
  std::printf("%s %s\n", s1, s2);
  co_return total + a + b + x;
}
int main() { std::printf("%d\n", drive(run())); }
