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
#include <tuple>
#include <vector>

// Awaited results used the way real code uses return values: bound to
// const references (lifetime-extended across later awaits), member calls
// and subscripts on awaited results, awaited optionals tested in if-init,
// chained calls mixing awaited and plain results, structured bindings of
// awaited tuples and pairs, and a range-for over an awaited map.

struct Profile {
  std::string name;
  std::vector<std::string> tags;
  Profile(std::string n, std::vector<std::string> t)
      : name(std::move(n)), tags(std::move(t)) {
    std::printf("  +profile %s\n", name.c_str());
  }
  Profile(const Profile &o) : name(o.name), tags(o.tags) {
    std::printf("  copy profile %s\n", name.c_str());
  }
  Profile(Profile &&o) noexcept
      : name(std::move(o.name)), tags(std::move(o.tags)) {}
  ~Profile() { std::printf("  -profile %s\n", name.c_str()); }
  size_t count() const { return tags.size(); }
  const std::string &tag(size_t i) const { return tags.at(i); }
  Profile with(std::string t) const {
    Profile p = *this;
    p.tags.push_back(std::move(t));
    return p;
  }
};

ASL_ASYNC asl::Task<Profile> load(std::string who) {
  co_await later(0);
  co_return Profile(who, {who + "1", who + "2"});
}

ASL_ASYNC asl::Task<std::optional<int>> lookup(const std::string &k) {
  int v = co_await later(static_cast<int>(k.size()));
  if (v % 2)
    co_return std::nullopt;
  co_return v;
}

ASL_ASYNC asl::Task<std::tuple<int, std::string, Profile>> triple(int i) {
  co_return std::make_tuple(i, std::to_string(i * i),
                            co_await load("t" + std::to_string(i)));
}

ASL_ASYNC asl::Task<std::map<std::string, int>> table() {
  std::map<std::string, int> m{{"b", 2}, {"a", 1}};
  m["c"] = co_await later(3);
  co_return m;
}

ASL_ASYNC asl::Task<size_t> run() {
  const Profile &p = co_await load("ann");
  std::printf("  p %s %zu\n", p.name.c_str(), p.count());
  size_t n = (co_await load("bob")).count() + p.count();
  std::printf("  n %zu tag %s\n", n, (co_await load("cy")).tag(1).c_str());
  const std::string &t0 = p.tag(0);
  const Profile &q = p.with(co_await later(std::string("x")));
  std::printf("  q %s %zu %s\n", q.name.c_str(), q.count(), t0.c_str());
  if (auto o = co_await lookup("four"); o && *o > co_await later(3))
    std::printf("  found %d\n", *o);
  if (auto o = co_await lookup("odd"); !o)
    std::printf("  none for odd\n");
  auto [i, s, pr] = co_await triple(3);
  std::printf("  triple %d %s %s\n", i, s.c_str(), pr.name.c_str());
  for (const auto &[k, v] : co_await table())
    std::printf("  %s=%d %d\n", k.c_str(), v, co_await later(v * 10));
  co_return n + (co_await triple(2), 100);
}

int main() {
  asl::Task<size_t> t = run();
  drain();
  std::printf("result %zu\n", asl::sync_wait(std::move(t)));
}
