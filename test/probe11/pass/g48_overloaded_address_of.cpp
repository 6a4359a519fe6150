// g48: locals of a class that overloads unary operator& (a COM-style
// smart pointer, as C# interop code ports: &ptr gives the address of the
// raw pointer inside), kept across awaits by reference and by pointer
// (std::addressof), in a range-for by reference, and passed by &.
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

struct Com {
  int *raw = nullptr;
  std::string tag;
  explicit Com(std::string t) : tag(std::move(t)) {}
  int **operator&() {
    std::printf("operator& %s\n", tag.c_str());
    return &raw;
  }
};
static int storage = 41;
static void create(int **out) { *out = &storage; }
ASL_ASYNC asl::Task<int> run() {
  Com c("c");
  create(&c);
  Com &r = c;
  Com *p = std::addressof(c);
  co_await later(1);
  std::printf("%d %s %s\n", *r.raw, p->tag.c_str(), r.tag.c_str());
  std::vector<Com> v;
  v.emplace_back("v0");
  v.emplace_back("v1");
  for (Com &e : v) {
    create(&e);
    co_await later(2);
    *e.raw += 1;
  }
  auto &[raw, tag] = c;
  co_await later(3);
  std::printf("%d %s\n", *raw, tag.c_str());
  co_return *c.raw;
}
int main() { std::printf("%d\n", drive(run())); }
