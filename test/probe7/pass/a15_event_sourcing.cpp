// Event sourcing: commands validated asynchronously produce events in a
// variant; an aggregate folds them; a projection is rebuilt by replaying the
// stored events; visit with a local visitor struct.
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

struct Opened {
  std::string id;
  long limit;
};
struct Deposited {
  long amount;
};
struct Withdrawn {
  long amount;
};
struct Closed {
  std::string reason;
};
using Event = std::variant<Opened, Deposited, Withdrawn, Closed>;

struct Aggregate {
  std::string id;
  long balance = 0;
  long limit = 0;
  bool open = false;
  void apply(const Event &e) {
    struct V {
      Aggregate &a;
      void operator()(const Opened &o) {
        a.id = o.id;
        a.limit = o.limit;
        a.open = true;
      }
      void operator()(const Deposited &d) { a.balance += d.amount; }
      void operator()(const Withdrawn &w) { a.balance -= w.amount; }
      void operator()(const Closed &) { a.open = false; }
    };
    std::visit(V{*this}, e);
  }
};

ASL_ASYNC asl::Task<bool> fraud_check(long amount) {
  co_await Hold{};
  co_return amount < 5000;
}

ASL_ASYNC asl::Task<std::vector<Event>> handle(const Aggregate &a,
                                               std::string cmd, long arg) {
  std::vector<Event> out;
  if (cmd == "open") {
    if (a.open)
      throw std::logic_error("already open");
    out.push_back(Opened{"acc-" + std::to_string(arg), arg * 10});
  } else if (cmd == "deposit") {
    if (!a.open)
      throw std::logic_error("closed");
    if (!co_await fraud_check(arg))
      throw std::runtime_error("flagged " + std::to_string(arg));
    out.push_back(Deposited{arg});
  } else if (cmd == "withdraw") {
    if (a.balance + a.limit < arg)
      throw std::runtime_error("over limit");
    co_await Hold{};
    out.push_back(Withdrawn{arg});
    if (a.balance - arg == 0)
      out.push_back(Closed{"zero balance"});
  }
  co_return out;
}

ASL_ASYNC asl::Task<std::vector<Event>>
run(std::vector<std::pair<std::string, long>> cmds) {
  Aggregate agg;
  std::vector<Event> store;
  for (auto &[c, arg] : cmds) {
    try {
      for (Event &e : co_await handle(agg, c, arg)) {
        agg.apply(e);
        store.push_back(std::move(e));
      }
      std::printf("%-8s %5ld ok    balance %ld\n", c.c_str(), arg, agg.balance);
    } catch (const std::exception &ex) {
      std::printf("%-8s %5ld fail  %s\n", c.c_str(), arg, ex.what());
    }
  }
  co_return store;
}

int main() {
  auto t = run({{"deposit", 5},
                {"open", 30},
                {"deposit", 100},
                {"deposit", 9000},
                {"withdraw", 350},
                {"withdraw", 50},
                {"deposit", 1},
                {"open", 1}});
  pump();
  auto store = asl::sync_wait(std::move(t));
  Aggregate replay;
  for (const auto &e : store)
    replay.apply(e);
  std::printf("events %zu replay %s balance %ld open %d\n", store.size(),
              replay.id.c_str(), replay.balance, replay.open);
}
