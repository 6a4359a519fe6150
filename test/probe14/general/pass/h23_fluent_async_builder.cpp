// h23: an HTTP request builder whose steps are async and return
// Task<Builder &> (chained with co_await on each step), a const member
// summarising, a builder passed by value into a task and moved back out,
// and a Task<Request> built from a braced initialiser with awaits.
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
#include <string>
#include <vector>

struct Request {
  std::string method;
  std::string url;
  std::map<std::string, std::string> headers;
  std::vector<std::string> body;
};

class RequestBuilder {
public:
  ASL_ASYNC asl::Task<RequestBuilder &> method(std::string m) {
    co_await tick();
    req_.method = std::move(m);
    co_return *this;
  }
  ASL_ASYNC asl::Task<RequestBuilder &> url(std::string u) {
    co_await tick();
    req_.url = std::move(u);
    co_return *this;
  }
  ASL_ASYNC asl::Task<RequestBuilder &> header(std::string k, std::string v) {
    co_await tick();
    req_.headers[std::move(k)] = std::move(v);
    co_return *this;
  }
  RequestBuilder &line(std::string l) {
    req_.body.push_back(std::move(l));
    return *this;
  }
  ASL_ASYNC asl::Task<std::string> summary() const {
    co_await tick();
    std::string s = req_.method + " " + req_.url;
    for (const auto &[k, v] : req_.headers)
      s += " [" + k + ": " + v + "]";
    s += " +" + std::to_string(req_.body.size());
    co_return s;
  }
  Request build() && { return std::move(req_); }

private:
  Request req_;
};

ASL_ASYNC asl::Task<std::string> token() {
  co_await tick();
  co_return "tok123";
}

ASL_ASYNC asl::Task<RequestBuilder> decorate(RequestBuilder b) {
  co_await b.header("X-Trace", co_await later(std::string("t1")));
  co_return b;
}

ASL_ASYNC asl::Task<Request> make_request() {
  RequestBuilder b;
  auto &r = co_await (co_await (co_await b.method("POST")).url("/api"))
                .header("Auth", co_await token());
  r.line("a").line(co_await later(std::string("b")));
  std::printf("  %s\n", (co_await b.summary()).c_str());
  RequestBuilder d = co_await decorate(std::move(b));
  std::printf("  %s\n", (co_await d.summary()).c_str());
  Request plain{co_await later(std::string("GET")), "/ping", {},
                {co_await token()}};
  std::printf("  plain %s %s %s\n", plain.method.c_str(), plain.url.c_str(),
              plain.body[0].c_str());
  co_return std::move(d).build();
}

int main() {
  auto t = make_request();
  drain();
  Request r = asl::sync_wait(std::move(t));
  std::printf("%s %s %zu headers %zu lines\n", r.method.c_str(),
              r.url.c_str(), r.headers.size(), r.body.size());
}
