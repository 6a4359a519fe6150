// e60: addresses of locals kept across an await in several ways: a
// pointer, a reference member of an aggregate, a lambda capturing by
// reference, a global set by a function taking a reference, a pointer
// returned through a function, an array of pointers.
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

#include <array>
#include <functional>
struct Ref {
  int &r;
};
struct Ptrs {
  int *a;
  int *b;
};
static int *g_ptr = nullptr;
void remember(int &x) { g_ptr = &x; }
int *ident(int *p) { return p; }
ASL_ASYNC asl::Task<int> app() {
  int x = 1, y = 2, z = 3, w = 4, u = 5, v = 6;
  int *p = &x;
  Ref rr{y};
  auto f = [&z] { return z; };
  remember(w);
  Ptrs ps{ident(&u), nullptr};
  std::array<int *, 1> arr{{&v}};
  co_await later(1);
  x = 10;
  y = 20;
  z = 30;
  w = 40;
  u = 50;
  v = 60;
  std::printf("%d %d %d %d %d %d\n", *p, rr.r, f(), *g_ptr, *ps.a, *arr[0]);
  *p = 11;
  rr.r = 21;
  *g_ptr = 41;
  *ps.a = 51;
  *arr[0] = 61;
  co_await later(2);
  std::printf("%d %d %d %d %d\n", x, y, w, u, v);
  co_return x + y + z + w + u + v;
}
int main() { std::printf("%d\n", drive(app())); }
