// d57: a Lazy-like memoized load: a const async member with a mutable cache
// and an event so concurrent callers share one load; awaited by three
// tasks before the load finishes.
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


class Config {
  mutable std::optional<std::string> cache_;
  mutable bool loading_ = false;
  mutable asl::Event ready_;
  mutable int loads_ = 0;

public:
  ASL_ASYNC asl::Task<std::string> get(int who) const {
    if (cache_)
      co_return *cache_ + "(hit" + std::to_string(who) + ")";
    if (loading_) {
      co_await ready_;
      co_return *cache_ + "(wait" + std::to_string(who) + ")";
    }
    loading_ = true;
    ++loads_;
    cache_ = co_await word("cfg");
    ready_.set();
    co_return *cache_ + "(load" + std::to_string(who) + ")";
  }
  int loads() const { return loads_; }
};

int main() {
  const Config c;
  asl::Task<std::string> a = c.get(1), b = c.get(2), d = c.get(3);
  pump();
  std::printf("%s %s %s\n", asl::sync_wait(std::move(a)).c_str(),
              asl::sync_wait(std::move(b)).c_str(),
              asl::sync_wait(std::move(d)).c_str());
  std::printf("%s loads=%d\n", drive(c.get(4)).c_str(), c.loads());
}
