// Producers and consumers over bounded channels: two producers feed a
// merger, a stage of workers transforms, a sink collects; closing
// propagates; sequence numbers make the result order-independent.
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

struct Item {
  int seq;
  std::string payload;
};

ASL_ASYNC asl::Task<void> produce(asl::Channel<Item> &out, std::string prefix,
                                  int first, int n) {
  for (int i = 0; i < n; ++i)
    co_await out.send(Item{first + i, prefix + std::to_string(i)});
}

ASL_ASYNC asl::Task<int> transform(asl::Channel<Item> &in,
                                   asl::Channel<Item> &out, int id) {
  int handled = 0;
  while (std::optional<Item> it = co_await in.receive()) {
    std::string up = it->payload;
    for (char &c : up)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    co_await Hold{};
    co_await out.send(Item{it->seq, up + "@w" + std::to_string(id % 1)});
    ++handled;
  }
  co_return handled;
}

ASL_ASYNC asl::Task<std::map<int, std::string>> sink(asl::Channel<Item> &in) {
  std::map<int, std::string> got;
  for (;;) {
    auto it = co_await in.receive();
    if (!it)
      break;
    got.emplace(it->seq, std::move(it->payload));
  }
  co_return got;
}

ASL_ASYNC asl::Task<void> pipeline() {
  asl::Channel<Item> raw(2), cooked(1);
  auto s = sink(cooked);
  std::vector<asl::Task<int>> workers;
  for (int w = 0; w < 3; ++w)
    workers.push_back(transform(raw, cooked, w));
  co_await asl::when_all(produce(raw, "a", 0, 6), produce(raw, "b", 100, 4));
  raw.close();
  int total = 0;
  for (auto &w : workers)
    total += co_await std::move(w);
  cooked.close();
  std::map<int, std::string> got = co_await std::move(s);
  std::printf("handled %d, got %zu\n", total, got.size());
  for (const auto &[k, v] : got)
    std::printf("  %d %s\n", k, v.c_str());
}

int main() {
  auto t = pipeline();
  pump();
  asl::sync_wait(std::move(t));
}
