// c03: `<<` chains evaluated left to right with awaits, `->` and `.` member
// calls on awaited results with awaited arguments (the object first).
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


#include <sstream>

struct Counter {
  std::string name;
  int n = 0;
  Counter *bump(int by) {
    std::printf("bump %s %d\n", name.c_str(), by);
    n += by;
    return this;
  }
  int get() const { return n; }
};

ASL_ASYNC asl::Task<Counter *> find(Counter &c) {
  std::printf("find %s\n", c.name.c_str());
  co_await later(0);
  co_return &c;
}

ASL_ASYNC asl::Task<Counter> make(std::string n) {
  std::printf("make %s\n", n.c_str());
  co_await later(0);
  co_return Counter{n, 1};
}

ASL_ASYNC asl::Task<std::string> app() {
  std::ostringstream os;
  os << co_await later(1) << "," << co_await word("x") << ","
     << co_await now(3);
  Counter a{"a"};
  (co_await find(a))->bump(co_await later(5))->bump(co_await now(6));
  int g = (co_await make("b")).bump(co_await later(7))->get();
  unsigned sh = 1u << co_await later(4);
  sh = sh << co_await now(1) >> co_await later(2);
  os << " a=" << a.get() << " g=" << g << " sh=" << sh;
  std::string s = (co_await word("hello")).substr(co_await later(1),
                                                   co_await now(3));
  os << " " << s << " " << (co_await word("abc")).size();
  co_return os.str();
}

int main() { std::printf("%s\n", drive(app()).c_str()); }
