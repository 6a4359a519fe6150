// e35: generic async algorithms as function templates over iterators and
// lambdas returning tasks (count_if, transform into a vector, find_first
// with early exit); given coroutine lambdas and plain lambdas.
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

template <class It, class Pred>
ASL_ASYNC asl::Task<int> count_if_async(It b, It e, Pred pred) {
  int n = 0;
  for (; b != e; ++b)
    if (co_await pred(*b))
      ++n;
  co_return n;
}

template <class T, class F>
ASL_ASYNC asl::Task<std::vector<T>> map_async(const std::vector<T> &in,
                                              F f) {
  std::vector<T> out;
  for (const T &x : in)
    out.push_back(co_await f(x));
  co_return out;
}

template <class It, class Pred>
ASL_ASYNC asl::Task<It> find_async(It b, It e, Pred pred) {
  while (b != e) {
    Tr probe("probe");
    if (co_await pred(*b))
      break;
    ++b;
  }
  co_return b;
}

ASL_ASYNC asl::Task<int> app() {
  std::vector<int> v{5, 12, 7, 20, 3};
  int limit = 6;
  int big = co_await count_if_async(
      v.begin(), v.end(), [&limit](int x) -> asl::Task<bool> {
        co_return co_await later(x) > limit;
      });
  auto doubled = co_await map_async(v, [](int x) { return now(x * 2); });
  std::vector<std::string> words{"ab", "cde", "f"};
  auto shout = co_await map_async(
      words, [](const std::string &s) -> asl::Task<std::string> {
        co_return co_await word(s) + "!";
      });
  auto it = co_await find_async(v.begin(), v.end(), [](int x) {
    return flag("f", x % 2 == 0);
  });
  std::printf("big %d first-even %d\n", big, *it);
  for (int d : doubled)
    std::printf("%d ", d);
  for (auto &s : shout)
    std::printf("%s ", s.c_str());
  std::printf("\n");
  co_return big + static_cast<int>(it - v.begin());
}

int main() { std::printf("result %d\n", drive(app())); }
