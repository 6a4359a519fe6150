// c06: awaits in if/switch conditions and init-statements, condition
// declarations, an else-if chain awaiting in each condition.
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


enum class Kind { Small, Big, Huge };

ASL_ASYNC asl::Task<Kind> classify(int v) {
  co_await later(v);
  co_return v < 10 ? Kind::Small : v < 100 ? Kind::Big : Kind::Huge;
}

ASL_ASYNC asl::Task<std::optional<std::string>> lookup(int k) {
  co_await later(k);
  if (k % 2)
    co_return std::nullopt;
  co_return "v" + std::to_string(k);
}

ASL_ASYNC asl::Task<int> app() {
  int total = 0;
  for (int v : {5, 50, 500}) {
    if (auto r = co_await later(v); r > 40) {
      Tr t("big" + std::to_string(r));
      total += co_await now(r);
    } else if (Tr t("small"); co_await flag("odd", v % 2)) {
      std::printf("odd %s\n", t.n.c_str());
      total += 1;
    }
    switch (Tr guard("sw"); co_await classify(v)) {
    case Kind::Small:
      std::printf("small\n");
      break;
    case Kind::Big: {
      Tr inner("inner");
      total += co_await later(2);
      [[fallthrough]];
    }
    case Kind::Huge:
      std::printf("big or huge\n");
      break;
    }
  }
  for (int k = 1; k <= 4; ++k) {
    if (auto s = co_await lookup(k))
      std::printf("found %s\n", s->c_str());
    else if (auto t = co_await lookup(k + 1); t && t->size() == 2)
      std::printf("next %s\n", t->c_str());
    else
      std::printf("none %d\n", k);
  }
  switch (int x = co_await later(3); x + co_await now(1)) {
  case 4:
    total += 4;
    break;
  default:
    total = -1;
  }
  co_return total;
}

int main() { std::printf("total=%d\n", drive(app())); }
