// A chat room: members join with a name, each has an inbox channel and a
// reader task; messages are broadcast except to the sender; a member that
// leaves has its reader drain and end; history replay on join.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Line {
  std::string from, text;
};

class Room {
  struct Member {
    std::unique_ptr<asl::Channel<Line>> inbox;
    asl::Task<std::vector<std::string>> reader;
  };
  std::map<std::string, Member> members_;
  std::vector<Line> history_;

  ASL_ASYNC static asl::Task<std::vector<std::string>>
  read_loop(asl::Channel<Line> &in, std::string me) {
    std::vector<std::string> seen;
    while (std::optional<Line> l = co_await in.receive()) {
      co_await Hold{};
      seen.push_back(me + " <- " + l->from + ": " + l->text);
    }
    seen.push_back(me + " left");
    co_return seen;
  }

public:
  void join(const std::string &name) {
    auto ch =
        std::make_unique<asl::Channel<Line>>(asl::Channel<Line>::unbounded);
    for (auto &h : history_)
      ch->try_send(h);
    asl::Channel<Line> &ref = *ch;
    members_.emplace(name, Member{std::move(ch), read_loop(ref, name)});
  }
  ASL_ASYNC asl::Task<void> say(std::string from, std::string text) {
    Line l{from, text};
    history_.push_back(l);
    for (auto &[name, m] : members_)
      if (name != from)
        co_await m.inbox->send(l);
  }
  ASL_ASYNC asl::Task<std::vector<std::string>> leave(std::string name) {
    auto node = members_.extract(name);
    if (node.empty())
      co_return std::vector<std::string>{name + " was not here"};
    node.mapped().inbox->close();
    co_return co_await std::move(node.mapped().reader);
  }
};

ASL_ASYNC asl::Task<void> script() {
  Room r;
  r.join("ann");
  r.join("bob");
  co_await r.say("ann", "hi bob");
  co_await r.say("bob", "hi ann");
  r.join("cy");
  co_await r.say("cy", "what did I miss?");
  for (auto &s : co_await r.leave("bob"))
    std::printf("%s\n", s.c_str());
  co_await r.say("ann", "bob left");
  for (const char *who : {"zed", "cy", "ann"})
    for (auto &s : co_await r.leave(who))
      std::printf("%s\n", s.c_str());
}

int main() {
  auto t = script();
  pump();
  asl::sync_wait(std::move(t));
}
