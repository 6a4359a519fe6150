// g32: C#-style calls on temporaries of small value types (trivially
// copyable structs), each in its own async function: await new
// Worker(n).RunAsync(), an operation object whose awaiter points back at
// it, a pointer into a temporary buffer passed before an await in a
// later argument, a fluent call chain on a temporary returning *this by
// reference before an await.
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

struct Worker {
  int n;
  ASL_ASYNC asl::Task<int> work() {
    co_await later(n);
    co_return n * 10;
  }
};
struct Ticket {
  int id;
  struct Awaiter {
    const Ticket *t;
    bool await_ready() const noexcept { return false; }
    template <class H> void await_suspend(H h) {
      resumers.push_back([h] { h.resume(); });
    }
    int await_resume() const noexcept { return t->id; }
  };
  Awaiter wait() const { return Awaiter{this}; }
};
struct Buf {
  int data[4];
  const int *begin() const { return data; }
};
struct Acc {
  int total = 0;
  Acc &add(int v) {
    total += v;
    return *this;
  }
};
static int sum4(const int *p, int extra) {
  return p[0] + p[1] + p[2] + p[3] + extra;
}
static int get(const Acc &a, int x) { return a.total * 100 + x; }
ASL_ASYNC asl::Task<int> viaWorker() {
  int a = co_await Worker{3}.work();
  std::printf("worker %d\n", a);
  co_return a;
}
ASL_ASYNC asl::Task<int> viaTicket() {
  int b = co_await Ticket{42}.wait();
  std::printf("ticket %d\n", b);
  co_return b;
}
ASL_ASYNC asl::Task<int> viaBuf() {
  int c = sum4(Buf{{1, 2, 3, 4}}.begin(), co_await later(5));
  std::printf("buf %d\n", c);
  co_return c;
}
ASL_ASYNC asl::Task<int> viaAcc() {
  int d = get(Acc{}.add(2).add(3), co_await later(6));
  std::printf("acc %d\n", d);
  co_return d;
}
int main() {
  asl::Task<int> t1 = viaWorker();
  asl::Task<int> t2 = viaTicket();
  asl::Task<int> t3 = viaBuf();
  asl::Task<int> t4 = viaAcc();
  volatile char junk[2048];
  for (auto &ch : junk)
    ch = 1;
  pump();
  int s = asl::sync_wait(std::move(t1)) + asl::sync_wait(std::move(t2));
  s += asl::sync_wait(std::move(t3)) + asl::sync_wait(std::move(t4));
  std::printf("%d\n", s);
}
