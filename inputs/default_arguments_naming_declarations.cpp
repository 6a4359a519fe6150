// Checks default arguments that name declarations (an enumerator, a
// constant, a function, a static member) next to a default that creates a
// temporary which must outlive an await: the lowering writes them into the
// call, each name qualified, so that they mean what they meant where the
// function was declared, also in a caller whose scope declares the same
// names. A braced list that a standard container takes (`std::vector<int>
// extra = {1, 2}`, probe7's b07) needs no writing: its array dies with the
// call, as the container keeps no pointer to it.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <vector>

// Each await suspends; main resumes the tasks one at a time.
struct Loop {
  struct Yield {
    Loop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  std::deque<std::function<void()>> queue;
} ready;

namespace names {
enum class Mode { Fast, Safe };
enum Level { Low, High };
constexpr const char *fallback = "visitor";
inline std::string make_name() { return "made"; }
struct Config {
  static constexpr int limit = 3;
  static std::string prefix() { return "cfg:"; }
};

ASL_ASYNC asl::Task<int> greet(Mode m = Mode::Safe, Level l = High,
                               const std::string &who = fallback) {
  co_await ready.yield();
  std::printf("  greet %s %d %d\n", who.c_str(), static_cast<int>(m), l);
  co_return static_cast<int>(who.size());
}

ASL_ASYNC asl::Task<int> tag(int limit = Config::limit,
                             const std::string &name = make_name(),
                             const std::string &path = std::string(
                                 Config::limit, '/')) {
  co_await ready.yield();
  std::printf("  tag %d %s %s\n", limit, name.c_str(), path.c_str());
  co_return limit;
}

ASL_ASYNC asl::Task<int> prefixed(const std::string &p = Config::prefix()) {
  co_await ready.yield();
  std::printf("  prefixed %s\n", p.c_str());
  co_return static_cast<int>(p.size());
}

ASL_ASYNC asl::Task<int> query(const char *what, int limit = 3,
                               Mode m = Mode::Safe,
                               std::vector<int> extra = {1, 2}) {
  co_await ready.yield();
  std::printf("  query %s %d %d", what, limit, static_cast<int>(m));
  for (int e : extra)
    std::printf(" %d", e);
  std::printf("\n");
  co_return limit;
}
} // namespace names

namespace caller {
// Names the defaults use, declared again where the calls are.
enum class Mode { Safe, Fast };
[[maybe_unused]] constexpr const char *fallback = "wrong";
inline std::string make_name() { return "wrong"; }
struct Config {
  static constexpr int limit = 9;
};

ASL_ASYNC asl::Task<int> run() {
  std::printf("enumerators and a constant\n");
  int total = co_await names::greet();
  std::printf("a static member and functions\n");
  total += co_await names::tag();
  total += co_await names::tag(1) + co_await names::prefixed();
  std::printf("a list for a container\n");
  total += co_await names::query("a");
  total += co_await names::query("b", 1, names::Mode::Fast, {9});
  co_return total;
}
} // namespace caller

int main() {
  asl::Task<int> task = caller::run();
  while (!ready.queue.empty()) {
    std::function<void()> next = std::move(ready.queue.front());
    ready.queue.pop_front();
    next();
  }
  std::printf("total %d\n", asl::sync_wait(std::move(task)));
}
