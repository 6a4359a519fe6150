// e38: functions returning coroutine lambdas (a fetcher factory capturing
// a base and a Tr by copy), the factory's scope ended before the lambda
// runs; a generic coroutine lambda calling another; a coroutine lambda
// stored in a std::function member of a class and called repeatedly.
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

auto make_fetcher(int base, std::string tag) {
  return [base, t = Tr(tag)](int k) -> asl::Task<int> {
    int v = co_await later(base + k);
    std::printf("fetch %s %d\n", t.n.c_str(), v);
    co_return v;
  };
}

struct Handler {
  std::function<asl::Task<int>(int)> on;
  int calls = 0;
  ASL_ASYNC asl::Task<int> fire(int k) {
    ++calls;
    co_return co_await on(k) + calls;
  }
};

ASL_ASYNC asl::Task<int> app() {
  auto f = make_fetcher(100, "F");
  int a = co_await f(1) + co_await f(2);
  auto g = [&f](auto k) -> asl::Task<int> {
    co_return co_await f(static_cast<int>(k)) * 2;
  };
  int b = co_await g(3) + co_await g(4L);
  Handler h{make_fetcher(10, "H")};
  int c = 0;
  for (int i = 0; i < 3; ++i)
    c += co_await h.fire(i);
  h.on = [](int k) -> asl::Task<int> { co_return -k; };
  c += co_await h.fire(5);
  co_return a + b + c;
}

int main() { std::printf("result %d\n", drive(app())); }
