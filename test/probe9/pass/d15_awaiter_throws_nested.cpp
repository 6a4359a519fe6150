// d15: awaiters throwing from await_suspend and await_resume with custom
// exception types, caught by the right handler of nested tries, rethrown
// to an outer one; lifted objects in each try die in order.
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


struct NetError {
  int code;
};
struct Timeout : NetError {};
struct ThrowsSuspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) { throw Timeout{{408}}; }
  int await_resume() { return 0; }
};
struct ThrowsResume {
  int code;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() { throw NetError{code}; }
};

ASL_ASYNC asl::Task<int> app() {
  int seen = 0;
  try {
    Tr a("a");
    try {
      Tr b("b");
      co_await later(1);
      seen += co_await ThrowsSuspend{};
    } catch (const Timeout &t) {
      std::printf("inner timeout %d\n", t.code);
      Tr c("c");
      seen += 2;
      throw;
    } catch (const NetError &) {
      std::printf("wrong\n");
    }
  } catch (const NetError &e) {
    std::printf("outer %d\n", e.code);
    seen += 10;
  }
  seen += co_await later(2);
  for (int i = 0; i < 3; ++i) {
    try {
      Tr d("d" + std::to_string(i));
      seen += i == 1 ? co_await ThrowsResume{500 + i} : co_await now(i);
    } catch (NetError e) {
      std::printf("loop %d\n", e.code);
      continue;
    }
    std::printf("ok %d\n", i);
  }
  co_return seen;
}

int main() { std::printf("%d\n", drive(app())); }
