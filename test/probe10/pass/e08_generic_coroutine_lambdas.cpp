// e08: generic coroutine lambdas (`[](auto x) -> asl::Task<...>`) in an
// ordinary async function, called with int, std::string and Tr; one
// capturing by reference, one by copy, kept across awaits.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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

ASL_ASYNC asl::Task<int> app() {
  int calls = 0;
  auto twice = [&calls](auto x) -> asl::Task<decltype(x + x)> {
    ++calls;
    co_await later(calls);
    co_return x + x;
  };
  std::string pre = "p:";
  auto tag = [pre](const auto &x) -> asl::Task<std::string> {
    co_await now(1);
    if constexpr (std::is_same_v<std::decay_t<decltype(x)>, Tr>)
      co_return pre + x.n;
    else
      co_return pre + std::to_string(x);
  };
  int a = co_await twice(21);
  std::string b = co_await twice(std::string("ab"));
  std::string c = co_await tag(5);
  Tr t("tr");
  std::string d = co_await tag(t);
  std::string e = co_await tag(co_await twice(4));
  std::printf("%d %s %s %s %s\n", a, b.c_str(), c.c_str(), d.c_str(),
              e.c_str());
  co_return calls;
}

int main() { std::printf("calls %d\n", drive(app())); }
