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
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// A message pump with awaits in every loop head: a while whose condition
// declares an awaited unique_ptr, do-while with an awaited condition, a
// for whose init, condition and increment all await, a range-for over an
// awaited container, and nested loops where break/continue interact
// with guards and with awaits in the heads of the outer loop.

struct Msg {
  int id;
  std::string body;
  ~Msg() { std::printf("    ~msg %d\n", id); }
};

class Mailbox {
public:
  std::deque<std::unique_ptr<Msg>> q;
  int polls = 0;
  ASL_ASYNC asl::Task<std::unique_ptr<Msg>> next() {
    ++polls;
    co_await later(0);
    if (q.empty())
      co_return nullptr;
    auto m = std::move(q.front());
    q.pop_front();
    co_return m;
  }
  ASL_ASYNC asl::Task<std::vector<int>> peek_ids() const {
    std::vector<int> ids;
    for (auto &m : q)
      ids.push_back(m->id);
    co_return co_await later(std::move(ids));
  }
};

static void fill(Mailbox &mb, int from, int count) {
  for (int i = from; i < from + count; ++i)
    mb.q.push_back(
        std::unique_ptr<Msg>(new Msg{i, i % 3 ? "data" : "ctrl"}));
}

ASL_ASYNC asl::Task<int> pump(Mailbox &mb) {
  int handled = 0;
  while (std::unique_ptr<Msg> m = co_await mb.next()) {
    Guard g("msg");
    if (m->body == "ctrl") {
      std::printf("  ctrl %d\n", m->id);
      continue;
    }
    handled += m->id;
    if (handled > 12)
      break;
  }
  std::printf("  phase1 %d polls %d\n", handled, mb.polls);
  int rounds = 0;
  do {
    fill(mb, 100 + rounds * 2, 1);
    ++rounds;
  } while ((co_await mb.peek_ids()).size() < 3 && rounds < 10);
  std::printf("  phase2 rounds %d\n", rounds);
  for (auto m = co_await mb.next(); m && m->id < co_await later(200);
       m = co_await mb.next()) {
    for (int id : co_await mb.peek_ids()) {
      if (id % 2)
        continue;
      if (id > 102)
        break;
      std::printf("  %d sees %d\n", m->id, id);
    }
  }
  co_return handled + mb.polls;
}

int main() {
  Mailbox mb;
  fill(mb, 1, 8);
  asl::Task<int> t = pump(mb);
  drain();
  std::printf("result %d left %zu\n", asl::sync_wait(std::move(t)),
              mb.q.size());
}
