// e03: a pipeline of stages held in a vector of std::function returning
// tasks, some stages coroutine lambdas capturing state, one failing; each
// stage's input traced.
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

using Stage = std::function<asl::Task<int>(int)>;

ASL_ASYNC asl::Task<int> run_pipeline(const std::vector<Stage> &stages,
                                      int input) {
  int v = input;
  std::size_t i = 0;
  for (const Stage &s : stages) {
    Tr t("stage" + std::to_string(i++));
    v = co_await s(v);
    std::printf("after %zu: %d\n", i, v);
  }
  co_return v;
}

ASL_ASYNC asl::Task<int> doubler(int x) { co_return 2 * co_await later(x); }

ASL_ASYNC asl::Task<int> app() {
  int offset = 7;
  std::vector<Stage> stages;
  stages.push_back(doubler);
  stages.push_back([offset](int x) -> asl::Task<int> {
    int y = co_await now(x);
    co_return y + offset;
  });
  stages.push_back([&offset](int x) -> asl::Task<int> {
    Tr inner("inner");
    offset += co_await later(1);
    co_return x * offset;
  });
  int a = co_await run_pipeline(stages, 3);
  stages.push_back([](int x) -> asl::Task<int> {
    co_await later(x);
    if (x > 10)
      throw std::out_of_range("too big " + std::to_string(x));
    co_return x;
  });
  int b = 0;
  try {
    b = co_await run_pipeline(stages, 1);
  } catch (const std::out_of_range &e) {
    std::printf("caught %s\n", e.what());
    b = -1;
  }
  co_return a * 1000 + b;
}

int main() { std::printf("result %d\n", drive(app())); }
