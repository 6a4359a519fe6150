// Aggregates with default member initializers, some members given by
// awaits and some left out; a nested aggregate and an array member.
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

struct Limits {
  int lo = -1;
  int hi = 100;
};
struct Job {
  std::string name;
  int prio = 5;
  Limits lim{};
  int tags[3] = {7, 8, 9};
  T owner{"default-owner"};
};

ASL_ASYNC asl::Task<int> run() {
  Job a{co_await text("a")};
  Job b{"b", co_await num("prio", 9), {co_await num("lo", 0)}};
  Job c{"c", 1, {2, 3}, {co_await num("t0", 4)}, T("c-owner")};
  co_await Hold{};
  for (const Job *j : {&a, &b, &c})
    std::printf("%s %d [%d,%d] %d%d%d %s\n", j->name.c_str(), j->prio,
                j->lim.lo, j->lim.hi, j->tags[0], j->tags[1], j->tags[2],
                j->owner.n.c_str());
  co_return a.prio + b.prio + c.prio + b.lim.lo + c.tags[0];
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
