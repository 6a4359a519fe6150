// e15: forward-declared async functions defined later and calling each
// other (mutual recursion: is_even/is_odd), an async function used before
// its definition by a class's inline member.
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

ASL_ASYNC asl::Task<bool> is_odd(int n);
ASL_ASYNC asl::Task<bool> is_even(int n);
ASL_ASYNC asl::Task<int> helper(int n, Tr t);

struct User {
  int id;
  ASL_ASYNC asl::Task<int> score() {
    Tr t("score" + std::to_string(id));
    bool e = co_await is_even(id);
    co_return co_await helper(e ? id : -id, Tr("arg"));
  }
};

ASL_ASYNC asl::Task<bool> is_even(int n) {
  if (n == 0)
    co_return true;
  co_return co_await is_odd(co_await later(n) - 1);
}

ASL_ASYNC asl::Task<bool> is_odd(int n) {
  if (n == 0)
    co_return false;
  co_return co_await is_even(n - 1);
}

ASL_ASYNC asl::Task<int> helper(int n, Tr t) {
  co_await later(n);
  std::printf("helper %d %s\n", n, t.n.c_str());
  co_return n * 2;
}

ASL_ASYNC asl::Task<int> app() {
  int s = 0;
  for (int id = 1; id <= 4; ++id)
    s += co_await User{id}.score();
  co_return s;
}

int main() { std::printf("result %d\n", drive(app())); }
