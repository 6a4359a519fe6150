// The forwarding idiom on a lifted forwarding reference:
// `std::forward<decltype(n)>(n)` in a range-for whose body awaits. The
// lowering keeps `n` as a pointer field and rewrites the use to `(*n)`, but
// leaves decltype(n), now `std::string *`, so the output does not compile.
// Same cause as decltype_of_lifted_reference.cpp.
// Expected: compiles, prints "copy a", "copy b" (as natively).
// Got: g++ "no matching function for call to
// 'forward<std::__cxx11::basic_string<char>
// *>(std::__cxx11::basic_string<char>&)'"
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>
asl::Event ready;
static void sink(const std::string &s) { std::printf("copy %s\n", s.c_str()); }
static void sink(std::string &&s) { std::printf("move %s\n", s.c_str()); }
ASL_ASYNC asl::Task<int> run() {
  std::vector<std::string> names{"a", "b"};
  for (auto &&n : names) {
    co_await ready;
    sink(std::forward<decltype(n)>(n));
  }
  co_return 0;
}
int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t));
}
