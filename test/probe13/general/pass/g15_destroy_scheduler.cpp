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
#include <map>
#include <memory>
#include <string>
#include <vector>

// A job scheduler that cancels by destroying suspended tasks: jobs hold
// guards in nested scopes, a range-for over a temporary vector, a try
// block and a suspended inner task; the scheduler drops some tasks at
// each tick, so each must destroy exactly what is alive, innermost first.

// Waiters by tick, then by registration number; a destroyed awaiter (its
// task destroyed while suspended) takes its registration back.
static std::map<int, std::map<int, std::function<void()>>> g_waiters;
static int g_slots = 0;
static int g_now = 0;
// Tick{n}: resumes n ticks from now.
struct Tick {
  int at;
  int slot = -1;
  explicit Tick(int n) : at(g_now + n) {}
  Tick(const Tick &o) : at(o.at) {}
  Tick &operator=(const Tick &) = delete;
  ~Tick() {
    if (slot >= 0 && g_waiters.count(at) && g_waiters[at].erase(slot))
      std::printf("    unregistered %d\n", slot);
  }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    slot = g_slots++;
    g_waiters[at][slot] = [h]() mutable { h.resume(); };
  }
  void await_resume() noexcept { slot = -1; }
};

struct Res {
  std::string n;
  explicit Res(std::string s) : n(std::move(s)) {
    std::printf("    +%s\n", n.c_str());
  }
  Res(Res &&o) noexcept : n(std::move(o.n)) { o.n = "moved"; }
  ~Res() { std::printf("    -%s\n", n.c_str()); }
};

static std::vector<Res> make_parts(int id) {
  std::vector<Res> v;
  v.reserve(2);
  v.emplace_back("p" + std::to_string(id) + "a");
  v.emplace_back("p" + std::to_string(id) + "b");
  return v;
}

ASL_ASYNC asl::Task<int> inner(int id, int when) {
  Res r("inner" + std::to_string(id));
  co_await Tick{when};
  co_return id;
}

ASL_ASYNC asl::Task<int> job(int id) {
  Res a("job" + std::to_string(id));
  int sum = 0;
  for (const Res &p : make_parts(id)) {
    Res step("step-" + p.n);
    co_await Tick{1};
    try {
      Res t("try" + std::to_string(id));
      sum += co_await inner(id, 1);
    } catch (...) {
      std::printf("    never\n");
    }
  }
  {
    Res tail("tail" + std::to_string(id));
    co_await Tick{1};
  }
  co_return sum;
}

int main() {
  std::map<int, asl::Task<int>> jobs;
  for (int id = 1; id <= 4; ++id) {
    std::printf("start %d\n", id);
    jobs.emplace(id, job(id));
  }
  for (int now = 0; now <= 6; ++now) {
    g_now = now;
    std::printf("tick %d\n", now);
    while (!g_waiters[now].empty()) {
      auto first = g_waiters[now].begin();
      auto f = std::move(first->second);
      g_waiters[now].erase(first);
      f();
    }
    if (now == 1) {
      std::printf("cancel 2 (in inner)\n");
      jobs.erase(2);
    }
    if (now == 2) {
      std::printf("cancel 3 (second part)\n");
      jobs.erase(3);
    }
    if (now == 4) {
      std::printf("cancel 4 (in tail, finished? %d)\n",
                  jobs.at(4).is_ready());
      jobs.erase(4);
    }
  }
  for (auto &[id, t] : jobs)
    std::printf("job %d ready=%d\n", id, t.is_ready());
  for (auto &[id, t] : jobs)
    std::printf("job %d -> %d\n", id, asl::sync_wait(std::move(t)));
  g_waiters.clear();
}
