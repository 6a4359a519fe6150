// h40: a small codec library of template-lambda coroutines: forwarding
// (`T &&` with std::forward), a pointer parameter (`T *`), a const
// reference, a template lambda kept in a std::function after being
// called with one type, and template lambdas called from an async
// function with lvalues, rvalues and const objects.
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
#include <type_traits>
#include <vector>

struct Blob {
  std::string bytes;
  Blob(std::string b) : bytes(std::move(b)) {}
  Blob(const Blob &o) : bytes(o.bytes + "+c") {}
  Blob(Blob &&o) noexcept : bytes(std::move(o.bytes)) { o.bytes = "~"; }
};

static auto encode = []<class T>(T &&v) -> asl::Task<std::string> {
  using D = std::decay_t<T>;
  co_await tick();
  D local(std::forward<T>(v));
  if constexpr (std::is_same_v<D, Blob>)
    co_return "b[" + local.bytes + "]";
  else
    co_return "n[" + std::to_string(local) + "]";
};

static auto poke = []<class T>(T *p) -> asl::Task<int> {
  co_await tick();
  *p += *p;
  co_return static_cast<int>(*p);
};

static auto measure = []<class T>(const T &v) -> asl::Task<std::size_t> {
  co_await tick();
  if constexpr (std::is_same_v<T, Blob>)
    co_return v.bytes.size();
  else
    co_return sizeof(T);
};

ASL_ASYNC asl::Task<std::string> run() {
  Blob b("abc");
  std::string e1 = co_await encode(b);
  std::string e2 = co_await encode(std::move(b));
  const Blob cb("const");
  std::string e3 = co_await encode(cb);
  std::string e4 = co_await encode(42);
  int n = 5;
  int p1 = co_await poke(&n);
  double d = 1.5;
  int p2 = co_await poke(&d);
  std::size_t m1 = co_await measure(cb);
  std::size_t m2 = co_await measure(n);
  std::function<asl::Task<std::size_t>(const Blob &)> keep =
      [](const Blob &x) { return measure(x); };
  std::size_t m3 = co_await keep(Blob("kept!"));
  co_return e1 + e2 + e3 + e4 + " " + std::to_string(p1) + " " +
      std::to_string(p2) + " " + std::to_string(m1) + " " +
      std::to_string(m2) + " " + std::to_string(m3) + " b=" + b.bytes +
      " n=" + std::to_string(n);
}

int main() {
  auto t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
