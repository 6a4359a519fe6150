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
#include <optional>
#include <string>
#include <variant>
#include <vector>

// A config loader using optional/variant/visit the way modern code does:
// values are a variant (int, string, list), lookups return optionals
// awaited in if-init and in value_or arguments, visitors built from
// overloaded lambdas (non-coroutine) applied to awaited variants, and an
// awaited variant switched on by index() with awaits in the cases.

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

using List = std::vector<int>;
using Val = std::variant<int, std::string, List>;

class Config {
public:
  std::map<std::string, Val> kv;
  ASL_ASYNC asl::Task<std::optional<Val>> get(const std::string &k) const {
    co_await later(0);
    auto it = kv.find(k);
    if (it == kv.end())
      co_return std::nullopt;
    co_return it->second;
  }
  ASL_ASYNC asl::Task<std::optional<int>> get_int(std::string k) const {
    std::optional<Val> v = co_await get(k);
    if (v && std::holds_alternative<int>(*v))
      co_return std::get<int>(*v);
    co_return {};
  }
};

static std::string render(const Val &v) {
  return std::visit(
      overloaded{[](int i) { return "i" + std::to_string(i); },
                 [](const std::string &s) { return "s" + s; },
                 [](const List &l) {
                   std::string r = "l";
                   for (int x : l)
                     r += std::to_string(x);
                   return r;
                 }},
      v);
}

ASL_ASYNC asl::Task<int> apply(const Config &c) {
  int score = 0;
  if (auto port = co_await c.get_int("port"); port && *port > 1000)
    score += *port / 1000;
  int retries = (co_await c.get_int("retries")).value_or(co_await later(3));
  std::printf("  retries %d\n", retries);
  for (const char *k : {"name", "list", "port", "nope"}) {
    std::optional<Val> v = co_await c.get(k);
    if (!v) {
      std::printf("  %s missing\n", k);
      continue;
    }
    std::printf("  %s = %s\n", k, render(*v).c_str());
    switch (v->index()) {
    case 0:
      score += std::get<0>(*v) % 7;
      break;
    case 1: {
      const std::string &s = std::get<1>(*v);
      score += static_cast<int>(s.size()) * co_await later(2);
      break;
    }
    case 2:
      for (int x : std::get<List>(*v))
        score += co_await later(x);
      break;
    }
  }
  auto kind = std::visit(
      overloaded{[](int) { return 1; }, [](const std::string &) { return 2; },
                 [](const List &) { return 3; }},
      (co_await c.get("name")).value_or(Val{0}));
  co_return score * 10 + kind;
}

int main() {
  Config c;
  c.kv["port"] = 8080;
  c.kv["name"] = std::string("svc");
  c.kv["list"] = List{1, 2, 3};
  asl::Task<int> t = apply(c);
  drain();
  std::printf("score %d\n", asl::sync_wait(std::move(t)));
  c.kv["retries"] = 9;
  c.kv.erase("name");
  asl::Task<int> u = apply(c);
  drain();
  std::printf("score %d\n", asl::sync_wait(std::move(u)));
}
