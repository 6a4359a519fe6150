// h36: a job runner class whose async members use generic coroutine
// lambdas capturing this and locals (with auto&& and auto... params), a
// coroutine lambda capturing *this (a snapshot), an init-capture of a
// member, and a class template member holding a generic coroutine lambda.
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
#include <string>
#include <vector>

class Runner {
public:
  explicit Runner(std::string n) : name_(std::move(n)) {}
  ASL_ASYNC asl::Task<std::string> run_all() {
    std::vector<std::string> log;
    auto step = [this, &log](auto &&what) -> asl::Task<int> {
      co_await tick();
      ++steps_;
      log.push_back(name_ + ":" + to_text(what));
      co_return steps_;
    };
    co_await step(1);
    co_await step(std::string("two"));
    std::string three = "three";
    co_await step(three);
    auto snapshot = [*this]() -> asl::Task<int> {
      co_await tick();
      co_return steps_;
    };
    auto seen_then = snapshot();
    co_await step(4);
    auto tag = [n = name_ + "/tag"]() -> asl::Task<std::string> {
      co_await tick();
      co_return n;
    };
    std::string t = co_await tag();
    int then = co_await seen_then;
    std::string out = t + " then=" + std::to_string(then) +
                      " now=" + std::to_string(steps_);
    for (auto &l : log)
      out += " " + l;
    co_return out;
  }

private:
  static std::string to_text(int v) { return std::to_string(v); }
  static std::string to_text(const std::string &s) { return s; }
  std::string name_;
  int steps_ = 0;
};

template <class T> class Acc {
public:
  ASL_ASYNC asl::Task<T> sum(std::vector<T> xs) {
    auto add = [this](auto... vs) -> asl::Task<int> {
      co_await tick();
      ((total_ += vs), ...);
      co_return static_cast<int>(sizeof...(vs));
    };
    int n = 0;
    for (const T &x : xs)
      n += co_await add(x);
    n += co_await add(T{1}, T{2});
    co_return total_ + static_cast<T>(n);
  }

private:
  T total_{};
};

int main() {
  Runner r("job");
  auto t = r.run_all();
  Acc<int> ai;
  auto s1 = ai.sum({1, 2, 3});
  Acc<double> ad;
  auto s2 = ad.sum({0.5});
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
  std::printf("%d %.1f\n", asl::sync_wait(std::move(s1)),
              asl::sync_wait(std::move(s2)));
}
