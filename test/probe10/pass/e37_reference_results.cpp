// e37: tasks whose result is a reference (Task<Tr &>, Task<const
// std::string &>), the reference bound and used across further awaits,
// assigned through, and returned again from a chain of async getters.
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

class Registry {
public:
  ASL_ASYNC asl::Task<Tr &> slot(int i) {
    co_await later(i);
    if (i >= static_cast<int>(slots_.size()))
      throw std::out_of_range("slot " + std::to_string(i));
    co_return slots_[static_cast<std::size_t>(i)];
  }
  ASL_ASYNC asl::Task<const std::string &> name(int i) {
    Tr &t = co_await slot(i);
    co_return t.n;
  }
  std::vector<Tr> slots_;
};

ASL_ASYNC asl::Task<int> app() {
  Registry r;
  r.slots_.reserve(3);
  r.slots_.emplace_back("s0");
  r.slots_.emplace_back("s1");
  Tr &a = co_await r.slot(1);
  co_await later(5);
  a.n += "x";
  const std::string &n = co_await r.name(1);
  std::printf("name %s\n", n.c_str());
  (co_await r.slot(0)).n = "z" + std::to_string(co_await now(9));
  try {
    co_await r.slot(2);
  } catch (const std::out_of_range &e) {
    std::printf("caught %s\n", e.what());
  }
  std::printf("%s %s\n", r.slots_[0].n.c_str(), r.slots_[1].n.c_str());
  co_return static_cast<int>(n.size());
}

int main() { std::printf("result %d\n", drive(app())); }
