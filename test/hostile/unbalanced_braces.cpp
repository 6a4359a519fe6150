// Hostile input: one closing brace too many after an async function.
#include <asl/task.h>

asl::Event ready;

ASL_ASYNC asl::Task<int> extra_brace() {
  co_await ready;
  co_return 1;
}
}

int main() { return 0; }
