// Structured bindings across awaits: from awaited pair/struct/map entries,
// range-for with bindings over an awaited map, references to elements.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

struct Person {
  std::string name;
  int age;
};
ASL_ASYNC asl::Task<Person> load_person(int id) {
  co_await Gate{};
  co_return Person{"p" + std::to_string(id), 20 + id};
}
ASL_ASYNC asl::Task<std::map<std::string, int>> load_scores() {
  co_await Gate{};
  co_return std::map<std::string, int>{{"ann", 3}, {"bob", 5}, {"cy", 1}};
}

ASL_ASYNC asl::Task<int> run() {
  auto [name, age] = co_await load_person(3);
  co_await Gate{};
  std::printf("%s is %d\n", name.c_str(), age);
  std::map<std::string, int> scores = co_await load_scores();
  int sum = 0;
  for (auto &[who, s] : scores) {
    s += co_await val(who.c_str(), 10);
    sum += s;
  }
  for (const auto &[who, s] : co_await load_scores())
    std::printf("fresh %s=%d\n", who.c_str(), s);
  auto &[k, v] = *scores.begin();
  co_await Gate{};
  v *= 2;
  std::printf("%s=%d ann=%d sum=%d\n", k.c_str(), v, scores["ann"], sum);
  std::pair<R, int> pr{R("pair"), 4};
  auto &[rr, ii] = pr;
  co_await Gate{};
  std::printf("pair %s %d\n", rr.name().c_str(), ii);
  co_return sum + age;
}

int main() {
  auto t = run();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
