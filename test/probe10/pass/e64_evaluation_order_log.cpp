// e64: evaluation order with side effects logged into a string: operands
// of +, *, <<, [], =, +=, calls and member calls, where some awaits sit in
// the middle; C++17's fixed orders and clang's order for the rest.
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

static std::string trace;
int t(char c, int v) {
  trace += c;
  return v;
}
ASL_ASYNC asl::Task<int> at(char c, int v) {
  trace += static_cast<char>(c - 32);
  co_await later(v);
  co_return v;
}
struct Acc {
  int v = 0;
  Acc &add(int x) {
    trace += '+';
    v += x;
    return *this;
  }
};

ASL_ASYNC asl::Task<int> app() {
  std::vector<int> arr(8, 0);
  int r1 = t('a', 1) + co_await at('b', 2) * t('c', 3);
  trace += '|';
  int r2 = (t('d', 1) << co_await at('e', 2)) + (t('f', 4) >> 1);
  trace += '|';
  arr[t('g', 1)] = co_await at('h', 5) + t('i', 1);
  trace += '|';
  arr[co_await at('j', 2)] += t('k', 3) + co_await at('l', 4);
  trace += '|';
  Acc acc;
  acc.add(t('m', 1)).add(co_await at('n', 2)).add(t('o', 3));
  trace += '|';
  int r3 = std::max(t('p', 1), co_await at('q', 7)) - t('r', 0);
  std::printf("%s\n", trace.c_str());
  co_return r1 + r2 + arr[1] + arr[2] + acc.v + r3;
}

int main() { std::printf("result %d\n", drive(app())); }
