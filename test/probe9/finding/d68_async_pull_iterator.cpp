// d68: a pull-based async iterator class (next() returns Task<optional>)
// consumed by a while with a declaration condition and by a for with a
// comma in the increment; a RAII guard inside the producer's member.
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


class Numbers {
  int i_ = 0, end_;

public:
  explicit Numbers(int end) : end_(end) {}
  ASL_ASYNC asl::Task<std::optional<Tr>> next() {
    if (i_ >= end_)
      co_return std::nullopt;
    int v = co_await later(i_++);
    co_return Tr("n" + std::to_string(v));
  }
};

ASL_ASYNC asl::Task<int> app() {
  Numbers a(3);
  int count = 0;
  while (std::optional<Tr> t = co_await a.next()) {
    std::printf("got %s\n", t->n.c_str());
    ++count;
  }
  Numbers b(2);
  int k = 0;
  for (auto t = co_await b.next(); t;
       t.reset(), t.emplace(std::move(*co_await b.next())), ++k) {
    std::printf("for %s k=%d\n", t->n.c_str(), k);
    if (k == 1)
      break;
  }
  co_return count * 10 + k;
}

int main() { std::printf("%d\n", drive(app())); }
