// g10: std::optional, std::variant and std::any locals across awaits:
// emplace/assign from awaits, visit after resumption, value_or with an
// awaited fallback, a variant holding Tr switching alternatives.
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

ASL_ASYNC asl::Task<std::optional<Tr>> maybe(bool b) {
  co_await later(b);
  if (b)
    co_return Tr("opt");
  co_return std::nullopt;
}
ASL_ASYNC asl::Task<int> run() {
  std::optional<Tr> o;
  o.emplace(co_await word("emplaced"));
  co_await later(1);
  o = co_await maybe(false);
  std::printf("has %d\n", o.has_value());
  o = co_await maybe(true);
  std::printf("o %s\n", o->n.c_str());
  std::variant<int, Tr, std::string> v = co_await later(5);
  v = Tr(co_await word("vt"));
  co_await later(2);
  v.emplace<std::string>(co_await word("vs"));
  int idx = static_cast<int>(v.index());
  std::visit([](auto &x) {
    using X = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<X, int>)
      std::printf("int %d\n", x);
    else if constexpr (std::is_same_v<X, Tr>)
      std::printf("tr %s\n", x.n.c_str());
    else
      std::printf("str %s\n", x.c_str());
  }, v);
  std::any a = co_await later(7);
  co_await later(3);
  int ai = std::any_cast<int>(a);
  a = std::string(co_await word("anystr"));
  std::printf("any %s\n", std::any_cast<std::string &>(a).c_str());
  a = Tr("anytr");
  co_await later(4);
  std::printf("any tr %s\n", std::any_cast<Tr &>(a).n.c_str());
  std::optional<int> none;
  int fallback = none.value_or(co_await later(8));
  auto [x, y] = std::pair<std::optional<Tr>, int>(co_await maybe(true),
                                                  co_await later(9));
  std::printf("xy %s %d\n", x->n.c_str(), y);
  co_return idx + ai + fallback + y;
}
int main() { std::printf("%d\n", drive(run())); }
