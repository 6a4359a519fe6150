// e53: two async function templates of the same name selected by
// enable_if (integral vs. string-like), a third overload for a concrete
// type, default template arguments; each specialization's machine must
// stay apart.
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

template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
ASL_ASYNC asl::Task<std::string> describe(T v) {
  co_return "int:" + std::to_string(co_await later(static_cast<int>(v)));
}
template <class T,
          std::enable_if_t<std::is_convertible_v<T, std::string>, int> = 0>
ASL_ASYNC asl::Task<std::string> describe(T v) {
  std::string s = v;
  co_return "str:" + co_await word(s);
}
ASL_ASYNC asl::Task<std::string> describe(const Tr &t) {
  co_await now(0);
  co_return "tr:" + t.n;
}
template <class T = int, int Scale = 2>
ASL_ASYNC asl::Task<T> scaled(T v = T{}) {
  co_return static_cast<T>(co_await later(static_cast<int>(v)) * Scale);
}

ASL_ASYNC asl::Task<int> app() {
  std::string a = co_await describe(3);
  std::string b = co_await describe(short{4});
  std::string c = co_await describe("lit");
  std::string d = co_await describe(std::string("s"));
  std::string e = co_await describe(Tr("x"));
  int f = co_await scaled(5);
  long g = co_await scaled<long, 3>(7L);
  int h = co_await scaled();
  std::printf("%s %s %s %s %s %d %ld %d\n", a.c_str(), b.c_str(),
              c.c_str(), d.c_str(), e.c_str(), f, g, h);
  co_return f + static_cast<int>(g) + h;
}

int main() { std::printf("result %d\n", drive(app())); }
