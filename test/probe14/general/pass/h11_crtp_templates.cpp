// h11: a CRTP framework of request handlers: a class template base whose
// async run() awaits the derived class's hooks (static_cast to Derived),
// derived classes that are themselves templates, an async member template
// of a class template, and a static async member of a class template.
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
#include <string>
#include <vector>

template <class Derived> class HandlerBase {
public:
  ASL_ASYNC asl::Task<std::string> run(int req) {
    Guard g("run");
    auto &self = static_cast<Derived &>(*this);
    int pre = co_await self.before(req);
    std::string body = co_await self.handle(pre);
    ++handled_;
    co_return Derived::name() + ":" + body;
  }
  // Default hook; derived classes may hide it.
  ASL_ASYNC asl::Task<int> before(int req) {
    co_await tick();
    co_return req;
  }
  template <class F> ASL_ASYNC asl::Task<int> with_count(F f) {
    int r = co_await f(handled_);
    co_return r + handled_;
  }
  ASL_ASYNC static asl::Task<int> version() {
    co_await tick();
    co_return 3;
  }
  int handled() const { return handled_; }

private:
  int handled_ = 0;
};

class Echo : public HandlerBase<Echo> {
public:
  static std::string name() { return "echo"; }
  ASL_ASYNC asl::Task<std::string> handle(int v) {
    co_await tick();
    co_return std::to_string(v);
  }
};

template <int Factor>
class Scaled : public HandlerBase<Scaled<Factor>> {
public:
  static std::string name() { return "scaled" + std::to_string(Factor); }
  ASL_ASYNC asl::Task<int> before(int req) {
    int v = co_await later(req * Factor);
    co_return v;
  }
  ASL_ASYNC asl::Task<std::string> handle(int v) {
    std::vector<int> parts;
    for (int i = 0; i < Factor; ++i)
      parts.push_back(co_await later(v + i));
    std::string s;
    for (int p : parts)
      s += std::to_string(p) + " ";
    co_return s;
  }
};

ASL_ASYNC asl::Task<int> serve() {
  Echo e;
  Scaled<2> s2;
  Scaled<3> s3;
  std::string a = co_await e.run(5);
  std::string b = co_await s2.run(5);
  std::string c = co_await s3.run(1);
  std::string d = co_await e.run(6);
  std::printf("  %s | %s | %s | %s\n", a.c_str(), b.c_str(), c.c_str(),
              d.c_str());
  int w = co_await e.with_count([](int n) -> asl::Task<int> {
    co_await tick();
    co_return n * 100;
  });
  int v = co_await HandlerBase<Echo>::version();
  co_return w + v + s2.handled() + s3.handled();
}

int main() {
  auto t = serve();
  drain();
  std::printf("serve %d\n", asl::sync_wait(std::move(t)));
}
