// h47: a vending machine: transitions are coroutine lambdas stored in a
// std::array<std::function<asl::Task<State>(Ctx &)>, N> indexed by the
// state, a driver loop switching on the state with awaits, a transition
// that throws (out of stock) caught by the driver, and a generic
// coroutine lambda converted to two std::function types.
// FINDING (repro/r02_generic_coroutine_lambda_through_std_function.cpp):
// the generic coroutine lambda `twice`, called only through the two
// std::function objects, gets the "never called" body in the output,
// whose static_assert stops both compilers.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
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
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <array>
#include <stdexcept>
#include <string>
#include <vector>

enum State { Idle, Paying, Vending, Change, Done, Count };

struct Ctx {
  int credit = 0;
  int price = 0;
  int stock = 1;
  std::vector<int> coins;
  std::size_t next = 0;
  std::vector<std::string> log;
};

using Transition = std::function<asl::Task<State>(Ctx &)>;

static std::array<Transition, Count> make_table() {
  std::array<Transition, Count> t;
  t[Idle] = [](Ctx &c) -> asl::Task<State> {
    co_await tick();
    c.price = 150;
    c.log.push_back("select");
    co_return Paying;
  };
  t[Paying] = [](Ctx &c) -> asl::Task<State> {
    while (c.credit < c.price) {
      if (c.next == c.coins.size())
        co_return Done;
      c.credit += co_await later(c.coins[c.next++]);
    }
    c.log.push_back("paid " + std::to_string(c.credit));
    co_return Vending;
  };
  t[Vending] = [](Ctx &c) -> asl::Task<State> {
    co_await tick();
    if (c.stock == 0)
      throw std::runtime_error("out of stock");
    --c.stock;
    c.log.push_back("vend");
    co_return Change;
  };
  t[Change] = [](Ctx &c) -> asl::Task<State> {
    int change = c.credit - c.price;
    c.credit = 0;
    co_await tick();
    c.log.push_back("change " + std::to_string(change));
    co_return Done;
  };
  return t;
}

ASL_ASYNC asl::Task<int> drive(std::array<Transition, Count> &table,
                               Ctx &c) {
  State s = Idle;
  int steps = 0;
  while (s != Done) {
    try {
      switch (s) {
      case Idle:
      case Paying:
      case Vending:
      case Change:
        s = co_await table[s](c);
        break;
      default:
        s = Done;
      }
    } catch (const std::exception &e) {
      c.log.push_back(std::string("error: ") + e.what());
      s = c.credit > 0 ? Change : Done;
      c.price = 0;
    }
    ++steps;
  }
  co_return steps;
}

int main() {
  auto table = make_table();
  Ctx a;
  a.coins = {100, 20, 50};
  auto t1 = drive(table, a);
  drain();
  int s1 = asl::sync_wait(std::move(t1));
  Ctx b;
  b.stock = 0;
  b.coins = {200};
  auto t2 = drive(table, b);
  drain();
  int s2 = asl::sync_wait(std::move(t2));
  for (const auto &l : a.log)
    std::printf("  a %s\n", l.c_str());
  for (const auto &l : b.log)
    std::printf("  b %s\n", l.c_str());
  auto twice = [](auto x) -> asl::Task<decltype(x)> {
    co_await tick();
    co_return x + x;
  };
  std::function<asl::Task<int>(int)> fi = twice;
  std::function<asl::Task<std::string>(std::string)> fs = twice;
  auto ti = fi(21);
  auto ts = fs("ab");
  drain();
  std::printf("steps %d %d %d %s\n", s1, s2, asl::sync_wait(std::move(ti)),
              asl::sync_wait(std::move(ts)).c_str());
}
