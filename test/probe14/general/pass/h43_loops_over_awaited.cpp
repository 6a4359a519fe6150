// h43: a log analyser: range-for over containers returned by awaits
// (`for (auto &[k, v] : co_await f())`), nested loops left with goto,
// switch inside a try inside the loop with continue from a handler, a
// range-for over a member of an awaited temporary, and same-named
// locals in nested scopes.
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
#include <stdexcept>
#include <string>
#include <vector>

struct Batch {
  std::vector<std::string> lines;
};

ASL_ASYNC asl::Task<std::map<std::string, std::vector<int>>> load() {
  co_await tick();
  co_return std::map<std::string, std::vector<int>>{
      {"api", {200, 500, 200}}, {"db", {1, 2}}, {"web", {404, 0, 200}}};
}

ASL_ASYNC asl::Task<Batch> batch(int n) {
  co_await tick();
  Batch b;
  for (int i = 0; i < n; ++i)
    b.lines.push_back(i % 3 == 2 ? "ERR" : "ok" + std::to_string(i));
  co_return b;
}

ASL_ASYNC asl::Task<int> classify(int code) {
  co_await tick();
  if (code == 0)
    throw std::invalid_argument("code 0");
  co_return code / 100;
}

ASL_ASYNC asl::Task<int> analyse() {
  int errors = 0;
  int score = 0;
  for (auto &[svc, codes] : co_await load()) {
    int score = 0;
    for (int c : codes) {
      try {
        switch (co_await classify(c)) {
        case 2:
          score += 1;
          break;
        case 4:
          score -= 1;
          continue;
        case 5:
          ++errors;
          if (errors > 1)
            goto report;
          break;
        default:
          std::printf("  %s other %d\n", svc.c_str(), c);
        }
      } catch (const std::invalid_argument &e) {
        std::printf("  %s bad: %s\n", svc.c_str(), e.what());
        continue;
      }
      std::printf("  %s %d ok\n", svc.c_str(), c);
    }
    std::printf("  %s score %d\n", svc.c_str(), score);
  }
report:
  for (const std::string &l : (co_await batch(6)).lines) {
    if (l == "ERR") {
      ++score;
      continue;
    }
    std::string score = l + "!";
    std::printf("  line %s\n", score.c_str());
  }
  co_return errors * 100 + score;
}

int main() {
  auto t = analyse();
  drain();
  std::printf("analyse %d\n", asl::sync_wait(std::move(t)));
}
