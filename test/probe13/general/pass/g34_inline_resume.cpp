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

// A cache-backed fetcher whose awaiter sometimes resumes the waiting task
// from inside await_suspend (a hit found late, completed inline), and
// sometimes throws from await_suspend (a closed connection), inside loops
// with tries and guards: the machine must not be touched after an inline
// resume, and the exception must reach the function's own handler.

struct Conn {
  std::map<std::string, int> cache;
  bool closed = false;
};

struct Fetch {
  Conn &c;
  std::string key;
  int got = -1;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H h) {
    if (c.closed)
      throw std::runtime_error("closed while fetching " + key);
    auto it = c.cache.find(key);
    if (it != c.cache.end() && key.size() % 2) {
      got = it->second;
      h.resume(); // completes inline, before returning
      return true;
    }
    if (it != c.cache.end()) {
      got = it->second;
      return false; // do not suspend after all
    }
    g_queue.push_back([this, h]() mutable {
      got = static_cast<int>(key.size());
      c.cache[key] = got;
      h.resume();
    });
    return true;
  }
  int await_resume() const { return got; }
};

ASL_ASYNC asl::Task<int> load_all(Conn &c, const char *const *keys,
                                  int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) {
    Guard g(keys[i]);
    try {
      int v = co_await Fetch{c, keys[i]};
      sum += v;
      if (v == 4)
        c.closed = true;
    } catch (const std::exception &e) {
      std::printf("  %s\n", e.what());
      c.closed = false;
      sum += 1000;
    }
  }
  co_return sum;
}

int main() {
  Conn c;
  c.cache["abc"] = 30;
  c.cache["xy"] = 20;
  const char *keys[] = {"abc", "xy", "new", "abc", "four", "xy", "new"};
  asl::Task<int> t = load_all(c, keys, 7);
  drain();
  std::printf("sum %d\n", asl::sync_wait(std::move(t)));
}
