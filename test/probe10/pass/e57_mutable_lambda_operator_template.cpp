// e57: a mutable coroutine lambda with a static local, called and copied;
// an async operator() member template; co_return of braced lists with
// awaits; a recursive coroutine lambda through std::function.
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

struct Tc {
  const char *n;
  explicit Tc(const char *s) : n(s) { std::printf("+%s\n", n); }
  Tc(const Tc &o) : n(o.n) { std::printf("+copy %s\n", n); }
  ~Tc() { std::printf("-%s\n", n); }
  int get() const { return 1; }
};
#include <functional>
#include <utility>
struct Q {
  int a;
  std::string b;
};
struct Fetcher {
  int base = 10;
  template <class V> ASL_ASYNC asl::Task<V> operator()(V v) const {
    co_await later(base);
    co_return v + v;
  }
};
ASL_ASYNC asl::Task<Q> braced() {
  co_return {co_await later(1), std::string("q") + Tc("t").n};
}
ASL_ASYNC asl::Task<std::pair<int, Tc>> pairret() {
  co_return {co_await later(2), Tc("pt")};
}
ASL_ASYNC asl::Task<int> app() {
  auto f = [n = 0]() mutable -> asl::Task<int> {
    static int calls = 0;
    ++calls;
    ++n;
    co_await later(n);
    co_return n * 100 + calls;
  };
  int a = co_await f();
  int b = co_await f();
  auto g = f;
  int c = co_await g() + co_await f();
  Fetcher fe;
  int d = co_await fe(3);
  std::string e = co_await fe(std::string("ab"));
  Q q = co_await braced();
  auto p = co_await pairret();
  std::printf("%d %d %d %d %s %d %s %d %s\n", a, b, c, d, e.c_str(), q.a,
              q.b.c_str(), p.first, p.second.n);
  std::function<asl::Task<int>(int)> rec;
  rec = [&rec](int k) -> asl::Task<int> {
    if (k == 0)
      co_return 0;
    co_return k + co_await rec(k - 1);
  };
  co_return a + b + c + d + co_await rec(4);
}
int main() { std::printf("%d\n", drive(app())); }
