// d10: an async function template given a lambda, applying it to awaited
// values inside expressions, in a ternary and in a loop head.
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


template <class F> ASL_ASYNC asl::Task<int> apply_twice(F f, int a, int b) {
  int r = f(co_await later(a)) + f(co_await now(b));
  for (int i = f(0); i < co_await now(2); ++i)
    r += i % 2 ? f(co_await later(i)) : f(i);
  co_return r;
}
template <class F, class G>
ASL_ASYNC asl::Task<std::string> compose(F f, G g, std::string s) {
  co_return g(f(co_await word(s)));
}

ASL_ASYNC asl::Task<int> app() {
  int k = 3;
  int x = co_await apply_twice([k](int v) { return v * k; }, 1, 2);
  int y = co_await apply_twice([&k](int v) { return v + k++; }, 4, 5);
  std::string z = co_await compose(
      [](std::string s) { return s + s; },
      [](const std::string &s) { return "<" + s + ">"; }, "ab");
  std::printf("x=%d y=%d k=%d z=%s\n", x, y, k, z.c_str());
  co_return x + y;
}

int main() { std::printf("%d\n", drive(app())); }
