// c55: pointers and iterators into lifted containers and arrays kept across
// awaits, a pointer to a lifted local handed to another task, a reference
// member in a local struct.
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


struct View {
  std::vector<int> &v;
  int &total;
  void add(int x) {
    v.push_back(x);
    total += x;
  }
};

ASL_ASYNC asl::Task<void> fill(int *out, int n) {
  for (int i = 0; i < n; ++i)
    out[i] = co_await later(i) * 3;
}

ASL_ASYNC asl::Task<int> app() {
  int buf[4] = {0, 0, 0, 0};
  std::vector<int> v{5, 6, 7};
  auto it = v.begin() + 1;
  int *end = buf + 4;
  int total = 0;
  View view{v, total};
  co_await fill(buf, 4);
  int s = 0;
  for (int *p = buf; p != end; ++p)
    s += *p + co_await now(0);
  *it = co_await later(60);
  view.add(co_await later(8));
  view.add(1);
  std::printf("s=%d v=%d %d %d %d total=%d\n", s, v[0], v[1], v[2], v[3],
              total);
  std::string text = "hello";
  const char *c = text.c_str() + 1;
  co_await later(0);
  std::printf("c=%s\n", c);
  co_return s + total;
}

int main() { std::printf("r=%d\n", drive(app())); }
