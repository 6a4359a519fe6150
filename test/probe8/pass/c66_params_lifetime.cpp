// c66: parameters of async functions: by value class modified across
// awaits, an rvalue reference to a caller's temporary used before the
// first await only, a const reference to a caller-owned object that
// outlives the call, default arguments made of literals.
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


ASL_ASYNC asl::Task<std::string> decorate(std::string s, int times = 2,
                                          char c = '*') {
  for (int i = 0; i < times; ++i) {
    co_await later(i);
    s = c + s + c;
  }
  co_return s;
}

ASL_ASYNC asl::Task<std::size_t> consume(std::vector<int> &&v) {
  std::vector<int> mine = std::move(v);
  co_await later(static_cast<int>(mine.size()));
  co_return mine.size();
}

ASL_ASYNC asl::Task<int> count_in(const std::map<std::string, int> &m,
                                  std::string key) {
  co_await later(0);
  auto it = m.find(key);
  co_return it == m.end() ? 0 : it->second;
}

ASL_ASYNC asl::Task<Tr> pass_through(Tr t) {
  co_await later(1);
  t.n += "+";
  co_return t;
}

ASL_ASYNC asl::Task<int> app() {
  std::string a = co_await decorate("x");
  std::string b = co_await decorate("y", 1, '#');
  std::size_t n = co_await consume(std::vector<int>{1, 2, 3});
  std::map<std::string, int> m{{"k", 7}};
  int k = co_await count_in(m, "k") + co_await count_in(m, "z");
  Tr t = co_await pass_through(Tr("param"));
  std::printf("%s %s %zu %d %s\n", a.c_str(), b.c_str(), n, k,
              t.n.c_str());
  co_return k;
}

int main() { std::printf("r=%d\n", drive(app())); }
