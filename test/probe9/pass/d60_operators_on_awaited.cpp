// d60: operator[], operator() and operator-> applied to awaited results and
// to lifted objects, in one expression with further awaits.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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


struct Table {
  std::map<std::string, int> m;
  int operator[](const std::string &k) const {
    auto it = m.find(k);
    return it == m.end() ? -1 : it->second;
  }
  int operator()(int a, int b) const { return a * 10 + b; }
};
struct Ptr {
  Table *t;
  Table *operator->() const { return t; }
};
ASL_ASYNC asl::Task<Table> load() {
  Table t;
  t.m["a"] = co_await later(1);
  t.m["b"] = 2;
  co_return t;
}

ASL_ASYNC asl::Task<int> app() {
  int x = (co_await load())["a"] + (co_await load())(co_await now(3), 4);
  Table t = co_await load();
  Ptr p{&t};
  int y = p->m.size() + p->operator[](co_await word("b")) +
          t(co_await later(5), t["a"]);
  co_return x * 100 + y;
}

int main() { std::printf("%d\n", drive(app())); }
