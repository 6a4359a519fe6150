// c53: structured bindings in range-for over a map with awaits in the
// body, writing through the bindings; bindings of an array and of a
// tuple of references; a binding declared in an if's init-statement.
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


ASL_ASYNC asl::Task<std::pair<int, std::string>> rec(int i) {
  co_await later(i);
  co_return std::make_pair(i, "r" + std::to_string(i));
}

ASL_ASYNC asl::Task<int> app() {
  std::map<std::string, int> stock{{"apple", 3}, {"fig", 0}, {"pear", 7}};
  for (auto &[name, qty] : stock) {
    int add = co_await later(static_cast<int>(name.size()));
    qty += add;
    std::printf("%s -> %d\n", name.c_str(), qty);
  }
  int arr[2] = {10, 20};
  auto &[x, y] = arr;
  x += co_await now(1);
  y = co_await later(2) + x;
  int p = 1, q = 2;
  auto [rp, rq] = std::tie(p, q);
  rp = co_await later(30);
  rq += co_await now(40);
  if (auto [id, label] = co_await rec(5); id > 3)
    std::printf("rec %d %s\n", id, label.c_str());
  int sum = 0;
  for (int i = 0; i < 3; ++i) {
    auto [id, label] = co_await rec(i);
    co_await later(id);
    sum += id + static_cast<int>(label.size());
  }
  std::printf("arr=%d %d p=%d q=%d sum=%d\n", arr[0], arr[1], p, q, sum);
  co_return stock["apple"] + sum;
}

int main() { std::printf("r=%d\n", drive(app())); }
