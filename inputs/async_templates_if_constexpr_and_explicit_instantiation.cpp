// Two things about async function templates: the branch `if constexpr`
// discards in a specialization is not part of its machine (it might not
// compile with the specialization's types: `v.size()` on an int), and a
// template that only an explicit instantiation definition instantiates
// (`template asl::Task<int> measure<short>(short);`, for other files
// to call) gets that specialization's machine too.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <type_traits>

asl::Event ready;

ASL_ASYNC asl::Task<int> twice(int x) {
  co_await ready;
  co_return x * 2;
}

template <class T> ASL_ASYNC asl::Task<std::string> show(T v) {
  std::string prefix = "value ";
  co_await ready;
  if constexpr (std::is_integral_v<T>) {
    int doubled = co_await twice(static_cast<int>(v));
    co_return prefix + std::to_string(doubled);
  } else if constexpr (std::is_same_v<T, std::string>) {
    co_return prefix + v + " of size " + std::to_string(v.size());
  } else {
    co_return prefix + "other";
  }
}

template <class T> ASL_ASYNC asl::Task<int> measure(T v) {
  co_await ready;
  if constexpr (sizeof(T) > 4)
    co_return static_cast<int>(sizeof(T)) * 100;
  else
    co_return static_cast<int>(v);
}

template asl::Task<int> measure<long>(long);
template asl::Task<int> measure<short>(short);

ASL_ASYNC asl::Task<int> run() {
  std::string a = co_await show(21);
  std::string b = co_await show(std::string("abc"));
  std::string c = co_await show(1.5);
  int m = co_await measure(2L);
  std::printf("%s | %s | %s | %d\n", a.c_str(), b.c_str(), c.c_str(), m);
  co_return m;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
