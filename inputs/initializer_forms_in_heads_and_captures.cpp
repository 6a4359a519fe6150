// Checks parenthesized and braced initializers, instead of `=`, where a
// declaration is not a plain statement: condition variables
// (`if (T t{co_await e})`, `while (T t{...})`), init-statements of if,
// switch, for and range-for (a reference extending a temporary and
// structured bindings among them), lifted or not, and the init-captures of a
// coroutine lambda (`[s{text}, s2(text), n{4}]`), which the lambda's closure
// is built from. Each lowers as its `=` form does.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct T {
  std::string s;
  T(std::string v) : s(std::move(v)) { std::printf("  T(%s)\n", s.c_str()); }
  T(const T &o) : s(o.s + "'") { std::printf("  copy T(%s)\n", s.c_str()); }
  ~T() { std::printf("  ~T(%s)\n", s.c_str()); }
  explicit operator bool() const { return !s.empty(); }
};

ASL_ASYNC asl::Task<std::string> str(const char *v) {
  co_await later(0);
  co_return v;
}

ASL_ASYNC asl::Task<int> heads() {
  int total = 0;
  std::printf("conditions\n");
  if (T t{co_await str("if")}) {
    co_await later(1);
    total += (int)t.s.size();
  }
  if (T t{co_await str("unlifted")})
    total += (int)t.s.size();
  if (int n{co_await later(4)})
    total += n;
  int rounds = 0;
  while (T t{rounds < 2 ? std::string("w") : std::string()}) {
    co_await later(1);
    total += (int)t.s.size();
    ++rounds;
  }
  std::printf("init-statements\n");
  if (T t("if2"); t) {
    co_await later(1);
    total += (int)t.s.size();
  }
  if (T t{"if3"}; co_await later(1))
    total += (int)t.s.size();
  if (const std::string &ref{co_await str("ref")}; !ref.empty()) {
    co_await later(1);
    total += (int)ref.size();
  }
  switch (int k(co_await later(2)); k) {
  case 2:
    co_await later(1);
    total += k;
    break;
  default:
    break;
  }
  for (T t("for"); rounds < 4; ++rounds) {
    co_await later(1);
    total += (int)t.s.size();
  }
  for (std::string s{co_await str("ab")}; !s.empty(); s.pop_back()) {
    co_await later(1);
    total += (int)s.size();
  }
  std::vector<int> items{1, 2, 3};
  for (std::vector<int> copy(items); int x : copy) {
    co_await later(1);
    total += x;
  }
  for (std::vector<int> more{co_await later(7), 8}; int x : more) {
    co_await later(1);
    total += x;
  }
  std::pair<std::vector<int>, std::string> both{items, "xy"};
  for (auto &[first, second]{both}; int x : first) {
    co_await later(1);
    total += x + (int)second.size();
  }
  std::printf("total %d\n", total);
  co_return total;
}

struct P {
  std::string name;
  int n;
  ~P() { std::printf("  ~P(%s)\n", name.c_str()); }
};

ASL_ASYNC asl::Task<P> get(int v) {
  co_await later(v);
  co_return P{"g" + std::to_string(v), v};
}

ASL_ASYNC asl::Task<int> bindings() {
  int total = 0;
  std::pair<int, int> pr{1, 2};
  if (auto [a, b](co_await get(1)); !a.empty()) {
    co_await later(0);
    total += b;
  }
  if (auto &[c, d]{pr}; c > 0) {
    co_await later(0);
    total += d;
  }
  switch (auto [e, f]{co_await get(3)}; f) {
  case 3:
    co_await later(0);
    total += f + (int)e.size();
    break;
  default:
    break;
  }
  for (auto &&[g, h](co_await get(4)); h < 6; ++h) {
    co_await later(0);
    total += h + (int)g.size();
  }
  co_return total;
}

ASL_ASYNC asl::Task<int> captures() {
  std::string text("lambda");
  auto lambda = [s{text}, s2(text), n(3), m{4}]() -> asl::Task<int> {
    co_await later(1);
    co_return (int)(s.size() + s2.size()) + n + m;
  };
  co_return co_await lambda();
}

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = heads();
  drain();
  std::printf("heads %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> b = bindings();
  drain();
  std::printf("bindings %d\n", asl::sync_wait(std::move(b)));
  asl::Task<int> u = captures();
  drain();
  std::printf("captures %d\n", asl::sync_wait(std::move(u)));
}
