// Async templates with a template template parameter: the body, copied as
// written, runs in a member function template of each specialization's
// machine that receives the argument template itself (`move_next_<
// std::vector>()`), so `C<int>` and a call passing `C` on name the same
// template as natively. A function template called with std::vector and a
// user template, one passing its parameter to another, a member of a class
// template with one, and a pack of them.
#include <asl/task.h>

#include <cstdio>
#include <list>
#include <vector>

asl::Event ready;

namespace box {
template <class T> struct Pair {
  T first{}, second{};
  void push_back(T v) { (first == T{} ? first : second) = v; }
  const T *begin() const { return &first; }
  const T *end() const { return &second + 1; }
};
} // namespace box

template <template <class...> class C> ASL_ASYNC asl::Task<int> sum(C<int> c) {
  C<int> copy = c;
  co_await ready;
  int total = 0;
  for (int v : copy)
    total += v;
  co_return total;
}

template <template <class...> class C>
ASL_ASYNC asl::Task<int> fill_and_sum(int n) {
  C<int> made;
  for (int i = 1; i <= n; ++i)
    made.push_back(i);
  co_await ready;
  int s = co_await sum<C>(made);
  co_return s * 10;
}

template <class T, template <class> class Holder> struct Store {
  Holder<T> held;
  ASL_ASYNC asl::Task<T> total() {
    Holder<T> copy = held;
    co_await ready;
    T t{};
    for (const T &v : copy)
      t += v;
    co_return t;
  }
};

template <template <class...> class... Cs>
ASL_ASYNC asl::Task<int> sizes(int n) {
  co_await ready;
  co_return (static_cast<int>(Cs<int>(n).size()) + ... + 0);
}

ASL_ASYNC asl::Task<int> run() {
  int a = co_await sum<std::vector>(std::vector<int>{1, 2, 3});
  int b = co_await sum<box::Pair>(box::Pair<int>{4, 5});
  int c = co_await fill_and_sum<std::vector>(4);
  int d = co_await fill_and_sum<std::list>(3);
  Store<double, box::Pair> store{{1.5, 2.5}};
  double e = co_await store.total();
  int f = co_await sizes<std::vector, std::list>(2);
  std::printf("a %d, b %d, c %d, d %d, e %.1f, f %d\n", a, b, c, d, e, f);
  co_return a + b;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
