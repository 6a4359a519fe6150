// e43: a class template with a static async member and a static data
// counter, instantiated with two types; non-static and const async
// members named like the static one in other classes; an async member
// declared in the class (the "header" part) and defined after main's
// helpers; default arguments on the declarations.
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

template <class T> struct Store {
  static int created;
  static ASL_ASYNC asl::Task<int> make(int n = 2);
  ASL_ASYNC asl::Task<int> size(int extra = 0) const;
  std::vector<T> items;
};
template <class T> int Store<T>::created = 0;

struct Other {
  ASL_ASYNC asl::Task<int> make(int n) {
    co_return co_await later(n) * 3;
  }
  ASL_ASYNC asl::Task<int> size() const { co_return co_await now(7); }
};

template <class T> ASL_ASYNC asl::Task<int> Store<T>::make(int n) {
  created += n;
  co_await later(n);
  co_return created;
}
template <class T>
ASL_ASYNC asl::Task<int> Store<T>::size(int extra) const {
  int s = static_cast<int>(items.size());
  s += co_await later(extra);
  co_return s;
}

ASL_ASYNC asl::Task<int> app() {
  int a = co_await Store<int>::make();
  int b = co_await Store<std::string>::make(5);
  int c = co_await Store<int>::make(1);
  Store<std::string> s;
  s.items = {"x", "y"};
  int d = co_await s.size() + co_await s.size(10);
  Other o;
  const Other &co = o;
  int e = co_await o.make(2) + co_await co.size();
  std::printf("%d %d %d %d %d\n", a, b, c, d, e);
  co_return a + b + c + d + e;
}

int main() { std::printf("result %d\n", drive(app())); }
