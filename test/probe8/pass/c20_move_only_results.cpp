// c20: move-only results: unique_ptr, a vector of them, a custom move-only
// class, a tuple of them through when_all, a result moved out of a member.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


struct Handle {
  std::unique_ptr<std::string> name;
  explicit Handle(std::string n)
      : name(std::make_unique<std::string>(std::move(n))) {}
  Handle(Handle &&) = default;
  Handle &operator=(Handle &&) = default;
};

ASL_ASYNC asl::Task<Handle> open(std::string n) {
  co_await later(static_cast<int>(n.size()));
  co_return Handle(n);
}

ASL_ASYNC asl::Task<std::unique_ptr<int>> boxed(int v) {
  co_await later(v);
  auto p = std::make_unique<int>(v);
  co_return p;
}

ASL_ASYNC asl::Task<std::vector<std::unique_ptr<int>>> many(int n) {
  std::vector<std::unique_ptr<int>> v;
  for (int i = 0; i < n; ++i)
    v.push_back(co_await boxed(i));
  co_return v;
}

ASL_ASYNC asl::Task<int> app() {
  Handle h = co_await open("file");
  auto v = co_await many(3);
  auto t7 = boxed(7);
  auto txy = open("xy");
  auto [p, q] = co_await asl::when_all(std::move(t7), std::move(txy));
  std::unique_ptr<int> taken = std::move(v[1]);
  std::printf("%s %zu %d %s %d\n", h.name->c_str(), v.size(), *p,
              q.name->c_str(), *taken);
  int s = *taken + *p;
  s += *(co_await boxed(9));
  s += static_cast<int>((co_await open("abc")).name->size());
  co_return s;
}

int main() { std::printf("r=%d\n", drive(app())); }
