// Awaits in pack expansions still refused: one in the pattern of an
// expansion of no element that expands only a pack of templates, which the
// machine cannot write as an await that never happens (asl::never_awaited
// needs a type or a value naming the pack); and an init-capture pack whose
// value awaits, for any pack. The other awaits of empty expansions lower
// (inputs/empty_pack_expansions_with_awaits.cpp).
#include <asl/task.h>

#include <vector>

ASL_ASYNC asl::Task<int> one() { co_return 1; }
template <class... A> int sum(A... a) { return (0 + ... + a); }

template <template <class...> class... Hs>
ASL_ASYNC asl::Task<int> of_templates() {
  co_return sum((co_await one() + static_cast<int>(Hs<int>().size()))...);
}

template <class... Ts> ASL_ASYNC asl::Task<int> captures(Ts... xs) {
  auto lambda = [... ys = co_await one() + xs] { return sum(ys...); };
  co_return lambda();
}

int use() {
  return asl::sync_wait(of_templates<>()) + asl::sync_wait(captures(1, 2));
}
// expect-error: 16:18: error: a co_await in the pattern of a pack expansion
//   of no element that expands only a pack of templates; not supported yet
// expect-error: 20:22: error: an init-capture pack (C++20) whose value has a
//   co_await; not supported yet
