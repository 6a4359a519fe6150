// e39: an async function template with `if constexpr` branches that each
// await differently, instantiated with int, std::string and Tr; a
// non-type parameter selecting a loop count; a static local per
// specialization counting calls.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
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

template <class T, int N> ASL_ASYNC asl::Task<std::string> render(T v) {
  static int calls = 0;
  ++calls;
  std::string out;
  for (int i = 0; i < N; ++i) {
    if constexpr (std::is_same_v<T, int>) {
      out += std::to_string(co_await later(v + i));
    } else if constexpr (std::is_same_v<T, std::string>) {
      out += co_await word(v + std::to_string(i));
    } else {
      Tr local("r" + v.n);
      co_await now(i);
      out += local.n;
    }
    out += ",";
  }
  co_return out + std::to_string(calls);
}

ASL_ASYNC asl::Task<int> app() {
  std::string a = co_await render<int, 2>(5);
  std::string b = co_await render<std::string, 3>("w");
  Tr t("t");
  std::string c = co_await render<Tr, 2>(t);
  std::string d = co_await render<int, 2>(co_await later(1));
  std::printf("%s|%s|%s|%s\n", a.c_str(), b.c_str(), c.c_str(), d.c_str());
  co_return static_cast<int>(a.size() + b.size() + c.size() + d.size());
}

int main() { std::printf("result %d\n", drive(app())); }
