// h32: a data-cleaning job: non-coroutine generic lambdas capturing lifted
// locals by reference, kept across awaits and called after them with
// different types; a lambda returning a lambda; std::for_each and
// std::transform with those lambdas between awaits; a mutable counter
// lambda; a recursive generic lambda (self parameter).
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
#include <algorithm>
#include <map>
#include <string>
#include <vector>

ASL_ASYNC asl::Task<std::vector<std::string>> fetch_rows() {
  co_await tick();
  co_return std::vector<std::string>{" Alice ", "bob", "", "  Carol", "bob"};
}

ASL_ASYNC asl::Task<int> clean() {
  std::map<std::string, int> seen;
  int dropped = 0;
  auto note = [&seen, &dropped](const auto &key) {
    if constexpr (std::is_same_v<std::decay_t<decltype(key)>, int>) {
      dropped += key;
    } else {
      ++seen[key];
    }
  };
  auto trimmer = [](char pad) {
    return [pad](std::string s) {
      while (!s.empty() && s.front() == pad)
        s.erase(s.begin());
      while (!s.empty() && s.back() == pad)
        s.pop_back();
      return s;
    };
  };
  auto trim = trimmer(' ');
  auto counter = [n = 0]() mutable { return ++n; };
  std::vector<std::string> rows = co_await fetch_rows();
  std::transform(rows.begin(), rows.end(), rows.begin(), trim);
  co_await tick();
  std::for_each(rows.begin(), rows.end(), [&](const std::string &r) {
    if (r.empty())
      note(1);
    else
      note(r);
    counter();
  });
  auto fact = [](auto self, int n) -> long {
    return n <= 1 ? 1 : n * self(self, n - 1);
  };
  long f = fact(fact, co_await later(5));
  co_await tick();
  note(std::string("late"));
  int calls = counter();
  for (const auto &[k, v] : seen)
    std::printf("  %s x%d\n", k.c_str(), v);
  std::printf("  dropped %d calls %d fact %ld\n", dropped, calls, f);
  co_return static_cast<int>(seen.size());
}

int main() {
  auto t = clean();
  drain();
  std::printf("clean %d\n", asl::sync_wait(std::move(t)));
}
