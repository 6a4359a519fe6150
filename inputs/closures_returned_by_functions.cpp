// Checks closures whose lambdas are written outside the async body, kept
// across awaits: made by a lambda of the body (kept, or called at once),
// by a closure such a lambda returned (nested), by a generic lambda, by a
// helper function, a function template, a static member function, a
// function of a namespace, and a lambda initializing a variable of a
// namespace; a class holding such a closure that a helper returns whole,
// and a std::pair holding one. Their captures live as long as natively
// (Noisy prints its whole life) and their mutable state survives the
// awaits.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

static auto make_adder(int add) {
  return [add](int v) { return v + add; };
}

template <class T> auto make_scaler(T k) {
  return [k](T v) { return v * k; };
}

namespace tools {
inline auto make_counter(int start) {
  return [n = start]() mutable { return n++; };
}
} // namespace tools

struct Factory {
  static auto labeled(std::string label) {
    return [label](int v) { return label + std::to_string(v); };
  }
};

template <class F> struct Holder {
  F f;
  int uses;
};
static auto make_holder(int k) {
  auto f = [k](int v) { return v - k; };
  return Holder<decltype(f)>{f, 0};
}

auto twice = [](int v) { return 2 * v; };

ASL_ASYNC asl::Task<int> run() {
  auto maker = [](int add) { return [add](int v) { return v + add; }; };
  auto add5 = maker(5);
  auto keeper = [](int id) { return [n = Noisy{id}] { return n.id; }; };
  auto noisy = keeper(7);
  auto nested = [](int a) {
    return [a](int b) { return [a, b](int v) { return a * v + b; }; };
  };
  auto line = nested(3)(4);
  auto once = [](int a) { return [a](auto v) { return v * a; }; }(2);
  auto generic = [](auto a) { return [a](int v) { return v - a; }; };
  auto minus1 = generic(1);
  co_await later(0);
  std::printf("%d %d %d %d %d\n", add5(10), noisy(), line(5), once(3),
              minus1(10));
  std::printf("%.1f\n", once(1.25));

  auto add2 = make_adder(2);
  auto triple = make_scaler(3);
  auto half = make_scaler<double>(0.5);
  auto count = tools::make_counter(10);
  auto label = Factory::labeled("item ");
  auto holder = make_holder(4);
  auto pair = std::make_pair(make_adder(100), 1);
  auto doubled = twice;
  count();
  int got = co_await later(1);
  count();
  holder.uses += got;
  std::printf("%d %d %.2f %d %s\n", add2(got), triple(got), half(3.0),
              count(), label(got).c_str());
  co_await later(2);
  std::printf("%d %d %d %d\n", holder.f(10), holder.uses, pair.first(1),
              doubled(pair.second));
  co_return add5(0) + add2(0);
}

int main() {
  asl::Task<int> task = run();
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
