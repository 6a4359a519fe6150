// h45: a message router: a visitor class whose operator() is an async
// member template (one per alternative), applied with co_await
// std::visit to a named visitor and to a temporary one; a generic
// non-coroutine lambda visitor returning tasks of a common type; a
// variant held across awaits and reassigned between them.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <string>
#include <variant>
#include <vector>

struct Ping {
  int seq;
};
struct Text {
  std::string body;
};
struct Bye {};
using Msg = std::variant<Ping, Text, Bye>;

static int size_of(const Ping &) { return 4; }
static int size_of(const Text &t) { return static_cast<int>(t.body.size()); }
static int size_of(const Bye &) { return 0; }

struct Router {
  std::string name;
  int routed = 0;
  template <class M> ASL_ASYNC asl::Task<int> operator()(const M &m) {
    co_await tick();
    ++routed;
    co_return size_of(m) + static_cast<int>(name.size());
  }
};

ASL_ASYNC asl::Task<std::string> describe(const Ping &p) {
  co_await tick();
  co_return "ping" + std::to_string(p.seq);
}
ASL_ASYNC asl::Task<std::string> describe(const Text &t) {
  co_return "text:" + t.body;
}
ASL_ASYNC asl::Task<std::string> describe(const Bye &) {
  co_await tick();
  co_return "bye";
}

ASL_ASYNC asl::Task<int> route(std::vector<Msg> msgs) {
  Router r{"main"};
  int total = 0;
  for (const Msg &m : msgs) {
    total += co_await std::visit(r, m);
    total += co_await std::visit(Router{"tmp"}, m);
    std::string d = co_await std::visit(
        [](const auto &x) { return describe(x); }, m);
    std::printf("  %s\n", d.c_str());
  }
  Msg cur = Ping{1};
  for (int i = 0; i < 3; ++i) {
    std::string d = co_await std::visit(
        [](const auto &x) { return describe(x); }, cur);
    std::printf("  cur %s\n", d.c_str());
    if (i == 0)
      cur = Text{"hello"};
    else
      cur = Bye{};
  }
  std::printf("  routed %d\n", r.routed);
  co_return total;
}

int main() {
  auto t = route({Ping{7}, Text{"hey"}, Bye{}});
  drain();
  std::printf("route %d\n", asl::sync_wait(std::move(t)));
}
