// d29: structured bindings across awaits: to an awaited pair, by reference
// to a lifted struct's members, to an array, in if-init with a condition.
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


struct Stats {
  int n;
  double avg;
  std::string label;
};
ASL_ASYNC asl::Task<std::pair<Tr, int>> fetch(int k) {
  co_return std::pair<Tr, int>(Tr("p" + std::to_string(k)),
                               co_await later(k));
}
ASL_ASYNC asl::Task<std::pair<bool, int>> try_get(int k) {
  co_return std::make_pair(k > 1, co_await now(k * 3));
}

ASL_ASYNC asl::Task<int> app() {
  auto [t, v] = co_await fetch(4);
  Stats s{1, 2.5, "st"};
  auto &[n, avg, label] = s;
  int arr[3] = {7, 8, 9};
  auto [a0, a1, a2] = arr;
  n += co_await later(v);
  label += co_await word("!");
  std::printf("%s %d %d %.1f %s %d\n", t.n.c_str(), v, n, avg, label.c_str(),
              a0 + a1 + a2);
  int r = 0;
  for (int k = 0; k < 3; ++k)
    if (auto [ok, val] = co_await try_get(k); ok && val > co_await now(4))
      r += val;
    else
      r -= 1;
  co_return r + s.n;
}

int main() { std::printf("%d\n", drive(app())); }
