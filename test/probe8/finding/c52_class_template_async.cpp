// c52: a class template with async members used for two types, an async
// function template with explicit template arguments and a default one,
// a variadic async template summing awaited values.
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


template <class T> class Cache {
public:
  ASL_ASYNC asl::Task<T> get(int key) {
    if (auto it = data_.find(key); it != data_.end())
      co_return it->second;
    co_await later(key);
    T v = make(key);
    data_.emplace(key, v);
    co_return v;
  }
  std::size_t size() const { return data_.size(); }

private:
  static T make(int k) {
    if constexpr (std::is_same_v<T, std::string>)
      return "v" + std::to_string(k);
    else
      return static_cast<T>(k) * static_cast<T>(1.5);
  }
  std::map<int, T> data_;
};

template <class T, int Scale = 2>
ASL_ASYNC asl::Task<T> scaled(T v) {
  co_await later(Scale);
  co_return v * static_cast<T>(Scale);
}

template <class... Ts> ASL_ASYNC asl::Task<int> sum_all(Ts... vs) {
  int s = 0;
  for (int v : std::initializer_list<int>{static_cast<int>(vs)...})
    s += co_await now(v);
  co_return s;
}

ASL_ASYNC asl::Task<int> app() {
  Cache<std::string> cs;
  Cache<double> cd;
  std::string a = co_await cs.get(1) + co_await cs.get(1);
  double d = co_await cd.get(4) + co_await cd.get(4);
  int s = co_await scaled<int, 3>(5) + co_await scaled(7);
  double sd = co_await scaled<double>(1.25);
  int v = co_await sum_all(1, 2.5, 'a') + co_await sum_all();
  std::printf("%s %.2f %d %.2f %d %zu %zu\n", a.c_str(), d, s, sd, v,
              cs.size(), cd.size());
  co_return s + v;
}

int main() { std::printf("r=%d\n", drive(app())); }
