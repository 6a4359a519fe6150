// detail::resume_in: where a woken continuation runs, and the per-thread
// queue that keeps wakes on a plain thread from nesting.
#include <asl/context.h>

#include <cstddef>
#include <vector>

namespace asl::detail {
namespace {

// Continuations woken on this (plain) thread while it was already running
// one woken the same way; run, oldest first, by the outermost resume_in().
struct wake_queue {
  std::vector<resumable *> items;
  std::size_t head = 0;
  bool draining = false;
};
thread_local wake_queue plain_thread_wakes;

// Leaves the draining state even if a continuation throws (which the
// runtime's own continuations never do).
struct draining_scope {
  explicit draining_scope(wake_queue &q) noexcept : queue(q) {
    queue.draining = true;
  }
  ~draining_scope() {
    queue.items.clear();
    queue.head = 0;
    queue.draining = false;
  }
  wake_queue &queue;
};

} // namespace

void resume_in(execution_context *context, continuation target) {
  execution_context *here = current_context();
  if (context != nullptr && context != here) {
    context->post(target);
    return;
  }
  if (here != nullptr) {
    here->post_local(target);
    return;
  }

  wake_queue &queue = plain_thread_wakes;
  if (queue.draining) {
    queue.items.push_back(target.get());
    return;
  }
  draining_scope scope(queue);
  target.resume();
  while (queue.head != queue.items.size())
    run_from(queue.items[queue.head++]);
}

namespace {

// Inline wakes nested on this thread's stack at most: each level holds the
// frames of a set() and of the task it resumed.
constexpr unsigned max_inline_wake_depth = 4;
thread_local unsigned inline_wake_depth = 0;

struct inline_wake_scope {
  inline_wake_scope() noexcept { ++inline_wake_depth; }
  ~inline_wake_scope() { --inline_wake_depth; }
};

} // namespace

void wake_inline_if_here(execution_context *context, continuation target) {
  execution_context *here = current_context();
  bool resumes_here = context == nullptr ? here != nullptr : context == here;
  if (!resumes_here || inline_wake_budget == 0 ||
      inline_wake_depth == max_inline_wake_depth) {
    resume_in(context, target);
    return;
  }
  --inline_wake_budget;
  inline_wake_scope scope;
  target.resume();
}

} // namespace asl::detail
