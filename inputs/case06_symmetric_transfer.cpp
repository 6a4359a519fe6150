// Checks the await_suspend forms that decline or redirect a suspension
// (cppinsights#739, llvm#56329, #49888): a returned handle (here the task's own)
// is resumed, bool false continues at once, and 10^6 of each, plus 10^6
// child completions that resume their parent, do not grow the stack.
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct ResumeSelf { // suspend, then continue at once through the returned handle
  bool await_ready() { return false; }
  template <class Handle> Handle await_suspend(Handle me) { return me; }
  int await_resume() { return 7; }
};
struct RefuseSuspend { // bool form: false = do not suspend after all
  bool await_ready() { return false; }
  template <class Handle> bool await_suspend(Handle) { return false; }
  int await_resume() { return 8; }
};
struct Later { // suspends until main resumes it
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

ASL_ASYNC asl::Task<int> leaf(int v) { co_return v; }

ASL_ASYNC asl::Task<int> slow_leaf(int v) {
  co_await Later{};
  co_return v; // completes inside main's resume and resumes the parent
}

ASL_ASYNC asl::Task<int> child() {
  std::puts("child start");
  int a = co_await ResumeSelf{};
  int b = co_await RefuseSuspend{};
  std::printf("child end a=%d b=%d\n", a, b);
  co_return a + b;
}

ASL_ASYNC asl::Task<long> parent() {
  std::puts("parent start");
  int x = co_await child();
  std::printf("parent got %d\n", x);
  long sum = 0;
  for (int i = 0; i < 1000000; ++i)
    sum += co_await leaf(1);
  for (int i = 0; i < 1000000; ++i)
    sum += co_await ResumeSelf{};
  for (int i = 0; i < 1000000; ++i)
    sum += co_await RefuseSuspend{};
  std::printf("sum=%ld\n", sum);
  for (int i = 0; i < 1000000; ++i)
    sum += co_await slow_leaf(1);
  std::printf("sum=%ld\n", sum);
  co_return x + sum;
}

int main() {
  asl::Task<long> p = parent();
  long resumes = 0;
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
    ++resumes;
  }
  std::printf("main: resumes=%ld done=%d\n", resumes, (int)p.is_ready());
  std::printf("main: value=%ld\n", asl::sync_wait(std::move(p)));
}
