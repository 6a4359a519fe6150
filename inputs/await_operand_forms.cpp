// Checks the forms an await's operand can take: an await in only one arm of
// a void conditional and of a comma inside one, an awaited conditional that
// picks one of two started tasks, `co_await co_await` on a task of a task,
// the awaited result used as a placement address, and lvalue awaiters named
// directly and through a reference.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <new>
#include <string>
#include <utility>

// Resumptions main runs in order; a Yield suspends onto the queue.
static std::deque<std::function<void()>> g_queue;
struct Yield {
  int id;
  bool await_ready() const {
    std::printf("    ready?%d\n", id);
    return false;
  }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h] { h.resume(); });
  }
  int await_resume() const {
    std::printf("    resume%d\n", id);
    return id;
  }
};
inline void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// A traced object: prints its construction, copies, moves and destruction.
struct T {
  std::string n;
  T(std::string s) : n(std::move(s)) { std::printf("    +%s\n", n.c_str()); }
  T(const T &o) : n(o.n + "'") { std::printf("    +%s(copy)\n", n.c_str()); }
  T(T &&o) noexcept : n(o.n + "~") {
    std::printf("    +%s(move)\n", n.c_str());
  }
  ~T() { std::printf("    -%s\n", n.c_str()); }
  int len() const { return (int)n.size(); }
};

ASL_ASYNC asl::Task<int> val(int v) {
  co_await Yield{v};
  co_return v;
}
ASL_ASYNC asl::Task<void> vtask(int v) {
  co_await Yield{v};
  std::printf("  vtask %d\n", v);
}
ASL_ASYNC asl::Task<asl::Task<int>> nested(int v) {
  co_await Yield{v};
  co_return val(v + 1);
}
ASL_ASYNC asl::Task<void *> place(void *p) {
  co_await Yield{77};
  co_return p;
}

ASL_ASYNC asl::Task<int> body(int k) {
  k ? co_await vtask(1) : (void)0;
  (void)(k ? (co_await vtask(2), 0) : 0);
  int a = co_await (k ? val(10) : val(20));
  int b = co_await co_await nested(30);
  alignas(T) unsigned char buf[sizeof(T)];
  void *where = co_await place(buf);
  T *p = new (where) T("placed");
  co_await Yield{5};
  std::printf("  a=%d b=%d p=%s\n", a, b, p->n.c_str());
  p->~T();
  Yield y{8};
  int c = co_await y; // lvalue awaiter
  Yield cy{9};
  Yield &ry = cy;
  int d = co_await ry;
  co_return a + b + c + d;
}

int main() {
  for (int k = 0; k < 2; ++k) {
    auto t = body(k);
    drain();
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
