// c48: lifetime extension through a member of an awaited prvalue
// (`const auto &n = (co_await get()).name;`), through a reference to a
// temporary array element, and in a range-for over an awaited member.
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


struct User {
  Tr tag;
  std::string name;
  std::vector<int> ids;
};

ASL_ASYNC asl::Task<User> get(std::string n) {
  co_await later(static_cast<int>(n.size()));
  co_return User{Tr("tag-" + n), n, {1, 2, 3}};
}

ASL_ASYNC asl::Task<int> app() {
  const std::string &name = (co_await get("ann")).name;
  std::printf("got %s\n", name.c_str());
  co_await later(0);
  std::printf("still %s\n", name.c_str());
  const Tr &tag = (co_await get("bo")).tag;
  co_await later(1);
  std::printf("tag %s\n", tag.n.c_str());
  auto &&ids = (co_await get("cy")).ids;
  int s = 0;
  for (int id : ids)
    s += id * co_await now(1);
  std::printf("s=%d\n", s);
  {
    const User &u = co_await get("dee");
    co_await later(2);
    std::printf("user %s %zu\n", u.name.c_str(), u.ids.size());
  }
  std::printf("scope left\n");
  co_return s + static_cast<int>(name.size());
}

int main() { std::printf("r=%d\n", drive(app())); }
