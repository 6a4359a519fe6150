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
#include <vector>

// A protocol state machine (handshake, auth, data, close) ported to async:
// switch with fallthrough and awaits in cases, goto for retries out of
// scopes with lifted guards, nested tries where the inner handler rethrows
// after a resumption, and a break out of a loop from inside a switch.

struct ProtoError : std::runtime_error {
  int code;
  ProtoError(const std::string &m, int c) : std::runtime_error(m), code(c) {}
};

struct Link {
  std::vector<int> frames;
  size_t at = 0;
  ASL_ASYNC asl::Task<int> recv() {
    int f = co_await later(at < frames.size() ? frames[at] : -1);
    ++at;
    if (f == 99)
      throw ProtoError("reset", 99);
    co_return f;
  }
};

enum Phase { Hello, Auth, Data, Close };

ASL_ASYNC asl::Task<std::string> session(Link &link) {
  Guard s("session");
  std::string log;
  int retries = 0;
  Phase ph = Hello;
restart:
  try {
    Guard attempt("attempt");
    for (;;) {
      switch (ph) {
      case Hello: {
        Guard h("hello");
        int f = co_await link.recv();
        log += "H" + std::to_string(f);
        if (f != 1) {
          if (++retries < 3)
            goto restart;
          co_return log + "!";
        }
        ph = Auth;
      }
        [[fallthrough]];
      case Auth:
        if (co_await link.recv() == 7) {
          log += "A";
          ph = Data;
        } else {
          throw ProtoError("auth", 7);
        }
        [[fallthrough]];
      case Data: {
        int sum = 0;
        while (int f = co_await link.recv()) {
          if (f < 0)
            break;
          bool bad = false;
          try {
            if (f == 13)
              throw std::runtime_error("unlucky");
            sum += f;
          } catch (const std::runtime_error &) {
            log += "?";
            bad = true;
          }
          if (bad)
            sum += co_await later(0) - 1;
        }
        log += "D" + std::to_string(sum);
        ph = Close;
        break;
      }
      case Close:
        log += "C";
        goto finished;
      }
    }
  } catch (const ProtoError &e) {
    log += std::string("E:") + e.what();
    if (e.code == 99 && retries++ < 3) {
      ph = Hello;
      goto restart;
    }
  }
finished:
  co_return log;
}

int main() {
  std::vector<std::vector<int>> runs = {
      {1, 7, 4, 5, 0},       {2, 1, 7, 13, 3, 0},  {1, 8},
      {1, 99, 1, 7, 2, -1},  {5, 5, 5},            {1, 7, 99},
  };
  for (auto &r : runs) {
    Link link{r};
    asl::Task<std::string> t = session(link);
    drain();
    std::printf("log %s\n", asl::sync_wait(std::move(t)).c_str());
  }
}
