// d42: Task<void> children through when_all, one throwing a custom type
// after a resumption; the await of when_all rethrows it; the others ran.
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


struct Boom {
  int id;
};
ASL_ASYNC asl::Task<void> step(int id, std::vector<int> &done) {
  Tr t("step" + std::to_string(id));
  co_await later(id);
  if (id == 2)
    throw Boom{id};
  done.push_back(id);
}

ASL_ASYNC asl::Task<int> app() {
  std::vector<int> done;
  try {
    asl::Task<void> s1 = step(1, done);
    asl::Task<void> s2 = step(2, done);
    co_await asl::when_all(std::move(s1), std::move(s2));
  } catch (const Boom &b) {
    std::printf("boom %d\n", b.id);
  }
  std::vector<asl::Task<void>> ts;
  for (int i = 3; i < 6; ++i)
    ts.push_back(step(i, done));
  co_await asl::when_all(std::move(ts));
  int s = 0;
  for (int d : done)
    s = s * 10 + d;
  co_return s;
}

int main() { std::printf("%d\n", drive(app())); }
