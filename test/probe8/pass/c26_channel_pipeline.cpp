// c26: a channel pipeline: a producer sends lines, a stage parses them into
// move-only records, a consumer folds; close() ends each stage's loop.
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


struct Rec {
  std::unique_ptr<std::string> name;
  int qty;
};

ASL_ASYNC asl::Task<void> produce(asl::Channel<std::string> &out) {
  const char *lines[] = {"apple:3", "pear:5", "bad", "fig:2"};
  for (const char *l : lines) {
    co_await out.send(l);
    std::printf("sent %s\n", l);
  }
  out.close();
}

ASL_ASYNC asl::Task<int> parse(asl::Channel<std::string> &in,
                               asl::Channel<Rec> &out) {
  int bad = 0;
  while (auto line = co_await in.receive()) {
    auto colon = line->find(':');
    if (colon == std::string::npos) {
      ++bad;
      continue;
    }
    co_await out.send(
        Rec{std::make_unique<std::string>(line->substr(0, colon)),
            std::stoi(line->substr(colon + 1))});
  }
  out.close();
  co_return bad;
}

ASL_ASYNC asl::Task<int> consume(asl::Channel<Rec> &in) {
  int total = 0;
  for (;;) {
    std::optional<Rec> r = co_await in.receive();
    if (!r)
      break;
    std::printf("rec %s x%d\n", r->name->c_str(), r->qty);
    total += r->qty * co_await now(1);
  }
  co_return total;
}

int main() {
  asl::Channel<std::string> lines(1);
  asl::Channel<Rec> recs(0);
  auto c = consume(recs);
  auto p = parse(lines, recs);
  auto pr = produce(lines);
  pump();
  asl::sync_wait(std::move(pr));
  int bad = asl::sync_wait(std::move(p));
  int total = asl::sync_wait(std::move(c));
  std::printf("bad=%d total=%d\n", bad, total);
}
