// Shapes of an async function template with a parameter pack that name the
// pack's types in what the machine keeps across an await: a local struct
// holding `std::tuple<Ts...>` (beside a kept lambda naming `Ts` too), a
// lambda whose parameters are `Ts...`; and
// arrays inside pack expansions next to an await: `std::array<int, 2>{x,
// x}...` as an awaited call's arguments or saved before a later await, and
// a braced `int[2]` element bound to a reference parameter; braced lists as
// std::initializer_list elements, awaited and before an await. Packs of 0, 1
// and 3 elements; a traced type says when it is copied, moved, destroyed.
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {}
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Tracer(Tracer &&o) noexcept : name(std::move(o.name)) {
    o.name = "(moved)";
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() {
    if (name != "(moved)")
      std::printf("  destroy %s\n", name.c_str());
  }
};

int weight(const Tracer &t) { return static_cast<int>(t.name.size()); }
int weight(int x) { return x; }

ASL_ASYNC asl::Task<int> h(int x) {
  co_await ready;
  co_return x;
}

// A local struct naming the pack's types, kept across an await.
template <class... Ts> ASL_ASYNC asl::Task<int> boxed(Ts... xs) {
  struct Box {
    std::tuple<Ts...> items;
    int count() const { return static_cast<int>(sizeof...(Ts)); }
  };
  Box box{std::tuple<Ts...>(xs...)};
  std::printf("boxed: %d made\n", box.count());
  auto sizes = [&box] { return box.count() * 10 + int(sizeof...(Ts)); };
  co_await ready;
  std::printf("boxed: sizes %d\n", sizes());
  int total = std::apply(
      [](const auto &...ys) { return (0 + ... + weight(ys)); }, box.items);
  std::printf("boxed: total %d\n", total);
  co_return total;
}

// A lambda whose parameters are the pack's types, kept across an await.
template <class... Ts> ASL_ASYNC asl::Task<int> typed(Ts... xs) {
  auto weigh = [](const Ts &...ys) { return (1 + ... + weight(ys)); };
  co_await ready;
  co_return weigh(xs...);
}

template <class... As> ASL_ASYNC asl::Task<int> firsts(const As &...as) {
  co_await ready;
  co_return (0 + ... + as[0]);
}

template <class... As> int seconds(const As &...as) {
  return (0 + ... + as[1]);
}

// std::array temporaries as an awaited call's pack of arguments.
template <class... Ts> ASL_ASYNC asl::Task<int> arrays(Ts... xs) {
  co_return co_await firsts(std::array<int, 2>{xs, xs * 2}...);
}

// std::array temporaries saved before a later await of their expression.
template <class... Ts> ASL_ASYNC asl::Task<int> arrays_before(Ts... xs) {
  co_return seconds(std::array<int, 2>{xs, xs * 3}...) + co_await h(1000);
}

using Pair = int[2];

// Braced int[2] temporaries, each bound to a const reference parameter.
template <class... Ts> ASL_ASYNC asl::Task<int> builtin_arrays(Ts... xs) {
  co_return co_await firsts(Pair{xs + 1, xs}...);
}

template <class... Ts>
ASL_ASYNC asl::Task<int> list_sizes(std::initializer_list<Ts>... ls) {
  co_await ready;
  co_return (0 + ... + (static_cast<int>(ls.size()) * *ls.begin()));
}

template <class... Ts> int heads(std::initializer_list<Ts>... ls) {
  return (0 + ... + *ls.begin());
}

// Braced lists passed as std::initializer_list elements: their arrays kept
// in fields to the end of the full-expression.
template <class... Ts> ASL_ASYNC asl::Task<int> lists(Ts... xs) {
  co_return co_await list_sizes<Ts...>({xs, 1}...) +
            heads<Ts...>({xs * 2}...) + co_await h(0);
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await boxed();
  int b = co_await boxed(Tracer("one"));
  int c = co_await boxed(Tracer("a"), 20, Tracer("ccc"));
  std::printf("boxed %d %d %d\n", a, b, c);
  int d = co_await typed();
  int e = co_await typed(Tracer("solo"));
  int f = co_await typed(1, Tracer("two"), 3);
  std::printf("typed %d %d %d\n", d, e, f);
  int g = co_await arrays();
  int i = co_await arrays(5);
  int j = co_await arrays(1, 2, 3);
  std::printf("arrays %d %d %d\n", g, i, j);
  int k = co_await arrays_before();
  int l = co_await arrays_before(5);
  int m = co_await arrays_before(1, 2, 3);
  std::printf("arrays_before %d %d %d\n", k, l, m);
  int n = co_await builtin_arrays();
  int o = co_await builtin_arrays(5);
  int p = co_await builtin_arrays(1, 2, 3);
  std::printf("builtin_arrays %d %d %d\n", n, o, p);
  int q = co_await lists();
  int r = co_await lists(5);
  int u = co_await lists(1, 2, 3);
  std::printf("lists %d %d %d\n", q, r, u);
  co_return a + b + c + d + e + f + g + i + j + k + l + m + n + o + p + q + r +
            u;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
