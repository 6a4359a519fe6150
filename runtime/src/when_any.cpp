// The type-independent half of asl::when_any: the race for the win, the
// gate between the winner and the registering thread, and the reference
// count that frees the shared state after the last task ends.
//
// Interleavings it survives:
// - a task ends while watch_all() is still registering the others: it wins
//   (decided_), but the gate keeps it from resuming the parent, which
//   watch_all() then resumes itself by returning false;
// - two tasks end at once on two threads: one exchange of decided_ wins;
// - the parent takes its result and lets go while losers still run: they
//   hold references, and the last one frees the state.
#include <asl/when_any.h>

namespace asl::detail {

any_state_base::any_state_base(std::size_t count) : slots_(count) {
  for (std::size_t i = 0; i != count; ++i) {
    slots_[i].resume = &child_done;
    slots_[i].state = this;
    slots_[i].index = i;
  }
}

bool any_state_base::settle_if_any_ended() {
  for (std::size_t i = 0; i != slots_.size(); ++i) {
    if (!task_ready(i))
      continue;
    // Nothing is registered yet, so nobody races for these.
    winner_ = i;
    decided_.store(true, std::memory_order_relaxed);
    watch_others(i);
    return true;
  }
  return false;
}

void any_state_base::watch_others(std::size_t except) {
  // Relaxed: published to each task's thread by its registration (acq_rel
  // in task_state), before that task can end into a slot.
  refs_.fetch_add(slots_.size() - 1, std::memory_order_relaxed);
  for (std::size_t i = 0; i != slots_.size(); ++i)
    if (i != except && !watch(i, slots_[i]))
      task_ended(i);
}

bool any_state_base::watch_all(continuation parent) {
  parent_ = parent;
  // Relaxed, as in watch_others().
  refs_.fetch_add(slots_.size(), std::memory_order_relaxed);
  for (std::size_t i = 0; i != slots_.size(); ++i)
    if (!watch(i, slots_[i]))
      task_ended(i); // never resumes the parent: this thread holds the gate
  // Acq_rel: pairs with the winner's decrement in task_ended(). Whoever
  // comes second sees parent_ and winner_ and lets the parent go on.
  return gate_.fetch_sub(1, std::memory_order_acq_rel) != 1;
}

bool any_state_base::task_ended(std::size_t index) noexcept {
  bool resume_parent = false;
  // Acq_rel: exactly one exchange sees false; the release publishes
  // winner_ along with the gate below.
  if (!decided_.exchange(true, std::memory_order_acq_rel)) {
    winner_ = index;
    // Acq_rel: pairs with the decrement in watch_all().
    resume_parent = gate_.fetch_sub(1, std::memory_order_acq_rel) == 1;
  }
  // Never the last reference when resuming the parent: the combined task
  // holds one until it has taken the result.
  release();
  return resume_parent;
}

void any_state_base::child_done(resumable *self) {
  auto *slot = static_cast<child_slot *>(self);
  any_state_base *state = slot->state;
  continuation parent = state->parent_;
  if (state->task_ended(slot->index))
    hand_over(parent.get());
}

void any_state_base::release() noexcept {
  // Acq_rel: the release orders this owner's use of the state (a loser's
  // result written, the parent's result taken) before the delete; the last
  // decrement acquires them all.
  if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1)
    delete this;
}

void any_state_base::abandon() noexcept {
  // No winner may resume a parent that is going away. (One that already
  // won is resuming it now, and destroying it meanwhile is the caller's
  // error, as for any Task.)
  decided_.store(true, std::memory_order_relaxed);
  release();
}

} // namespace asl::detail
