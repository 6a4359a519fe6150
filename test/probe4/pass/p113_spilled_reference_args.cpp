// Spilled lvalue arguments (a reference parameter before an await in a
// later argument), member and subscript targets of assignments.
#include <asl/task.h>
#include <cstdio>
#include <functional>
static std::function<void()> resume_later;
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resume_later = [h] { h.resume(); };
  }
  int await_resume() const noexcept { return 5; }
};
struct Pt {
  int x, y;
};
static int add_to(int &target, int v) {
  target += v;
  return target;
}
ASL_ASYNC asl::Task<int> run() {
  int total = 1;
  Pt p{1, 2};
  int arr[3] = {0, 0, 0};
  int i = 1;
  int r = add_to(total, co_await Later{});
  p.y = p.x + co_await Later{};
  arr[i] = co_await Later{};
  int s = arr[i] + p.y + (co_await Later{}, arr[1]);
  co_return total * 100 + r + s;
}
int main() {
  asl::Task<int> t = run();
  for (int k = 0; k < 4 && resume_later; ++k) {
    auto f = resume_later;
    resume_later = nullptr;
    f();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
