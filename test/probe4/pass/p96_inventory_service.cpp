// An inventory service: reservations with RAII rollback objects across
// awaits, commit on success, rollback when a later step throws.
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

struct Stock {
  std::map<std::string, int> qty{{"bolt", 5}, {"nut", 2}};
};
class Reservation {
public:
  Reservation(Stock &s, std::string item, int n)
      : s_(s), item_(std::move(item)), n_(n) {
    if (s_.qty[item_] < n_)
      throw std::runtime_error("not enough " + item_);
    s_.qty[item_] -= n_;
    std::printf("reserved %d %s\n", n_, item_.c_str());
  }
  Reservation(const Reservation &) = delete;
  ~Reservation() {
    if (!committed_) {
      s_.qty[item_] += n_;
      std::printf("rolled back %d %s\n", n_, item_.c_str());
    }
  }
  void commit() { committed_ = true; }

private:
  Stock &s_;
  std::string item_;
  int n_;
  bool committed_ = false;
};

ASL_ASYNC asl::Task<bool> order(Stock &s, int bolts, int nuts) {
  try {
    Reservation a(s, "bolt", co_await val("bolts", bolts));
    co_await Gate{};
    Reservation b(s, "nut", co_await val("nuts", nuts));
    co_await Gate{};
    a.commit();
    b.commit();
    co_return true;
  } catch (const std::exception &e) {
    std::printf("order failed: %s\n", e.what());
    co_return false;
  }
}

int main() {
  Stock s;
  for (auto [b, n] : {std::pair{2, 1}, std::pair{2, 5}, std::pair{9, 0}}) {
    auto t = order(s, b, n);
    drain();
    bool ok = asl::sync_wait(std::move(t));
    std::printf("ok=%d bolt=%d nut=%d\n", ok, s.qty["bolt"], s.qty["nut"]);
  }
}
