// The machine overlays what different full-expressions keep across their
// awaits, but never two things one full-expression keeps: here each awaiter
// returns a reference into itself, so adding the results of two awaits in
// one expression reads the first awaiter after the second was built, and a
// later statement's awaiter (which may share the first's storage) must not
// change a value read before it. Destructor output shows each awaiter dies at
// the end of its own full-expression, also when the task is destroyed while
// suspended.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <string>

struct RunLoop {
  std::deque<std::function<void()>> queue;
  void run() {
    while (!queue.empty()) {
      std::function<void()> next = std::move(queue.front());
      queue.pop_front();
      next();
    }
  }
};

// Suspends once; its result is a reference to its own value.
struct Held {
  RunLoop *loop;
  int value;
  std::string name;
  bool await_ready() const { return false; }
  template <class Handle> void await_suspend(Handle h) {
    loop->queue.push_back([h] { h.resume(); });
  }
  const int &await_resume() const { return value; }
  ~Held() { std::cout << "  drop " << name << "\n"; }
};

ASL_ASYNC asl::Task<int> mix(RunLoop &loop) {
  int sum = co_await Held{&loop, 1, "one"} + co_await Held{&loop, 20, "two"};
  std::cout << "  sum " << sum << "\n";
  std::string label = "after";
  int again = co_await Held{&loop, 300, "three"} * 2;
  std::cout << "  again " << again << " " << label << "\n";
  int copied = co_await Held{&loop, 4000, "four"};
  int last = copied + co_await Held{&loop, 50000, "five"} +
             co_await Held{&loop, 600000, "six"};
  co_return sum + again + last;
}

int main() {
  RunLoop loop;
  std::cout << "run to completion:\n";
  asl::Task<int> task = mix(loop);
  loop.run();
  std::cout << "result " << std::move(task).result() << "\n";

  std::cout << "destroyed while suspended in the second expression:\n";
  {
    RunLoop stalled;
    asl::Task<int> dropped = mix(stalled);
    // Resume twice: through "one" and "two", then suspended at "three".
    for (int i = 0; i < 2; ++i) {
      std::function<void()> next = std::move(stalled.queue.front());
      stalled.queue.pop_front();
      next();
    }
  }
  std::cout << "done\n";
}
