// Range-for with awaits in the body over containers of objects; references
// into the container used across awaits; nested range-for over a map.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

struct Order {
  std::string id;
  std::vector<int> lines;
};

ASL_ASYNC asl::Task<int> price(int line) {
  co_await Gate{};
  co_return line * 3;
}

ASL_ASYNC asl::Task<int> total(std::vector<Order> orders) {
  int all = 0;
  std::map<std::string, int> per;
  for (Order &o : orders) {
    R r("order:" + o.id);
    int sum = 0;
    for (int l : o.lines) {
      sum += co_await price(l);
      if (sum > 20)
        break;
    }
    o.id += "!";
    per[o.id] = sum;
    all += sum;
  }
  for (const auto &entry : per) {
    co_await Gate{};
    std::printf("%s -> %d\n", entry.first.c_str(), entry.second);
  }
  for (auto &o : orders)
    std::printf("id now %s\n", o.id.c_str());
  co_return all;
}

int main() {
  auto t = total({{"o1", {1, 2}}, {"o2", {5, 5, 5}}, {"o3", {}}});
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
