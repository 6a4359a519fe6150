#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
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
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <memory>
#include <string>
#include <vector>

// A server with nested classes, ported to async: Server::Conn (nested)
// has async members that use the outer class's private statics and a
// nested-nested Parser; an async operator() on a nested functor; a static
// async member; a friend async function; and members calling each other.

class Server {
public:
  class Conn;
  static ASL_ASYNC asl::Task<int> accept(Server &s, int fd);
  friend ASL_ASYNC asl::Task<std::string> audit(const Server &s);

private:
  static int next_id_;
  std::map<int, std::unique_ptr<Conn>> conns_;
  std::vector<std::string> log_;
};

class Server::Conn {
public:
  struct Parser {
    int depth = 0;
    ASL_ASYNC asl::Task<int> operator()(const std::string &line) {
      int n = 0;
      for (char c : line) {
        if (c == '(')
          ++depth;
        else if (c == ')')
          n += depth-- * co_await later(1);
      }
      co_return n;
    }
  };
  Conn(Server &s, int fd) : srv_(s), fd_(fd), id_(next_id_++) {}
  ~Conn() { std::printf("  conn %d closed\n", id_); }
  ASL_ASYNC asl::Task<int> serve(std::vector<std::string> lines) {
    Parser p;
    int total = 0;
    for (auto &l : lines) {
      int v = co_await p(l);
      srv_.log_.push_back(std::to_string(id_) + ":" + std::to_string(v));
      total += v;
    }
    co_return total + p.depth * 100;
  }
  int id() const { return id_; }
  int fd() const { return fd_; }

private:
  Server &srv_;
  int fd_;
  int id_;
};

int Server::next_id_ = 1;

ASL_ASYNC asl::Task<int> Server::accept(Server &s, int fd) {
  auto c = std::make_unique<Conn>(s, fd);
  Conn &ref = *c;
  s.conns_.emplace(fd, std::move(c));
  int r = co_await ref.serve({"(()", "())", fd % 2 ? "((" : "()"});
  if (r < 100)
    s.conns_.erase(fd);
  co_return r;
}

ASL_ASYNC asl::Task<std::string> audit(const Server &s) {
  std::string out;
  for (const auto &l : s.log_)
    out += co_await later(l) + " ";
  out += "open:";
  for (const auto &[fd, c] : s.conns_)
    out += std::to_string(fd) + "/" + std::to_string(c->id()) +
           (fd == c->fd() ? " " : "?");
  co_return out;
}

int main() {
  Server s;
  std::vector<asl::Task<int>> ts;
  for (int fd : {3, 4, 5})
    ts.push_back(Server::accept(s, fd));
  drain();
  for (auto &t : ts)
    std::printf("served %d\n", asl::sync_wait(std::move(t)));
  asl::Task<std::string> a = audit(s);
  drain();
  std::printf("audit %s\n", asl::sync_wait(std::move(a)).c_str());
}
