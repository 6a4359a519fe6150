// c78: when_all where several tasks fail after resuming (the first in
// argument order wins), the others' lifted locals still die; when_any
// whose winner throws; retrying the failed ones.
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


ASL_ASYNC asl::Task<int> job(int id, int fail_at) {
  Tr t("job" + std::to_string(id));
  co_await later(id);
  if (id == fail_at || id == fail_at + 2)
    throw std::runtime_error("job" + std::to_string(id) + " failed");
  co_return id * 10;
}

ASL_ASYNC asl::Task<int> app() {
  int ok = 0;
  for (int round = 0; round < 2; ++round) {
    std::vector<asl::Task<int>> ts;
    for (int i = 1; i <= 4; ++i)
      ts.push_back(job(i, round == 0 ? 2 : 9));
    try {
      auto rs = co_await asl::when_all(std::move(ts));
      for (int r : rs)
        ok += r;
      std::printf("round %d ok\n", round);
    } catch (const std::exception &e) {
      std::printf("round %d: %s\n", round, e.what());
    }
  }
  std::vector<asl::Task<int>> race;
  race.push_back(job(5, 5));
  race.push_back(job(6, 9));
  try {
    auto w = co_await asl::when_any(std::move(race));
    std::printf("winner %zu\n", w.index);
  } catch (const std::exception &e) {
    std::printf("any: %s\n", e.what());
  }
  co_return ok;
}

int main() { std::printf("r=%d\n", drive(app())); }
