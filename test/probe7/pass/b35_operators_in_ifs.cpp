// Selection and iteration statements written the short way around awaits:
// if without braces followed by else if chains, nested ternaries, a while
// with an empty body whose condition awaits, for with an empty body, a
// do-while on one line, a label on an empty statement, and a null
// statement after an await.
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

int polls = 0;
ASL_ASYNC asl::Task<bool> poll() {
  co_await Hold{};
  co_return ++polls < 4;
}

ASL_ASYNC asl::Task<int> short_forms(int v) {
  int r = 0;
  if (co_await num("if", v) > 10)
    r = 1;
  else if (co_await num("elif", v) > 5)
    r = 2;
  else if (v > 1)
    r = co_await num("elif2", 3);
  else
    r = 4;
  while (co_await poll())
    ;
  for (int i = 0; i < co_await num("for", 2); ++i)
    ;
  do
    r += 10;
  while (co_await num("dw", r) < 30);
  co_await Hold{};
  ;
  if (v == 0)
    goto done;
  r = r > 40   ? co_await num("t1", 1)
      : r > 30 ? co_await num("t2", 2)
               : co_await num("t3", 3);
done:;
  co_return r + polls;
}

int main() {
  for (int v : {20, 7, 3, 0}) {
    polls = 0;
    auto t = short_forms(v);
    pump();
    std::printf("%d -> %d\n", v, asl::sync_wait(std::move(t)));
  }
}
