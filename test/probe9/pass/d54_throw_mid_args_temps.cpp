// d54: an exception thrown by an await in the middle of a call's
// arguments, after temporaries and a spilled by-reference argument were
// built; exactly those die, once; then the same with a constructor call.
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


ASL_ASYNC asl::Task<int> fails(int v) {
  co_await later(v);
  if (v > 1)
    throw std::runtime_error("fail" + std::to_string(v));
  co_return v;
}
static int f3(const Tr &a, const std::string &b, int c) {
  return static_cast<int>(a.n.size() + b.size()) + c;
}
struct Pair {
  Tr a;
  Tr b;
  Pair(const Tr &x, Tr y) : a(x), b(std::move(y)) {}
};

ASL_ASYNC asl::Task<int> app() {
  int r = 0;
  for (int k = 1; k <= 2; ++k) {
    try {
      r += f3(Tr("ta" + std::to_string(k)), Tr("tb").n + "x",
              co_await fails(k));
      Pair p(Tr("pa"), Tr("pb" + std::to_string(co_await fails(k + 1))));
      r += static_cast<int>(p.b.n.size());
    } catch (const std::exception &e) {
      std::printf("caught %s\n", e.what());
    }
  }
  co_return r;
}

int main() { std::printf("%d\n", drive(app())); }
