// e45: range-for with structured bindings over a std::map, modifying the
// value through the binding after awaits, erasing collected keys after the
// loop; bindings of a tuple with a Tr element kept across awaits.
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
  std::map<std::string, int> stock{{"apple", 3}, {"pear", 0}, {"fig", 5}};
  std::vector<std::string> gone;
  for (auto &[name, qty] : stock) {
    int sold = co_await later(static_cast<int>(name.size()) % 3);
    qty -= sold;
    if (qty <= 0)
      gone.push_back(name);
    std::printf("%s %d\n", name.c_str(), qty);
  }
  for (const auto &g : gone)
    stock.erase(g);
  auto [t, n, s] = std::tuple<Tr, int, std::string>(
      Tr("tup"), co_await now(4), co_await word("w"));
  co_await later(1);
  std::printf("%s %d %s %zu\n", t.n.c_str(), n, s.c_str(), stock.size());
  co_return n + static_cast<int>(stock.size());
}

int main() { std::printf("result %d\n", drive(app())); }
