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
#include <string>
#include <vector>

// Jumps leaving scopes that hold lifted locals and guards, as in a ported
// C-style resource loop: goto to a cleanup label outside nested blocks,
// goto backwards into a retry label, break and continue from a switch
// nested in a loop nested in a try, and co_return from three levels deep;
// each runs exactly the destructors of the scopes left.

struct Res {
  std::string n;
  explicit Res(std::string s) : n(std::move(s)) {
    std::printf("  open %s\n", n.c_str());
  }
  Res(const Res &) = delete;
  ~Res() { std::printf("  close %s\n", n.c_str()); }
};

ASL_ASYNC asl::Task<int> job(int plan) {
  int tries = 0;
  int result = 0;
  Res outer("outer");
again:
  ++tries;
  {
    Res conn("conn" + std::to_string(tries));
    for (int i = 0; i < 4; ++i) {
      Res step("step" + std::to_string(i));
      int v = co_await later(plan * 10 + i);
      try {
        Guard g("try");
        switch (v % 5) {
        case 0:
          continue;
        case 1: {
          Res tmp("tmp");
          co_await later(0);
          if (tries < 2)
            goto again;
          break;
        }
        case 2:
          if (plan == 3) {
            Res deep("deep");
            co_await later(0);
            co_return -v;
          }
          [[fallthrough]];
        case 3:
          result += v;
          break;
        default:
          goto cleanup;
        }
      } catch (...) {
      }
      std::printf("  after switch %d\n", v);
    }
    std::printf("  loop done\n");
  }
cleanup:
  std::printf("  cleanup tries=%d\n", tries);
  co_return result;
}

int main() {
  for (int p : {0, 1, 3, 4}) {
    asl::Task<int> t = job(p);
    drain();
    std::printf("plan %d -> %d\n", p, asl::sync_wait(std::move(t)));
  }
}
