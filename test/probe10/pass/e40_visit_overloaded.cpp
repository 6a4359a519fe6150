// e40: std::visit with an overloaded set of lambdas returning tasks, the
// visit's result awaited; variants of commands processed in a loop; a
// visitor kept in a variable across awaits.
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

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

struct Put {
  std::string k;
  int v;
};
struct Del {
  std::string k;
};
using Cmd = std::variant<Put, Del, int>;

ASL_ASYNC asl::Task<int> app() {
  std::map<std::string, int> store;
  std::vector<Cmd> cmds{Put{"a", 1}, Put{"b", 2}, Del{"a"}, 7, Put{"c", 3}};
  int applied = 0;
  for (const Cmd &c : cmds) {
    applied += co_await std::visit(
        overloaded{[&store](const Put &p) -> asl::Task<int> {
                     store[p.k] = co_await later(p.v);
                     co_return 1;
                   },
                   [&store](const Del &d) -> asl::Task<int> {
                     co_await now(0);
                     co_return static_cast<int>(store.erase(d.k));
                   },
                   [](int n) { return now(n); }},
        c);
  }
  auto vis = overloaded{[](const Put &p) { return p.v; },
                        [](const Del &) { return -1; },
                        [](int n) { return n * 100; }};
  int s = 0;
  for (const Cmd &c : cmds)
    s += std::visit(vis, c) + co_await later(0);
  for (auto &[k, v] : store)
    std::printf("%s=%d\n", k.c_str(), v);
  co_return applied * 1000 + s;
}

int main() { std::printf("result %d\n", drive(app())); }
