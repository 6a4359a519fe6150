// d18: string_view and a span-like view into lifted strings and arrays
// across awaits; views into a lifted vector's buffer after the await.
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


template <class T> struct Span {
  T *p;
  std::size_t n;
  T &operator[](std::size_t i) const { return p[i]; }
  T *begin() const { return p; }
  T *end() const { return p + n; }
};

ASL_ASYNC asl::Task<std::size_t> count_words(std::string_view text) {
  std::size_t n = 0;
  while (!text.empty()) {
    std::size_t sp = text.find(' ');
    std::string_view w = text.substr(0, sp);
    co_await later(static_cast<int>(w.size()));
    std::printf("word '%.*s'\n", static_cast<int>(w.size()), w.data());
    ++n;
    text.remove_prefix(sp == std::string_view::npos ? text.size() : sp + 1);
  }
  co_return n;
}

ASL_ASYNC asl::Task<int> app() {
  std::string line = "alpha beta  gamma";
  std::string_view sv = line;
  std::size_t n = co_await count_words(sv);
  int arr[4] = {1, 2, 3, 4};
  Span<int> s{arr, 4};
  for (int &x : s)
    x *= co_await now(x);
  std::vector<int> vec{5, 6};
  Span<const int> vs{vec.data(), vec.size()};
  int t = co_await later(vs[1]) + s[3];
  std::printf("n=%zu t=%d sv=%.*s\n", n, t, static_cast<int>(sv.size()),
              sv.data());
  co_return t;
}

int main() { std::printf("%d\n", drive(app())); }
