// A template parameter pack named like a member of the state machine
// (move_next): the machine passes a pack to the function that holds the
// body under its own name, which inside the machine would find the
// machine's member (a type or value parameter is renamed instead,
// inputs/template_parameters_named_like_machine_members.cpp).
#include <asl/task.h>

asl::Event ev(true);

template <int... move_next> ASL_ASYNC asl::Task<int> total() {
  co_await ev;
  co_return (0 + ... + move_next);
}

int main() { return asl::sync_wait(total<1, 2>()) - 3; }
// expect-error: 10:18: error: template parameter 'move_next' has the name
//   of a member the state machine needs, and is a parameter pack, a
//   template template parameter, or given a closure type; rename it
