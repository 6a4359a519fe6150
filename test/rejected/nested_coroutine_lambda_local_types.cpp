// A type of a coroutine that a coroutine lambda inside it names moves to
// the machine's base, where the lambda's class finds it; refused when it
// cannot move (declared together with a variable) or is renamed there (a
// type of its name was declared earlier in the function).
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> together() {
  int base = 0;
  {
    struct Local {
      int value;
    } seed{1};
    auto type = []() -> asl::Task<int> {
      co_await tick;
      Local local{2};
      co_return local.value;
    };
    base = seed.value + asl::sync_wait(type());
  }
  co_await tick;
  co_return base;
}

ASL_ASYNC asl::Task<int> renamed() {
  {
    struct Node {
      int value;
    };
    Node first{1};
    co_await tick;
    if (first.value == 0)
      co_return 0;
  }
  struct Node {
    int other;
  };
  auto type = []() -> asl::Task<int> {
    co_await tick;
    Node node{2};
    co_return node.other;
  };
  co_return co_await type();
}
// expect-error: 17:7: error: a coroutine lambda inside a coroutine that names
//   'Local', a type of the function around it declared together with a
//   variable or by a macro; not supported yet
// expect-error: 41:5: error: a coroutine lambda inside a coroutine that names
//   a type the machine renames ('Node_2': one of its name is declared
//   earlier in the function); not supported yet
