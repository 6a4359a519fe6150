// c71: pointers into locals taken before the task first suspends and used
// after it resumes: a short string's c_str() and a string_view of it (its
// characters inside the object), an iterator into a std::array, a decayed
// array, a by-reference lambda, a self-pointing aggregate.
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


#include <string_view>

struct SelfRef {
  int v;
  SelfRef *self;
};

ASL_ASYNC asl::Task<int> app(bool suspend_first) {
  std::string s = "short";
  const char *cs = s.c_str();
  std::string_view sv = s;
  std::array<int, 4> a{1, 2, 3, 4};
  auto it = a.begin() + 2;
  int raw[3] = {7, 8, 9};
  int *rp = raw;
  int counter = 0;
  auto bump = [&] { return ++counter; };
  SelfRef sr{5, nullptr};
  sr.self = &sr;
  if (suspend_first)
    co_await later(0);
  else
    co_await now(0);
  s[0] = 'S';
  a[2] = 30;
  raw[0] = 70;
  bump();
  sr.v = 6;
  std::printf("cs=%s sv=%.*s it=%d rp=%d counter=%d self=%d\n", cs,
              static_cast<int>(sv.size()), sv.data(), *it, *rp, counter,
              sr.self->v);
  co_await later(1);
  bump();
  std::printf("counter=%d same=%d\n", counter, sr.self == &sr);
  co_return counter;
}

int main() {
  std::printf("r=%d\n", drive(app(true)));
  std::printf("r=%d\n", drive(app(false)));
}
