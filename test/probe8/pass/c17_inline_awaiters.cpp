// c17: hand-written awaiters: one that resumes the coroutine inline from
// await_suspend, one whose await_suspend throws, one declining (false),
// one whose await_resume throws.
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


static int resumed_inline = 0;

struct InlineResume {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    ++resumed_inline;
    h.resume();
  }
  int await_resume() const noexcept { return v; }
};
struct ThrowingSuspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H) {
    throw std::runtime_error("suspend failed");
  }
  void await_resume() const noexcept {}
};
struct Declines {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const noexcept { return v * 2; }
};
struct ThrowingResume {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() { throw std::out_of_range("resume failed"); }
};

ASL_ASYNC asl::Task<int> app() {
  Tr t("app");
  int s = 0;
  for (int i = 0; i < 3; ++i)
    s += co_await InlineResume{i} + co_await Declines{i};
  try {
    Tr in("in-try");
    co_await ThrowingSuspend{};
    std::printf("not here\n");
  } catch (const std::exception &e) {
    std::printf("caught %s\n", e.what());
  }
  try {
    s += co_await later(1) + co_await ThrowingResume{};
  } catch (const std::out_of_range &e) {
    std::printf("caught %s\n", e.what());
  }
  s += co_await InlineResume{co_await later(5)};
  co_return s;
}

int main() {
  int r = drive(app());
  std::printf("r=%d inline=%d\n", r, resumed_inline);
}
