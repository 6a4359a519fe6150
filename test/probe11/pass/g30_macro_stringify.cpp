// g30: macros that stringify an expression holding co_await (a CHECK
// that prints its text, as C# Debug.Assert with CallerArgumentExpression
// would), that paste tokens around a local, and __FILE__ basename;
// comments and string literals that mention co_await stay as they are.
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

#include <cstring>
#define CHECK(e) \
  ((e) ? std::printf("ok: %s\n", #e) : std::printf("FAILED: %s\n", #e))
#define SHOW(v) std::printf(#v " = %d\n", v)
#define CAT(a, b) a##b
static const char *base(const char *f) {
  const char *s = std::strrchr(f, '/');
  return s ? s + 1 : f;
}
ASL_ASYNC asl::Task<int> run() {
  int CAT(my, val) = co_await later(3);
  CHECK(co_await later(3) == myval);
  CHECK(co_await later(4) + 1 == 6);
  SHOW(myval);
  SHOW(co_await later(5));
  std::printf("text: co_await later(9); %s\n", R"(co_await "x")");
  /* co_await later(10); */ // co_await later(11);
  // __FILE__ names the lowered file (documented), so only its use is
  // checked: base() of it is not empty in both builds.
  std::printf("file %d\n", base(__FILE__)[0] != '\0');
  co_return myval;
}
int main() { std::printf("%d\n", drive(run())); }
