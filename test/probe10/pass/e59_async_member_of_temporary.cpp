// e59: async members called on temporaries (`co_await Svc("one").run(1)`):
// the object lives to the end of the full-expression, after the
// resumption; two such in one call's arguments; one bound to an rvalue
// reference; one whose constructor argument awaits.
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

#include <string>
struct Svc {
  std::string name;
  explicit Svc(std::string n) : name(std::move(n)) {
    std::printf("+svc %s\n", name.c_str());
  }
  ~Svc() {
    std::printf("-svc %s\n", name.c_str());
    name = "DEAD";
  }
  ASL_ASYNC asl::Task<int> run(int k) {
    co_await later(k);
    std::printf("run sees %s\n", name.c_str());
    co_return (int) name.size();
  }
};
Svc make(std::string n) { return Svc(std::move(n)); }
int add(int a, int b) { return a + b; }
ASL_ASYNC asl::Task<int> app() {
  int a = co_await Svc("one").run(1);
  int b = co_await make("two").run(2) + 1;
  int c = add(co_await Svc("three").run(3), co_await Svc("four").run(4));
  Svc &&r = Svc("five");
  int d = co_await r.run(5);
  int e = co_await Svc(co_await later(6) > 0 ? "six" : "no").run(7);
  std::printf("after\n");
  co_return a + b + c + d + e;
}
int main() { std::printf("%d\n", drive(app())); }
