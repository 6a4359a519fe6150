// e13: long expressions with several awaits and Tr temporaries whose
// constructors and destructors print: the temporaries must live to the
// end of the full-expression and die in reverse order of construction.
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

struct T2 {
  std::string n;
  explicit T2(std::string s) : n(std::move(s)) {
    std::printf("+T2 %s\n", n.c_str());
  }
  T2(const T2 &o) : n(o.n + "c") { std::printf("+T2 %s\n", n.c_str()); }
  ~T2() { std::printf("-T2 %s\n", n.c_str()); }
  const std::string &get() const { return n; }
};

std::string cat3(const std::string &a, const std::string &b,
                 const std::string &c) {
  std::printf("cat3\n");
  return a + b + c;
}

int len(const T2 &t, int k) { return static_cast<int>(t.n.size()) + k; }

ASL_ASYNC asl::Task<int> app() {
  std::string s = cat3(T2("a").get(), std::to_string(co_await later(1)),
                       T2("b").get() + std::to_string(co_await now(2)));
  std::printf("s %s\n", s.c_str());
  int v = len(T2("cc"), co_await later(3)) +
          len(T2("ddd"), co_await later(4)) * len(T2("e"), 0);
  std::printf("v %d\n", v);
  const std::string &r = T2("ref").get();
  (void)r;
  std::printf("after dangling ref\n");
  int w = (T2("t1"), co_await later(5)) + (T2("t2").n.size() > 1
                                               ? co_await later(6)
                                               : co_await now(7));
  std::printf("w %d\n", w);
  co_return v + w + static_cast<int>(s.size());
}

int main() { std::printf("result %d\n", drive(app())); }
