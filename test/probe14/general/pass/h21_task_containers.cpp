// h21: a download manager keeping started tasks in containers: a
// vector<Task<int>> filled in a loop and awaited later in reverse, a
// map<std::string, Task<std::string>> awaited by key, a task held as a
// member of a struct in an optional, tasks destroyed unawaited while
// waiting on an asl::Event.
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
#include <asl/event.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

static int g_live = 0;

struct Count {
  ~Count() { --g_live; }
};

ASL_ASYNC asl::Task<int> download(int id) {
  ++g_live;
  Count count;
  for (int i = 0; i < id % 3; ++i)
    co_await tick();
  co_return id * id;
}

ASL_ASYNC asl::Task<std::string> resolve(std::string host) {
  co_await tick();
  co_return host + "=10.0.0." + std::to_string(host.size());
}

ASL_ASYNC asl::Task<int> stalled(asl::Event &never, int id) {
  ++g_live;
  Count count;
  co_await never;
  co_return id;
}

struct Job {
  std::string name;
  asl::Task<int> task;
};

ASL_ASYNC asl::Task<int> manage() {
  std::vector<asl::Task<int>> tasks;
  for (int i = 1; i <= 5; ++i)
    tasks.push_back(download(i));
  std::printf("  live after start %d\n", g_live);
  int sum = 0;
  for (auto it = tasks.rbegin(); it != tasks.rend(); ++it)
    sum += co_await *it;
  std::map<std::string, asl::Task<std::string>> dns;
  for (const char *h : {"a", "bb", "ccc"})
    dns.emplace(h, resolve(h));
  std::string b = co_await dns.at("bb");
  std::string a = co_await dns["a"];
  std::printf("  %s %s\n", a.c_str(), b.c_str());
  std::optional<Job> job;
  job.emplace(Job{"big", download(7)});
  int big = co_await job->task;
  std::printf("  job %s %d\n", job->name.c_str(), big);
  asl::Event never;
  {
    std::vector<asl::Task<int>> dropped;
    dropped.push_back(stalled(never, 8));
    dropped.push_back(stalled(never, 11));
    std::printf("  live before drop %d\n", g_live);
  }
  co_await tick();
  std::printf("  live after drop %d\n", g_live);
  co_return sum + big;
}

int main() {
  auto t = manage();
  drain();
  std::printf("manage %d live %d\n", asl::sync_wait(std::move(t)), g_live);
}
