// Hostile input: Windows line endings throughout.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

ASL_ASYNC asl::Task<int> crlf(int x) {
  int y = x * 3;
  co_await ready;
  std::printf("resumed %d\n", y);
  co_return y + 1;
}

int main() {
  asl::Task<int> t = crlf(4);
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
