// C# idioms: start several operations, keep the tasks in variables and
// await them later (`var a = F(); var b = G(); await a; await b;`), await
// the same completed task twice (reads in place), WhenAll over a loop of
// started tasks, and a Task.FromResult-style ready task.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
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

ASL_ASYNC asl::Task<int> ready(int v) { co_return v; }

ASL_ASYNC asl::Task<int> download(std::string url) {
  std::printf("start %s\n", url.c_str());
  co_await Hold{};
  std::printf("done %s\n", url.c_str());
  co_return static_cast<int>(url.size());
}

ASL_ASYNC asl::Task<int> run() {
  asl::Task<int> first = download("http://a");
  asl::Task<int> second = download("http://bb");
  std::printf("both started\n");
  int b = co_await second;
  int a = co_await first;
  int again = co_await first;
  std::vector<asl::Task<int>> batch;
  for (const char *u : {"x", "yy", "zzz"})
    batch.push_back(download(u));
  std::vector<int> sizes = co_await asl::when_all(std::move(batch));
  int total = 0;
  for (int s : sizes)
    total += s;
  int r = co_await ready(7);
  std::printf("%d %d %d %d %d\n", a, b, again, total, r);
  co_return a + b + total + r;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
