// e36: std::optional<Tr> and std::unique_ptr<Tr> across awaits: emplace,
// reset, move into and out of tasks, Task<std::unique_ptr<Tr>> results,
// value_or with an awaited fallback.
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

ASL_ASYNC asl::Task<std::unique_ptr<Tr>> make(std::string n) {
  co_await later(static_cast<int>(n.size()));
  co_return std::make_unique<Tr>(n);
}
ASL_ASYNC asl::Task<std::unique_ptr<Tr>> rename(std::unique_ptr<Tr> p) {
  Tr guard("guard");
  co_await later(1);
  p->n += "*";
  co_return p;
}
ASL_ASYNC asl::Task<std::optional<int>> maybe(int k) {
  co_await now(k);
  if (k % 2)
    co_return std::nullopt;
  co_return k * 10;
}

ASL_ASYNC asl::Task<int> app() {
  std::optional<Tr> o;
  o.emplace("opt1");
  co_await later(2);
  o.reset();
  o.emplace("opt2" + std::to_string(co_await later(3)));
  auto p = co_await make("uniq");
  p = co_await rename(std::move(p));
  std::printf("p %s\n", p->n.c_str());
  std::unique_ptr<Tr> q = co_await rename(co_await make("q"));
  int s = 0;
  for (int k = 0; k < 4; ++k)
    s += (co_await maybe(k)).value_or(co_await now(-1));
  std::optional<Tr> o2 = std::move(o);
  co_await later(4);
  std::printf("end %s %s %d\n", o2->n.c_str(), q->n.c_str(), s);
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
