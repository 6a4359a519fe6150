// h20: a stock ticker with observers: std::function<void(int)> callbacks
// that capture a coroutine's lifted locals by reference and are called
// between awaits, a callback list member, a coroutine lambda captured by
// a plain lambda stored in std::function, and unsubscribe by id.
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
#include <string>
#include <vector>

class Ticker {
public:
  int subscribe(std::function<void(const std::string &, int)> f) {
    subs_[next_] = std::move(f);
    return next_++;
  }
  void unsubscribe(int id) { subs_.erase(id); }
  ASL_ASYNC asl::Task<void> publish(std::string sym, int price) {
    co_await tick();
    for (auto &[id, f] : subs_)
      f(sym, price);
  }

private:
  std::map<int, std::function<void(const std::string &, int)>> subs_;
  int next_ = 0;
};

ASL_ASYNC asl::Task<int> watch(Ticker &t) {
  int high = 0;
  std::vector<std::string> alerts;
  std::string last;
  int id1 = t.subscribe([&high](const std::string &, int p) {
    if (p > high)
      high = p;
  });
  int id2 = t.subscribe([&alerts, &last](const std::string &s, int p) {
    last = s;
    if (p > 100)
      alerts.push_back(s + "@" + std::to_string(p));
  });
  co_await t.publish("ABC", 90);
  co_await t.publish("XYZ", 120);
  t.unsubscribe(id1);
  co_await t.publish("ABC", 200);
  int count = 0;
  auto async_count = [&count](int by) -> asl::Task<int> {
    co_await tick();
    count += by;
    co_return count;
  };
  std::vector<asl::Task<int>> pending;
  int id3 = t.subscribe([&async_count, &pending](const std::string &,
                                                  int p) {
    pending.push_back(async_count(p / 100));
  });
  co_await t.publish("DEF", 300);
  co_await t.publish("GHI", 50);
  t.unsubscribe(id2);
  t.unsubscribe(id3);
  int sum = 0;
  for (auto &p : pending)
    sum += co_await p;
  for (const auto &a : alerts)
    std::printf("  alert %s\n", a.c_str());
  std::printf("  high %d last %s count %d sum %d\n", high, last.c_str(),
              count, sum);
  co_return high;
}

int main() {
  Ticker t;
  auto w = watch(t);
  drain();
  std::printf("watch %d\n", asl::sync_wait(std::move(w)));
}
