// A command dispatch table: a std::map from names to std::function of async
// lambdas and free functions, a constexpr array of {name, pointer} pairs
// searched with std::find_if, and unknown commands reported.
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

ASL_ASYNC asl::Task<std::string> cmd_echo(std::vector<std::string> args) {
  co_await Hold{};
  std::string out;
  for (auto &a : args)
    out += (out.empty() ? "" : " ") + a;
  co_return out;
}
ASL_ASYNC asl::Task<std::string> cmd_count(std::vector<std::string> args) {
  co_await Hold{};
  co_return std::to_string(args.size());
}

struct Entry {
  const char *name;
  asl::Task<std::string> (*fn)(std::vector<std::string>);
};
constexpr Entry builtins[] = {{"echo", cmd_echo}, {"count", cmd_count}};

ASL_ASYNC asl::Task<void> shell(std::vector<std::string> lines) {
  std::map<std::string,
           std::function<asl::Task<std::string>(std::vector<std::string>)>>
      extra;
  extra["rev"] = [](std::vector<std::string> a) -> asl::Task<std::string> {
    std::reverse(a.begin(), a.end());
    co_return co_await cmd_echo(std::move(a));
  };
  extra["upper"] = [](std::vector<std::string> a) -> asl::Task<std::string> {
    std::string s = co_await cmd_echo(a);
    for (char &c : s)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    co_return s;
  };
  for (const std::string &line : lines) {
    std::istringstream in(line);
    std::string name, w;
    in >> name;
    std::vector<std::string> args;
    while (in >> w)
      args.push_back(w);
    auto b = std::find_if(std::begin(builtins), std::end(builtins),
                          [&](const Entry &e) { return name == e.name; });
    std::string out;
    if (b != std::end(builtins))
      out = co_await b->fn(args);
    else if (auto it = extra.find(name); it != extra.end())
      out = co_await it->second(args);
    else
      out = "unknown command: " + name;
    std::printf("$ %s\n%s\n", line.c_str(), out.c_str());
  }
}

int main() {
  auto t = shell({"echo hello world", "count a b c", "rev x y z",
                  "upper mixed Case", "nope 1"});
  pump();
  asl::sync_wait(std::move(t));
}
