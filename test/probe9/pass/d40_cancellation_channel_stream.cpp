// d40: an IAsyncEnumerable-like reader over a channel with a cancellation
// token: the consumer stops when the token fires mid-stream; the receive
// throws operation_cancelled, caught; the producer then finishes.
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


ASL_ASYNC asl::Task<int> reader(asl::Channel<int> &ch,
                                asl::CancellationToken tok) {
  int got = 0;
  try {
    while (auto v = co_await ch.receive(tok)) {
      Tr t("item" + std::to_string(*v));
      got += *v;
    }
  } catch (const asl::operation_cancelled &e) {
    std::printf("reader: %s after %d\n", e.what(), got);
  }
  co_return got;
}

int main() {
  asl::Channel<int> ch(2);
  asl::CancellationSource src;
  asl::Task<int> r = reader(ch, src.token());
  for (int i = 1; i <= 3; ++i) {
    int v = i;
    ch.try_send(v);
  }
  src.cancel();
  std::printf("got %d\n", asl::sync_wait(std::move(r)));
  int left = 0;
  while (auto v = ch.try_receive())
    left += *v;
  std::printf("left %d\n", left);
}
