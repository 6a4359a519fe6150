// Async function templates with parameter packs. Each specialization's
// machine keeps every element of a function parameter pack in a field of
// its own (`xs0_`, `xs1_`), moved in once as a coroutine frame's copy is;
// the body, copied as written, runs in a member function template of the
// machine that receives the template's packs and the elements by
// reference, so `g(xs...)`, folds, `sizeof...` and `decltype(xs)` mean
// what they mean natively. Forwarding references stay references. A noisy
// type counts its copies, moves and destructions.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

// Moves are counted, not printed (the order in which a caller builds its
// arguments is unspecified, and g++ and clang choose differently), and each
// object says at its end how many moves and copies made it.
struct Noisy {
  std::string name;
  int moves = 0, copies = 0;
  explicit Noisy(std::string n) : name(std::move(n)) {
    std::printf("  make %s\n", name.c_str());
  }
  Noisy(const Noisy &o) : name(o.name), copies(o.copies + 1) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept
      : name(std::move(o.name)), moves(o.moves + 1), copies(o.copies) {
    o.name = "(moved)";
  }
  // A moved-from object dies quietly: where a parameter object dies differs
  // from a frame's (docs/design.md, "Known limits").
  ~Noisy() {
    if (name != "(moved)")
      std::printf("  destroy %s after %d moves, %d copies\n", name.c_str(),
                  moves, copies);
  }
};

ASL_ASYNC asl::Task<int> echo(int x) {
  co_await ready;
  co_return x;
}

int length(const Noisy &a) { return static_cast<int>(a.name.size()); }

template <class... Ns> int lengths(const Ns &...ns) {
  return (0 + ... + length(ns));
}

// By-value pack: a fold, sizeof..., an awaited call taking the pack.
template <class... Ts> ASL_ASYNC asl::Task<int> sum(Ts... xs) {
  std::printf("sum of %zu (%zu)\n", sizeof...(Ts), sizeof...(xs));
  int before = (0 + ... + xs);
  co_await ready;
  int again = co_await echo((xs + ... + 0));
  co_return before + again;
}

// A pack of a noisy type by value: each element moved into the machine
// once and destroyed with it; a local built from the pack across an await.
template <class... Ts> ASL_ASYNC asl::Task<int> keep(Ts... xs) {
  std::printf("keep: start\n");
  std::tuple<Ts...> copies(xs...);
  co_await ready;
  std::printf("keep: resumed with %zu\n", std::tuple_size_v<decltype(copies)>);
  co_return lengths(xs...) + static_cast<int>(std::get<0>(copies).name.size());
}

Noisy take(Noisy n) { return n; }

// decltype(xs) of a by-value element is its declared type, not a
// reference: std::forward moves each element, as natively.
template <class... Ts> ASL_ASYNC asl::Task<int> pass_on(Ts... xs) {
  co_await ready;
  std::tuple<Ts...> moved(take(std::forward<decltype(xs)>(xs))...);
  std::printf("pass_on: %s\n", std::get<0>(moved).name.c_str());
  co_return static_cast<int>(sizeof...(xs));
}

// Forwarding references: kept as references, forwarded with their value
// categories after the await.
template <class F, class... Args>
ASL_ASYNC asl::Task<int> call(F f, Args &&...args) {
  co_await ready;
  co_return f(std::forward<Args>(args)...);
}

int consume(Noisy &kept, Noisy taken) {
  std::printf("consume %s and %s\n", kept.name.c_str(), taken.name.c_str());
  kept.name += "!";
  return 7;
}

// A leading parameter, then a pack; recursion over the pack, with an
// `if constexpr` on its size.
template <class T, class... Rest>
ASL_ASYNC asl::Task<int> chain(T first, Rest... rest) {
  int here = co_await echo(first);
  if constexpr (sizeof...(rest) > 0) {
    int more = co_await chain(rest...);
    std::printf("chain %d + %d\n", here, more);
    co_return here + more;
  } else {
    std::printf("chain end %d\n", here);
    co_return here;
  }
}

// A non-type pack.
template <int... Ns> ASL_ASYNC asl::Task<int> weights(int scale) {
  int count = sizeof...(Ns);
  co_await ready;
  co_return scale * ((Ns * 2) + ... + count);
}

namespace shapes {
// A pack in a namespace, with a leading non-type parameter.
template <char Sep, class... Ts>
ASL_ASYNC asl::Task<std::string> join(Ts... xs) {
  std::string out;
  co_await ready;
  ((out += std::to_string(xs), out += Sep), ...);
  co_return out;
}
} // namespace shapes

ASL_ASYNC asl::Task<int> run() {
  int a = co_await sum(1, 2L, short{3});
  int b = co_await sum();
  std::printf("a %d, b %d\n", a, b);
  std::printf("keep:\n");
  Noisy k1("k1");
  Noisy k2("k2");
  int k = co_await keep(std::move(k1), std::move(k2));
  std::printf("kept %d\n", k);
  std::printf("pass_on:\n");
  int p = co_await pass_on(Noisy("p1"));
  std::printf("passed %d\n", p);
  std::printf("call:\n");
  Noisy owner("owner");
  int c = co_await call(consume, owner, Noisy("temp"));
  std::printf("called %d, owner now %s\n", c, owner.name.c_str());
  int ch = co_await chain(1, 2, 3);
  int w = co_await weights<1, 2, 3>(10);
  int w0 = co_await weights<>(5);
  std::string j = co_await shapes::join<','>(1, 22, 333);
  std::printf("ch %d, w %d, w0 %d, j %s\n", ch, w, w0, j.c_str());
  co_return a + k;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
