#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
static asl::Event ev;
struct Base {
  int builder_ = 5;
};
struct Cursor : Base {
  int pos = 0;
  bool move_next() { return ++pos < 3; }
  static int relocatable() { return 100; }
  ASL_ASYNC asl::Task<int> count() {
    int n = 0;
    while (move_next()) {
      co_await ev;
      ++n;
    }
    co_return n + builder_ + relocatable();
  }
};
int main() {
  Cursor c;
  asl::Task<int> t = c.count();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
