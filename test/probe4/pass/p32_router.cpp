// HTTP-like router: a map of std::function handlers returning tasks, request
// structs, awaits inside a ternary, a middleware wrapping a handler.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

struct Request {
  std::string path;
  std::string user;
};
struct Response {
  int status;
  std::string body;
};
using Handler = std::function<asl::Task<Response>(const Request &)>;

ASL_ASYNC asl::Task<bool> authorized(std::string user) {
  co_await Gate{};
  co_return user == "admin";
}
ASL_ASYNC asl::Task<Response> hello(const Request &rq) {
  std::string who = rq.user;
  co_await Gate{};
  co_return Response{200, "hello " + who};
}
ASL_ASYNC asl::Task<Response> secret(const Request &rq) {
  std::string who = rq.user;
  co_return co_await authorized(who) ? Response{200, "secret for " + who}
                                     : Response{403, "denied " + who};
}

ASL_ASYNC asl::Task<Response>
dispatch(const std::map<std::string, Handler> &routes, Request rq) {
  R log("req " + rq.path);
  auto it = routes.find(rq.path);
  if (it == routes.end())
    co_return Response{404, "no " + rq.path};
  Response r = co_await it->second(rq);
  r.body += " [" + std::to_string(r.status) + "]";
  co_return r;
}

int main() {
  std::map<std::string, Handler> routes;
  routes["/hello"] = [](const Request &r) { return hello(r); };
  routes["/secret"] = [](const Request &r) { return secret(r); };
  std::vector<Request> reqs{{"/hello", "ann"},
                            {"/secret", "bob"},
                            {"/secret", "admin"},
                            {"/nope", "x"}};
  for (auto &rq : reqs) {
    auto t = dispatch(routes, rq);
    drain();
    Response r = asl::sync_wait(std::move(t));
    std::printf("%d %s\n", r.status, r.body.c_str());
  }
}
