// Async friend templates defined in a class that is no template: as for a
// member template, the class declares the machine template (`template
// <class U> struct scale_machine;`) and keeps the friend's definition, its
// ramp, which finds the machine in the class; each specialization the file
// instantiates gets its machine after the file's code (`template <> struct
// Meter::scale_machine<double>`), so the body keeps reaching the class's
// private members. One in a namespace, one with a non-type parameter and
// one with a pack.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

asl::Event ready;

namespace units {
class Meter {
public:
  explicit Meter(int v) : value_(v) {}

  template <class U>
  ASL_ASYNC friend asl::Task<U> scale(const Meter &m, U by) {
    U before = by;
    co_await ready;
    co_return static_cast<U>(m.value_) * before;
  }

  template <int N>
  ASL_ASYNC friend asl::Task<int> shift(Meter &m,
                                        std::integral_constant<int, N>) {
    co_await ready;
    m.value_ += N;
    co_return m.value_;
  }

  template <class... Ts>
  ASL_ASYNC friend asl::Task<std::size_t> count(const Meter &m, Ts... xs) {
    co_await ready;
    co_return sizeof...(Ts) + static_cast<std::size_t>(m.value_) +
        (0 + ... + sizeof(xs));
  }

private:
  int value_;
};
} // namespace units

ASL_ASYNC asl::Task<int> run() {
  units::Meter m(3);
  double d = co_await scale(m, 1.5);
  long l = co_await scale(m, 4L);
  int s = co_await shift(m, std::integral_constant<int, 10>());
  s += co_await shift(m, std::integral_constant<int, 5>());
  std::size_t c = co_await count(m, 'a', 2);
  std::size_t e = co_await count(m);
  std::printf("d %.1f, l %ld, s %d, c %zu, e %zu\n", d, l, s, c, e);
  co_return s;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
