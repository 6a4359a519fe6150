// c33: conditional operators yielding lvalues chosen by awaits, assigned
// and compound-assigned, a throw in one arm, class-typed arms.
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


ASL_ASYNC asl::Task<int> app() {
  int x = 1, y = 2;
  (co_await flag("pick-x", true) ? x : y) = co_await later(10);
  (co_await flag("pick-x", false) ? x : y) += co_await now(5);
  int &r = co_await later(0) ? x : y;
  r *= 3;
  std::printf("x=%d y=%d\n", x, y);
  int v = 0;
  try {
    v = co_await flag("ok", true) ? co_await later(4)
                                  : throw std::runtime_error("arm");
    v += co_await flag("bad", false) ? co_await later(5)
                                     : throw std::runtime_error("arm2");
  } catch (const std::exception &e) {
    std::printf("caught %s v=%d\n", e.what(), v);
  }
  Tr a("A");
  Tr b("B");
  const Tr &ref = co_await flag("a?", false) ? a : b;
  co_await later(1);
  std::printf("ref %s\n", ref.n.c_str());
  Tr made = co_await flag("make", true) ? Tr(co_await word("new"))
                                        : Tr("old");
  std::printf("made %s\n", made.n.c_str());
  std::string s = (co_await later(3) > 2 ? a : b).n + "/" +
                  (co_await now(1) > 2 ? a : b).n;
  std::printf("s=%s\n", s.c_str());
  co_return x + y + v;
}

int main() { std::printf("r=%d\n", drive(app())); }
