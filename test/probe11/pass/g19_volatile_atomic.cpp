// g19: volatile and atomic locals across awaits: fetch_add with awaited
// operands, compare_exchange with an awaited desired value, volatile
// compound assignments, an atomic<bool> flag, a lambda on a thread pool
// style counter, std::atomic<int> in a struct kept across awaits.
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

struct Stats {
  std::atomic<int> hits{0};
  volatile int misses = 0;
};
ASL_ASYNC asl::Task<int> run() {
  volatile int v = co_await later(1);
  v += co_await later(2);
  v = v * (co_await later(3));
  std::atomic<int> a{co_await later(4)};
  a += co_await later(5);
  int old = a.fetch_add(co_await later(6));
  int expected = 15;
  bool ok = a.compare_exchange_strong(expected, co_await later(100));
  std::printf("v %d a %d old %d ok %d exp %d\n", static_cast<int>(v),
              a.load(), old, ok, expected);
  std::atomic<bool> done{false};
  Stats st;
  for (int i = 0; i < 4; ++i) {
    if (co_await later(i) % 2)
      st.hits.fetch_add(1);
    else
      st.misses = st.misses + 1;
  }
  done.store(co_await flag("done", true));
  volatile int *pv = &st.misses;
  *pv += co_await later(7);
  co_return a.load() + v + st.hits.load() + st.misses + done.load();
}
int main() { std::printf("%d\n", drive(run())); }
