// e16: classes with default member initializers (Tr members, a vector,
// an int computed from another member) whose objects live across awaits;
// aggregates with some members given by awaits, others defaulted.
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

struct Conf {
  Tr name{"conf"};
  int retries = 3;
  int timeout = retries * 10;
  std::vector<int> ports{80, 443};
};

struct Req {
  int id;
  Tr tag{"req"};
  std::string path = "/";
  int prio = id + 1;
};

ASL_ASYNC asl::Task<int> app() {
  Conf c;
  c.retries = co_await later(5);
  std::printf("conf %s %d %d %zu\n", c.name.n.c_str(), c.retries,
              c.timeout, c.ports.size());
  Req r{co_await later(7)};
  std::printf("req %d %s %s %d\n", r.id, r.tag.n.c_str(), r.path.c_str(),
              r.prio);
  Req r2{co_await now(1), Tr("t2"), "/x" + std::to_string(co_await now(2))};
  std::printf("r2 %d %s %s %d\n", r2.id, r2.tag.n.c_str(), r2.path.c_str(),
              r2.prio);
  Conf c2{Tr("c2"), co_await later(2)};
  std::printf("c2 %d %d\n", c2.retries, c2.timeout);
  co_return r.prio + r2.prio + c2.timeout;
}

int main() { std::printf("result %d\n", drive(app())); }
