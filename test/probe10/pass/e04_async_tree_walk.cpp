// e04: an async recursive walk over a tree of unique_ptr children: sum,
// depth-first print, and a search that ends by exception; each frame
// holds a Tr so the unwinding order shows.
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

struct Node {
  int value;
  std::vector<std::unique_ptr<Node>> kids;
};

std::unique_ptr<Node> build(int v, int depth) {
  auto n = std::make_unique<Node>();
  n->value = v;
  if (depth > 0)
    for (int i = 1; i <= 2; ++i)
      n->kids.push_back(build(v * 10 + i, depth - 1));
  return n;
}

ASL_ASYNC asl::Task<int> sum(const Node &n) {
  int s = co_await later(n.value);
  for (const auto &k : n.kids)
    s += co_await sum(*k);
  co_return s;
}

struct Found {
  int v;
};

ASL_ASYNC asl::Task<void> find(const Node &n, int target, int depth) {
  Tr frame("f" + std::to_string(n.value));
  if (co_await now(n.value) == target)
    throw Found{depth};
  for (const auto &k : n.kids)
    co_await find(*k, target, depth + 1);
}

ASL_ASYNC asl::Task<int> app() {
  auto root = build(1, 2);
  int s = co_await sum(*root);
  std::printf("sum %d\n", s);
  try {
    co_await find(*root, 121, 0);
    std::printf("not found\n");
  } catch (Found f) {
    std::printf("found at depth %d\n", f.v);
  }
  try {
    co_await find(*root, 5, 0);
    std::printf("not found\n");
  } catch (Found f) {
    std::printf("found at depth %d\n", f.v);
  }
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
