// An await inside a pack expansion's pattern that is more than the await
// (`add(1 + co_await h(xs)...)`, `{co_await h(xs) * 2 ...}`,
// `add(f(co_await h(xs))...)`, `static_cast<Ts>(co_await h(xs) * 3)`): one
// await for each element, in the order of the arguments, each element's
// other parts evaluated around it as natively. A temporary made inside an
// element, not the whole element (`co_await total(wrap(Name(xs))...)`,
// `Name(xs).size() + co_await h(xs)`, or after the await), lives to the end
// of the full-expression. Pack sizes 0 to 3, and an exception thrown by the
// second element.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <stdexcept>
#include <string>
#include <tuple>

static std::deque<std::function<void()>> parked;
static void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> h(int x) {
  std::printf("  h(%d)\n", x);
  co_await Hold{};
  if (x < 0)
    throw std::runtime_error("h(" + std::to_string(x) + ")");
  co_return x;
}

// A name that prints when it is made and destroyed.
struct Name {
  std::string text;
  explicit Name(int x) : text("n" + std::to_string(x)) {
    std::printf("  make %s\n", text.c_str());
  }
  Name(const Name &) = delete;
  ~Name() { std::printf("  destroy %s\n", text.c_str()); }
  int size() const { return static_cast<int>(text.size()); }
};

const Name &wrap(const Name &name) {
  std::printf("  wrap %s\n", name.text.c_str());
  return name;
}

int f(int x) {
  std::printf("  f(%d)\n", x);
  return x * 10;
}

template <class... Ns> int add(Ns... ns) {
  std::printf("  add of %d\n", static_cast<int>(sizeof...(ns)));
  return (0 + ... + ns);
}

// Reads the names after it suspends: they must still be alive.
template <class... Ns> ASL_ASYNC asl::Task<int> total(const Ns &...names) {
  co_await Hold{};
  std::printf("  total reads");
  ((std::printf(" %s", names.text.c_str())), ...);
  std::printf("\n");
  co_return (0 + ... + names.size());
}

template <class... Ts> ASL_ASYNC asl::Task<int> plus_one(Ts... xs) {
  co_return add(1 + co_await h(xs)...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> doubled(Ts... xs) {
  std::tuple<Ts...> all{co_await h(xs) * 2 ...};
  co_await Hold{};
  co_return std::apply([](auto... v) { return add(v...); }, all);
}

template <class... Ts> ASL_ASYNC asl::Task<int> through_f(Ts... xs) {
  co_return add(f(co_await h(xs))...);
}

// A cast to each element's type around the await.
template <class... Ts> ASL_ASYNC asl::Task<int> casted(Ts... xs) {
  co_return add(static_cast<Ts>(co_await h(xs) * 3) / 2 ...);
}

// Temporaries inside the elements.
template <class... Ts> ASL_ASYNC asl::Task<int> wrapped(Ts... xs) {
  co_return co_await total(wrap(Name(xs))...);
}
template <class... Ts> ASL_ASYNC asl::Task<int> sized(Ts... xs) {
  co_return add(Name(xs).size() + co_await h(xs)...);
}
template <class... Ts> ASL_ASYNC asl::Task<int> sized_after(Ts... xs) {
  co_return add(co_await h(xs) + Name(xs).size()...);
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("plus_one(1, 2, 3)\n");
  int a = co_await plus_one(1, 2, 3);
  std::printf("= %d\nplus_one()\n", a);
  int a0 = co_await plus_one();
  std::printf("= %d\nplus_one(5)\n", a0);
  int a1 = co_await plus_one(5);
  std::printf("= %d\ndoubled(1, 2)\n", a1);
  int b = co_await doubled(1, 2);
  std::printf("= %d\ndoubled()\n", b);
  int b0 = co_await doubled();
  std::printf("= %d\nthrough_f(1, 2, 3)\n", b0);
  int c = co_await through_f(1, 2, 3);
  std::printf("= %d\ncasted(3, 5L)\n", c);
  int c2 = co_await casted(3, 5L);
  std::printf("= %d\nwrapped(1, 22, 333)\n", c2);
  int d = co_await wrapped(1, 22, 333);
  std::printf("= %d\nwrapped(4)\n", d);
  int d1 = co_await wrapped(4);
  std::printf("= %d\nwrapped()\n", d1);
  int d0 = co_await wrapped();
  std::printf("= %d\nsized(1, 22)\n", d0);
  int e = co_await sized(1, 22);
  std::printf("= %d\nsized_after(1, 22)\n", e);
  int e2 = co_await sized_after(1, 22);
  std::printf("= %d\nsized(1, -2, 3)\n", e2);
  try {
    co_await sized(1, -2, 3);
  } catch (const std::exception &error) {
    std::printf("caught %s\n", error.what());
  }
  co_return a + a0 + a1 + b + b0 + c + c2 + d + d1 + d0 + e + e2;
}

int main() {
  asl::Task<int> task = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
