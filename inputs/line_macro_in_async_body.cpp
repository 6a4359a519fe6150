// Checks that __LINE__ in an async body gives the input's line, as it does
// natively, though the body moves to other lines of the output: written
// directly (it becomes the number), as a macro's argument left as written,
// and in the expansion of a macro (spelled out: the preprocessor's number,
// the line of the invocation's end), before and after awaits.
#include <asl/task.h>

#include <cstdio>

#define LOG(what) std::printf("log %s %d\n", #what, __LINE__)
#define HERE __LINE__
#define SHOW(n) std::printf("show %d\n", (n))

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> at_line(int line) {
  co_await Suspend{};
  co_return line;
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("at %d\n", __LINE__);
  LOG(start);
  co_await Suspend{};
  std::printf("after %d\n", __LINE__);
  SHOW(__LINE__);
  int here = HERE;
  co_await Suspend{};
  std::printf("here %d awaited %d\n", here, co_await at_line(__LINE__));
  LOG(
      end);
  auto later = [] { return __LINE__; };
  co_await Suspend{};
  std::printf("lambda %d\n", later());
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
