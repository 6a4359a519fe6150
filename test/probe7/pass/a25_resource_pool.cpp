// A connection pool: a fixed set of connections handed out through a
// channel used as a semaphore; a lease object (RAII, move-only) returns its
// connection on destruction; a broken connection is replaced.
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

struct Conn {
  int id;
  int uses = 0;
  bool broken = false;
};

class Pool {
  asl::Channel<Conn *> free_;
  std::vector<std::unique_ptr<Conn>> all_;
  int next_id_ = 0;

public:
  explicit Pool(int n) : free_(asl::Channel<Conn *>::unbounded) {
    for (int i = 0; i < n; ++i) {
      all_.push_back(std::make_unique<Conn>(Conn{next_id_++}));
      Conn *c = all_.back().get();
      free_.try_send(c);
    }
  }
  class Lease {
    Pool *pool_;
    Conn *c_;

  public:
    Lease(Pool &p, Conn *c) : pool_(&p), c_(c) {}
    Lease(Lease &&o) noexcept
        : pool_(o.pool_), c_(std::exchange(o.c_, nullptr)) {}
    Lease &operator=(Lease &&) = delete;
    ~Lease() {
      if (c_)
        pool_->give_back(c_);
    }
    Conn *operator->() const { return c_; }
  };
  void give_back(Conn *c) {
    if (c->broken) {
      std::printf("  replace conn %d\n", c->id);
      all_.push_back(std::make_unique<Conn>(Conn{next_id_++}));
      c = all_.back().get();
    }
    free_.try_send(c);
  }
  ASL_ASYNC asl::Task<Lease> acquire() {
    std::optional<Conn *> c = co_await free_.receive();
    co_return Lease(*this, *c);
  }
};

ASL_ASYNC asl::Task<std::string> query(Pool &pool, int q) {
  Pool::Lease l = co_await pool.acquire();
  ++l->uses;
  std::string who = "q" + std::to_string(q) + "@c" + std::to_string(l->id);
  co_await Hold{};
  if (q % 4 == 3) {
    l->broken = true;
    throw std::runtime_error(who + " broke");
  }
  co_await Hold{};
  co_return who;
}

ASL_ASYNC asl::Task<void> load(Pool &pool) {
  std::vector<asl::Task<std::string>> qs;
  for (int i = 0; i < 9; ++i)
    qs.push_back(query(pool, i));
  for (auto &t : qs) {
    try {
      std::printf("%s\n", (co_await std::move(t)).c_str());
    } catch (const std::exception &e) {
      std::printf("error %s\n", e.what());
    }
  }
}

int main() {
  Pool pool(2);
  auto t = load(pool);
  pump();
  asl::sync_wait(std::move(t));
}
