// Async function templates: each specialization the file uses gets a machine
// of its own, an explicit specialization of the machine template the ramp
// names (`twice_machine<int>`), whose fields have the concrete types and
// which names the template's parameters as members (`using T = int;`,
// `static constexpr int N = 3;`), so the copied body compiles as written.
// An unnamed template parameter (a constraint) is not a parameter of the
// machine template. A template never used gets its ramp and the machine's
// declaration only.
#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <type_traits>

asl::Event ready;

template <class T> ASL_ASYNC asl::Task<T> twice(T x) {
  T first = x;
  co_await ready;
  co_return first + x;
}

template <int N, class T> ASL_ASYNC asl::Task<T> repeat(T x) {
  T total{};
  for (int i = 0; i < N; ++i) {
    T part = co_await twice(x);
    total = total + part;
  }
  std::printf("repeat<%d>: %d rounds\n", N, N);
  co_return total;
}

template <class T, class = std::enable_if_t<std::is_integral_v<T>>>
ASL_ASYNC asl::Task<T> halve(T x) {
  co_await ready;
  co_return x / 2;
}

// Non-type parameters of enumeration and bool type; and an explicit
// specialization the file writes, an ordinary async function with a machine
// of its own (not a specialization of the machine template).
enum class Mode { fast, slow };
template <Mode M, bool Loud> ASL_ASYNC asl::Task<int> moded(int x) {
  co_await ready;
  if (Loud)
    std::printf("moded %d\n", static_cast<int>(M));
  co_return x * 10 + static_cast<int>(M);
}
template <> ASL_ASYNC asl::Task<int> moded<Mode::fast, false>(int x) {
  co_await ready;
  co_return -x;
}

namespace units {
struct Meters {
  int v;
};
inline Meters operator+(Meters a, Meters b) { return {a.v + b.v}; }

template <class T> ASL_ASYNC asl::Task<std::string> describe(const T &x) {
  std::string text = "[";
  try {
    co_await ready;
    if (x.v < 0)
      throw std::runtime_error("negative");
    text += std::to_string(x.v);
  } catch (const std::exception &e) {
    text += e.what();
  }
  co_return text + "]";
}

template <class T> ASL_ASYNC asl::Task<T> unused(T x) {
  co_await ready;
  co_return x;
}
} // namespace units

ASL_ASYNC asl::Task<int> run() {
  int a = co_await twice(20);
  std::string s = co_await twice(std::string("ab"));
  int r = co_await repeat<3>(5);
  units::Meters m = co_await repeat<2>(units::Meters{7});
  std::string d = co_await units::describe(m);
  std::string n = co_await units::describe(units::Meters{-1});
  long h = co_await halve(9L);
  int mode = co_await moded<Mode::slow, true>(4) +
             co_await moded<Mode::fast, false>(3);
  std::printf("a %d, s %s, r %d, m %d, d %s, n %s, h %ld, mode %d\n", a,
              s.c_str(), r, m.v, d.c_str(), n.c_str(), h, mode);
  co_return a + r;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
