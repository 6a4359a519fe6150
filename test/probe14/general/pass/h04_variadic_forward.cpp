// h04: a logging/formatting library ported to async: function templates
// with parameter packs and forwarding references, std::forward into an
// awaited call, sizeof..., folds over awaits, CTAD in the body
// (std::pair, std::vector, std::optional, std::tuple), if constexpr.
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
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

template <class T> static std::string fmt_one(const T &v) {
  if constexpr (std::is_same_v<T, std::string>)
    return v;
  else if constexpr (std::is_same_v<T, const char *>)
    return std::string(v);
  else if constexpr (std::is_floating_point_v<T>)
    return std::to_string(static_cast<int>(v * 10)) + "/10";
  else
    return std::to_string(v);
}

template <class T> ASL_ASYNC asl::Task<std::string> render(T &&v) {
  co_await tick();
  co_return "<" + fmt_one(std::decay_t<T>(std::forward<T>(v))) + ">";
}

template <class... Args>
ASL_ASYNC asl::Task<std::string> format_all(Args &&...args) {
  std::string out = std::to_string(sizeof...(Args)) + ":";
  ((out += co_await render(std::forward<Args>(args))), ...);
  co_return out;
}

template <class... Ns> ASL_ASYNC asl::Task<long> sum_later(Ns... ns) {
  long total = (0L + ... + co_await later(static_cast<long>(ns)));
  co_return total;
}

struct Moved {
  std::string s;
  explicit Moved(std::string v) : s(std::move(v)) {}
  Moved(const Moved &o) : s(o.s + "+copy") {}
  Moved(Moved &&o) noexcept : s(std::move(o.s)) { o.s = "(moved)"; }
};

template <class T> ASL_ASYNC asl::Task<std::string> take(T &&m) {
  co_await tick();
  std::decay_t<T> mine(std::forward<T>(m));
  co_return mine.s;
}

ASL_ASYNC asl::Task<int> main_task() {
  std::string name = "asl";
  std::string a = co_await format_all(1, name, 2.5, "lit");
  std::printf("%s name=%s\n", a.c_str(), name.c_str());
  std::string b = co_await format_all();
  std::printf("empty %s\n", b.c_str());
  long s = co_await sum_later(1, 2L, short{3}, 4u);
  std::printf("sum %ld\n", s);
  std::pair p{std::string("k"), co_await later(7)};
  std::vector v{p.second, co_await later(8), 9};
  std::optional o{co_await sum_later(v[0], v[1], v[2])};
  std::tuple t{p.first, *o, v.size()};
  std::printf("%s %ld %zu\n", std::get<0>(t).c_str(), std::get<1>(t),
              std::get<2>(t));
  Moved kept("kept");
  std::string r1 = co_await take(kept);
  std::string r2 = co_await take(std::move(kept));
  std::printf("%s %s after=%s\n", r1.c_str(), r2.c_str(), kept.s.c_str());
  co_return static_cast<int>(a.size());
}

int main() {
  auto t = main_task();
  drain();
  std::printf("done %d\n", asl::sync_wait(std::move(t)));
}
