// e24: range-for over an awaited temporary vector of Tr (the hidden range
// lives to the end of the loop), over a member of an awaited struct, with
// break in the middle and awaits in the body; nested range-fors.
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

struct Batch {
  std::vector<Tr> items;
  int id;
};

ASL_ASYNC asl::Task<std::vector<Tr>> fetch(int n) {
  co_await later(n);
  std::vector<Tr> v;
  v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    v.emplace_back("f" + std::to_string(n) + std::to_string(i));
  co_return v;
}
ASL_ASYNC asl::Task<Batch> batch(int id) {
  co_return Batch{co_await fetch(2), id};
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (const Tr &t : co_await fetch(3)) {
    std::printf("item %s\n", t.n.c_str());
    s += co_await now(1);
    if (t.n == "f31")
      break;
  }
  std::printf("after first\n");
  for (const Tr &t : (co_await batch(7)).items) {
    for (const Tr &u : co_await fetch(2)) {
      s += co_await later(static_cast<int>(t.n.size() + u.n.size()));
      if (u.n == "f21")
        continue;
      std::printf("pair %s %s\n", t.n.c_str(), u.n.c_str());
    }
  }
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
