// UI-style debouncing in manual time: keystrokes arrive with gaps; a search
// is started only after 30ms of quiet; an in-flight search is cancelled by
// a newer keystroke (cancellation token); results render only for the
// latest query.
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

using namespace std::chrono_literals;

struct SearchBox {
  asl::TimerQueue &t;
  std::string text;
  int generation = 0;
  std::unique_ptr<asl::CancellationSource> inflight;
  std::vector<std::string> rendered;
  int searches_started = 0, cancelled = 0;

  ASL_ASYNC asl::Task<std::vector<std::string>>
  search(std::string q, asl::CancellationToken tok) {
    ++searches_started;
    co_await t.delay(20ms, tok);
    std::vector<std::string> hits;
    for (const char *w :
         {"apple", "apricot", "banana", "blueberry", "cherry", "apartment"})
      if (std::string_view(w).substr(0, q.size()) == q)
        hits.push_back(w);
    co_return hits;
  }

  ASL_ASYNC asl::Task<void> on_key(char c) {
    text += c;
    int mine = ++generation;
    if (inflight)
      inflight->cancel();
    co_await t.delay(30ms);
    if (mine != generation)
      co_return;
    inflight = std::make_unique<asl::CancellationSource>();
    asl::CancellationToken tok = inflight->token();
    try {
      auto hits = co_await search(text, tok);
      std::string line = text + ":";
      for (auto &h : hits)
        line += " " + h;
      rendered.push_back(line);
    } catch (const asl::operation_cancelled &) {
      ++cancelled;
    }
  }
};

ASL_ASYNC asl::Task<void> typist(SearchBox &box, std::string keys,
                                 std::vector<int> gaps) {
  std::vector<asl::Task<void>> handlers;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    handlers.push_back(box.on_key(keys[i]));
    co_await box.t.delay(std::chrono::milliseconds(gaps[i]));
  }
  for (auto &h : handlers)
    co_await std::move(h);
}

int main() {
  asl::TimerQueue t(asl::TimerQueue::manual_time);
  SearchBox box{t, "", 0, nullptr, {}, 0, 0};
  auto ty = typist(box, "apbx", {5, 40, 5, 60});
  for (int i = 0; i < 400 && !ty.is_ready(); ++i)
    t.advance(1ms);
  asl::sync_wait(std::move(ty));
  for (auto &r : box.rendered)
    std::printf("render %s\n", r.c_str());
  std::printf("started %d cancelled %d\n", box.searches_started, box.cancelled);
}
