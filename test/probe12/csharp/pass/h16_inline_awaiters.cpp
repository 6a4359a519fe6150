// Custom awaiters as a C# developer writes a custom GetAwaiter(): one that
// completes synchronously (IsCompleted true), one that declines to suspend
// from await_suspend (returns false), and one that resumes the caller
// inline inside await_suspend (like a TaskCompletionSource completed
// synchronously with RunContinuationsAsynchronously off), used in loop
// heads, conditions and operands, with temporaries and lifted locals.
#include <asl/task.h>

#include <iostream>
#include <string>
#include <vector>

struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const noexcept { return v; }
};

struct Decline {
  int v;
  bool await_ready() const noexcept { return false; }
  template <class H> bool await_suspend(H) { return false; }
  int await_resume() const noexcept { return v * 2; }
};

struct ResumeInline {
  std::string *log;
  std::string text;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    *log += "[in " + text + "]";
    h.resume();
    *log += "[out " + text + "]";
  }
  std::string await_resume() { return text + "!"; }
};

ASL_ASYNC asl::Task<std::string> step(std::string &log, int i) {
  std::string s = co_await ResumeInline{&log, "s" + std::to_string(i)};
  co_return s;
}

ASL_ASYNC asl::Task<int> compute(std::string &log) {
  int total = 0;
  for (int i = co_await Ready{1}; i < co_await Decline{3}; ++i) {
    std::string part = co_await step(log, i);
    if (part.size() > 3 && co_await Ready{i} % 2 == 0)
      continue;
    total += static_cast<int>(part.size()) * (co_await Decline{i}) +
             co_await Ready{100};
    log += part;
  }
  std::vector<std::string> names{"x", "y"};
  for (const std::string &n : names) {
    const std::string &r = n;
    log += co_await ResumeInline{&log, r} + "|";
  }
  co_return total;
}

int main() {
  std::string log;
  int t = asl::sync_wait(compute(log));
  std::cout << t << "\n" << log << "\n";
}
