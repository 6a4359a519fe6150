// A local whose type is a private member of a class of another file
// (reached through a public function, `auto t = reg.issue();`) living
// across an await in a function that is not a member of that class: the
// machine, a class outside it, could not name the type in its field, and
// the lowering edits only the main file, so the class cannot befriend it
// (a class of the main file does: inputs/private_types_across_awaits.cpp).
// The same holds for a temporary of such a type that the machine keeps
// across an await of its full-expression.
#include "private_type_across_await.h"
#include <asl/task.h>

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run(Registry &reg) {
  auto ticket = reg.issue("eve");
  co_await ev;
  co_return ticket.id;
}

int length_plus(const std::string &s, int n);

ASL_ASYNC asl::Task<int> spill(Registry &reg) {
  co_return length_plus(reg.issue("x").owner, co_await run(reg));
}
// expect-error: 15:8: error: 'ticket', of type 'Registry::Ticket' (private in
//   'Registry'), lives across a co_await; not supported (the machine, a class
//   outside 'Registry', cannot name the type, and cannot be its friend:
//   'Registry' is defined in another file, which the lowering does not edit)
// expect-error: 23:13: error: the full-expression here keeps an object of
//   type 'Registry::Ticket' (private in 'Registry') across a co_await; not
//   supported (the machine, a class outside 'Registry', cannot name the type,
//   and cannot be its friend: 'Registry' is defined in another file, which
//   the lowering does not edit)
