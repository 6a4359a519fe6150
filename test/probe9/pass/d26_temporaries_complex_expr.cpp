// d26: temporaries with observable lifetimes in complex expressions around
// awaits: member access on temporaries, a temporary bound to a const
// reference parameter across a later argument's await, nested calls.
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


static const Tr &pick(const Tr &a, const Tr &b, bool first) {
  return first ? a : b;
}
static std::string cat(const std::string &a, const std::string &b) {
  std::printf("cat %s %s\n", a.c_str(), b.c_str());
  return a + b;
}
static Tr mk(const std::string &s) { return Tr(s); }

ASL_ASYNC asl::Task<int> app() {
  std::string a = Tr("t1").n + co_await word("w1") + Tr("t2").n;
  std::printf("a=%s\n", a.c_str());
  std::string b = cat(pick(Tr("x"), mk("y"), co_await flag("f", false)).n,
                      mk(co_await word("z")).n);
  std::printf("b=%s\n", b.c_str());
  std::size_t n = cat(mk("m").n, co_await word("n")).size() +
                  mk(cat("o", co_await word("p"))).n.size();
  std::printf("n=%zu\n", n);
  co_return static_cast<int>(a.size() + b.size() + n);
}

int main() { std::printf("%d\n", drive(app())); }
