// A request pipeline: middleware stages, retries with backoff in manual time,
// a timeout raced with when_any, and a response log, as a service would.
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

struct Request {
  std::string path;
  int attempt = 0;
};
struct Response {
  int status;
  std::string body;
};

struct Backend {
  asl::TimerQueue &timers;
  std::map<std::string, int> failures_left;
  ASL_ASYNC asl::Task<Response> handle(Request req) {
    co_await timers.delay(req.path == "/slow" ? 50ms : 5ms);
    int &left = failures_left[req.path];
    if (left > 0) {
      --left;
      throw std::runtime_error("503 from " + req.path);
    }
    co_return Response{200,
                       "ok:" + req.path + "#" + std::to_string(req.attempt)};
  }
};

ASL_ASYNC asl::Task<Response> with_timeout(asl::TimerQueue &timers,
                                           asl::Task<Response> work,
                                           std::chrono::milliseconds limit) {
  auto timer = [](asl::TimerQueue &t,
                  std::chrono::milliseconds l) -> asl::Task<int> {
    co_await t.delay(l);
    co_return 0;
  };
  auto first = co_await asl::when_any(std::move(work), timer(timers, limit));
  if (first.index() == 1)
    co_return Response{504, "timeout"};
  co_return std::get<0>(std::move(first));
}

ASL_ASYNC asl::Task<Response> with_retries(Backend &be, Request req, int max) {
  std::chrono::milliseconds backoff = 10ms;
  for (;;) {
    ++req.attempt;
    try {
      Response r = co_await with_timeout(be.timers, be.handle(req), 20ms);
      if (r.status == 504 && req.attempt < max) {
        std::printf("  %s attempt %d timed out\n", req.path.c_str(),
                    req.attempt);
        continue;
      }
      co_return r;
    } catch (const std::exception &e) {
      std::printf("  %s attempt %d: %s\n", req.path.c_str(), req.attempt,
                  e.what());
      if (req.attempt >= max)
        co_return Response{500, e.what()};
    }
    co_await be.timers.delay(backoff);
    backoff *= 2;
  }
}

ASL_ASYNC asl::Task<std::vector<std::string>>
serve(Backend &be, std::vector<std::string> paths) {
  std::vector<std::string> log;
  for (const std::string &p : paths) {
    Response r = co_await with_retries(be, Request{p}, 3);
    log.push_back(p + " -> " + std::to_string(r.status) + " " + r.body);
  }
  co_return log;
}

int main() {
  asl::TimerQueue timers(asl::TimerQueue::manual_time);
  Backend be{timers, {{"/flaky", 2}, {"/down", 5}}};
  auto t = serve(be, {"/a", "/flaky", "/down", "/slow"});
  for (int i = 0; i < 100 && !t.is_ready(); ++i)
    timers.advance(1ms);
  for (int i = 0; i < 100 && timers.pending(); ++i)
    timers.advance(1ms);
  for (const auto &line : asl::sync_wait(std::move(t)))
    std::printf("%s\n", line.c_str());
}
