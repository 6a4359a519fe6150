// A countdown latch with an intrusive wait list: its awaiter checks the
// count and enlists itself in one step, in await_ready; count_down()
// stores the final count in each waiter before waking it.
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

struct Latch;
struct LatchWait {
  Latch *latch;
  LatchWait *next = nullptr;
  int seen = -1;
  bool await_ready();
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  int await_resume() const { return seen; }
};
struct Latch {
  int count;
  LatchWait *head = nullptr;
  LatchWait wait() { return LatchWait{this}; }
  void count_down() {
    if (--count > 0)
      return;
    for (LatchWait *w = head; w; w = w->next)
      w->seen = 100;
    head = nullptr;
    pump();
  }
};
bool LatchWait::await_ready() {
  if (latch->count <= 0) {
    seen = 0;
    return true;
  }
  next = latch->head;
  latch->head = this;
  return false;
}

ASL_ASYNC asl::Task<int> waiter(Latch &l, int id) {
  int s = co_await l.wait();
  std::printf("waiter %d saw %d\n", id, s);
  co_return s + id;
}

int main() {
  Latch l{2};
  auto a = waiter(l, 1);
  auto b = waiter(l, 2);
  l.count_down();
  l.count_down();
  int r = asl::sync_wait(std::move(a)) + asl::sync_wait(std::move(b));
  std::printf("result %d\n", r);
}
