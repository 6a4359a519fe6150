// g17: conditional operator with class-type operands of different value
// categories (lvalue vs prvalue: a copy; both lvalues: an lvalue,
// assigned through; xvalue vs prvalue), awaits in the condition and in
// one or both arms; arms not taken never evaluated.
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

ASL_ASYNC asl::Task<Tr> mk(std::string s) {
  co_await later(0);
  co_return Tr(s);
}
ASL_ASYNC asl::Task<int> run() {
  Tr a("a"), b("b");
  Tr c1 = co_await flag("c1", true) ? a : Tr(co_await word("pr1"));
  std::printf("c1 %s\n", c1.n.c_str());
  Tr c2 = co_await flag("c2", false) ? a : co_await mk("pr2");
  std::printf("c2 %s\n", c2.n.c_str());
  (co_await flag("c3", false) ? a : b) = co_await mk("assigned");
  std::printf("a %s b %s\n", a.n.c_str(), b.n.c_str());
  Tr &r = co_await flag("c4", true) ? a : b;
  co_await later(1);
  r.n += "+";
  Tr c5 = co_await flag("c5", true) ? std::move(b) : Tr(co_await word("never"));
  std::printf("c5 %s b '%s'\n", c5.n.c_str(), b.n.c_str());
  const Tr &c6 = co_await flag("c6", false) ? Tr("x") : co_await mk("ext");
  co_await later(2);
  std::printf("c6 %s\n", c6.n.c_str());
  std::size_t len =
      (co_await flag("c7", true) ? a : Tr(co_await word("no"))).n.size();
  co_return static_cast<int>(len) + (co_await flag("c8", false) ? 1
                                     : co_await later(3)        ? 2
                                                         : co_await later(4));
}
int main() { std::printf("%d\n", drive(run())); }
