// Async members of class templates with parameter packs, and async member
// templates with packs of a class that is no template. The machine of each
// specialization runs the body in a member function template that receives
// the class's pack (and the member's own), so `sizeof...(Ts)`,
// `std::tuple<Ts...>` and folds over a function parameter pack of the
// class's pack compile as written; the elements of that function parameter
// pack are fields of the machine, moved in once.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Noisy {
  int v;
  explicit Noisy(int x) : v(x) { std::printf("  make %d\n", v); }
  Noisy(const Noisy &o) : v(o.v) { std::printf("  copy %d\n", v); }
  Noisy(Noisy &&o) noexcept : v(o.v) {
    o.v = -1;
    std::printf("  move %d\n", v);
  }
  // A moved-from object dies quietly: where a parameter object dies differs
  // from a frame's (docs/design.md, "Known limits").
  ~Noisy() {
    if (v != -1)
      std::printf("  destroy %d\n", v);
  }
};
int value(const Noisy &n) { return n.v; }
int value(int n) { return n; }

template <class... Ts> class Bag {
public:
  explicit Bag(Ts... xs) : items_(xs...) {}

  ASL_ASYNC asl::Task<int> count() const {
    co_await ready;
    co_return static_cast<int>(sizeof...(Ts));
  }

  ASL_ASYNC asl::Task<int> total(Ts... extra);

  ASL_ASYNC static asl::Task<std::string> describe(int n) {
    std::tuple<Ts...> sample{};
    co_await ready;
    co_return std::to_string(n) + " of " +
        std::to_string(std::tuple_size_v<decltype(sample)>);
  }

private:
  std::tuple<Ts...> items_;
};

template <class... Ts>
ASL_ASYNC asl::Task<int> Bag<Ts...>::total(Ts... extra) {
  int mine = std::apply(
      [](const auto &...v) { return (0 + ... + value(v)); }, items_);
  co_await ready;
  int theirs = (0 + ... + value(extra));
  std::printf("total: mine %d, theirs %d\n", mine, theirs);
  co_return mine + theirs;
}

// A non-type pack of a class template.
template <int... Dims> struct Grid {
  int scale = 1;
  ASL_ASYNC asl::Task<int> volume() {
    co_await ready;
    co_return scale * (1 * ... * Dims);
  }
};

// A member template with a pack, of a class that is no template.
class Logger {
public:
  template <class... Ts> ASL_ASYNC asl::Task<int> log(const Ts &...xs) {
    co_await ready;
    ((std::printf("%s%d", lines_ ? " " : "", value(xs)), ++lines_), ...);
    std::printf("\n");
    co_return lines_;
  }

private:
  int lines_ = 0;
};

ASL_ASYNC asl::Task<int> run() {
  Bag<int, long> numbers(1, 2L);
  int c = co_await numbers.count();
  int t = co_await numbers.total(10, 20L);
  std::string d = co_await Bag<int, char, short>::describe(4);
  std::printf("c %d, t %d, d %s\n", c, t, d.c_str());
  std::printf("noisy bag:\n");
  {
    Bag<Noisy> noisy(Noisy(5));
    std::printf("total:\n");
    int n = co_await noisy.total(Noisy(6));
    std::printf("n %d\n", n);
  }
  Grid<2, 3, 4> grid;
  grid.scale = 2;
  int v = co_await grid.volume();
  Logger logger;
  Noisy held(9);
  int lines = co_await logger.log(1, held, 3);
  std::printf("v %d, lines %d\n", v, lines);
  co_return c + t + v;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
