// g27: a virtual non-async member calling an async member of this; async
// virtual members overridden, called through base references and
// pointers (the task of the right override); a pure virtual async member;
// a base-class async member calling a virtual hook after an await.
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

struct Repo {
  std::string tag;
  explicit Repo(std::string t) : tag(std::move(t)) {}
  virtual ~Repo() = default;
  virtual ASL_ASYNC asl::Task<int> load(int id) = 0;
  virtual int weight() const { return 1; }
  virtual asl::Task<int> loadTwice(int id) { return twice(id); }
  ASL_ASYNC asl::Task<int> twice(int id) {
    int a = co_await load(id);
    int b = co_await load(id + 1);
    co_return (a + b) * weight();
  }
};
struct DbRepo : Repo {
  DbRepo() : Repo("db") {}
  ASL_ASYNC asl::Task<int> load(int id) override {
    Tr t(tag + std::to_string(id));
    co_return co_await later(id);
  }
  int weight() const override { return 10; }
};
struct CacheRepo : DbRepo {
  int hits = 0;
  ASL_ASYNC asl::Task<int> load(int id) override {
    ++hits;
    int base = co_await DbRepo::load(id);
    co_return base + 1000;
  }
  asl::Task<int> loadTwice(int id) override {
    std::printf("cache loadTwice\n");
    return Repo::loadTwice(id);
  }
};
ASL_ASYNC asl::Task<int> run() {
  DbRepo db;
  CacheRepo cache;
  Repo &r1 = db;
  Repo *r2 = &cache;
  int s = co_await r1.loadTwice(1);
  s += co_await r2->loadTwice(2);
  s += co_await r2->load(co_await r1.load(3));
  std::printf("hits %d\n", cache.hits);
  co_return s;
}
int main() { std::printf("%d\n", drive(run())); }
