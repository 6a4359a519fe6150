// h06: a connection library with async factories: static create()
// returning Task<std::unique_ptr<T>> (private constructor), a fluent
// builder whose setters are chained with awaits between them, a factory
// that fails and one that retries, results moved into a registry.
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
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

class Connection {
public:
  ASL_ASYNC static asl::Task<std::unique_ptr<Connection>>
  create(std::string host, int port) {
    co_await tick();
    if (port <= 0)
      throw std::invalid_argument("bad port for " + host);
    std::unique_ptr<Connection> c(new Connection(std::move(host), port));
    co_await c->handshake();
    co_return c;
  }
  ~Connection() { std::printf("  close %s\n", id().c_str()); }
  std::string id() const { return host_ + ":" + std::to_string(port_); }
  bool ready() const { return ready_; }

private:
  Connection(std::string h, int p) : host_(std::move(h)), port_(p) {}
  ASL_ASYNC asl::Task<void> handshake() {
    co_await tick();
    ready_ = true;
    std::printf("  handshake %s\n", id().c_str());
  }
  std::string host_;
  int port_;
  bool ready_ = false;
};

class Builder {
public:
  Builder &host(std::string h) {
    host_ = std::move(h);
    return *this;
  }
  Builder &port(int p) {
    port_ = p;
    return *this;
  }
  Builder &retries(int r) {
    retries_ = r;
    return *this;
  }
  ASL_ASYNC asl::Task<std::unique_ptr<Connection>> build() const {
    for (int attempt = 0;; ++attempt) {
      try {
        co_return co_await Connection::create(host_, port_ - retries_ +
                                                          attempt);
      } catch (const std::invalid_argument &e) {
        std::printf("  attempt %d: %s\n", attempt, e.what());
        if (attempt >= retries_)
          throw;
      }
    }
  }

private:
  std::string host_ = "localhost";
  int port_ = 0;
  int retries_ = 0;
};

ASL_ASYNC asl::Task<std::string> lookup(std::string name) {
  co_await tick();
  co_return name + ".example";
}

ASL_ASYNC asl::Task<int> connect_all() {
  std::map<std::string, std::unique_ptr<Connection>> pool;
  auto a = co_await Builder()
               .host(co_await lookup("alpha"))
               .port(co_await later(80))
               .build();
  pool[a->id()] = std::move(a);
  Builder b;
  b.host(co_await lookup("beta")).retries(2).port(co_await later(1));
  pool["beta"] = co_await b.build();
  try {
    auto bad = co_await Builder().host("gamma").retries(1).build();
    std::printf("  unexpected %s\n", bad->id().c_str());
  } catch (const std::exception &e) {
    std::printf("  gave up: %s\n", e.what());
  }
  for (const auto &[k, c] : pool)
    std::printf("  pool %s -> %s ready=%d\n", k.c_str(), c->id().c_str(),
                c->ready());
  co_return static_cast<int>(pool.size());
}

int main() {
  auto t = connect_all();
  drain();
  std::printf("connected %d\n", asl::sync_wait(std::move(t)));
}
