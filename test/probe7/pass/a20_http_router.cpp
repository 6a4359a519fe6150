// A small HTTP-like router: routes with path parameters, handlers stored as
// std::function returning tasks, middleware that wraps a handler (auth,
// timing in fake ticks), 404/500 mapping, and query-string parsing.
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

struct Req {
  std::string method, path;
  std::map<std::string, std::string> params, query;
  std::string user;
};
struct Res {
  int code = 200;
  std::string body;
};
using Handler = std::function<asl::Task<Res>(Req &)>;

struct Router {
  struct Route {
    std::string method;
    std::vector<std::string> parts;
    Handler h;
  };
  std::vector<Route> routes;
  static std::vector<std::string> split(const std::string &p) {
    std::vector<std::string> out;
    std::stringstream ss(p);
    std::string part;
    while (std::getline(ss, part, '/'))
      if (!part.empty())
        out.push_back(part);
    return out;
  }
  void add(std::string m, const std::string &pattern, Handler h) {
    routes.push_back({std::move(m), split(pattern), std::move(h)});
  }
  ASL_ASYNC asl::Task<Res> dispatch(std::string method, std::string target) {
    Req r{method, target, {}, {}, {}};
    if (auto q = target.find('?'); q != std::string::npos) {
      r.path = target.substr(0, q);
      std::stringstream qs(target.substr(q + 1));
      std::string kv;
      while (std::getline(qs, kv, '&')) {
        auto eq = kv.find('=');
        r.query[kv.substr(0, eq)] =
            eq == std::string::npos ? "" : kv.substr(eq + 1);
      }
    }
    auto parts = split(r.path);
    for (auto &rt : routes) {
      if (rt.method != method || rt.parts.size() != parts.size())
        continue;
      bool match = true;
      std::map<std::string, std::string> ps;
      for (std::size_t i = 0; i < parts.size() && match; ++i) {
        if (rt.parts[i][0] == ':')
          ps[rt.parts[i].substr(1)] = parts[i];
        else
          match = rt.parts[i] == parts[i];
      }
      if (!match)
        continue;
      r.params = std::move(ps);
      try {
        co_return co_await rt.h(r);
      } catch (const std::exception &e) {
        co_return Res{500, e.what()};
      }
    }
    co_return Res{404, "no route for " + method + " " + r.path};
  }
};

Handler auth(Handler inner) {
  return [inner](Req &r) -> asl::Task<Res> {
    auto tok = r.query.find("token");
    if (tok == r.query.end() || tok->second != "s3cret")
      co_return Res{401, "unauthorized"};
    r.user = "admin";
    Res res = co_await inner(r);
    res.body += " [as " + r.user + "]";
    co_return res;
  };
}

std::map<int, std::string> users{{1, "ann"}, {2, "bob"}};

ASL_ASYNC asl::Task<Res> get_user(Req &r) {
  co_await Hold{};
  int id = std::stoi(r.params.at("id"));
  auto it = users.find(id);
  if (it == users.end())
    co_return Res{404, "no user " + std::to_string(id)};
  co_return Res{200, "user " + it->second};
}
ASL_ASYNC asl::Task<Res> delete_user(Req &r) {
  co_await Hold{};
  users.erase(std::stoi(r.params.at("id")));
  co_return Res{204, "deleted"};
}

ASL_ASYNC asl::Task<void> client(Router &rt) {
  const char *calls[][2] = {{"GET", "/users/1"},
                            {"GET", "/users/9"},
                            {"GET", "/users/x"},
                            {"DELETE", "/users/2"},
                            {"DELETE", "/users/2?token=s3cret"},
                            {"GET", "/users/2"},
                            {"POST", "/users"},
                            {"GET", "/health?verbose=1&x"}};
  for (auto &c : calls) {
    Res r = co_await rt.dispatch(c[0], c[1]);
    std::printf("%s %s -> %d %s\n", c[0], c[1], r.code, r.body.c_str());
  }
}

int main() {
  Router rt;
  rt.add("GET", "/users/:id", get_user);
  rt.add("DELETE", "/users/:id", auth(delete_user));
  rt.add("GET", "/health", [](Req &r) -> asl::Task<Res> {
    co_await Hold{};
    co_return Res{200,
                  "up, " + std::to_string(r.query.size()) + " query params"};
  });
  auto t = client(rt);
  pump();
  asl::sync_wait(std::move(t));
}
