// c23: async recursion: a tree sum, mutual recursion, a deep synchronous
// recursion, and an exception thrown at the bottom of a recursive chain.
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


struct Node {
  int v;
  std::vector<std::unique_ptr<Node>> kids;
};

static std::unique_ptr<Node> build(int depth, int &next) {
  auto n = std::make_unique<Node>();
  n->v = next++;
  if (depth > 0)
    for (int i = 0; i < 2; ++i)
      n->kids.push_back(build(depth - 1, next));
  return n;
}

ASL_ASYNC asl::Task<int> sum(const Node &n) {
  int s = n.v + (n.v % 4 == 0 ? co_await later(n.v) * 0 : 0);
  for (const auto &k : n.kids)
    s += co_await sum(*k);
  co_return s;
}

ASL_ASYNC asl::Task<bool> is_odd(int n);
ASL_ASYNC asl::Task<bool> is_even(int n) {
  if (n == 0)
    co_return true;
  co_return co_await is_odd(n - 1);
}
ASL_ASYNC asl::Task<bool> is_odd(int n) {
  if (n == 0)
    co_return false;
  if (n % 7 == 0)
    co_await later(n);
  co_return co_await is_even(n - 1);
}

ASL_ASYNC asl::Task<int> dive(int n) {
  Tr t(n % 3 == 0 ? "d" + std::to_string(n) : "");
  if (n == 0) {
    co_await later(0);
    throw std::runtime_error("bottom");
  }
  co_return 1 + co_await dive(n - 1);
}

ASL_ASYNC asl::Task<long> deep(int n) {
  co_return n == 0 ? 0 : n + co_await deep(n - 1);
}

ASL_ASYNC asl::Task<int> app() {
  int next = 0;
  auto root = build(3, next);
  int s = co_await sum(*root);
  bool e = co_await is_even(20);
  bool o = co_await is_odd(15);
  long d = co_await deep(20000);
  std::printf("s=%d e=%d o=%d d=%ld\n", s, e, o, d);
  try {
    co_await dive(7);
  } catch (const std::exception &ex) {
    std::printf("caught %s\n", ex.what());
  }
  co_return s;
}

int main() { std::printf("r=%d\n", drive(app())); }
