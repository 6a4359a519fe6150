// Pack expansions whose pattern awaits in a part that does not depend on
// the pack (`f(g(co_await later(2), xs)...)`, `{(s += co_await later(1),
// xs)...}`), among a call's arguments, in braced lists, an array, a
// constructor's arguments, a deduced std::tuple, a new-expression's
// initializer, a temporary, a condition and a co_return, beside an await
// outside the expansion, and one written by a macro (`AWAIT(later(14))`,
// spelled out), in templates called with an empty pack and with a pack of
// two; with a non-type pack, a class template's pack and a coroutine
// lambda capturing a pack too. With no element nothing of the pattern is
// evaluated and none of its awaits happens, as natively; with two, each
// element awaits, in order.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <tuple>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task
static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    std::printf("  resumed %d\n", value);
    return value;
  }
};
static Later later(int v) { return {v}; }
#define AWAIT(x) co_await x

template <class... A> int sum(A... a) {
  std::printf("  sum of %d\n", static_cast<int>(sizeof...(a)));
  return (0 + ... + a);
}
static int g(int a, int b) {
  std::printf("  g(%d, %d)\n", a, b);
  return a * 10 + b;
}
struct Total {
  int n;
  template <class... A> Total(A... a) : n((0 + ... + a)) {
    std::printf("  Total of %d\n", static_cast<int>(sizeof...(a)));
  }
};

template <class... Ts> ASL_ASYNC asl::Task<int> expansions(Ts... xs) {
  int s = 0;
  std::vector<int> v{(s += co_await later(1), xs)...};
  std::printf("  s %d size %d\n", s, static_cast<int>(v.size()));
  int calls = sum(g(co_await later(2), xs)...);
  int beside = sum(co_await later(3), (co_await later(4) * 2 + xs)...);
  int a[] = {-1, (co_await later(5) - g(1, 2) + xs)...};
  std::tuple<Ts...> typed{(co_await later(6) * 2 + xs)...};
  auto deduced = std::tuple{(co_await later(7) * 2 + xs)...};
  Total made((co_await later(8) * 2 + xs)...);
  Total braced{(co_await later(9) * 2 + xs)...};
  Total *allocated = new Total((co_await later(10) * 2 + xs)...);
  int temporary =
      Total((co_await later(11) + static_cast<int>(sizeof(Ts)))...).n;
  std::printf("  calls %d beside %d a[0] %d sizes %d %d\n", calls, beside, a[0],
              static_cast<int>(std::tuple_size_v<decltype(typed)>),
              static_cast<int>(std::tuple_size_v<decltype(deduced)>));
  std::printf("  made %d braced %d allocated %d temporary %d\n", made.n,
              braced.n, allocated->n, temporary);
  delete allocated;
  if (sum((co_await later(12) * 2 + xs)...) > 0)
    std::printf("  positive\n");
  std::printf("  by macro %d\n", sum((AWAIT(later(14)) * 2 + xs)...));
  co_return s + sum((g(co_await later(13), 0) + xs)...);
}

template <int... Ns> ASL_ASYNC asl::Task<int> values() {
  co_return sum((co_await later(20) * 2 + Ns)...);
}

template <class... Ts> struct Bag {
  ASL_ASYNC asl::Task<int> count() {
    co_return sum((co_await later(30) + static_cast<int>(sizeof(Ts)))...);
  }
};

static Bag<> empty_bag;
static Bag<char, int> bag_of_two;

// The closure must outlive its task, which runs after the call.
template <class... Ts> int captured(Ts... xs) {
  auto lambda = [xs...]() -> asl::Task<int> {
    co_return sum((co_await later(40) * 2 + xs)...);
  };
  asl::Task<int> task = lambda();
  drain();
  return asl::sync_wait(std::move(task));
}

template <class Start> void run(const char *what, Start start) {
  std::printf("%s:\n", what);
  asl::Task<int> task = start();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}

int main() {
  run("no element", [] { return expansions(); });
  run("two elements", [] { return expansions(100, 200); });
  run("no value", [] { return values<>(); });
  run("two values", [] { return values<1, 2>(); });
  run("empty bag", [] { return empty_bag.count(); });
  run("bag of two", [] { return bag_of_two.count(); });
  std::printf("lambda of no element:\n");
  std::printf("result %d\n", captured());
  std::printf("lambda of two:\n");
  std::printf("result %d\n", captured(3, 4));
}
