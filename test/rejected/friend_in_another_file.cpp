// An async function that a class of another file declares its friend, whose
// body uses a private member of that class: the body moves into the
// machine, which that class would have to befriend too, and the lowering
// edits only the main file (a class of the main file befriends the
// machine: inputs/machines_in_namespaces_and_friends.cpp).
#include "friend_in_another_file.h"

asl::Event ev(true);

ASL_ASYNC asl::Task<int> audit(Vault &v) {
  co_await ev;
  co_return v.gold_;
}
// expect-error: 12:15: error: 'gold_' is not public in 'Vault', which declares
//   the function its friend in another file; the machine, where the body
//   goes, cannot be befriended there (the lowering does not edit that file)
