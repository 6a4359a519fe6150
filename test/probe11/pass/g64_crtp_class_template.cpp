// g64: a CRTP base whose async member awaits the derived class's async
// hook through static_cast<D *>(this), a class template with async
// members and a static async member, a member of the template calling
// another after an await.
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

template <class D> struct Pipeline {
  int runs = 0;
  ASL_ASYNC asl::Task<int> execute(int x) {
    ++runs;
    int a = co_await static_cast<D *>(this)->stage(x);
    int b = co_await static_cast<D &>(*this).stage(a);
    co_return b + runs;
  }
};
struct Doubler : Pipeline<Doubler> {
  ASL_ASYNC asl::Task<int> stage(int v) {
    co_await later(v);
    co_return v * 2;
  }
};
template <class T> struct Store {
  std::vector<T> items;
  ASL_ASYNC asl::Task<void> add(T t) {
    co_await later(static_cast<int>(items.size()));
    items.push_back(std::move(t));
  }
  ASL_ASYNC asl::Task<std::size_t> addAll(std::vector<T> ts) {
    for (auto &t : ts)
      co_await add(std::move(t));
    co_return items.size();
  }
  static ASL_ASYNC asl::Task<T> make(T t) {
    co_await later(-1);
    co_return t;
  }
};
ASL_ASYNC asl::Task<int> run() {
  Doubler d;
  int r = co_await d.execute(3);
  Store<std::string> s;
  std::size_t n = co_await s.addAll({"a", "b", co_await word("c")});
  std::string m = co_await Store<std::string>::make("made");
  Store<int> si;
  co_await si.add(co_await Store<int>::make(7));
  std::printf("%d %zu %s %d\n", r, n, m.c_str(), si.items[0]);
  co_return r + static_cast<int>(n);
}
int main() { std::printf("%d\n", drive(run())); }
