// g12: plain lambdas capturing lifted locals by reference and by copy,
// stored in locals, std::function and a vector, called after
// resumptions (the captured references must see the lifted objects);
// a lambda capturing a Tr by copy kept across awaits; nested lambdas.
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

ASL_ASYNC asl::Task<int> run() {
  int count = 0;
  std::string log;
  Tr owner("owner");
  auto add = [&](int v) {
    count += v;
    log += std::to_string(v) + ",";
  };
  auto byCopy = [owner, count]() {
    return owner.n + "#" + std::to_string(count);
  };
  std::function<void(int)> fn = [&add, &owner](int v) {
    add(v * 10);
    owner.n += "!";
  };
  std::vector<std::function<int()>> later_calls;
  for (int i = 0; i < 3; ++i) {
    int k = co_await later(i);
    later_calls.push_back([&count, k] { return count + k; });
    add(k);
  }
  co_await later(50);
  fn(co_await later(4));
  auto outer = [&](int m) {
    return [&, m](int n) {
      add(m + n);
      return count;
    };
  };
  auto inner = outer(co_await later(5));
  co_await later(51);
  int r = inner(co_await later(6));
  std::printf("r %d count %d log %s\n", r, count, log.c_str());
  for (auto &c : later_calls)
    std::printf("call %d\n", c());
  std::printf("copy %s owner %s\n", byCopy().c_str(), owner.n.c_str());
  co_return count;
}
int main() { std::printf("%d\n", drive(run())); }
