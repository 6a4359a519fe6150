// c72: arrays of objects with destructors as lifted locals: built from
// awaits (an exception in the middle destroys the built elements only),
// destroyed in reverse order at scope exit; an optional<Tr> emplaced and
// reset across awaits.
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


ASL_ASYNC asl::Task<std::string> name(const char *n, bool fail) {
  co_await later(0);
  if (fail)
    throw std::runtime_error(std::string("no ") + n);
  co_return n;
}

ASL_ASYNC asl::Task<int> app() {
  {
    Tr arr[3] = {Tr("a0"), Tr(co_await name("a1", false)), Tr("a2")};
    co_await later(1);
    std::printf("arr %s %s %s\n", arr[0].n.c_str(), arr[1].n.c_str(),
                arr[2].n.c_str());
  }
  std::printf("scope 1 left\n");
  try {
    Tr brr[3] = {Tr("b0"), Tr(co_await name("b1", true)), Tr("b2")};
    std::printf("not here %s\n", brr[0].n.c_str());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  std::optional<Tr> opt;
  co_await later(2);
  opt.emplace(co_await name("opt", false));
  co_await later(3);
  opt.reset();
  std::printf("reset\n");
  opt.emplace("again");
  std::vector<Tr> v;
  v.reserve(4);
  for (int i = 0; i < 3; ++i)
    v.emplace_back(co_await name(i == 0 ? "v0" : i == 1 ? "v1" : "v2",
                                 false));
  co_await later(4);
  co_return static_cast<int>(v.size());
}

int main() { std::printf("r=%d\n", drive(app())); }
