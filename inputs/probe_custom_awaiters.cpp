// User awaiters: bool await_suspend returning true/false, handle-returning
// (symmetric transfer to the same or to a different continuation), void
// await_suspend that stores the handle, throwing await_suspend, throwing
// await_resume, awaiter with non-trivial destructor (destroyed when?),
// awaiter returned by reference from get_awaiter, awaiter result by reference.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

static std::vector<std::function<void()>> queue;

struct Logged {
  const char *name;
  int value;
  Logged(const char *n, int v) : name(n), value(v) { std::printf("  awaiter %s made\n", name); }
  Logged(const Logged &o) : name(o.name), value(o.value) { std::printf("  awaiter %s copied\n", name); }
  ~Logged() { std::printf("  awaiter %s gone\n", name); }
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    std::printf("  %s suspend\n", name);
    if (value % 2)
      return false;
    queue.push_back([h] { h.resume(); });
    return true;
  }
  int await_resume() {
    std::printf("  %s resume\n", name);
    if (value < 0)
      throw std::runtime_error(std::string("resume failed ") + name);
    return value;
  }
};

struct Thrower {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H) { throw std::logic_error("suspend threw"); }
  int await_resume() { return 0; }
};

struct Ready {
  int v;
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) { std::puts("  never"); }
  int await_resume() { return v; }
};

struct Holder {
  int store = 41;
  bool await_ready() { return true; }
  template <class H> void await_suspend(H) {}
  int &await_resume() { return store; }
};

struct Tracer {
  const char *n;
  explicit Tracer(const char *s) : n(s) { std::printf("  +%s\n", n); }
  ~Tracer() { std::printf("  -%s\n", n); }
};

ASL_ASYNC asl::Task<int> body() {
  Tracer t("frame");
  int a = co_await Logged("even", 2);
  int b = co_await Logged("odd", 3);
  std::printf("  a=%d b=%d\n", a, b);
  try {
    Tracer in("try1");
    co_await Thrower{};
    std::puts("  not here");
  } catch (const std::logic_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  try {
    Tracer in("try2");
    int c = co_await Logged("neg", -2);
    std::printf("  not here %d\n", c);
  } catch (const std::exception &e) {
    std::printf("  caught %s\n", e.what());
  }
  Holder h;
  int &ref = co_await h;
  ref += 1;
  co_await Logged("between", 4);
  std::printf("  holder %d ready %d\n", h.store, co_await Ready{5});
  co_return a + b + ref;
}

int main() {
  asl::Task<int> t = body();
  while (!queue.empty()) {
    auto f = std::move(queue.front());
    queue.erase(queue.begin());
    std::puts("main: resume");
    f();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
