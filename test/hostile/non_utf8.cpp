// Hostile input: a byte-order mark, and bytes that are not UTF-8 ÿş
// in comments and in a string literal (Ã(  ¡).
#include <asl/task.h>

#include <cstdio>
#include <cstring>

asl::Event ready;

ASL_ASYNC asl::Task<int> bytes() {
  const char *raw = "ÿşı"; /* € */
  co_await ready;
  co_return static_cast<int>(std::strlen(raw));
}

int main() {
  asl::Task<int> t = bytes();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
