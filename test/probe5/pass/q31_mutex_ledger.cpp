// A ledger shared by three tasks under asl::Mutex; each transfer holds the
// lock across a Hold, so the others queue; a lock released early by
// unlock() and one released by a scope end.
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

#include <asl/mutex.h>

struct Ledger {
  asl::Mutex m;
  std::map<std::string, int> bal{{"a", 100}, {"b", 50}, {"c", 0}};
};

ASL_ASYNC asl::Task<int> transfer(Ledger &l, std::string from, std::string to,
                                  int amt) {
  asl::MutexLock held = co_await l.m.lock();
  std::printf("lock %s->%s\n", from.c_str(), to.c_str());
  co_await Hold{};
  if (l.bal[from] < amt) {
    held.unlock();
    std::printf("insufficient %s\n", from.c_str());
    co_await Hold{};
    co_return 0;
  }
  l.bal[from] -= amt;
  co_await Hold{};
  l.bal[to] += amt;
  std::printf("unlock %s->%s\n", from.c_str(), to.c_str());
  co_return amt;
}

int main() {
  Ledger l;
  auto t1 = transfer(l, "a", "b", 30);
  auto t2 = transfer(l, "c", "a", 10);
  auto t3 = transfer(l, "b", "c", 70);
  pump();
  int moved = asl::sync_wait(std::move(t1)) + asl::sync_wait(std::move(t2)) +
              asl::sync_wait(std::move(t3));
  for (auto &kv : l.bal)
    std::printf("%s=%d\n", kv.first.c_str(), kv.second);
  std::printf("result %d\n", moved);
}
