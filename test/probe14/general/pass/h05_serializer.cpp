// h05: an async serializer: one function template recursing through
// vectors, maps, optionals and pairs with if constexpr on type traits,
// each element written after an await on a sink; a class template sink
// with an async member template.
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
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class K, class V>
struct is_map<std::map<K, V>> : std::true_type {};
template <class T> struct is_opt : std::false_type {};
template <class T> struct is_opt<std::optional<T>> : std::true_type {};

template <class Out> class Sink {
public:
  template <class S> ASL_ASYNC asl::Task<void> put(const S &s) {
    co_await tick();
    out_ += s;
    ++writes_;
  }
  const Out &text() const { return out_; }
  int writes() const { return writes_; }

private:
  Out out_;
  int writes_ = 0;
};

template <class T>
ASL_ASYNC asl::Task<void> write(Sink<std::string> &sink, const T &v) {
  if constexpr (std::is_same_v<T, bool>) {
    co_await sink.put(std::string(v ? "true" : "false"));
  } else if constexpr (std::is_arithmetic_v<T>) {
    co_await sink.put(std::to_string(v));
  } else if constexpr (std::is_same_v<T, std::string>) {
    co_await sink.put("\"" + v + "\"");
  } else if constexpr (is_vector<T>::value) {
    co_await sink.put(std::string("["));
    bool first = true;
    for (const auto &e : v) {
      if (!first)
        co_await sink.put(std::string(","));
      first = false;
      co_await write(sink, e);
    }
    co_await sink.put(std::string("]"));
  } else if constexpr (is_map<T>::value) {
    co_await sink.put(std::string("{"));
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it != v.begin())
        co_await sink.put(std::string(","));
      co_await write(sink, it->first);
      co_await sink.put(std::string(":"));
      co_await write(sink, it->second);
    }
    co_await sink.put(std::string("}"));
  } else if constexpr (is_opt<T>::value) {
    if (v)
      co_await write(sink, *v);
    else
      co_await sink.put(std::string("null"));
  } else {
    auto &[a, b] = v;
    co_await sink.put(std::string("("));
    co_await write(sink, a);
    co_await sink.put(std::string(" "));
    co_await write(sink, b);
    co_await sink.put(std::string(")"));
  }
}

int main() {
  Sink<std::string> sink;
  std::map<std::string, std::vector<std::optional<int>>> doc{
      {"a", {1, std::nullopt, 3}}, {"b", {}}};
  std::vector<std::pair<int, bool>> pairs{{1, true}, {2, false}};
  auto t1 = write(sink, doc);
  drain();
  asl::sync_wait(std::move(t1));
  auto t2 = write(sink, pairs);
  drain();
  asl::sync_wait(std::move(t2));
  std::vector<std::vector<double>> nested{{0.5}, {}};
  auto t3 = write(sink, nested);
  drain();
  asl::sync_wait(std::move(t3));
  std::printf("%s\n%d writes\n", sink.text().c_str(), sink.writes());
}
