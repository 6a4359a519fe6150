// g38: suspended tasks destroyed while custom awaiters (with printing
// destructors) are alive, inside expressions with temporaries, and after
// partial resumption; awaiters that never resume.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}

static std::vector<std::function<void()>> parked;
struct Park {
  int id;
  explicit Park(int i) : id(i) { std::printf("+Park%d\n", id); }
  Park(const Park &o) : id(o.id) { std::printf("+Park%d'\n", id); }
  ~Park() { std::printf("-Park%d\n", id); }
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  int await_resume() const { return id; }
};
static int cat(const Tr &a, int b, int c) {
  return static_cast<int>(a.n.size()) + b + c;
}
ASL_ASYNC asl::Task<int> body() {
  Tr l("local");
  int r = cat(Tr("tmp"), co_await Park(1), co_await Park(2));
  Tr m("mid");
  r += co_await Park(3);
  co_return r;
}
int main() {
  for (int steps = 0; steps < 4; ++steps) {
    std::printf("== %d\n", steps);
    parked.clear();
    {
      asl::Task<int> t = body();
      for (int k = 0; k < steps && !parked.empty(); ++k) {
        auto f = parked.back();
        parked.pop_back();
        f();
      }
      if (steps == 3)
        std::printf("result %d\n", asl::sync_wait(std::move(t)));
      std::printf("destroy\n");
    }
  }
}
