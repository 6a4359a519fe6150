// c75: declarations with several declarators each awaiting (the second
// reading the first), for-init with two awaited variables, decltype(auto)
// and auto&& bound to an awaited reference, structured bindings in switch
// and if init-statements.
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


static int slots[3] = {0, 0, 0};

ASL_ASYNC asl::Task<int &> slot(int i) {
  co_await later(i);
  co_return slots[i];
}

ASL_ASYNC asl::Task<std::pair<int, int>> pr(int a, int b) {
  co_await later(a);
  co_return std::make_pair(a, b);
}

ASL_ASYNC asl::Task<int> app() {
  int a = co_await later(1), b = a + co_await now(2), c = b * 2;
  std::printf("a=%d b=%d c=%d\n", a, b, c);
  int sum = 0;
  for (int i = co_await later(0), n = co_await now(3); i < n; ++i)
    sum += i;
  decltype(auto) r = co_await slot(1);
  r = 11;
  auto &&rr = co_await slot(2);
  rr = co_await later(22);
  auto copy = co_await slot(0);
  copy = 99;
  std::printf("slots=%d %d %d copy=%d\n", slots[0], slots[1], slots[2],
              copy);
  switch (auto [x, y] = co_await pr(3, 4); x + y) {
  case 7:
    std::printf("seven %d %d\n", x, y);
    break;
  default:
    std::printf("other\n");
  }
  if (auto [x, y] = co_await pr(5, 1); x > y && co_await flag("gt", true))
    sum += x - y;
  const int k = co_await later(6), *pk = &k;
  co_await later(0);
  co_return sum + c + *pk;
}

int main() { std::printf("r=%d\n", drive(app())); }
