// c50: a RunLoop as a UI thread's context: tasks hop to a pool and back
// (the continuation returns to the loop), spawn of fire-and-forget work
// signalling an event, configure_await(false) staying on the pool.
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


#include <asl/run_loop.h>
#include <asl/spawn.h>
#include <thread>

static std::thread::id ui;

ASL_ASYNC asl::Task<int> compute(asl::ThreadPool &pool, int v) {
  co_await pool.schedule();
  co_return v * v;
}

ASL_ASYNC asl::Task<void> bg(asl::ThreadPool &pool, asl::Event &done,
                             int &out) {
  out = co_await compute(pool, 7);
  done.set();
}

ASL_ASYNC asl::Task<int> on_ui(asl::ThreadPool &pool) {
  int sum = 0;
  for (int i = 1; i <= 3; ++i) {
    sum += co_await compute(pool, i);
    std::printf("back on ui: %d\n", std::this_thread::get_id() == ui);
  }
  asl::Event done;
  int out = 0;
  asl::spawn(pool, bg(pool, done, out));
  co_await done;
  std::printf("spawned gave %d, on ui: %d\n", out,
              std::this_thread::get_id() == ui);
  int off = co_await asl::configure_await(compute(pool, 10), false);
  bool still = std::this_thread::get_id() == ui;
  co_return sum + out + off + (still ? 1000 : 0);
}

int main() {
  ui = std::this_thread::get_id();
  asl::ThreadPool pool(2);
  asl::RunLoop loop;
  int r = loop.run([&] { return on_ui(pool); });
  std::printf("r=%d\n", r);
}
