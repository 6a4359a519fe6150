// d19: std::optional<Tr>, std::variant<int, Tr> and std::any across awaits,
// emplaced and reset after awaits, visited with awaits in branches.
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


ASL_ASYNC asl::Task<std::variant<int, Tr>> pick(int k) {
  if (co_await later(k) % 2)
    co_return Tr("odd" + std::to_string(k));
  co_return k * 10;
}

ASL_ASYNC asl::Task<int> app() {
  std::optional<Tr> o;
  o.emplace("first");
  co_await later(1);
  o.emplace("second" + std::to_string(co_await now(2)));
  std::printf("o=%s\n", o->n.c_str());
  o.reset();
  int acc = 0;
  for (int k = 1; k <= 3; ++k) {
    std::variant<int, Tr> v = co_await pick(k);
    if (std::holds_alternative<Tr>(v))
      acc += static_cast<int>(std::get<Tr>(v).n.size()) + co_await now(k);
    else
      acc += std::get<int>(v) * co_await later(2);
    std::printf("k=%d idx=%zu\n", k, v.index());
  }
  std::any any = std::string("anything");
  co_await later(3);
  if (auto *s = std::any_cast<std::string>(&any))
    acc += static_cast<int>(s->size());
  any = co_await now(4);
  acc += std::any_cast<int>(any);
  co_return acc;
}

int main() { std::printf("%d\n", drive(app())); }
