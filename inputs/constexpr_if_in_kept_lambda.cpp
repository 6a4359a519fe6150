// A constexpr if inside a lambda that the machine keeps across an await
// (its closure a field, made by a factory that holds the lambda's text as
// written): in an async function, and in each specialization of an async
// function template, where the discarded branch would not compile for the
// specialization's type (`v.size()` of an int). The body's own constexpr
// ifs are replaced by their taken branches; the lambda's stay in the
// factory, which clang checks as a template.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

ASL_ASYNC asl::Task<int> plain(asl::Event &ready) {
  int r = 0;
  auto twice = [](int v) {
    if constexpr (sizeof(int) == 1)
      return v;
    else
      return 2 * v;
  };
  r += twice(3);
  co_await ready;
  r += twice(4);
  co_return r;
}

template <class T> ASL_ASYNC asl::Task<int> measure(T v, asl::Event &ready) {
  auto size = [](const T &x) {
    if constexpr (std::is_integral_v<T>)
      return static_cast<int>(x);
    else
      return static_cast<int>(x.size());
  };
  int before = size(v);
  co_await ready;
  co_return before + size(v);
}

int main() {
  asl::Event ready;
  asl::Task<int> a = plain(ready);
  asl::Task<int> b = measure(5, ready);
  asl::Task<int> c = measure(std::string("four"), ready);
  ready.set();
  int ra = asl::sync_wait(std::move(a));
  int rb = asl::sync_wait(std::move(b));
  int rc = asl::sync_wait(std::move(c));
  std::printf("%d %d %d\n", ra, rb, rc);
}
