// A packet header with bit-fields and an enum class, filled across awaits;
// compound assignments to bit-fields with awaited right-hand sides.
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

enum class Kind : unsigned char { Ping = 1, Data = 2, Ack = 3 };
struct Header {
  unsigned version : 3;
  unsigned urgent : 1;
  unsigned length : 12;
  Kind kind;
};

ASL_ASYNC asl::Task<Header> read_header() {
  Header h{};
  h.version = co_await num("ver", 5);
  h.urgent = co_await yes("urg", true);
  h.length = 100;
  h.length += co_await num("len", 23);
  h.length |= 0x800;
  h.kind = static_cast<Kind>(co_await num("kind", 2));
  co_return h;
}

const char *name(Kind k) {
  switch (k) {
  case Kind::Ping: return "ping";
  case Kind::Data: return "data";
  case Kind::Ack: return "ack";
  }
  return "?";
}

ASL_ASYNC asl::Task<int> run() {
  Header h = co_await read_header();
  std::printf("v%u u%u len%u %s\n", h.version, h.urgent, h.length,
              name(h.kind));
  switch (h.kind) {
  case Kind::Data:
    h.version -= co_await num("dec", 1);
    [[fallthrough]];
  case Kind::Ack:
    std::printf("v now %u\n", h.version);
    break;
  default:
    break;
  }
  co_return static_cast<int>(h.length + h.version);
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
