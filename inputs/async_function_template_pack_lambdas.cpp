// Lambdas that capture a function parameter pack in an async function
// template, kept across an await: `[xs...]` copies each element once,
// `[&xs...]` and `[&]` refer to the machine's fields, an init-capture
// names the pack, and a lambda's text may name the template's packs
// (`Ts...`, `sizeof...`). The machine keeps each closure, made by a
// factory that takes the packs as the body does. A noisy type counts its
// copies and destructions.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Noisy {
  std::string name;
  int copies = 0;
  explicit Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &o) : name(o.name), copies(o.copies + 1) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept : name(std::move(o.name)), copies(o.copies) {
    o.name = "(moved)";
  }
  ~Noisy() {
    if (name != "(moved)")
      std::printf("  destroy %s (%d copies)\n", name.c_str(), copies);
  }
};

int length(const Noisy &n) { return static_cast<int>(n.name.size()); }
int length(int n) { return n; }

// By copy: each element copied into the closure once, before the await.
template <class... Ts> ASL_ASYNC asl::Task<int> by_copy(Ts... xs) {
  auto total = [xs...] { return (0 + ... + length(xs)); };
  std::printf("by_copy: made\n");
  co_await ready;
  std::printf("by_copy: resumed\n");
  co_return total();
}

// By reference, explicitly and implicitly: the closures see the elements
// changed after they were made.
template <class... Ts> ASL_ASYNC asl::Task<int> by_reference(Ts... xs) {
  auto bump = [&xs...] { ((xs += 1), ...); };
  auto sum = [&] { return (xs + ... + 0); };
  co_await ready;
  bump();
  co_return sum() * 100 + static_cast<int>(sizeof...(Ts));
}

// Init-captures from the elements, and a lambda naming the template's type
// pack only.
template <class... Ts> ASL_ASYNC asl::Task<int> init_pack(Ts... xs) {
  auto twice = [t = std::make_tuple(xs...)] {
    return std::apply([](auto... ys) { return ((ys * 2) + ... + 0); }, t);
  };
  auto count = [] { return static_cast<int>(sizeof...(Ts)); };
  co_await ready;
  co_return twice() * 10 + count();
}

// A leading parameter captured beside the pack, and a lambda that does not
// live across an await (it stays in the body as written).
template <class T, class... Rest>
ASL_ASYNC asl::Task<int> leading(T first, Rest... rest) {
  int now = [=] { return first + (0 + ... + rest); }();
  auto later = [first, &rest...] { return first * (1 * ... * rest); };
  co_await ready;
  co_return now * 1000 + later();
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await by_copy(Noisy("ab"), 3, Noisy("cde"));
  std::printf("a %d\n", a);
  int b = co_await by_reference(1, 2, 3);
  int e = co_await by_reference();
  std::printf("b %d, e %d\n", b, e);
  int c = co_await init_pack(1, 2, 3);
  int d = co_await leading(2, 3, 4);
  std::printf("c %d, d %d\n", c, d);
  co_return a + b + c + d;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
