// FINDING (warning in the lowered build, g++ -Wimplicit-fallthrough):
// `throw net::Err(co_await ...)` ends a switch case; see
// repro/r02_throw_await_ends_case.cpp.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Assorted statement shapes a port meets: co_return of a braced list,
// throw of an object built from an await, switch with an init-statement
// over an awaited struct, calls through pointers to member functions with
// awaited arguments, forwarding-reference and const-reference bindings to
// awaited prvalues (incl. structured bindings), bit-fields and a static
// local across awaits, and functions in named and unnamed namespaces.

namespace net {
struct Packet {
  unsigned kind : 3;
  unsigned len : 5;
  int seq;
};
struct Err : std::runtime_error {
  using std::runtime_error::runtime_error;
};

ASL_ASYNC asl::Task<Packet> recv(int seq) {
  co_await later(0);
  co_return {static_cast<unsigned>(seq % 4), static_cast<unsigned>(seq * 3),
             seq};
}
ASL_ASYNC asl::Task<std::string> describe(int code) {
  co_return "code " + std::to_string(co_await later(code));
}
} // namespace net

namespace {
struct Codec {
  int base;
  int enc(int x, int y) const { return base + x * 10 + y; }
  int dec(int x, int y) const { return base - x - y; }
};
ASL_ASYNC asl::Task<std::pair<int, std::string>> pair_of(int v) {
  co_return {co_await later(v), std::to_string(v * v)};
}
} // namespace

ASL_ASYNC asl::Task<std::vector<int>> handle(int seq) {
  static int calls = 0;
  ++calls;
  using Op = int (Codec::*)(int, int) const;
  Codec c{1000};
  net::Packet p = co_await net::recv(seq);
  p.len = p.len + 1;
  switch (net::Packet q = co_await net::recv(seq + 1); q.kind) {
  case 0:
    throw net::Err(co_await net::describe(static_cast<int>(q.len)));
  case 1: {
    Op op = p.kind % 2 ? &Codec::enc : &Codec::dec;
    co_return {(c.*op)(co_await later(1), co_await later(2)), calls};
  }
  case 2:
  case 3: {
    auto &&fw = co_await pair_of(seq);
    const auto &[num, sq] = co_await pair_of(seq + 1);
    co_await later(0);
    co_return {fw.first, num, static_cast<int>(sq.size()),
               static_cast<int>(p.len), calls};
  }
  }
  co_return {};
}

int main() {
  for (int seq : {0, 1, 2, 3, 7}) {
    asl::Task<std::vector<int>> t = handle(seq);
    drain();
    try {
      std::string s;
      for (int x : asl::sync_wait(std::move(t)))
        s += std::to_string(x) + " ";
      std::printf("seq %d: %s\n", seq, s.c_str());
    } catch (const net::Err &e) {
      std::printf("seq %d: error %s\n", seq, e.what());
    }
  }
}
