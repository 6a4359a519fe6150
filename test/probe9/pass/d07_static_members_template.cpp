// d07: a class template with static members counting, an async member
// template using them, static member functions that are async.
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


template <class T> struct Registry {
  static int created;
  static std::vector<T> items;
  ASL_ASYNC static asl::Task<int> add(T v) {
    ++created;
    items.push_back(v);
    co_await later(static_cast<int>(items.size()));
    co_return created;
  }
  template <class U> ASL_ASYNC asl::Task<U> sum_as() const {
    U s{};
    for (const T &x : items)
      s += static_cast<U>(co_await now(static_cast<int>(x)));
    co_return s;
  }
};
template <class T> int Registry<T>::created = 0;
template <class T> std::vector<T> Registry<T>::items;

ASL_ASYNC asl::Task<int> app() {
  co_await Registry<int>::add(3);
  co_await Registry<int>::add(co_await later(4));
  int n = co_await Registry<short>::add(5);
  Registry<int> r;
  long s = co_await r.sum_as<long>();
  double d = co_await r.template sum_as<double>();
  std::printf("n=%d s=%ld d=%.1f created=%d/%d\n", n, s, d,
              Registry<int>::created, Registry<short>::created);
  co_return static_cast<int>(s);
}

int main() { std::printf("%d\n", drive(app())); }
