// c29: function templates and lambdas passed to async code: a generic map
// over awaited values, a callback taking the awaited result, a predicate
// lambda kept across awaits, a std::function returning a task.
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


template <class F>
ASL_ASYNC asl::Task<int> apply_twice(F f, int x) {
  int a = f(co_await later(x));
  co_return f(a + co_await now(1));
}

template <class T, class Pred>
ASL_ASYNC asl::Task<std::vector<T>> filter(std::vector<T> in, Pred keep) {
  std::vector<T> out;
  for (auto &v : in)
    if (keep(v) && co_await flag("keep", true))
      out.push_back(v);
  co_return out;
}

ASL_ASYNC asl::Task<int> run(std::function<asl::Task<int>(int)> step,
                             int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += co_await step(i);
  co_return s;
}

ASL_ASYNC asl::Task<int> app() {
  int base = 3;
  int r = co_await apply_twice([base](int v) { return v * base; }, 2);
  auto odd = [](int v) { return v % 2 == 1; };
  auto kept = co_await filter(std::vector<int>{1, 2, 3, 4, 5}, odd);
  int limit = 3;
  auto small = [&limit](const std::string &s) {
    return static_cast<int>(s.size()) <= limit;
  };
  auto words =
      co_await filter(std::vector<std::string>{"ab", "abcd", "xyz"}, small);
  limit = 10;
  co_await later(0);
  std::printf("small(abcd) now %d\n", small("abcd"));
  int s = co_await run(
      [](int i) -> asl::Task<int> { co_return co_await later(i) * 2; }, 3);
  std::printf("r=%d kept=%zu words=%zu s=%d\n", r, kept.size(),
              words.size(), s);
  co_return r + s;
}

int main() { std::printf("r=%d\n", drive(app())); }
