// d06: bit-fields, a named union and an enum class kept across awaits, in
// conditions, compound assignments and a switch.
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


enum class Kind : unsigned char { Small, Big, Huge };
struct Header {
  unsigned ver : 3;
  unsigned flags : 5;
  Kind kind;
  union {
    int i;
    float f;
  } u;
};
union Cell {
  int num;
  char txt[8];
};

ASL_ASYNC asl::Task<int> app() {
  Header h{};
  h.ver = co_await later(5);
  h.flags |= co_await now(9);
  h.flags += h.ver > 4 ? co_await later(2) : 0;
  h.kind = static_cast<Kind>(co_await now(1));
  h.u.i = co_await later(77);
  Cell c;
  c.num = co_await now(65);
  std::printf("ver=%u flags=%u i=%d num=%d\n", h.ver, h.flags, h.u.i, c.num);
  switch (h.kind) {
  case Kind::Small:
    std::printf("small\n");
    break;
  case Kind::Big:
    h.ver -= co_await later(1);
    [[fallthrough]];
  case Kind::Huge:
    std::printf("big/huge ver=%u\n", h.ver);
  }
  std::snprintf(c.txt, sizeof c.txt, "x%d", co_await now(3));
  std::printf("txt=%s\n", c.txt);
  co_return h.ver + h.flags;
}

int main() { std::printf("%d\n", drive(app())); }
