// Hostile input: the file ends in the middle of an async function.
#include <asl/task.h>

asl::Event ready;

ASL_ASYNC asl::Task<int> cut_short(int x) {
  int y = x + 1;
  co_await ready;
  co_return y * (x +
