// d46: an array of Tr and an aggregate of Trs initialized from awaits with
// an exception thrown in the middle: the already built elements die in
// reverse order, the rest are never built.
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


struct Trio {
  Tr a, b, c;
};
ASL_ASYNC asl::Task<Tr> part(std::string n, bool fail) {
  co_await later(static_cast<int>(n.size()));
  if (fail)
    throw std::runtime_error("fail " + n);
  co_return Tr(n);
}

ASL_ASYNC asl::Task<int> app(bool fail_arr, bool fail_agg) {
  try {
    Tr arr[3] = {co_await part("e0", false), co_await part("e11", fail_arr),
                 co_await part("e222", false)};
    std::printf("arr %s\n", arr[2].n.c_str());
    Trio t{co_await part("A", false), co_await part("BB", false),
           co_await part("CCC", fail_agg)};
    std::printf("trio %s\n", t.c.n.c_str());
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
    co_return 1;
  }
  co_return 0;
}

int main() {
  std::printf("%d\n", drive(app(false, false)));
  std::printf("%d\n", drive(app(true, false)));
  std::printf("%d\n", drive(app(false, true)));
}
