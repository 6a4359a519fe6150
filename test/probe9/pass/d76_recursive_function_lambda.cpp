// d76: a recursive coroutine lambda through std::function (Fibonacci and a
// tree depth), captured by reference, called from an async function.
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
  int v;
  std::vector<Node> kids;
};

ASL_ASYNC asl::Task<int> app() {
  std::function<asl::Task<int>(int)> fib = [&fib](int n) -> asl::Task<int> {
    if (n < 2)
      co_return co_await now(n);
    co_return co_await fib(n - 1) + co_await fib(n - 2);
  };
  std::function<asl::Task<int>(const Node &)> depth =
      [&depth](const Node &n) -> asl::Task<int> {
    int d = 0;
    for (const Node &k : n.kids) {
      int kd = co_await depth(k);
      d = kd > d ? kd : d;
    }
    co_await later(n.v);
    co_return d + 1;
  };
  Node tree{1, {{2, {}}, {3, {{4, {}}, {5, {{6, {}}}}}}}};
  int f = co_await fib(10);
  int dd = co_await depth(tree);
  std::printf("fib=%d depth=%d\n", f, dd);
  co_return f + dd;
}

int main() { std::printf("%d\n", drive(app())); }
