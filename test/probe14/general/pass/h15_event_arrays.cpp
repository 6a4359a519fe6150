// h15: a build barrier: std::array<asl::Event, N> and a C array of
// events, waiters awaiting them in order in range-for and indexed loops,
// set() in reverse order resuming chains inline, reset and re-await, a
// reference to an element kept across awaits, an event as a member of a
// struct held in a vector.
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

#include <array>
#include <memory>
#include <string>
#include <vector>

static std::string g_log;

ASL_ASYNC asl::Task<int> wait_all(std::array<asl::Event, 4> &evs, char tag) {
  int n = 0;
  for (asl::Event &e : evs) {
    co_await e;
    g_log += tag;
    g_log += std::to_string(n++);
  }
  co_return n;
}

ASL_ASYNC asl::Task<void> wait_pair(asl::Event (&evs)[2], int which) {
  asl::Event &mine = evs[which];
  co_await mine;
  g_log += "p" + std::to_string(which);
  co_await evs[1 - which];
  g_log += "q" + std::to_string(which);
}

struct Stage {
  std::string name;
  asl::Event done;
};

ASL_ASYNC asl::Task<void> run_stage(std::vector<std::unique_ptr<Stage>> &s,
                                     std::size_t i) {
  if (i > 0)
    co_await s[i - 1]->done;
  co_await tick();
  g_log += "[" + s[i]->name + "]";
  s[i]->done.set();
}

int main() {
  std::array<asl::Event, 4> evs;
  auto a = wait_all(evs, 'a');
  auto b = wait_all(evs, 'b');
  evs[3].set();
  evs[2].set();
  g_log += "|";
  evs[0].set();
  g_log += "|";
  evs[1].set();
  std::printf("%s -> %d %d\n", g_log.c_str(), asl::sync_wait(std::move(a)),
              asl::sync_wait(std::move(b)));
  g_log.clear();
  for (auto &e : evs)
    e.reset();
  auto c = wait_all(evs, 'c');
  for (std::size_t i = evs.size(); i-- > 0;)
    evs[i].set();
  std::printf("%s -> %d\n", g_log.c_str(), asl::sync_wait(std::move(c)));

  g_log.clear();
  asl::Event pair[2];
  auto p0 = wait_pair(pair, 0);
  auto p1 = wait_pair(pair, 1);
  pair[1].set();
  pair[0].set();
  asl::sync_wait(std::move(p0));
  asl::sync_wait(std::move(p1));
  std::printf("%s\n", g_log.c_str());

  g_log.clear();
  std::vector<std::unique_ptr<Stage>> stages;
  for (const char *n : {"fetch", "build", "test", "ship"}) {
    stages.push_back(std::make_unique<Stage>());
    stages.back()->name = n;
  }
  std::vector<asl::Task<void>> runs;
  for (std::size_t i = stages.size(); i-- > 0;)
    runs.push_back(run_stage(stages, i));
  drain();
  for (auto &r : runs)
    asl::sync_wait(std::move(r));
  std::printf("%s\n", g_log.c_str());
}
