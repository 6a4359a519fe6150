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
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

// A job scheduler: jobs are a variant of kinds, visited with a generic
// lambda whose result is awaited; a templated async runner instantiated
// with several result types; priorities sorted with a generic comparator;
// retries with continue/break in loops holding lifted locals.

struct Compute {
  int n;
};
struct Fetch {
  std::string url;
};
struct Fail {
  int code;
};
using Job = std::variant<Compute, Fetch, Fail>;

struct Entry {
  int prio;
  std::string name;
  Job job;
};

template <class T> struct Result {
  T value;
  int attempts;
  Result<T> operator+(int extra) const { return {value, attempts + extra}; }
};

ASL_ASYNC asl::Task<int> compute(int n) {
  int acc = 0;
  for (int i = 1; i <= n; ++i)
    acc += co_await later(i * i);
  co_return acc;
}

ASL_ASYNC asl::Task<std::string> fetch(std::string url) {
  std::string body = co_await later(std::string("<") + url + ">");
  co_return body + std::to_string(url.size());
}

template <class T, class F>
ASL_ASYNC asl::Task<Result<T>> with_retry(F make, int max) {
  Guard g("retry");
  int attempt = 0;
  for (;;) {
    ++attempt;
    try {
      T v = co_await make(attempt);
      co_return Result<T>{std::move(v), attempt};
    } catch (const std::exception &e) {
      std::printf("  attempt %d: %s\n", attempt, e.what());
      if (attempt < max)
        continue;
      break;
    }
  }
  co_return Result<T>{T{}, -attempt};
}

ASL_ASYNC asl::Task<int> flaky(int code, int attempt) {
  co_await later(0);
  if (attempt < code)
    throw std::runtime_error("code " + std::to_string(code));
  co_return code * 100;
}

ASL_ASYNC asl::Task<std::string> do_job(const Compute &j) {
  auto r = co_await with_retry<int>([n = j.n](int) { return compute(n); }, 1);
  co_return std::to_string(r.value) + "/" + std::to_string(r.attempts);
}
ASL_ASYNC asl::Task<std::string> do_job(const Fetch &j) {
  auto r = (co_await with_retry<std::string>(
               [u = j.url](int) { return fetch(u); }, 2)) +
           1;
  co_return r.value + "/" + std::to_string(r.attempts);
}
ASL_ASYNC asl::Task<std::string> do_job(const Fail &j) {
  auto r = co_await with_retry<int>(
      [c = j.code](int a) { return flaky(c, a); }, 3);
  co_return std::to_string(r.value) + "/" + std::to_string(r.attempts);
}

ASL_ASYNC asl::Task<std::string> run(const Entry &e) {
  auto visitor = [](const auto &j) { return do_job(j); };
  std::string out = e.name + "=" + co_await std::visit(visitor, e.job);
  co_return out;
}

ASL_ASYNC asl::Task<void> schedule(std::vector<Entry> entries) {
  auto by = [](auto key) {
    return [key](const auto &a, const auto &b) { return key(a) < key(b); };
  };
  std::sort(entries.begin(), entries.end(),
            by([](const Entry &e) { return std::make_pair(-e.prio, e.name); }));
  std::map<std::string, std::string> done;
  for (const Entry &e : entries) {
    if (e.prio < 0) {
      std::printf("  skip %s\n", e.name.c_str());
      continue;
    }
    const std::string &r = co_await run(e);
    done.emplace(e.name, r);
    std::printf("  ran %s\n", r.c_str());
  }
  for (auto &[k, v] : done)
    std::printf("  %s -> %s\n", k.c_str(), v.c_str());
}

int main() {
  std::vector<Entry> es;
  es.push_back({1, "sq", Compute{3}});
  es.push_back({5, "web", Fetch{"a.io"}});
  es.push_back({3, "bad", Fail{2}});
  es.push_back({-1, "off", Compute{1}});
  es.push_back({3, "worse", Fail{5}});
  asl::Task<void> t = schedule(std::move(es));
  drain();
  asl::sync_wait(std::move(t));
  std::printf("done\n");
}
