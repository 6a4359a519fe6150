// g41: a try block around the whole body with co_return in the catch
// handlers, catch by value/reference/ellipsis, an exception from a
// destructor-free temporary chain, a nested try whose handler
// co_returns, and std::current_exception kept after the handler.
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

ASL_ASYNC asl::Task<int> fail(int k) {
  co_await later(k);
  if (k == 1)
    throw std::out_of_range("range");
  if (k == 2)
    throw 7;
  if (k == 3)
    throw Tr("trthrow");
  co_return k;
}
ASL_ASYNC asl::Task<int> guarded(int k) {
  try {
    Tr g("g" + std::to_string(k));
    int v = co_await fail(k);
    try {
      co_await fail(k + 1);
    } catch (int i) {
      std::printf("inner int %d\n", i);
      co_return -i;
    }
    co_return v;
  } catch (const std::logic_error &e) {
    std::printf("logic %s\n", e.what());
    co_return 100;
  } catch (int i) {
    co_return 200 + i;
  } catch (Tr t) {
    std::printf("tr %s\n", t.n.c_str());
    co_return 300;
  } catch (...) {
    co_return 400;
  }
}
ASL_ASYNC asl::Task<int> run() {
  int s = 0;
  for (int k = 0; k < 4; ++k) {
    int r = co_await guarded(k);
    std::printf("k %d -> %d\n", k, r);
    s += r;
  }
  std::exception_ptr ep;
  try {
    co_await fail(1);
  } catch (...) {
    ep = std::current_exception();
  }
  co_await later(50);
  try {
    std::rethrow_exception(ep);
  } catch (const std::exception &e) {
    std::printf("again %s\n", e.what());
  }
  co_return s;
}
int main() { std::printf("%d\n", drive(run())); }
