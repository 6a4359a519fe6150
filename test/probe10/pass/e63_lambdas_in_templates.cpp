// e63: lambdas inside async templates: a non-generic coroutine lambda
// capturing the template's parameter by copy and a local by reference,
// a generic ordinary lambda applied to awaited values, a lambda returning
// a lambda; instantiated with int and std::string.
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

template <class T> ASL_ASYNC asl::Task<std::string> twice_all(T seed) {
  int calls = 0;
  auto step = [seed, &calls](int k) -> asl::Task<T> {
    ++calls;
    co_await later(k);
    co_return seed + seed;
  };
  auto show = [](const auto &v) {
    if constexpr (std::is_same_v<std::decay_t<decltype(v)>, int>)
      return std::to_string(v);
    else
      return std::string(v);
  };
  auto prefixer = [](std::string p) {
    return [p](const std::string &s) { return p + s; };
  };
  auto pre = prefixer("<" + show(co_await step(1)) + ">");
  T a = co_await step(2);
  std::string out = pre(show(a)) + "|" + show(co_await step(3));
  co_return out + "#" + std::to_string(calls);
}

ASL_ASYNC asl::Task<int> app() {
  std::string a = co_await twice_all(21);
  std::string b = co_await twice_all(std::string("ab"));
  std::printf("%s %s\n", a.c_str(), b.c_str());
  co_return static_cast<int>(a.size() + b.size());
}

int main() { std::printf("result %d\n", drive(app())); }
