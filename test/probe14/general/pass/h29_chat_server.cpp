// h29: a chat-room simulation mixing shapes: rooms keyed in a map, each
// with an asl::Event for "message arrived", clients as coroutine lambdas
// stored in a vector<std::function<Task<int>()>> and started later, a
// server loop with switch on a command variant visited by a generic
// lambda, RAII presence guards, and a client destroyed while waiting.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <asl/event.h>

#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

struct Room {
  std::vector<std::string> log;
  asl::Event arrived;
};

struct Join {
  std::string room;
};
struct Say {
  std::string room, text;
};
struct Quit {};
using Command = std::variant<Join, Say, Quit>;

class Presence {
public:
  Presence(std::string who, int &online) : who_(std::move(who)), n_(online) {
    ++n_;
  }
  ~Presence() {
    --n_;
    std::printf("  %s left (%d online)\n", who_.c_str(), n_);
  }

private:
  std::string who_;
  int &n_;
};

class Server {
public:
  ASL_ASYNC asl::Task<int> serve(std::vector<Command> cmds) {
    int handled = 0;
    for (auto &c : cmds) {
      co_await tick();
      bool quit = std::visit(
          [this](auto &cmd) {
            using T = std::decay_t<decltype(cmd)>;
            if constexpr (std::is_same_v<T, Join>) {
              rooms_[cmd.room];
              return false;
            } else if constexpr (std::is_same_v<T, Say>) {
              Room &r = rooms_[cmd.room];
              r.log.push_back(cmd.text);
              r.arrived.set();
              r.arrived.reset();
              return false;
            } else {
              return true;
            }
          },
          c);
      ++handled;
      if (quit)
        break;
    }
    co_return handled;
  }
  Room &room(const std::string &n) { return rooms_[n]; }

private:
  std::map<std::string, Room> rooms_;
};

int main() {
  Server server;
  int online = 0;
  std::vector<std::function<asl::Task<int>()>> clients;
  for (const char *who : {"ann", "ben"}) {
    clients.push_back(
        [&server, &online, name = std::string(who)]() -> asl::Task<int> {
          Presence p(name, online);
          Room &r = server.room("lobby");
          int seen = 0;
          while (seen < 2) {
            co_await r.arrived;
            std::printf("  %s sees '%s'\n", name.c_str(),
                        r.log.back().c_str());
            ++seen;
            co_await tick();
          }
          co_return seen;
        });
  }
  clients.push_back([&server, &online]() -> asl::Task<int> {
    Presence p("lurker", online);
    co_await server.room("void").arrived;
    co_return 99;
  });
  std::vector<asl::Task<int>> running;
  for (auto &c : clients)
    running.push_back(c());
  std::printf("online %d\n", online);
  auto s = server.serve({Join{"lobby"}, Say{"lobby", "hi"}, Say{"x", "?"},
                         Say{"lobby", "bye"}, Quit{}, Say{"lobby", "no"}});
  drain();
  std::printf("handled %d\n", asl::sync_wait(std::move(s)));
  std::printf("ann %d ben %d\n", asl::sync_wait(std::move(running[0])),
              asl::sync_wait(std::move(running[1])));
  running.pop_back();
  std::printf("online %d\n", online);
}
