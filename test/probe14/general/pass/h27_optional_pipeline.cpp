// h27: a parse-validate-store pipeline on optionals of move-only values:
// Task<std::optional<std::unique_ptr<T>>>, and_then-style chaining
// written by hand with early co_return std::nullopt, std::optional
// moved out with std::move(*opt), value_or with an awaited argument, and
// if-init on an awaited optional.
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
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct Record {
  std::string key;
  int value;
  ~Record() { std::printf("  drop %s\n", key.c_str()); }
};
using RecordPtr = std::unique_ptr<Record>;

ASL_ASYNC asl::Task<std::optional<RecordPtr>> parse(std::string line) {
  co_await tick();
  auto eq = line.find('=');
  if (eq == std::string::npos)
    co_return std::nullopt;
  auto r = std::make_unique<Record>();
  r->key = line.substr(0, eq);
  r->value = std::stoi(line.substr(eq + 1));
  co_return std::optional<RecordPtr>(std::move(r));
}

ASL_ASYNC asl::Task<std::optional<RecordPtr>> validate(RecordPtr r) {
  co_await tick();
  if (r->value < 0)
    co_return std::nullopt;
  co_return std::optional<RecordPtr>(std::move(r));
}

ASL_ASYNC asl::Task<std::optional<RecordPtr>> pipeline(std::string line) {
  auto p = co_await parse(std::move(line));
  if (!p)
    co_return std::nullopt;
  auto v = co_await validate(std::move(*p));
  if (!v)
    co_return std::nullopt;
  (*v)->value *= 2;
  co_return v;
}

ASL_ASYNC asl::Task<int> fallback() {
  co_await tick();
  co_return -1;
}

ASL_ASYNC asl::Task<int> store_all(std::vector<std::string> lines) {
  std::vector<RecordPtr> stored;
  int rejected = 0;
  for (auto &l : lines) {
    if (auto r = co_await pipeline(l); r && *r) {
      stored.push_back(std::move(*r));
    } else {
      ++rejected;
      std::printf("  rejected '%s'\n", l.c_str());
    }
  }
  std::optional<int> first;
  if (!stored.empty())
    first = stored.front()->value;
  int f = first.value_or(co_await fallback());
  std::optional<int> none;
  int n = none.value_or(co_await fallback());
  std::printf("  first %d none %d\n", f, n);
  for (const auto &s : stored)
    std::printf("  %s=%d\n", s->key.c_str(), s->value);
  co_return static_cast<int>(stored.size()) * 10 + rejected;
}

int main() {
  auto t = store_all({"a=1", "garbage", "b=-4", "c=10"});
  drain();
  std::printf("store %d\n", asl::sync_wait(std::move(t)));
}
