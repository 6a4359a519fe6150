// d70: async members of a nested class defined out of line in a namespace,
// a static async member calling an instance one, qualified names in calls.
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


namespace net {
struct Server {
  struct Conn {
    int id;
    ASL_ASYNC asl::Task<std::string> recv(int n);
    ASL_ASYNC static asl::Task<int> open_and_read(int id);
  };
  std::vector<Conn> conns;
  ASL_ASYNC asl::Task<int> serve();
};
} // namespace net

ASL_ASYNC asl::Task<std::string> net::Server::Conn::recv(int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += static_cast<char>('a' + co_await later(id + i));
  co_return s;
}
ASL_ASYNC asl::Task<int> net::Server::Conn::open_and_read(int id) {
  Conn c{id};
  co_return static_cast<int>((co_await c.recv(2)).size()) + id;
}
ASL_ASYNC asl::Task<int> net::Server::serve() {
  int total = 0;
  for (Conn &c : conns) {
    std::string got = co_await c.recv(c.id);
    std::printf("conn %d: %s\n", c.id, got.c_str());
    total += co_await Conn::open_and_read(c.id);
  }
  co_return total;
}

int main() {
  net::Server s;
  s.conns = {{1}, {2}, {3}};
  std::printf("%d\n", drive(s.serve()));
}
