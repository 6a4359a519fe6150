// e29: a lifted local whose destructor is noexcept(false) and throws at
// the end of its scope after awaits (no other exception in flight); the
// exception is caught by a handler of the async function and by the
// caller; other lifted locals die in order.
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

struct Closer {
  std::string n;
  bool fail;
  Closer(std::string s, bool f) : n(std::move(s)), fail(f) {
    std::printf("open %s\n", n.c_str());
  }
  Closer(const Closer &) = delete;
  ~Closer() noexcept(false) {
    std::printf("close %s\n", n.c_str());
    if (fail)
      throw std::runtime_error("close failed: " + n);
  }
};

ASL_ASYNC asl::Task<int> work(bool fail) {
  int r = 0;
  try {
    Tr a("a");
    Closer c("file", fail);
    Tr b("b");
    r = co_await later(fail ? 1 : 2);
    std::printf("worked %d\n", r);
  } catch (const std::runtime_error &e) {
    std::printf("caught %s\n", e.what());
    r = -1;
  }
  Closer c2("log", fail && r == -1);
  co_await later(3);
  co_return r;
}

ASL_ASYNC asl::Task<int> app() {
  int s = co_await work(false);
  try {
    s += co_await work(true);
  } catch (const std::exception &e) {
    std::printf("app caught %s\n", e.what());
  }
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
