// c35: an exception from an await in an argument list after earlier
// arguments (temporaries) were made; from an aggregate initializer partly
// built; from a constructor argument: what was built dies, nothing else.
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


struct Two {
  Tr a;
  Tr b;
};

ASL_ASYNC asl::Task<int> fail(const char *why) {
  co_await later(0);
  throw std::runtime_error(why);
}

static int take(const Tr &a, int v, const Tr &b) {
  std::printf("take %s %s\n", a.n.c_str(), b.n.c_str());
  return v;
}

ASL_ASYNC asl::Task<int> app() {
  int caught = 0;
  try {
    take(Tr("arg1"), co_await fail("in args"), Tr("arg3"));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
    ++caught;
  }
  try {
    Two t{Tr("first"), Tr(co_await fail("in aggregate") ? "x" : "y")};
    std::printf("not here %s\n", t.a.n.c_str());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
    ++caught;
  }
  try {
    std::vector<Tr> v;
    v.push_back(Tr("kept"));
    v.push_back(Tr(std::to_string(co_await fail("in push"))));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
    ++caught;
  }
  try {
    std::string s = std::string("abc") + std::to_string(co_await later(1)) +
                    std::to_string(co_await fail("in concat"));
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
    ++caught;
  }
  co_return caught;
}

int main() { std::printf("c=%d\n", drive(app())); }
