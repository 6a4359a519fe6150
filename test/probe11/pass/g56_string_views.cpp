// g56: std::string_view locals into lifted strings (long, on the heap,
// and short, in the string's own buffer), into string literals, and into
// awaited strings kept in locals; substr views compared after awaits; a
// view of a lifted char array.
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

ASL_ASYNC asl::Task<int> run() {
  std::string longs(40, 'L');
  std::string shorts = "tiny";
  std::string_view lv = longs, sv = shorts, lit = "literal";
  char buf[8] = "buffer";
  std::string_view bv(buf);
  co_await later(1);
  std::string got = co_await word("awaited-string");
  std::string_view gv = got;
  gv.remove_prefix(co_await later(8));
  co_await later(2);
  shorts[0] = 'T';
  buf[0] = 'B';
  std::printf("%zu %.*s %.*s %.*s %.*s\n", lv.size(),
              static_cast<int>(sv.size()), sv.data(),
              static_cast<int>(lit.size()), lit.data(),
              static_cast<int>(gv.size()), gv.data(),
              static_cast<int>(bv.size()), bv.data());
  bool eq = sv.substr(1) == std::string_view(co_await word("iny"));
  co_return static_cast<int>(lv.size() + sv.size() + gv.size()) + eq;
}
int main() { std::printf("%d\n", drive(run())); }
