#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
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
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

// An event bus whose handlers are coroutine lambdas stored in
// std::function<asl::Task<int>(const Event&)>: handlers capture state by
// reference and by init-capture, one re-publishes (async recursion via the
// bus), one throws after an await, and a recursive std::function handler
// awaits itself; publish awaits handlers in a range-for over a copy.

struct Event {
  std::string topic;
  int payload;
};

class Bus {
public:
  using Handler = std::function<asl::Task<int>(const Event &)>;
  void on(const std::string &topic, Handler h) {
    subs_[topic].push_back(std::move(h));
  }
  ASL_ASYNC asl::Task<int> publish(Event e, int depth = 0) {
    std::printf("  %*spublish %s %d\n", depth * 2, "", e.topic.c_str(),
                e.payload);
    int sum = 0;
    auto it = subs_.find(e.topic);
    if (it == subs_.end())
      co_return 0;
    std::vector<Handler> hs = it->second;
    for (auto &h : hs) {
      try {
        sum += co_await h(e);
      } catch (const std::exception &ex) {
        std::printf("  %*shandler failed: %s\n", depth * 2, "", ex.what());
      }
    }
    co_return sum;
  }

private:
  std::map<std::string, std::vector<Handler>> subs_;
};

ASL_ASYNC asl::Task<int> wire_and_run() {
  Bus bus;
  int seen = 0;
  std::vector<std::string> journal;
  bus.on("order", [&seen](const Event &e) -> asl::Task<int> {
    seen += co_await later(1);
    co_return e.payload;
  });
  bus.on("order", [&bus, fee = 5](const Event &e) -> asl::Task<int> {
    int v = co_await bus.publish({"bill", e.payload + fee}, 1);
    co_return v * 2;
  });
  bus.on("bill", [&journal](const Event &e) -> asl::Task<int> {
    journal.push_back("bill " + std::to_string(e.payload));
    if (e.payload > 20)
      throw std::runtime_error("too expensive");
    co_return co_await later(e.payload);
  });
  std::function<asl::Task<int>(int)> countdown;
  countdown = [&countdown](int n) -> asl::Task<int> {
    if (n == 0)
      co_return 0;
    co_return n + co_await countdown(n - 1);
  };
  bus.on("count", [&countdown](const Event &e) -> asl::Task<int> {
    co_return co_await countdown(e.payload);
  });
  int total = 0;
  for (Event e : {Event{"order", 3}, Event{"order", 30}, Event{"count", 4},
                  Event{"none", 1}}) {
    int r = co_await bus.publish(e);
    std::printf("  -> %d\n", r);
    total += r;
  }
  for (const auto &j : journal)
    std::printf("  journal %s\n", j.c_str());
  co_return total * 100 + seen;
}

int main() {
  asl::Task<int> t = wire_and_run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
