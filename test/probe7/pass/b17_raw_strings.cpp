// Raw string literals in async bodies: with quotes and parentheses, with a
// delimiter, spanning lines, containing "co_await", "co_return", braces,
// comment markers and a backslash at a line end; raw strings as
// arguments of awaited calls and kept in locals across awaits.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
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

ASL_ASYNC asl::Task<std::size_t> measure(std::string s) {
  co_await Hold{};
  co_return s.size();
}

ASL_ASYNC asl::Task<std::string> raw_strings() {
  std::string json = R"j({"key": "value (with parens)", "n": [1, 2]})j";
  std::string tricky =
      R"xx(a )" quote, co_await f(); co_return 1; } /* not a comment */)xx"
      R"xx( // nor this)xx";
  std::size_t n1 = co_await measure(R"(first)");
  std::string multi = R"(line one
  line two with "quotes" and a backslash \
line three { brace )";
  std::size_t n2 = co_await measure(multi);
  const char *c = R"-(co_await co_await)-";
  std::size_t n3 = co_await measure(std::string(c) + R"(+)" + json);
  co_await Hold{};
  std::printf("%s\n%s\n%s\n%s\n", json.c_str(), tricky.c_str(), multi.c_str(),
              c);
  std::printf("%zu %zu %zu\n", n1, n2, n3);
  co_return reinterpret_cast<const char *>(u8R"(u8 raw)") +
      std::string(R"(end)");
}

int main() {
  auto t = raw_strings();
  pump();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
