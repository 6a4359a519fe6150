// c13: references, pointers, lifetime-extended temporaries and structured
// bindings living across awaits; bindings by reference write through.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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
  std::string k;
  int v;
};

ASL_ASYNC asl::Task<Pair> entry(std::string k) {
  co_await later(static_cast<int>(k.size()));
  co_return Pair{k, static_cast<int>(k.size()) * 2};
}

ASL_ASYNC asl::Task<std::tuple<int, std::string, double>> triple() {
  co_await later(3);
  co_return std::make_tuple(1, std::string("two"), 3.5);
}

ASL_ASYNC asl::Task<int> app() {
  std::vector<int> v{1, 2, 3};
  int &first = v[0];
  int *last = &v.back();
  const Tr &ext = Tr("extended");
  auto &&rv = std::string("rvalue-ref");
  auto [k, n] = co_await entry("key");
  auto [a, b, c] = co_await triple();
  Pair p{"p", 1};
  auto &[pk, pv] = p;
  first += co_await later(10);
  *last *= co_await now(5);
  pv = co_await later(7);
  pk += co_await word("q");
  std::printf("%d %d %s %s\n", first, *last, ext.n.c_str(), rv.c_str());
  std::printf("%s %d %d %s %.1f\n", k.c_str(), n, a, b.c_str(), c);
  std::printf("p=%s %d\n", p.k.c_str(), p.v);
  const int &cref = co_await later(42);
  int &&rref = co_await now(43) + 1;
  co_await later(0);
  std::printf("%d %d\n", cref, rref);
  co_return first + *last + pv;
}

int main() { std::printf("r=%d\n", drive(app())); }
