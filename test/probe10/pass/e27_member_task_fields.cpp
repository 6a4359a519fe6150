// e27: a connection class holding a task in a member (started by the
// constructor, awaited later by a member function), a vector of pending
// tasks awaited out of order, and an owner destroyed with a task still
// suspended in its member.
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

class Conn {
public:
  explicit Conn(int id)
      : id_(id), hello_(greet(id)), tag_("conn" + std::to_string(id)) {}
  ASL_ASYNC asl::Task<int> ready() {
    int h = co_await std::move(hello_);
    std::printf("%s ready %d\n", tag_.n.c_str(), h);
    co_return h + id_;
  }

private:
  static ASL_ASYNC asl::Task<int> greet(int id) {
    Tr t("greet" + std::to_string(id));
    co_return co_await later(id * 2);
  }
  int id_;
  asl::Task<int> hello_;
  Tr tag_;
};

ASL_ASYNC asl::Task<int> app() {
  std::vector<asl::Task<int>> pending;
  for (int i = 0; i < 3; ++i)
    pending.push_back(later(i + 10));
  int s = co_await std::move(pending[2]);
  s += co_await std::move(pending[0]);
  Conn c(1);
  s += co_await c.ready();
  {
    Conn lost(2);
    std::printf("dropping lost\n");
  }
  s += co_await std::move(pending[1]);
  co_return s;
}

int main() {
  asl::Task<int> t = app();
  pump();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
