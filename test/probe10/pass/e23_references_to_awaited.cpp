// e23: references bound to awaited results (lifetime extension across
// further awaits), `auto &&` and structured bindings of awaited pairs and
// structs, a reference to an element of a lifted vector used after
// awaits that do not resize it.
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

struct Pair {
  Tr a;
  int b;
};

ASL_ASYNC asl::Task<Tr> make(std::string n) {
  co_await later(static_cast<int>(n.size()));
  co_return Tr(n);
}
ASL_ASYNC asl::Task<Pair> make_pair(int k) {
  co_await now(k);
  co_return Pair{Tr("p" + std::to_string(k)), k};
}
ASL_ASYNC asl::Task<std::pair<std::string, int>> make_std(int k) {
  co_await later(k);
  co_return std::pair<std::string, int>{"s" + std::to_string(k), k};
}

ASL_ASYNC asl::Task<int> app() {
  const Tr &r = co_await make("ext");
  co_await later(9);
  std::printf("r %s\n", r.n.c_str());
  auto &&rr = co_await make("rr");
  {
    auto [t, k] = co_await make_pair(3);
    co_await later(k);
    std::printf("bind %s %d\n", t.n.c_str(), k);
    auto &&[s, k2] = rr.n.size() > 1 ? co_await make_std(2)
                                    : co_await make_std(7);
    (void)s;
    k2 += co_await later(1);
    std::printf("k2 %d\n", k2);
  }
  std::vector<Tr> v;
  v.reserve(4);
  v.emplace_back("v0");
  Tr &first = v.front();
  v.push_back(co_await make("v1"));
  std::printf("first %s %zu\n", first.n.c_str(), v.size());
  co_return static_cast<int>(rr.n.size());
}

int main() { std::printf("result %d\n", drive(app())); }
