// g20: if constexpr in async function templates with awaits in the taken
// and the discarded branches, a constexpr-if chain on a type trait,
// a non-type template parameter steering the branches, recursion on N.
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

template <class T> ASL_ASYNC asl::Task<T> make(int i) {
  if constexpr (std::is_same_v<T, std::string>) {
    co_return co_await word("s" + std::to_string(i));
  } else if constexpr (std::is_integral_v<T>) {
    co_return static_cast<T>(co_await later(i));
  } else {
    Tr t("other");
    co_await later(i);
    co_return T(t.n);
  }
}
template <int N> ASL_ASYNC asl::Task<int> depth(int acc) {
  if constexpr (N == 0) {
    co_return acc;
  } else {
    Tr t("d" + std::to_string(N));
    int v = co_await later(N);
    if constexpr (N % 2 == 0)
      co_return co_await depth<N - 1>(acc + v);
    else
      co_return co_await depth<N - 1>(acc * v);
  }
}
template <class... Ts> ASL_ASYNC asl::Task<int> sizes() {
  int n = 0;
  if constexpr (sizeof...(Ts) > 0) {
    n = co_await later(static_cast<int>(sizeof...(Ts)));
  }
  co_return n;
}
ASL_ASYNC asl::Task<int> run() {
  std::string s = co_await make<std::string>(1);
  long l = co_await make<long>(2);
  Tr t = co_await make<Tr>(3);
  std::printf("%s %ld %s\n", s.c_str(), l, t.n.c_str());
  int d = co_await depth<4>(1);
  co_return d + co_await sizes<>() + co_await sizes<int, char>();
}
int main() { std::printf("%d\n", drive(run())); }
