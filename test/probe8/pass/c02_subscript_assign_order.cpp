// c02: C++17 order: in `E1 = E2` and `E1 op= E2` the right side first; in
// `E1[E2]` the left first; awaits on both sides.
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


struct Table {
  std::map<std::string, int> m;
  int &operator[](const std::string &k) {
    std::printf("index %s\n", k.c_str());
    return m[k];
  }
};

ASL_ASYNC asl::Task<std::vector<int> *> vec(std::vector<int> &v) {
  std::printf("vec\n");
  co_await later(0);
  co_return &v;
}

ASL_ASYNC asl::Task<int> app() {
  std::vector<int> v(6, 0);
  int arr[4] = {0, 0, 0, 0};
  arr[co_await later(1)] = co_await later(2);
  arr[co_await now(2)] += co_await later(3);
  (*co_await vec(v))[co_await later(4)] = 7;
  (*co_await vec(v))[co_await now(5)] -= co_await later(1);
  Table t;
  t[co_await word("k")] = co_await later(9);
  t[co_await word("k")] *= co_await now(3);
  int i = 0;
  arr[i++] = co_await later(i + 40);
  std::printf("i=%d\n", i);
  int *p = arr;
  p[co_await now(3)] = p[co_await later(1)] + co_await later(100);
  for (int x : arr)
    std::printf("arr %d\n", x);
  for (int x : v)
    std::printf("v %d\n", x);
  co_return t.m["k"];
}

int main() { std::printf("k=%d\n", drive(app())); }
