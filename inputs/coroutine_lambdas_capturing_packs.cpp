// Coroutine lambdas inside function templates with parameter packs (no
// coroutines themselves) that capture the function parameter pack:
// `[xs...]` copies each element once, into the closure, `[&xs...]` and
// `[&]` refer to the elements, `[=]` in a mutable lambda changes its own
// copies, an init-capture pack (`[...ys = std::move(xs)]`, `[&...ys =
// xs]`) moves or refers to each element, and the lambda's body expands
// the pack in folds, calls and awaits and names the template's type pack.
// Each task suspends on an event and is resumed by the template; the
// empty pack too. A noisy type counts its copies and moves.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

struct Noisy {
  std::string name;
  int copies = 0;
  explicit Noisy(std::string n) : name(std::move(n)) {}
  Noisy(const Noisy &o) : name(o.name), copies(o.copies + 1) {
    std::printf("  copy %s\n", name.c_str());
  }
  Noisy(Noisy &&o) noexcept : name(std::move(o.name)), copies(o.copies) {
    std::printf("  move %s\n", name.c_str());
    o.name = "(moved)";
  }
  ~Noisy() {
    if (name != "(moved)")
      std::printf("  destroy %s (%d copies)\n", name.c_str(), copies);
  }
};

int length(const Noisy &n) { return static_cast<int>(n.name.size()); }
int length(int n) { return n; }
template <class... Ns> int total(Ns... ns) { return (0 + ... + ns); }

ASL_ASYNC asl::Task<int> later(asl::Event &gate, int x) {
  co_await gate;
  co_return x;
}

// By copy: the closure holds a copy of each element; its body folds them.
template <class... Ts> int by_copy(const Ts &...xs) {
  asl::Event gate;
  auto total = [xs...](asl::Event &g, int scale) -> asl::Task<int> {
    co_await g;
    co_return scale * (0 + ... + length(xs)) +
        static_cast<int>(sizeof...(Ts)) * 1000;
  };
  asl::Task<int> task = total(gate, 10);
  std::printf("by_copy: suspended\n");
  gate.set();
  return asl::sync_wait(std::move(task)) + asl::sync_wait(total(gate, 1));
}

// By reference, explicitly and implicitly: the lambdas see the elements
// changed after they were made, and change them.
template <class... Ts> int by_reference(Ts... xs) {
  asl::Event gate;
  auto bump = [&xs...](asl::Event &g) -> asl::Task<void> {
    co_await g;
    ((xs += 1), ...);
  };
  auto sum = [&]() -> asl::Task<int> {
    co_await gate;
    co_return (xs + ... + 0) * 100 + static_cast<int>(sizeof...(xs));
  };
  asl::Task<void> bumped = bump(gate);
  ((xs *= 2), ...);
  gate.set();
  asl::sync_wait(std::move(bumped));
  return asl::sync_wait(sum());
}

// Implicitly by copy, in a mutable lambda whose copies outlive one call.
template <class... Ts> int by_copy_mutable(Ts... xs) {
  asl::Event gate;
  auto count = [=](asl::Event &g) mutable -> asl::Task<int> {
    ((xs += 1), ...);
    co_await g;
    co_return (1 * ... * xs);
  };
  asl::Task<int> first = count(gate);
  gate.set();
  int a = asl::sync_wait(std::move(first));
  int b = asl::sync_wait(count(gate));
  return a * 1000 + b + (0 + ... + xs);
}

// Awaits in the lambda's pack expansions and folds, one per element.
template <class... Ts> int awaiting(Ts... xs) {
  asl::Event gate;
  auto each = [&gate, xs...]() -> asl::Task<int> {
    int sum = (co_await later(gate, xs) + ...);
    co_return sum * 10 + total(co_await later(gate, xs)...);
  };
  asl::Task<int> task = each();
  std::printf("awaiting: suspended\n");
  gate.set();
  return asl::sync_wait(std::move(task));
}

// Init-capture packs: references, which see the elements moved from
// after, and moves.
template <class... Ts> int init_packs(Ts... xs) {
  asl::Event gate;
  auto referred = [&gate, &... ys = xs]() -> asl::Task<int> {
    co_await gate;
    co_return (0 + ... + length(ys));
  };
  auto moved = [&gate, ... ys = std::move(xs)]() -> asl::Task<int> {
    co_await gate;
    co_return (0 + ... + length(ys)) + static_cast<int>(sizeof...(ys));
  };
  std::printf("init_packs: made\n");
  asl::Task<int> first = moved();
  asl::Task<int> second = referred();
  gate.set();
  int a = asl::sync_wait(std::move(first));
  return a * 100 + asl::sync_wait(std::move(second));
}

// A leading parameter captured beside the pack.
template <class T, class... Rest> int leading(T first, Rest... rest) {
  asl::Event gate;
  auto product = [&gate, first, &rest...]() -> asl::Task<int> {
    co_await gate;
    co_return first * (1 * ... * rest);
  };
  asl::Task<int> task = product();
  gate.set();
  return asl::sync_wait(std::move(task));
}

int main() {
  Noisy ab("ab"), cde("cde");
  std::printf("by_copy %d\n", by_copy(ab, 3, cde));
  std::printf("by_copy empty %d\n", by_copy());
  std::printf("by_reference %d\n", by_reference(1, 2, 3));
  std::printf("by_reference empty %d\n", by_reference());
  std::printf("by_copy_mutable %d\n", by_copy_mutable(2, 3));
  std::printf("awaiting %d\n", awaiting(4, 5));
  std::printf("init_packs %d\n", init_packs(Noisy("xy"), 7));
  std::printf("init_packs empty %d\n", init_packs());
  std::printf("leading %d\n", leading(2, 3, 4));
}
