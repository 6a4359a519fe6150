// h37: an event-sourced account: an async function template apply<E>
// dispatching with if constexpr on the event type, a fold over a pack of
// events awaiting each, a template lambda coroutine inside an async
// template, std::function handlers keyed by type name, and a replay loop
// with try/continue over a vector of variants visited by a generic
// (non-coroutine) lambda that returns tasks.
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
#include <map>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

struct Deposit {
  int amount;
};
struct Withdraw {
  int amount;
};
struct Rename {
  std::string name;
};
using Event = std::variant<Deposit, Withdraw, Rename>;

struct Account {
  std::string name = "acct";
  int balance = 0;
  int version = 0;
};

template <class E> ASL_ASYNC asl::Task<void> apply(Account &a, const E &e) {
  co_await tick();
  if constexpr (std::is_same_v<E, Deposit>) {
    a.balance += e.amount;
  } else if constexpr (std::is_same_v<E, Withdraw>) {
    if (e.amount > a.balance)
      throw std::runtime_error("overdraft of " + std::to_string(e.amount));
    a.balance -= e.amount;
  } else {
    a.name = e.name;
  }
  ++a.version;
}

template <class... Es>
ASL_ASYNC asl::Task<int> apply_all(Account &a, const Es &...es) {
  (co_await apply(a, es), ...);
  auto audit = [&a]<class T>(const T &tag) -> asl::Task<std::string> {
    co_await tick();
    (void)tag;
    co_return a.name + "@" + std::to_string(a.version);
  };
  std::string s = co_await audit(sizeof...(Es));
  std::printf("  audit %s\n", s.c_str());
  co_return a.balance;
}

ASL_ASYNC asl::Task<int> replay(Account &a, std::vector<Event> log) {
  int failed = 0;
  for (const Event &ev : log) {
    try {
      co_await std::visit(
          [&a](const auto &e) { return apply(a, e); }, ev);
    } catch (const std::exception &ex) {
      std::printf("  skip: %s\n", ex.what());
      ++failed;
      continue;
    }
    std::printf("  v%d balance %d\n", a.version, a.balance);
  }
  co_return failed;
}

int main() {
  Account a;
  Deposit d{10};
  Rename n{"main"};
  Withdraw w{3};
  auto t = apply_all(a, d, n, w);
  drain();
  std::printf("balance %d\n", asl::sync_wait(std::move(t)));
  auto r = replay(a, {Deposit{5}, Withdraw{100}, Rename{"x"}, Withdraw{1}});
  drain();
  std::printf("failed %d name %s\n", asl::sync_wait(std::move(r)),
              a.name.c_str());
}
