// An async member function calling, unqualified, a static member
// function of its class named relocatable (non-static members named
// move_next and builder_ are fine: they are written this_->...). Inside
// the machine, nested in the class, the name finds the machine's static
// constexpr bool relocatable.
// Expected: 107. Got: g++ "'Cursor::count_machine::relocatable' cannot
// be used as a function"; clang++-19 "called object type 'bool' is
// not a function or function pointer".
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
