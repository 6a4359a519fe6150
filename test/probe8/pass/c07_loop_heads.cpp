// c07: awaits in while/do/for heads: condition, init-statement, increment,
// a condition declaration in while, break/continue across them.
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


struct Source {
  std::vector<int> items{3, 1, 4, 1, 5, 0, 9};
  std::size_t at = 0;
};

ASL_ASYNC asl::Task<int> next(Source &s) {
  co_await later(100 + static_cast<int>(s.at));
  co_return s.at < s.items.size() ? s.items[s.at++] : 0;
}

ASL_ASYNC asl::Task<std::optional<int>> maybe(int i) {
  co_await later(i);
  co_return i < 3 ? std::optional<int>(i * i) : std::nullopt;
}

ASL_ASYNC asl::Task<int> app() {
  Source s;
  int sum = 0;
  while (int v = co_await next(s)) {
    if (v == 1)
      continue;
    sum += v;
  }
  std::printf("sum=%d\n", sum);
  int i = 0;
  while (auto m = co_await maybe(i++))
    std::printf("m=%d\n", *m);
  int n = 0;
  do {
    n += co_await now(n + 1);
    if (n > 20)
      break;
  } while (co_await later(n) < 10);
  std::printf("n=%d\n", n);
  for (int k = co_await later(1); k < co_await now(8);
       k += co_await later(3)) {
    Tr t("k" + std::to_string(k));
    if (k == 4)
      continue;
    sum += k;
  }
  for (std::string w = co_await word("a"); w.size() < 4;
       w += co_await word("b"))
    std::printf("w=%s\n", w.c_str());
  co_return sum;
}

int main() { std::printf("sum=%d\n", drive(app())); }
