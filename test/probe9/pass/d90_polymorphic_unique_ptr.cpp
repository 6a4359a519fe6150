// d90: a factory coroutine returning unique_ptr<Base> to a derived class
// with a virtual destructor; held across awaits, replaced, released; a
// vector of them awaited in turn via virtual async members.
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


struct Plugin {
  virtual ~Plugin() { std::printf("~Plugin\n"); }
  ASL_ASYNC virtual asl::Task<int> run(int v) = 0;
};
struct Echo : Plugin {
  Tr t{"echo"};
  ASL_ASYNC asl::Task<int> run(int v) override { co_return co_await now(v); }
};
struct Slow : Plugin {
  Tr t{"slow"};
  ~Slow() override { std::printf("~Slow\n"); }
  ASL_ASYNC asl::Task<int> run(int v) override {
    co_return co_await later(v) * 2;
  }
};
ASL_ASYNC asl::Task<std::unique_ptr<Plugin>> make(int kind) {
  co_await later(kind);
  if (kind)
    co_return std::make_unique<Slow>();
  co_return std::make_unique<Echo>();
}

ASL_ASYNC asl::Task<int> app() {
  std::unique_ptr<Plugin> p = co_await make(0);
  int r = co_await p->run(3);
  p = co_await make(1);
  r += co_await p->run(co_await now(4));
  std::vector<std::unique_ptr<Plugin>> all;
  all.push_back(std::move(p));
  all.push_back(co_await make(0));
  for (auto &q : all)
    r += co_await q->run(1);
  co_return r;
}

int main() { std::printf("%d\n", drive(app())); }
