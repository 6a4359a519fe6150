// e44: many same-named locals in sibling and nested scopes with different
// types (int, std::string, Tr, vector, a lambda, a reference), each
// living across awaits; names reused after their scope ended.
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

ASL_ASYNC asl::Task<int> app() {
  int total = 0;
  {
    auto v = co_await later(1);
    total += v;
  }
  {
    auto v = co_await word("str");
    total += static_cast<int>(v.size());
  }
  {
    auto v = Tr("tr" + std::to_string(co_await now(2)));
    co_await later(3);
    total += static_cast<int>(v.n.size());
  }
  {
    auto v = std::vector<int>{co_await later(4), co_await now(5)};
    {
      auto &w = v;
      auto v = [&w](int k) { return w[0] * k; };
      total += v(co_await later(6));
    }
    total += v[1];
  }
  for (int i = 0; i < 2; ++i) {
    auto v = i == 0 ? co_await word("a") : co_await word("bb");
    {
      const auto &v2 = v;
      auto v = Tr(v2);
      total += static_cast<int>(v.n.size()) + co_await now(i);
    }
  }
  co_return total;
}

int main() { std::printf("result %d\n", drive(app())); }
