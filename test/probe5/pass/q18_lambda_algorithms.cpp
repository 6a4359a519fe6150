// Ranges of awaits driven by std algorithms through lambdas that return
// tasks: transform into a vector of tasks, then await them in a loop;
// std::accumulate over awaited results; sort by an awaited key first.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

#include <algorithm>
#include <numeric>

ASL_ASYNC asl::Task<int> run() {
  std::vector<int> ids{4, 1, 3, 2};
  std::vector<asl::Task<int>> tasks;
  std::transform(ids.begin(), ids.end(), std::back_inserter(tasks),
                 [](int id) { return num("t", id * id); });
  std::vector<int> results;
  for (auto &t : tasks)
    results.push_back(co_await std::move(t));
  int total = std::accumulate(results.begin(), results.end(), 0);
  std::vector<std::pair<int, int>> keyed;
  for (int id : ids)
    keyed.emplace_back(co_await num("key", 10 - id), id);
  std::sort(keyed.begin(), keyed.end());
  for (auto &k : keyed)
    std::printf("%d:%d ", k.first, k.second);
  std::printf("\n");
  auto it = std::find_if(results.begin(), results.end(),
                         [](int r) { return r > 5; });
  co_return total * 10 + static_cast<int>(it - results.begin());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
