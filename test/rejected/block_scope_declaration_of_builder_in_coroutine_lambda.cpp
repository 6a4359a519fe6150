// A block-scope declaration named like the state machine's member builder_
// in a coroutine lambda's body: the lambda's machine has a builder_ of its
// own, which the statements the lowering adds to the lambda's body name
// (`builder_.set_result(...)`), as for an async function
// (block_scope_declaration_of_builder.cpp).
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> f() {
  auto inner = []() -> asl::Task<int> {
    co_await ev;
    extern int builder_;
    co_return builder_;
  };
  co_return co_await inner();
}

int builder_ = 4;

int main() { return asl::sync_wait(f()) - 4; }
// expect-error: 13:16: error: a declaration of 'builder_' in the body would
//   hide the state machine's member of that name, which the lowered body
//   uses; declare it outside the function
