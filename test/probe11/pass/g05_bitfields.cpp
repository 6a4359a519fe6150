// g05: bit-fields assigned, compound-assigned, incremented from awaits,
// in a lifted struct and through a reference; truncation and sign.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

struct Flags {
  unsigned a : 3;
  signed b : 4;
  unsigned c : 1;
  unsigned long long big : 40;
};
struct Packet {
  Flags f;
  Tr owner{"pkt"};
};
ASL_ASYNC asl::Task<int> run(Flags &ext) {
  Packet p{};
  p.f.a = co_await later(13);      // 13 & 7 = 5
  p.f.b = co_await later(-3);
  p.f.c = co_await flag("c", true);
  p.f.big = static_cast<unsigned long long>(co_await later(7)) << 36;
  std::printf("%u %d %u %llu\n", p.f.a, p.f.b, p.f.c,
              static_cast<unsigned long long>(p.f.big));
  p.f.a += co_await later(4);      // 5 + 4 = 9 -> 1
  p.f.b -= co_await later(6);      // -9 -> 7 in 4 bits (impl-defined, same)
  ext.a = p.f.a + co_await later(1);
  ext.b = co_await later(2) + p.f.b;
  ++p.f.a;
  int old = p.f.b++;
  std::printf("%u %d %u %d old %d\n", p.f.a, p.f.b, ext.a, ext.b, old);
  unsigned x = (p.f.c = co_await flag("c2", false)) + (ext.c = 1);
  co_return static_cast<int>(p.f.a + p.f.b + x + ext.a);
}
int main() {
  Flags f{};
  std::printf("%d\n", drive(run(f)));
  std::printf("%u %d %u\n", f.a, f.b, f.c);
}
