// e22: async functions taking std::string_view and const std::string &
// bound to temporaries of the caller's full-expression, awaited in the
// same expression (the temporaries must outlive the callee's awaits).
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

ASL_ASYNC asl::Task<std::size_t> count(std::string_view s, char c) {
  co_await later(static_cast<int>(s.size()));
  std::size_t n = 0;
  for (char x : s)
    n += x == c;
  co_return n;
}

ASL_ASYNC asl::Task<std::string> upper(const std::string &s) {
  std::string copy = s;
  co_await later(1);
  for (char &ch : copy)
    ch = static_cast<char>(ch - 32 * (ch >= 'a' && ch <= 'z'));
  co_return copy + "/" + s;
}

ASL_ASYNC asl::Task<int> app() {
  std::string base = "banana";
  std::size_t a = co_await count(base + "s and apples", 'a');
  std::size_t b = co_await count(std::string(3, 'x') + base, 'x') +
                  co_await count(co_await word("aha"), 'a');
  std::string u = co_await upper(base.substr(0, 3) + "!");
  std::string v = co_await upper(std::string(co_await word("hey")) + "!");
  std::printf("%zu %zu %s %s\n", a, b, u.c_str(), v.c_str());
  co_return static_cast<int>(a + b + u.size() + v.size());
}

int main() { std::printf("result %d\n", drive(app())); }
