// h03: a command registry: coroutine lambdas stored in std::function
// inside a map and a vector, registered in one function and called later
// from an async dispatcher; handlers capture by copy, by reference and
// this; one throws after an await; middleware wraps handlers.
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

using Handler = std::function<asl::Task<int>(int)>;

class Registry {
public:
  void add(const std::string &name, Handler h) {
    table_[name] = std::move(h);
  }
  void on_done(std::function<asl::Task<void>(const std::string &)> f) {
    done_.push_back(std::move(f));
  }
  void install_defaults() {
    add("double", [](int x) -> asl::Task<int> {
      co_await tick();
      co_return x * 2;
    });
    add("count", [this](int x) -> asl::Task<int> {
      co_await tick();
      calls_ += x;
      co_return calls_;
    });
    int base = 100;
    add("offset", [base](int x) -> asl::Task<int> {
      int v = co_await later(x);
      co_return base + v;
    });
    add("fail", [](int x) -> asl::Task<int> {
      co_await tick();
      if (x > 0)
        throw std::runtime_error("fail handler " + std::to_string(x));
      co_return 0;
    });
  }
  Handler wrap(const std::string &name) {
    Handler inner = table_.at(name);
    return [inner, name](int x) -> asl::Task<int> {
      std::printf("  > %s(%d)\n", name.c_str(), x);
      int r = co_await inner(x);
      std::printf("  < %s = %d\n", name.c_str(), r);
      co_return r;
    };
  }
  ASL_ASYNC asl::Task<int> dispatch(std::vector<std::string> names, int x) {
    int sum = 0;
    for (const auto &n : names) {
      try {
        Handler h = wrap(n);
        sum += co_await h(x);
      } catch (const std::out_of_range &) {
        std::printf("  no handler %s\n", n.c_str());
        continue;
      } catch (const std::exception &e) {
        std::printf("  error: %s\n", e.what());
        break;
      }
      for (auto &f : done_)
        co_await f(n);
    }
    co_return sum;
  }

private:
  std::map<std::string, Handler> table_;
  std::vector<std::function<asl::Task<void>(const std::string &)>> done_;
  int calls_ = 0;
};

int main() {
  Registry reg;
  reg.install_defaults();
  int seen = 0;
  reg.on_done([&seen](const std::string &n) -> asl::Task<void> {
    co_await tick();
    ++seen;
    std::printf("  done %s (%d)\n", n.c_str(), seen);
  });
  auto t = reg.dispatch({"double", "count", "nope", "offset", "count"}, 3);
  drain();
  std::printf("sum %d\n", asl::sync_wait(std::move(t)));
  auto t2 = reg.dispatch({"count", "fail", "double"}, 2);
  drain();
  std::printf("sum %d seen %d\n", asl::sync_wait(std::move(t2)), seen);
}
