// g21: __func__, __FUNCTION__, __PRETTY_FUNCTION__, __LINE__ in async
// bodies (a C#-style logger that prints the caller's name and line, as
// CallerMemberName / CallerLineNumber do), before and after awaits, in a
// member and in a lambda inside the body.
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

#define LOG(msg) std::printf("[%s:%d] %s\n", __func__, __LINE__, msg)
struct Svc {
  ASL_ASYNC asl::Task<int> fetch(int x) {
    std::printf("%s\n", __FUNCTION__);
    co_await later(x);
    std::printf("%s\n", __func__);
    co_return x;
  }
};
ASL_ASYNC asl::Task<int> run() {
  LOG("start");
  int line = __LINE__;
  co_await later(1);
  LOG("resumed");
  std::printf("func %s line %d now %d\n", __func__, line, __LINE__);
  auto lam = [] { return __func__; };
  std::printf("lambda %s\n", lam());
  Svc s;
  int r = co_await s.fetch(2);
  std::printf("pretty has run %d\n",
              std::string_view(__PRETTY_FUNCTION__).find("run") !=
                  std::string_view::npos);
  co_return r;
}
int main() { std::printf("%d\n", drive(run())); }
