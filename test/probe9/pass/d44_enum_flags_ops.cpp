// d44: enum class bit flags with overloaded operators applied to awaited
// results, in conditions with && and a ternary.
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


enum class Perm : unsigned { None = 0, R = 1, W = 2, X = 4 };
constexpr Perm operator|(Perm a, Perm b) {
  return static_cast<Perm>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr bool operator&(Perm a, Perm b) {
  return (static_cast<unsigned>(a) & static_cast<unsigned>(b)) != 0;
}
ASL_ASYNC asl::Task<Perm> perm_of(int user) {
  co_await later(user);
  co_return user == 0 ? Perm::R | Perm::W | Perm::X
                      : (user == 1 ? Perm::R : Perm::None);
}

ASL_ASYNC asl::Task<int> app() {
  int score = 0;
  for (int u = 0; u < 3; ++u) {
    Perm p = co_await perm_of(u) | (u == 2 ? co_await perm_of(1) : Perm::None);
    if (p & Perm::R && (co_await perm_of(u) & Perm::W))
      score += 10;
    score += p & Perm::X ? 100 : static_cast<int>(p);
    std::printf("u=%d p=%u\n", u, static_cast<unsigned>(p));
  }
  co_return score;
}

int main() { std::printf("%d\n", drive(app())); }
