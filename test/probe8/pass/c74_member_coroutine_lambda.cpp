// c74: inside an async member function: a coroutine lambda capturing `this`
// and a lifted local, called in a loop; a member task vector filled by such
// lambdas and awaited with when_all; an event member set by a sibling task.
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


class Crawler {
public:
  ASL_ASYNC asl::Task<int> crawl(std::vector<std::string> urls) {
    int fetched = 0;
    auto fetch = [this, &fetched](std::string u) -> asl::Task<int> {
      co_await later(static_cast<int>(u.size()));
      ++fetched;
      seen_.push_back(u);
      co_return static_cast<int>(u.size());
    };
    std::vector<asl::Task<int>> ts;
    for (auto &u : urls)
      ts.push_back(fetch(u));
    auto sizes = co_await asl::when_all(std::move(ts));
    int total = 0;
    for (int s : sizes)
      total += s;
    auto announce = [this]() -> asl::Task<void> {
      co_await later(99);
      done_.set();
    };
    auto a = announce();
    co_await done_;
    co_await a;
    std::printf("fetched=%d seen=%zu\n", fetched, seen_.size());
    co_return total;
  }
  const std::vector<std::string> &seen() const { return seen_; }

private:
  std::vector<std::string> seen_;
  asl::Event done_;
};

int main() {
  Crawler c;
  int t = drive(c.crawl({"a.com", "bb.org", "c.io"}));
  std::printf("t=%d\n", t);
  for (auto &s : c.seen())
    std::printf("%s\n", s.c_str());
}
