// h41: a timer wheel: coroutine lambdas stored in a
// std::multimap<int, std::function<asl::Task<void>()>> keyed by due
// time, each timer able to schedule more timers (captures the wheel by
// reference), a periodic timer as a coroutine lambda that re-arms itself
// through a std::function it captures by reference, and tasks kept in a
// vector until the wheel stops.
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

class Wheel {
public:
  using Fn = std::function<asl::Task<void>()>;
  void at(int when, Fn f) { timers_.emplace(when, std::move(f)); }
  int now() const { return now_; }
  ASL_ASYNC asl::Task<int> run(int until) {
    int fired = 0;
    while (!timers_.empty() && timers_.begin()->first <= until) {
      auto node = timers_.extract(timers_.begin());
      now_ = node.key();
      // The closure must outlive its task: keep it where it never moves.
      fired_.push_back(std::move(node.mapped()));
      running_.push_back(fired_.back()());
      ++fired;
      co_await tick();
    }
    for (auto &t : running_)
      co_await t;
    co_return fired;
  }

private:
  std::multimap<int, Fn> timers_;
  std::deque<Fn> fired_;
  std::vector<asl::Task<void>> running_;
  int now_ = 0;
};

int main() {
  Wheel w;
  std::vector<std::string> log;
  int beats = 0;
  w.at(5, [&w, &log]() -> asl::Task<void> {
    log.push_back("t5@" + std::to_string(w.now()));
    co_await tick();
    w.at(w.now() + 3, [&w, &log]() -> asl::Task<void> {
      co_await tick();
      log.push_back("t8@" + std::to_string(w.now()));
    });
  });
  Wheel::Fn beat;
  beat = [&w, &log, &beats, &beat]() -> asl::Task<void> {
    log.push_back("beat" + std::to_string(++beats) + "@" +
                  std::to_string(w.now()));
    co_await tick();
    if (beats < 4)
      w.at(w.now() + 2, beat);
  };
  w.at(1, beat);
  w.at(20, []() -> asl::Task<void> { co_return; });
  auto t = w.run(10);
  drain();
  std::printf("fired %d\n", asl::sync_wait(std::move(t)));
  for (const auto &l : log)
    std::printf("  %s\n", l.c_str());
}
