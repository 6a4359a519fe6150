// e42: async recursion with a memo table (std::map member), an exception
// thrown from depth for a negative input and caught at the top, and a
// depth counter kept in a member across awaits.
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

class Fib {
public:
  ASL_ASYNC asl::Task<long> get(int n) {
    if (n < 0)
      throw std::invalid_argument("negative " + std::to_string(n));
    if (auto it = memo_.find(n); it != memo_.end())
      co_return it->second;
    ++depth_;
    max_depth_ = depth_ > max_depth_ ? depth_ : max_depth_;
    long v = n < 2 ? co_await now(n)
                   : co_await get(n - 1) + co_await get(n - 2);
    --depth_;
    memo_[n] = v;
    co_return v;
  }
  ASL_ASYNC asl::Task<long> bad(int n) {
    Tr frame("bad" + std::to_string(n));
    co_await later(n);
    co_return co_await get(n > 0 ? n - 3 : n) + co_await bad(n - 3);
  }
  int max_depth_ = 0;

private:
  std::map<int, long> memo_;
  int depth_ = 0;
};

ASL_ASYNC asl::Task<long> app() {
  Fib f;
  long a = co_await f.get(40);
  std::printf("fib40 %ld depth %d\n", a, f.max_depth_);
  try {
    co_await f.bad(4);
  } catch (const std::invalid_argument &e) {
    std::printf("caught %s\n", e.what());
  }
  co_return a % 1000;
}

int main() { std::printf("result %ld\n", drive(app())); }
