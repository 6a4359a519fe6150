// Checks an await_suspend that resumes its own task synchronously
// (cppinsights#727): the resume point is recorded before await_suspend runs, the
// body goes on inside that call, and nothing of it runs again afterwards.
#include <asl/task.h>

#include <cstdio>

static int step = 0;

struct ResumeNow {
  int id;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    int me = id; // *this is dead once the resumed body moves on
    std::printf("  [%d] await_suspend resumes the task itself\n", me);
    h.resume();
    std::printf("  [%d] await_suspend returns\n", me);
  }
  void await_resume() { std::printf("  [%d] await_resume\n", id); }
};

ASL_ASYNC asl::Task<int> worker() {
  int local = 100;
  std::printf("  A step=%d\n", ++step);
  co_await ResumeNow{1};
  local += 1;
  std::printf("  B step=%d local=%d\n", ++step, local);
  co_await ResumeNow{2};
  local += 1;
  std::printf("  C step=%d local=%d\n", ++step, local);
  co_return local;
}

ASL_ASYNC asl::Task<int> caller() {
  std::puts("  caller awaits worker");
  int v = co_await worker();
  std::printf("  caller got %d\n", v);
  co_return v + 1;
}

int main() {
  std::puts("main: start worker");
  asl::Task<int> t = worker();
  std::printf("main: back, done=%d step=%d\n", (int)t.is_ready(), step);
  std::printf("main: result %d\n", asl::sync_wait(std::move(t)));
  step = 0;
  std::puts("main: start caller");
  asl::Task<int> c = caller();
  std::printf("main: back, done=%d step=%d\n", (int)c.is_ready(), step);
  std::printf("main: result %d\n", asl::sync_wait(std::move(c)));
}
