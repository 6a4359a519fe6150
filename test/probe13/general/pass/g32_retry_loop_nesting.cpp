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
#include <stdexcept>
#include <string>
#include <vector>

// A sync job that replays a changelog: a while whose condition awaits,
// containing a try, containing a range-for over an awaited batch (a
// temporary kept across the body's awaits), whose body has a switch with
// awaits in cases and a continue from a handler that re-evaluates the
// outer condition; also destroyed while suspended in the middle.

struct Change {
  char op;
  std::string key;
  int val;
};

struct Log {
  int cursor = 0;
  int fail_at = -1;
  ASL_ASYNC asl::Task<bool> more() {
    co_return co_await later(cursor < 4);
  }
  ASL_ASYNC asl::Task<std::vector<Change>> batch() {
    int c = cursor++;
    co_await later(0);
    if (c == fail_at)
      throw std::runtime_error("batch " + std::to_string(c) + " lost");
    std::vector<Change> v{{'+', "k" + std::to_string(c), c * 10},
                          {'~', "k" + std::to_string(c % 2), c},
                          {c % 2 ? '-' : '?', "k0", 0}};
    co_return v;
  }
};

ASL_ASYNC asl::Task<std::string> replay(Log &log) {
  std::map<std::string, int> db;
  int applied = 0;
  while (co_await log.more()) {
    Guard round("round");
    try {
      for (const Change &c : co_await log.batch()) {
        switch (c.op) {
        case '+':
          db[c.key] = co_await later(c.val);
          break;
        case '~':
          if (db.count(c.key) == 0)
            continue;
          db[c.key] += co_await later(c.val);
          [[fallthrough]];
        case '-':
          if (c.op == '-') {
            db.erase(c.key);
            break;
          }
          ++applied;
          break;
        default:
          throw std::invalid_argument(std::string("op ") + c.op);
        }
        ++applied;
      }
    } catch (const std::invalid_argument &e) {
      std::printf("  skip rest: %s\n", e.what());
      continue;
    } catch (const std::exception &e) {
      std::printf("  %s\n", e.what());
    }
    std::printf("  round done, %d applied\n", applied);
  }
  std::string out;
  for (const auto &[k, v] : db)
    out += k + "=" + std::to_string(v) + " ";
  co_return out;
}

int main() {
  Log a;
  a.fail_at = 2;
  asl::Task<std::string> t = replay(a);
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
  Log b;
  {
    asl::Task<std::string> u = replay(b);
    for (int i = 0; i < 7 && !g_queue.empty(); ++i) {
      auto f = std::move(g_queue.front());
      g_queue.pop_front();
      f();
    }
    std::printf("destroying mid-replay\n");
  }
  g_queue.clear();
}
