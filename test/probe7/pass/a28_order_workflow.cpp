// An order workflow (saga): reserve inventory, charge card, schedule
// shipping; each step has an async compensation; steps are registered in a
// vector of structs holding std::function; failure runs compensations in
// reverse and reports which step failed.
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

struct Ctx {
  std::string order;
  int qty;
  bool card_ok, ship_ok;
  std::vector<std::string> log;
};

struct Step {
  std::string name;
  std::function<asl::Task<void>(Ctx &)> run, undo;
};

ASL_ASYNC asl::Task<void> note(Ctx &c, std::string s) {
  co_await Hold{};
  c.log.push_back(std::move(s));
}

ASL_ASYNC asl::Task<std::string> saga(Ctx &c, const std::vector<Step> &steps) {
  std::size_t done = 0;
  std::string failed;
  try {
    for (; done < steps.size(); ++done)
      co_await steps[done].run(c);
    co_return "completed " + c.order;
  } catch (const std::exception &e) {
    failed = steps[done].name + ": " + e.what();
  }
  while (done > 0) {
    --done;
    try {
      co_await steps[done].undo(c);
    } catch (const std::exception &e) {
      c.log.push_back("compensation of " + steps[done].name +
                      " failed: " + e.what());
    }
  }
  co_return "aborted " + c.order + " at " + failed;
}

std::vector<Step> make_steps() {
  std::vector<Step> s;
  s.push_back({"reserve",
               [](Ctx &c) -> asl::Task<void> {
                 if (c.qty > 10)
                   throw std::runtime_error("not enough stock");
                 co_await note(c, "reserved " + std::to_string(c.qty));
               },
               [](Ctx &c) -> asl::Task<void> {
                 co_await note(c, "released " + std::to_string(c.qty));
               }});
  s.push_back({"charge",
               [](Ctx &c) -> asl::Task<void> {
                 co_await note(c, "charging");
                 if (!c.card_ok)
                   throw std::runtime_error("card declined");
                 co_await note(c, "charged");
               },
               [](Ctx &c) -> asl::Task<void> {
                 if (c.qty == 7)
                   throw std::runtime_error("refund service down");
                 co_await note(c, "refunded");
               }});
  s.push_back(
      {"ship",
       [](Ctx &c) -> asl::Task<void> {
         co_await Hold{};
         if (!c.ship_ok)
           throw std::runtime_error("no courier");
         co_await note(c, "shipped");
       },
       [](Ctx &c) -> asl::Task<void> { co_await note(c, "unshipped"); }});
  return s;
}

int main() {
  auto steps = make_steps();
  std::vector<Ctx> orders{{"o1", 2, true, true, {}},
                          {"o2", 20, true, true, {}},
                          {"o3", 3, false, true, {}},
                          {"o4", 5, true, false, {}},
                          {"o5", 7, true, false, {}}};
  for (Ctx &c : orders) {
    auto t = saga(c, steps);
    pump();
    std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
    for (auto &l : c.log)
      std::printf("   %s\n", l.c_str());
  }
}
