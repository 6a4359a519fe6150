// g66: a result type whose move constructor throws (when armed): the
// exception leaves await_resume while the result is moved out of the
// task, and is caught around the await; locals and temporaries of the
// expression are destroyed once.
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

static bool armed = false;
struct Fragile {
  std::string n;
  explicit Fragile(std::string s) : n(std::move(s)) {
    std::printf("+F %s\n", n.c_str());
  }
  Fragile(Fragile &&o) : n(std::move(o.n)) {
    if (armed) {
      armed = false;
      std::printf("move throws\n");
      throw std::runtime_error("move");
    }
    o.n = "(moved)";
  }
  Fragile(const Fragile &) = delete;
  ~Fragile() { std::printf("-F %s\n", n.c_str()); }
};
ASL_ASYNC asl::Task<Fragile> mk(std::string s) {
  co_await later(0);
  co_return Fragile(s);
}
static int len(const Tr &t, const Fragile &f) {
  return static_cast<int>(t.n.size() + f.n.size());
}
ASL_ASYNC asl::Task<int> run() {
  int s = 0;
  for (int i = 0; i < 2; ++i) {
    try {
      Tr guard("guard" + std::to_string(i));
      armed = i == 1;
      Fragile f = co_await mk("f" + std::to_string(i));
      s += len(Tr("tmp"), co_await mk("g"));
      std::printf("ok %s\n", f.n.c_str());
    } catch (const std::exception &e) {
      std::printf("caught %s\n", e.what());
    }
  }
  co_return s;
}
int main() { std::printf("%d\n", drive(run())); }
