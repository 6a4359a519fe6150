// g44: an async member function whose lambdas capture this ([this], [&],
// [=] in C++17 meaning) and use data members after resumptions; a local
// named this_ and self; a member named like a local of the body; calls
// to other async members on this and through a pointer to member.
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

struct Shop {
  int stock = 10;
  std::string name = "shop";
  std::vector<std::string> log;
  ASL_ASYNC asl::Task<int> restock(int n) {
    co_await later(n);
    stock += n;
    co_return stock;
  }
  ASL_ASYNC asl::Task<int> run() {
    int this_ = 1, self = 2;
    auto note = [this](const std::string &s) { log.push_back(name + ":" + s); };
    auto take = [&](int k) {
      stock -= k;
      note("take" + std::to_string(k));
      return stock + this_;
    };
    auto peek = [=]() { return stock * 100 + self; };
    note("start");
    int a = take(co_await later(3));
    int b = co_await restock(co_await later(2));
    asl::Task<int> (Shop::*pm)(int) = &Shop::restock;
    int c = co_await (this->*pm)(1);
    int stock = 99;
    note("local" + std::to_string(stock));
    co_await later(4);
    int d = peek();
    for (auto &l : log)
      std::printf("%s\n", l.c_str());
    co_return a + b + c + d + stock + this->stock;
  }
};
int main() {
  Shop s;
  std::printf("%d\n", drive(s.run()));
}
