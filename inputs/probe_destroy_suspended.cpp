// Destroying suspended tasks at various points: inside nested scopes, in a
// try block, in a range-for body, with a suspended child, with a
// structured binding and a lifetime-extended temporary alive.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) { std::printf("  +%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n = "(moved)"; }
  ~T() { std::printf("  -%s\n", n.c_str()); }
};

asl::Event never;

ASL_ASYNC asl::Task<int> child(std::string tag) {
  T c("child " + tag);
  co_await never;
  co_return 1;
}

ASL_ASYNC asl::Task<int> deep(int where) {
  T a("a");
  std::vector<T> v;
  v.emplace_back("v0");
  v.emplace_back("v1");
  try {
    T b("b");
    for (T &x : v) {
      T c("c-" + x.n);
      if (where == 0)
        co_await never;
      const T &ext = T("ext");
      auto [p, q] = std::make_pair(T("p"), 3);
      if (where == 1)
        co_await child("one");
      (void)ext;
      (void)p;
      (void)q;
      if (where == 2) {
        T d("d");
        int r = co_await child("two") + co_await child("three");
        (void)r;
      }
    }
  } catch (...) {
    std::printf("  caught\n");
  }
  co_return 0;
}

int main() {
  for (int w = 0; w < 3; ++w) {
    std::printf("where=%d\n", w);
    {
      asl::Task<int> t = deep(w);
      std::printf(" destroying\n");
    }
    std::printf(" destroyed\n");
  }
}
