// c60: an application mix: an order service reading a catalog, reserving
// stock under an async mutex, charging through a virtual gateway that can
// fail, compensating on failure, reporting with a when_all at the end.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
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


struct Gateway {
  virtual ~Gateway() = default;
  ASL_ASYNC virtual asl::Task<bool> charge(std::string who, int cents) = 0;
};
struct FlakyGateway : Gateway {
  int calls = 0;
  ASL_ASYNC asl::Task<bool> charge(std::string who, int cents) override {
    co_await later(cents / 100);
    if (++calls == 2)
      throw std::runtime_error("gateway down for " + who);
    co_return cents < 5000;
  }
};

struct Shop {
  std::map<std::string, int> stock{{"pen", 3}, {"cup", 1}};
  std::map<std::string, int> price{{"pen", 150}, {"cup", 6000}};
  asl::Mutex lock;
  Gateway &gw;

  ASL_ASYNC asl::Task<std::string> order(std::string who, std::string item,
                                         int n) {
    auto guard = co_await lock.lock();
    if (stock[item] < n)
      co_return who + ": out of " + item;
    stock[item] -= n;
    guard.unlock();
    try {
      if (!co_await gw.charge(who, price.at(item) * n)) {
        auto again = co_await lock.lock();
        stock[item] += n;
        co_return who + ": declined";
      }
    } catch (const std::exception &e) {
      stock[item] += n;
      co_return who + ": error " + e.what();
    }
    co_return who + ": ok " + std::to_string(n) + " " + item;
  }
};

ASL_ASYNC asl::Task<int> app() {
  FlakyGateway gw;
  Shop shop{{}, {}, {}, gw};
  shop.stock = {{"pen", 3}, {"cup", 1}};
  shop.price = {{"pen", 150}, {"cup", 6000}};
  auto ta = shop.order("ann", "pen", 2);
  auto tb = shop.order("bob", "pen", 1);
  auto tc = shop.order("cy", "cup", 1);
  auto td = shop.order("dee", "pen", 1);
  auto [a, b, c, d] = co_await asl::when_all(std::move(ta), std::move(tb),
                                             std::move(tc), std::move(td));
  for (auto *s : {&a, &b, &c, &d})
    std::printf("%s\n", s->c_str());
  std::printf("pen=%d cup=%d calls=%d\n", shop.stock["pen"],
              shop.stock["cup"], gw.calls);
  co_return shop.stock["pen"];
}

int main() { std::printf("r=%d\n", drive(app())); }
