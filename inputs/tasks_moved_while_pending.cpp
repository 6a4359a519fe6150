// Checks tasks moved while they are pending, as C# code passes a Task
// around before awaiting it: move construction and move assignment of an
// unfinished Task<int>, Task<std::string> and Task<void>, then awaiting the
// moved-to task, and a task moved after it finished. (g++ 12 -O1 -Wall once
// warned that such a move may read the result uninitialized.)
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

ASL_ASYNC asl::Task<int> number(asl::Event &ready, int n) {
  co_await ready;
  co_return n;
}

ASL_ASYNC asl::Task<std::string> text(asl::Event &ready, std::string s) {
  co_await ready;
  co_return s + "!";
}

ASL_ASYNC asl::Task<void> note(asl::Event &ready, const char *what) {
  co_await ready;
  std::printf("note %s\n", what);
}

ASL_ASYNC asl::Task<int> consume(asl::Task<int> task) {
  int n = co_await std::move(task);
  co_return n * 10;
}

int main() {
  asl::Event ready;
  asl::Task<int> a = number(ready, 1);
  asl::Task<int> b = std::move(a);
  asl::Task<std::string> s = text(ready, "moved");
  asl::Task<std::string> t = std::move(s);
  asl::Task<void> v = note(ready, "void");
  asl::Task<void> w = std::move(v);
  asl::Task<int> c = number(ready, 2);
  c = number(ready, 3);
  asl::Task<int> passed = consume(number(ready, 4));
  ready.set();
  asl::Task<int> finished = number(ready, 5);
  asl::Task<int> later = std::move(finished);
  std::printf("%d %s\n", asl::sync_wait(std::move(b)),
              asl::sync_wait(std::move(t)).c_str());
  asl::sync_wait(std::move(w));
  int third = asl::sync_wait(std::move(c));
  int fourth = asl::sync_wait(std::move(passed));
  std::printf("%d %d %d\n", third, fourth, asl::sync_wait(std::move(later)));
}
