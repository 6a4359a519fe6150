// Locals whose names would clash in the machine class: one named like the
// live flag the lowering gives another (`s_live_` beside `s`), one named
// like its own class (`Point Point{1, 2};`, as C's `struct stat stat;`),
// one named like a type the body names elsewhere, and one named like an
// awaiter's live flag. Their fields are renamed, and the body uses the new
// names.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ev(true);

struct Point {
  int x, y;
};

struct Label {
  std::string text;
};

struct Waiter {
  bool await_ready() const noexcept { return true; }
  template <class Handle> void await_suspend(Handle) const noexcept {}
  int await_resume() const noexcept { return 5; }
  ~Waiter() {}
};

ASL_ASYNC asl::Task<int> run() {
  std::string s = "text";
  bool s_live_ = true;
  Point Point{1, 2};
  int awaiter0_live_ = 20;
  co_await ev;
  std::string Label = "label";
  int w = co_await Waiter{};
  ::Label copy{Label};
  std::printf("%s %d %d %d %s %d\n", s.c_str(), s_live_, Point.x + Point.y,
              awaiter0_live_, copy.text.c_str(), w);
  co_return static_cast<int>(s.size());
}

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
