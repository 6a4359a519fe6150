// g53: async templates forwarding awaited results: auto&& bound to the
// result of co_await f() (a prvalue: lifetime-extended; an lvalue
// reference from a Task<T&>), decltype(auto) locals, std::forward of a
// forwarding-reference parameter into an awaited call, a callable
// template parameter invoked with std::invoke.
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

static Tr gTr("global");
ASL_ASYNC asl::Task<Tr &> refTask() {
  co_await later(1);
  co_return gTr;
}
ASL_ASYNC asl::Task<Tr> valTask() {
  co_await later(2);
  co_return Tr("val");
}
template <class F> ASL_ASYNC asl::Task<std::string> use(F f) {
  auto &&r = co_await f();
  co_await later(3);
  std::string out = r.n;
  decltype(auto) again = co_await f();
  co_return out + "/" + again.n;
}
template <class T> ASL_ASYNC asl::Task<int> sink(T &&t) {
  Tr local(std::forward<T>(t));
  co_await later(4);
  co_return static_cast<int>(local.n.size());
}
template <class F, class... A> ASL_ASYNC asl::Task<int> call(F &&f, A &&...a) {
  int r = co_await std::invoke(std::forward<F>(f), std::forward<A>(a)...);
  co_return r + 1;
}
ASL_ASYNC asl::Task<int> run() {
  std::string a = co_await use(refTask);
  std::string b = co_await use(valTask);
  std::printf("%s %s\n", a.c_str(), b.c_str());
  Tr x("lvalue");
  int s = co_await sink(x) + co_await sink(Tr("rvalue"));
  s += co_await call(later, 5);
  s += co_await call([](int v) { return later(v * 2); }, 6);
  co_return s;
}
int main() { std::printf("%d\n", drive(run())); }
