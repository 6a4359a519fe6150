// Static async member functions of unnamed classes (`static struct {...}
// helpers;`, a member `struct {...} tools;`), whose machines need no
// pointer to the class: they stay inside the class, and a class nested in
// an unnamed class may not have static data members, so each declares
// `relocatable` as a member type.
#include <asl/task.h>

#include <cstdio>

asl::Event ev;

static struct {
  static ASL_ASYNC asl::Task<int> twice(int v) {
    co_await ev;
    co_return 2 * v;
  }
} helpers;

struct App {
  struct {
    static ASL_ASYNC asl::Task<int> add(int a, int b) {
      int sum = a + b;
      co_await ev;
      co_return sum;
    }
  } tools;
};

int main() {
  App app;
  asl::Task<int> a = helpers.twice(6);
  asl::Task<int> b = app.tools.add(2, 3);
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(a)));
  std::printf("%d\n", asl::sync_wait(std::move(b)));
}
