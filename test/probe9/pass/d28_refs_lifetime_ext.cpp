// d28: references and lifetime-extended temporaries across awaits: a const
// reference to a returned Tr, an rvalue reference to an awaited prvalue, a
// reference into a lifted map, a pointer to a lifted local passed to an
// awaited call that writes through it.
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


static Tr make(int v) { return Tr("made" + std::to_string(v)); }
ASL_ASYNC asl::Task<Tr> amake(int v) {
  co_await later(v);
  co_return Tr("amade" + std::to_string(v));
}
ASL_ASYNC asl::Task<void> bump(int *p, int by) {
  *p += co_await later(by);
}

ASL_ASYNC asl::Task<int> app() {
  const Tr &r = make(co_await later(1));
  Tr &&rr = co_await amake(2);
  std::map<std::string, int> m{{"a", 1}, {"b", 2}};
  int &ref = m["b"];
  co_await later(3);
  ref += 40;
  int local = 5;
  co_await bump(&local, co_await now(6));
  rr.n += "!";
  std::printf("%s %s %d %d\n", r.n.c_str(), rr.n.c_str(), m["b"], local);
  co_return ref + local;
}

int main() { std::printf("%d\n", drive(app())); }
