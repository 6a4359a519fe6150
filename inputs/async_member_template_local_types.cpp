// Async members of class templates and member templates whose machine
// keeps a type declared in the body, or a lambda's closure: the class
// declares a class of them next to the machine (`struct pair_locals;`,
// `template <class U> struct mix_locals;`), and each specialization that
// needs it defines it, as it defines its machine (`template <> struct
// Keeper<int>::pair_locals`), with the templates' parameters as members.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> class Keeper {
public:
  explicit Keeper(T seed) : seed_(seed) {}

  ASL_ASYNC asl::Task<T> pair(T x) {
    struct Pair {
      T first;
      T second;
    };
    enum class Side { Left, Right };
    Pair p{x, seed_};
    Side side = Side::Right;
    auto show = [&p, this](const char *label) {
      std::printf("%s: seed %s\n", label, std::to_string(seed_).c_str());
      return p.first + p.second;
    };
    co_await ready;
    T sum = show("pair");
    co_return side == Side::Right ? sum : p.first;
  }

  template <class U> ASL_ASYNC asl::Task<U> mix(U u);

  template <class U> ASL_ASYNC static asl::Task<int> count(U u) {
    struct Counted {
      U value;
      int times;
    };
    Counted c{u, 2};
    co_await ready;
    co_return c.times * static_cast<int>(sizeof(T) + sizeof(U));
  }

private:
  T seed_;
};

template <class T>
template <class U>
ASL_ASYNC asl::Task<U> Keeper<T>::mix(U u) {
  int calls = 0;
  auto add = [&calls, u](T t) {
    ++calls;
    return u + static_cast<U>(t);
  };
  co_await ready;
  U once = add(seed_);
  co_await ready;
  co_return once + add(seed_) + static_cast<U>(calls);
}

ASL_ASYNC asl::Task<int> run() {
  Keeper<int> ints(3);
  Keeper<double> doubles(0.5);
  int a = co_await ints.pair(4);
  double b = co_await doubles.pair(1.0);
  long c = co_await ints.mix(10L);
  double d = co_await doubles.mix(2.0);
  int e = co_await Keeper<char>::count(1.0);
  int f = co_await Keeper<int>::count('x');
  std::printf("a %d, b %.1f, c %ld, d %.1f, e %d, f %d\n", a, b, c, d, e, f);
  co_return a;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
