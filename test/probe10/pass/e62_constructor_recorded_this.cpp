// e62: trivially copyable locals whose constructors record this (a self
// pointer, a global registry), across an await of a trivially copyable
// awaiter of the program's own that parks the continuation.
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

#include <functional>
static std::function<void()> parked;
struct Park {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    parked = [h]() mutable { h.resume(); };
  }
  void await_resume() {}
};
struct SelfRef {
  SelfRef *me;
  int v = 7;
  SelfRef() : me(this) {}
  bool ok() const { return me == this; }
};
static const void *registry[4];
struct Registered {
  int id;
  explicit Registered(int i) : id(i) { registry[i] = this; }
};
ASL_ASYNC asl::Task<int> app() {
  SelfRef s;
  Registered r(1);
  co_await Park{};
  std::printf("self %d registered %d\n", s.ok() ? 1 : 0,
              registry[1] == &r ? 1 : 0);
  co_return s.me->v;
}
int main() {
  asl::Task<int> t = app();
  parked();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
