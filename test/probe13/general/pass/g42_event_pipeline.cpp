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
#include <asl/cancellation.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

// A build system's stage pipeline on asl::Event: each stage awaits the
// events of its dependencies (in a range-for over a vector of pointers),
// then sets its own; stages chain through set() resuming waiters inline;
// one stage is destroyed while waiting (unlinked from the event); events
// reset and re-awaited; a stage with a cancellation token is cancelled.

struct Stage {
  std::string name;
  std::vector<Stage *> deps;
  asl::Event done;
};

static std::string g_order;

ASL_ASYNC asl::Task<int> run_stage(Stage &s) {
  Guard g(s.name.c_str());
  int waited = 0;
  for (Stage *d : s.deps) {
    if (!d->done.is_set())
      ++waited;
    co_await d->done;
  }
  g_order += s.name + " ";
  s.done.set();
  co_return waited;
}

ASL_ASYNC asl::Task<std::string> cancellable(Stage &s,
                                             asl::CancellationToken tok) {
  try {
    co_await s.done.wait(tok);
    co_return "ran";
  } catch (const asl::operation_cancelled &) {
    co_return "cancelled";
  }
}

int main() {
  std::map<std::string, std::unique_ptr<Stage>> st;
  for (const char *n : {"fetch", "gen", "cc", "link", "test", "doc"})
    st[n] = std::unique_ptr<Stage>(new Stage{n, {}, {}});
  st["gen"]->deps = {st["fetch"].get()};
  st["cc"]->deps = {st["gen"].get(), st["fetch"].get()};
  st["link"]->deps = {st["cc"].get()};
  st["test"]->deps = {st["link"].get(), st["gen"].get()};
  st["doc"]->deps = {st["gen"].get()};
  std::vector<std::pair<std::string, asl::Task<int>>> tasks;
  for (const char *n : {"test", "link", "doc", "cc", "gen"})
    tasks.emplace_back(n, run_stage(*st[n]));
  std::printf("dropping doc while it waits\n");
  tasks.erase(tasks.begin() + 2);
  asl::CancellationSource src;
  asl::Task<std::string> c1 = cancellable(*st["link"], src.token());
  asl::Task<std::string> c2 = cancellable(*st["doc"], src.token());
  std::printf("fetch starts\n");
  tasks.emplace_back("fetch", run_stage(*st["fetch"]));
  src.cancel();
  for (auto &[n, t] : tasks)
    std::printf("%s waited %d\n", n.c_str(), asl::sync_wait(std::move(t)));
  std::printf("order %s\n", g_order.c_str());
  std::printf("c1 %s c2 %s\n", asl::sync_wait(std::move(c1)).c_str(),
              asl::sync_wait(std::move(c2)).c_str());
  st["link"]->done.reset();
  asl::Task<int> again = run_stage(*st["test"]);
  std::printf("test again ready=%d\n", again.is_ready());
  st["link"]->done.set();
  std::printf("again waited %d, order %s\n",
              asl::sync_wait(std::move(again)), g_order.c_str());
}
