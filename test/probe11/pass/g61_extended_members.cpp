// g61: lifetime extension through a member of a temporary: const Tr &r =
// (co_await mkPair()).first extends the whole awaited pair; through
// a conditional of two prvalues; through a cast; an rvalue reference to
// an awaited member; all read after later awaits, then destroyed at the
// end of their scope in reverse order.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

struct TwoTr {
  Tr first;
  Tr second;
};
ASL_ASYNC asl::Task<TwoTr> mkPair(std::string p) {
  co_await later(0);
  co_return TwoTr{Tr(p + "1"), Tr(p + "2")};
}
ASL_ASYNC asl::Task<int> run() {
  {
    const Tr &r = (co_await mkPair("a")).first;
    co_await later(1);
    Tr &&s = (co_await mkPair("b")).second;
    co_await later(2);
    const Tr &c = co_await flag("f", true) ? Tr("yes") : Tr("no");
    co_await later(3);
    const Tr &k = static_cast<const Tr &>(Tr(co_await word("cast")));
    std::printf("%s %s %s %s\n", r.n.c_str(), s.n.c_str(), c.n.c_str(),
                k.n.c_str());
    std::printf("end scope\n");
  }
  co_return 0;
}
int main() { std::printf("%d\n", drive(run())); }
