// c34: exceptions through three async levels after resumptions, converted
// in the middle, std::exception_ptr kept across awaits and rethrown,
// std::current_exception in catch(...), nested exception levels.
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


ASL_ASYNC asl::Task<int> level3(int v) {
  Tr t("l3-" + std::to_string(v));
  co_await later(v);
  if (v > 1)
    throw std::out_of_range("deep" + std::to_string(v));
  co_return v;
}

ASL_ASYNC asl::Task<int> level2(int v) {
  Tr t("l2-" + std::to_string(v));
  try {
    co_return co_await level3(v) * 2;
  } catch (const std::out_of_range &e) {
    if (v > 2)
      throw std::runtime_error(std::string("wrapped ") + e.what());
    throw;
  }
}

ASL_ASYNC asl::Task<std::exception_ptr> level1(int v) {
  std::exception_ptr ep;
  try {
    int r = co_await level2(v);
    std::printf("level1 ok %d\n", r);
  } catch (...) {
    ep = std::current_exception();
  }
  co_await later(100);
  co_return ep;
}

ASL_ASYNC asl::Task<int> app() {
  int failures = 0;
  for (int v = 1; v <= 3; ++v) {
    std::exception_ptr ep = co_await level1(v);
    co_await now(v);
    if (!ep)
      continue;
    try {
      std::rethrow_exception(ep);
    } catch (const std::runtime_error &e) {
      std::printf("runtime %s\n", e.what());
      ++failures;
    } catch (const std::logic_error &e) {
      std::printf("logic %s\n", e.what());
      failures += 10;
    }
  }
  co_return failures;
}

int main() { std::printf("f=%d\n", drive(app())); }
