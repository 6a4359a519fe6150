// h38: an HTTP middleware chain: an async function template taking the
// next handler by forwarding reference, given an lvalue std::function, an
// lvalue functor object of the program's class, a const lvalue functor,
// and prvalue coroutine lambdas; handlers held in a vector of
// std::function and folded into a chain.
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

using Handler = std::function<asl::Task<std::string>(std::string)>;

template <class Next>
ASL_ASYNC asl::Task<std::string> with_log(std::string req, Next &&next) {
  std::printf("  -> %s\n", req.c_str());
  std::string resp = co_await next(req);
  std::printf("  <- %s\n", resp.c_str());
  co_return resp;
}

struct Upper {
  int calls = 0;
  ASL_ASYNC asl::Task<std::string> operator()(std::string s) {
    co_await tick();
    ++calls;
    for (char &c : s)
      if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
    co_return s;
  }
};

struct Reverse {
  ASL_ASYNC asl::Task<std::string> operator()(std::string s) const {
    co_await tick();
    co_return std::string(s.rbegin(), s.rend());
  }
};

ASL_ASYNC asl::Task<std::string> serve(std::vector<Handler> &chain,
                                       std::size_t i, std::string req) {
  if (i == chain.size())
    co_return req;
  std::string mid = co_await chain[i](std::move(req));
  co_return co_await serve(chain, i + 1, std::move(mid));
}

ASL_ASYNC asl::Task<int> run() {
  Handler echo = [](std::string s) -> asl::Task<std::string> {
    co_await tick();
    co_return "echo:" + s;
  };
  std::string a = co_await with_log("a", echo);
  Upper up;
  std::string b = co_await with_log("b", up);
  const Reverse rev;
  std::string c = co_await with_log("cde", rev);
  std::string d = co_await with_log(
      "d", [](std::string s) -> asl::Task<std::string> {
        co_await tick();
        co_return s + s;
      });
  std::vector<Handler> chain{echo, up, rev};
  chain.push_back([](std::string s) -> asl::Task<std::string> {
    co_return "[" + s + "]";
  });
  std::string e = co_await serve(chain, 0, "xy");
  std::printf("  %s %s %s %s %s calls=%d\n", a.c_str(), b.c_str(),
              c.c_str(), d.c_str(), e.c_str(), up.calls);
  co_return up.calls;
}

int main() {
  auto t = run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
}
