// c67: tasks awaited out of containers: `co_await std::move(v[i])`,
// `co_await v.back()`, a conditional choosing which task variable to await,
// when_any nested in when_all, a task of a task awaited from a vector.
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
  std::vector<asl::Task<int>> v;
  for (int i = 0; i < 3; ++i)
    v.push_back(later(i * 5));
  int a = co_await std::move(v[1]);
  int b = co_await v.back();
  int c = co_await v.front();
  asl::Task<int> x = later(100), y = now(200);
  bool pick = co_await flag("pick", false);
  int d = co_await (pick ? x : y);
  int e = co_await x;
  std::vector<asl::Task<int>> r1, r2;
  r1.push_back(later(7));
  r1.push_back(later(8));
  r2.push_back(now(9));
  auto [w1, w2] = co_await asl::when_all(asl::when_any(std::move(r1)),
                                         asl::when_any(std::move(r2)));
  std::printf("a=%d b=%d c=%d d=%d e=%d w1=%zu:%d w2=%zu:%d\n", a, b, c, d,
              e, w1.index, w1.value, w2.index, w2.value);
  co_return a + b + c + d + e;
}

int main() { std::printf("r=%d\n", drive(app())); }
