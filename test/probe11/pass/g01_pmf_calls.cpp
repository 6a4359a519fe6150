// g01: pointer-to-member calls with awaits: (obj.*pmf)(co_await ...),
// (p->*pmf)(...), the object, the pointer and the member pointer awaited,
// data member pointers assigned from awaits.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

struct Account {
  std::string name;
  int balance = 0;
  int limit = 0;
  int deposit(int a, int b) {
    std::printf("%s deposit %d %d\n", name.c_str(), a, b);
    balance += a + b;
    return balance;
  }
  int withdraw(int a, int b) {
    std::printf("%s withdraw %d %d\n", name.c_str(), a, b);
    balance -= a + b;
    return balance;
  }
  Tr tag(Tr t) const { return Tr(name + ":" + t.n); }
};
using Op = int (Account::*)(int, int);
ASL_ASYNC asl::Task<Op> pick(bool dep) {
  std::printf("pick %d\n", dep);
  co_await later(0);
  co_return dep ? &Account::deposit : &Account::withdraw;
}
ASL_ASYNC asl::Task<Account *> find(Account *a) {
  std::printf("find %s\n", a->name.c_str());
  co_await later(-1);
  co_return a;
}
ASL_ASYNC asl::Task<int Account::*> field(bool lim) {
  std::printf("field %d\n", lim);
  co_await later(-2);
  co_return lim ? &Account::limit : &Account::balance;
}
ASL_ASYNC asl::Task<int> run(Account &a, Account *b) {
  Op op = &Account::deposit;
  int r1 = (a.*op)(co_await later(1), co_await later(2));
  std::printf("r1 %d\n", r1);
  int r2 = (b->*(co_await pick(false)))(co_await later(3), 4);
  std::printf("r2 %d\n", r2);
  int r3 = ((co_await find(&a))->*op)(5, co_await later(6));
  std::printf("r3 %d\n", r3);
  a.*(co_await field(true)) = co_await later(7);
  std::printf("limit %d\n", a.limit);
  (co_await find(b))->*(co_await field(false)) += co_await later(8);
  std::printf("b %d\n", b->balance);
  Tr (Account::*tg)(Tr) const = &Account::tag;
  Tr t = (a.*tg)(Tr(co_await word("w")));
  std::printf("t %s\n", t.n.c_str());
  auto call = [&](Op o, int x) { return (a.*o)(x, x); };
  int r4 = call(co_await pick(true), co_await later(9));
  co_return r1 + r2 + r3 + r4 + a.limit + b->balance;
}
int main() {
  Account a{"A"}, b{"B"};
  std::printf("%d\n", drive(run(a, &b)));
}
