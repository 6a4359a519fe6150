// h42: a plugin loader: async factories returning
// Task<std::function<asl::Task<int>(int)>> (a coroutine lambda built
// after awaits, capturing loaded state by copy and a shared_ptr), a
// Task<std::unique_ptr<Plugin>> with a virtual async member, handlers
// awaited in a loop, and a loader that fails.
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
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using Fn = std::function<asl::Task<int>(int)>;

struct Plugin {
  virtual ~Plugin() = default;
  virtual ASL_ASYNC asl::Task<int> run(int x) = 0;
};

struct Doubler : Plugin {
  ASL_ASYNC asl::Task<int> run(int x) override {
    co_await tick();
    co_return x * 2;
  }
};

ASL_ASYNC asl::Task<Fn> load_fn(std::string name) {
  co_await tick();
  if (name == "missing")
    throw std::runtime_error("no plugin " + name);
  int weight = static_cast<int>(name.size());
  auto state = std::make_shared<std::map<int, int>>();
  co_await tick();
  co_return [weight, state, name](int x) -> asl::Task<int> {
    co_await tick();
    int &slot = (*state)[x];
    slot += weight;
    co_return slot * 10 + static_cast<int>(name[0] - 'a');
  };
}

ASL_ASYNC asl::Task<std::unique_ptr<Plugin>> load_obj() {
  co_await tick();
  co_return std::make_unique<Doubler>();
}

ASL_ASYNC asl::Task<int> host() {
  std::vector<Fn> fns;
  for (const char *n : {"alpha", "missing", "be"}) {
    try {
      fns.push_back(co_await load_fn(n));
    } catch (const std::exception &e) {
      std::printf("  %s\n", e.what());
    }
  }
  int total = 0;
  for (int round = 0; round < 2; ++round)
    for (auto &f : fns) {
      int r = co_await f(round);
      std::printf("  round %d -> %d\n", round, r);
      total += r;
    }
  int again = co_await fns[0](0);
  auto obj = co_await load_obj();
  total += co_await obj->run(again);
  co_return total;
}

int main() {
  auto t = host();
  drain();
  std::printf("host %d\n", asl::sync_wait(std::move(t)));
}
