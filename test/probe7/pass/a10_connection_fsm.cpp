// A state machine with enum-class switches: a connection driver that moves
// through Idle, Resolving, Connecting, Handshake, Open, Closing, Closed,
// with awaits inside cases, fallthrough, retries and a switch on the
// awaited result kind.
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

enum class St { Idle, Resolving, Connecting, Handshake, Open, Closing, Closed };
enum class Ev : unsigned char { Ok, Timeout, Refused, Data, Eof };

const char *name(St s) {
  switch (s) {
  case St::Idle:
    return "Idle";
  case St::Resolving:
    return "Resolving";
  case St::Connecting:
    return "Connecting";
  case St::Handshake:
    return "Handshake";
  case St::Open:
    return "Open";
  case St::Closing:
    return "Closing";
  case St::Closed:
    return "Closed";
  }
  return "?";
}

struct Net {
  std::deque<Ev> script;
  ASL_ASYNC asl::Task<Ev> poll() {
    co_await Hold{};
    if (script.empty())
      co_return Ev::Eof;
    Ev e = script.front();
    script.pop_front();
    co_return e;
  }
};

ASL_ASYNC asl::Task<std::string> drive(Net &net) {
  St s = St::Idle;
  int retries = 0, packets = 0;
  std::string trace;
  while (s != St::Closed) {
    trace += name(s);
    trace += ' ';
    switch (s) {
    case St::Idle:
      s = St::Resolving;
      break;
    case St::Resolving:
      switch (co_await net.poll()) {
      case Ev::Ok:
        s = St::Connecting;
        break;
      case Ev::Timeout:
        if (++retries > 2) {
          s = St::Closed;
          break;
        }
        continue;
      default:
        s = St::Closed;
        break;
      }
      break;
    case St::Connecting: {
      Ev e = co_await net.poll();
      if (e == Ev::Refused) {
        retries++;
        s = retries > 3 ? St::Closed : St::Resolving;
        break;
      }
      s = St::Handshake;
    }
      [[fallthrough]];
    case St::Handshake:
      if (co_await net.poll() != Ev::Ok) {
        s = St::Closing;
        break;
      }
      s = St::Open;
      break;
    case St::Open:
      for (;;) {
        Ev e = co_await net.poll();
        if (e == Ev::Data) {
          ++packets;
          continue;
        }
        s = e == Ev::Eof ? St::Closing : St::Open;
        break;
      }
      break;
    case St::Closing:
      co_await Hold{};
      s = St::Closed;
      break;
    case St::Closed:
      break;
    }
  }
  co_return trace + "Closed packets=" + std::to_string(packets) +
      " retries=" + std::to_string(retries);
}

int main() {
  std::vector<std::deque<Ev>> scripts{
      {Ev::Ok, Ev::Ok, Ev::Ok, Ev::Data, Ev::Data, Ev::Eof},
      {Ev::Timeout, Ev::Timeout, Ev::Ok, Ev::Refused, Ev::Ok, Ev::Ok, Ev::Ok,
       Ev::Timeout, Ev::Data},
      {Ev::Timeout, Ev::Timeout, Ev::Timeout},
      {Ev::Ok, Ev::Ok, Ev::Refused},
  };
  for (auto &sc : scripts) {
    Net n{sc};
    auto t = drive(n);
    pump();
    std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
  }
}
