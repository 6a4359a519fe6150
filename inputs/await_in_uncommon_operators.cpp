// Checks awaits in operators the other inputs do not use: a conditional
// lvalue as an assignment target (`(k ? a : b) = co_await v`) and as a
// compound-assignment target with an awaited condition, `delete` of an
// awaited pointer, casts to void, `co_return co_await` of a void task, an
// array new with an awaited size and an awaited element, and a throw of an
// awaited exception object caught by type.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <stdexcept>
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
ASL_ASYNC asl::Task<T *> heapT(const char *n) {
  co_await Yield{0};
  co_return new T(n);
}
ASL_ASYNC asl::Task<std::runtime_error> makeErr(const char *m) {
  co_await Yield{0};
  co_return std::runtime_error(m);
}
ASL_ASYNC asl::Task<void> vtask() {
  co_await Yield{0};
  std::printf("  vtask\n");
}
ASL_ASYNC asl::Task<void> passthrough() { co_return co_await vtask(); }

ASL_ASYNC asl::Task<int> body(int k) {
  int a = 1, b = 2;
  (k ? a : b) = co_await val(10);
  std::printf("  a=%d b=%d\n", a, b);
  (co_await val(k) ? a : b) += 5;
  std::printf("  a=%d b=%d\n", a, b);
  delete co_await heapT("deleted");
  static_cast<void>(co_await val(3));
  (void)co_await val(4);
  co_await passthrough();
  int *arr = new int[co_await val(3)]{co_await val(7), 8};
  std::printf("  arr=%d %d %d\n", arr[0], arr[1], arr[2]);
  delete[] arr;
  try {
    if (k)
      throw co_await makeErr("thrown-awaited");
    throw std::logic_error("plain");
  } catch (const std::runtime_error &e) {
    std::printf("  caught runtime %s\n", e.what());
  } catch (const std::logic_error &e) {
    std::printf("  caught logic %s\n", e.what());
  }
  int c = sizeof(int) + alignof(T) * 0 + co_await val(1);
  bool neg = !co_await val(0);
  int tern = co_await val(k) ? k : 42;
  std::printf("  c=%d neg=%d tern=%d\n", c, (int)neg, tern);
  co_return a + b;
}

int main() {
  for (int k = 0; k < 2; ++k) {
    auto t = body(k);
    drain();
    std::printf("result=%d\n", asl::sync_wait(std::move(t)));
  }
}
