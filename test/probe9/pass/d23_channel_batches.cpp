// d23: a producer/consumer over a bounded channel of vectors; the consumer
// iterates each received batch with a range-for whose body awaits, and the
// receive loop's condition declares the optional.
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


ASL_ASYNC asl::Task<void> produce(asl::Channel<std::vector<int>> &ch) {
  for (int b = 0; b < 3; ++b) {
    std::vector<int> batch;
    for (int i = 0; i <= b; ++i)
      batch.push_back(co_await now(b * 10 + i));
    co_await ch.send(std::move(batch));
    std::printf("sent %d\n", b);
  }
  ch.close();
}
ASL_ASYNC asl::Task<int> consume(asl::Channel<std::vector<int>> &ch) {
  int sum = 0;
  while (std::optional<std::vector<int>> batch = co_await ch.receive()) {
    Tr t("batch" + std::to_string(batch->size()));
    for (int v : *batch)
      sum += co_await later(v);
  }
  co_return sum;
}

int main() {
  asl::Channel<std::vector<int>> ch(1);
  asl::Task<int> c = consume(ch);
  asl::Task<void> p = produce(ch);
  std::printf("sum=%d\n", drive(std::move(c)));
  asl::sync_wait(std::move(p));
}
