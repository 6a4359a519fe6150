// An anonymous union local across awaits (refused; documented: an unnamed
// class no variable declared with it names).
#include <asl/task.h>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
asl::Event ready;
ASL_ASYNC asl::Task<std::pair<int, int>> two() {
  co_await ready;
  co_return {3, 4};
}
struct R {
  const char *n;
  explicit R(const char *s) : n(s) { std::printf("+%s\n", n); }
  ~R() { std::printf("-%s\n", n); }
};
ASL_ASYNC asl::Task<int> run() {
  union {
    int i;
    float f;
  };
  i = 7;
  co_await ready;
  std::printf("i=%d\n", i);
  if (auto [a, b] = co_await two(); a < b) {
    co_await ready;
    std::printf("a=%d b=%d\n", a, b);
  }
  int n = 0;
  for (const R &r = R("loopref"); n < 2; ++n) {
    co_await ready;
    std::printf("iter %s\n", r.n);
  }
  std::map<int, std::string> m{{1, "x"}, {2, "y"}};
  for (auto [k, v] : m) {
    co_await ready;
    v += "!";
    std::printf("%d %s\n", k, v.c_str());
  }
  co_return i;
}
int main() {
  asl::Task<int> t = run();
  ready.set();
  return asl::sync_wait(std::move(t)) == 7 ? 0 : 1;
}
