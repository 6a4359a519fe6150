// h16: a web-crawler simulation: when_all over a vector of page fetches
// built in a loop, when_all of a tuple of mixed tasks with a structured
// binding, a failing fetch inside when_all caught, Task<void> children,
// and results merged into a map.
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
#include <asl/when_all.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

static int g_fetches = 0;

ASL_ASYNC asl::Task<std::string> fetch(std::string url) {
  ++g_fetches;
  for (std::size_t i = 0; i < url.size() % 3; ++i)
    co_await tick();
  if (url.find("bad") != std::string::npos)
    throw std::runtime_error("404 " + url);
  co_return "<" + url + ">";
}

ASL_ASYNC asl::Task<std::vector<std::string>> links(std::string page) {
  co_await tick();
  std::vector<std::string> out;
  if (page.size() < 8)
    for (char c = 'a'; c < 'c'; ++c)
      out.push_back(page.substr(1, page.size() - 2) + "/" + c);
  co_return out;
}

ASL_ASYNC asl::Task<std::size_t> size_of(const std::string &p) {
  co_await tick();
  co_return p.size();
}

ASL_ASYNC asl::Task<void> note(std::map<std::string, int> &m, std::string k) {
  co_await tick();
  ++m[k];
}

ASL_ASYNC asl::Task<int> crawl(std::vector<std::string> roots) {
  std::map<std::string, int> seen;
  std::vector<asl::Task<std::string>> first;
  for (const auto &r : roots)
    first.push_back(fetch(r));
  std::vector<std::string> pages = co_await asl::when_all(std::move(first));
  for (const auto &p : pages) {
    auto lt = links(p);
    auto st = size_of(p);
    auto nt = note(seen, p);
    auto [sub, size, _] =
        co_await asl::when_all(std::move(lt), std::move(st), std::move(nt));
    std::printf("  %s size %zu -> %zu links\n", p.c_str(), size,
                sub.size());
    std::vector<asl::Task<void>> notes;
    for (auto &s : sub)
      notes.push_back(note(seen, s));
    co_await asl::when_all(std::move(notes));
  }
  try {
    std::vector<asl::Task<std::string>> mixed;
    mixed.push_back(fetch("ok1"));
    mixed.push_back(fetch("bad1"));
    auto r = co_await asl::when_all(std::move(mixed));
    std::printf("  unexpected %zu\n", r.size());
  } catch (const std::exception &e) {
    std::printf("  crawl error: %s\n", e.what());
  }
  for (const auto &[k, v] : seen)
    std::printf("  seen %s x%d\n", k.c_str(), v);
  co_return static_cast<int>(seen.size());
}

int main() {
  auto t = crawl({"x", "yy", "zzz"});
  drain();
  std::printf("crawled %d fetches %d\n", asl::sync_wait(std::move(t)),
              g_fetches);
}
