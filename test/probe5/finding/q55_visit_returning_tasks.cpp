// std::visit with an overloaded-lambdas visitor whose lambdas return
// tasks; the visit's result is awaited; a variant of commands.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

struct Put {
  std::string k;
  int v;
};
struct Get {
  std::string k;
};
struct Del {
  std::string k;
};
using Cmd = std::variant<Put, Get, Del>;

static std::map<std::string, int> db;
ASL_ASYNC asl::Task<int> do_put(const Put &p) {
  co_await Hold{};
  db[p.k] = p.v;
  co_return p.v;
}
ASL_ASYNC asl::Task<int> do_get(std::string k) {
  co_await Hold{};
  auto it = db.find(k);
  co_return it == db.end() ? -1 : it->second;
}
ASL_ASYNC asl::Task<int> do_del(std::string k) {
  co_await Hold{};
  co_return static_cast<int>(db.erase(k));
}

ASL_ASYNC asl::Task<int> run() {
  std::vector<Cmd> cmds{Put{"a", 1}, Put{"b", 2}, Get{"a"}, Del{"a"},
                        Get{"a"},    Get{"b"}};
  int sum = 0;
  for (const Cmd &c : cmds) {
    int r = co_await std::visit(
        overloaded{[](const Put &p) { return do_put(p); },
                   [](const Get &g) { return do_get(g.k); },
                   [](const Del &d) { return do_del(d.k); }},
        c);
    std::printf("cmd %zu -> %d\n", c.index(), r);
    sum += r;
  }
  co_return sum;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
