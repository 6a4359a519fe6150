// Awaited results bound to references: auto&&, const auto&, a reference to
// a member of the awaited temporary; std::max over two awaited values;
// string_view into a lifted string; printf with awaited varargs.
#include <algorithm>
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <string_view>

struct Profile {
  std::string name;
  int age;
  Profile(std::string n, int a) : name(std::move(n)), age(a) {
    std::printf("  +Profile(%s)\n", name.c_str());
  }
  Profile(Profile &&o) noexcept : name(std::move(o.name)), age(o.age) {
    o.name = "moved";
  }
  ~Profile() { std::printf("  -Profile(%s)\n", name.c_str()); }
};

ASL_ASYNC asl::Task<Profile> fetch(const char *n, int a) {
  co_return Profile(n, a);
}
ASL_ASYNC asl::Task<int> num(int v) {
  std::printf("  num(%d)\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> text(const char *s) { co_return s; }

ASL_ASYNC asl::Task<int> run() {
  auto &&p = co_await fetch("ann", 30);
  const auto &q = co_await fetch("bob", 40);
  const std::string &nm = (co_await fetch("cyd", 50)).name;
  co_await num(0);
  std::printf("  p=%s q=%s nm=%s\n", p.name.c_str(), q.name.c_str(),
              nm.c_str());
  int m = std::max(co_await num(3), co_await num(9)) +
          std::min({co_await num(4), co_await num(2), 7});
  std::string owner = co_await text("hello world");
  std::string_view first(owner.data(), owner.find(' '));
  co_await num(1);
  std::printf("  view %.*s\n", (int)first.size(), first.data());
  std::printf("  varargs %d %s %d\n", co_await num(5),
              (co_await text("mid")).c_str(), co_await num(6));
  co_return m + p.age + q.age;
}

int main() { std::printf("%d\n", asl::sync_wait(run())); }
