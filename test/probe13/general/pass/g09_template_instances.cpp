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
#include <type_traits>
#include <vector>

// One async function template instantiated with several types, each
// lowering differently (if constexpr branches with and without awaits,
// move-only T, class T with a destructor, a reference T), plus a class
// template whose async member awaits a member template of another.

struct Tracked {
  int v;
  explicit Tracked(int x) : v(x) {}
  Tracked(Tracked &&o) noexcept : v(o.v) { o.v = -1; }
  Tracked &operator=(Tracked &&o) noexcept {
    v = o.v;
    o.v = -1;
    return *this;
  }
  ~Tracked() {
    if (v >= 0)
      std::printf("  ~tracked %d\n", v);
  }
};

static std::string show(int v) { return std::to_string(v); }
static std::string show(const std::string &s) { return "'" + s + "'"; }
static std::string show(const std::unique_ptr<int> &p) {
  return p ? "*" + std::to_string(*p) : "null";
}
static std::string show(const Tracked &t) { return "T" + std::to_string(t.v); }
template <class T> static std::string show(const std::vector<T> &v) {
  std::string s = "[";
  for (const auto &x : v)
    s += show(x) + ";";
  return s + "]";
}

template <class T> ASL_ASYNC asl::Task<std::string> describe(T value) {
  std::string out = "<" + show(value);
  if constexpr (std::is_integral_v<T>) {
    out += co_await later(std::string(value > 0 ? "+" : "-"));
  } else if constexpr (std::is_same_v<T, std::string>) {
    for (char &c : value)
      c = static_cast<char>(c + co_await later(1));
    out += "->" + show(value);
  } else if constexpr (std::is_same_v<T, std::unique_ptr<int>>) {
    std::unique_ptr<int> mine = std::move(value);
    co_await later(0);
    out += mine ? show(*mine * 2) : "none";
  } else {
    out += "#" + show(static_cast<int>(value.size()));
  }
  co_return out + ">";
}

template <class Key> class Store {
public:
  template <class V> ASL_ASYNC asl::Task<int> put(Key k, V v) {
    std::string d = co_await describe(std::move(v));
    auto [it, fresh] = data_.emplace(std::move(k), d);
    if (!fresh)
      it->second += "|" + d;
    co_return static_cast<int>(it->second.size());
  }
  ASL_ASYNC asl::Task<void> dump() {
    for (const auto &[k, v] : data_) {
      co_await later(0);
      std::printf("  %s = %s\n", show(k).c_str(), v.c_str());
    }
  }

private:
  std::map<Key, std::string> data_;
};

ASL_ASYNC asl::Task<int> run() {
  Store<int> a;
  Store<std::string> b;
  int n = co_await a.put(1, 5) + co_await a.put(2, std::string("hal"));
  n += co_await a.put(1, std::make_unique<int>(21));
  n += co_await b.put(std::string("v"), std::vector<int>{1, 2});
  n += co_await b.put(std::string("p"), std::unique_ptr<int>());
  n += co_await b.put(std::string("v"), -3);
  {
    std::vector<Tracked> ts;
    ts.emplace_back(7);
    ts.emplace_back(8);
    n += co_await b.put(std::string("t"), std::move(ts));
    std::printf("  moved vector of tracked\n");
  }
  co_await a.dump();
  co_await b.dump();
  co_return n;
}

int main() {
  asl::Task<int> t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
