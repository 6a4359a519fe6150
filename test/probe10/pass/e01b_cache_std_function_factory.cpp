// e01b: e01 with a std::function factory (e01 is refused, Known limits);
// a generic Cache<K, V> class template whose member template
// get_or_add(key, factory) takes a lambda returning a task; concurrent
// misses, hits, factories that throw, values traced by Tr.
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

template <class K, class V> class Cache {
public:
  ASL_ASYNC asl::Task<V>
  get_or_add(K key, std::function<asl::Task<V>(K)> factory) {
    auto it = map_.find(key);
    if (it != map_.end()) {
      std::printf("hit\n");
      co_return it->second;
    }
    std::printf("miss\n");
    V v = co_await factory(key);
    auto [pos, fresh] = map_.emplace(std::move(key), std::move(v));
    std::printf("stored %d\n", fresh ? 1 : 0);
    co_return pos->second;
  }
  std::size_t size() const { return map_.size(); }

private:
  std::map<K, V> map_;
};

ASL_ASYNC asl::Task<std::string> load(std::string k) {
  std::string w = co_await word(k + "!");
  if (k == "bad")
    throw std::runtime_error("no " + k);
  co_return w + w;
}

ASL_ASYNC asl::Task<int> app() {
  Cache<std::string, std::string> c;
  int total = 0;
  for (const char *k : {"a", "b", "a", "bad", "b"}) {
    try {
      std::string v = co_await c.get_or_add(
          k, [](std::string s) { return load(std::move(s)); });
      std::printf("got %s\n", v.c_str());
      total += static_cast<int>(v.size());
    } catch (const std::exception &e) {
      std::printf("caught %s\n", e.what());
    }
  }
  Cache<int, int> ci;
  int base = 10;
  for (int i = 0; i < 3; ++i) {
    int r = co_await ci.get_or_add(i % 2, [&base](int k) {
      return later(k + base);
    });
    base += 5;
    std::printf("ci %d\n", r);
  }
  co_return total + static_cast<int>(c.size() + ci.size());
}

int main() {
  asl::Task<int> t = app();
  std::printf("result %d\n", drive(std::move(t)));
}
