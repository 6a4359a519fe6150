// g18: chained member calls on awaited results returning references
// (a fluent builder: Task<Builder &>, and a Builder & from a sync call on
// an awaited reference), compound assignment to an awaited lvalue,
// operator<< chains on a user stream with awaits in between.
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

struct Builder {
  std::string s;
  Builder &add(const std::string &x) {
    std::printf("add %s\n", x.c_str());
    s += x;
    return *this;
  }
  Builder &num(int v) { return add(std::to_string(v)); }
  ASL_ASYNC asl::Task<Builder &> addLater(std::string x) {
    co_await later(static_cast<int>(x.size()));
    add(x);
    co_return *this;
  }
};
struct Out {
  std::string buf;
  Out &operator<<(const std::string &x) {
    std::printf("<< %s\n", x.c_str());
    buf += x;
    return *this;
  }
  Out &operator<<(int v) { return *this << std::to_string(v); }
};
static Builder gb;
ASL_ASYNC asl::Task<Builder &> get() {
  co_await later(-1);
  co_return gb;
}
ASL_ASYNC asl::Task<std::string &> str() {
  co_await later(-2);
  co_return gb.s;
}
ASL_ASYNC asl::Task<int> run() {
  (co_await get()).add("a").num(co_await later(1)).add(co_await word("b"));
  co_await (co_await gb.addLater("cc")).addLater(co_await word("dd"));
  (co_await str()) += co_await word("!");
  (co_await get()).s += (co_await str()).substr(0, 1);
  Out o;
  o << "x" << co_await later(2) << co_await word("y") << (co_await get()).s;
  Builder &r = (co_await get()).add("z");
  co_await later(3);
  r.num(4);
  std::printf("%s | %s\n", gb.s.c_str(), o.buf.c_str());
  co_return static_cast<int>(gb.s.size() + o.buf.size());
}
int main() { std::printf("%d\n", drive(run())); }
