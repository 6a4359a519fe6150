// asl/detail/combinator.h - the state machine behind when_all and when_any,
// and the helpers they share.
//
// A combinator is an ordinary Task: a machine in the shape async-lower
// writes, with one await on a "join" awaiter that knows the tasks. So it is
// built by asl::start, starts on the stack when the join is relocatable, and
// completes inline when the join is ready at once.
//
//   using machine = join_machine<all_join_tuple<int, void>>;
//   return start<machine>(std::move(a), std::move(b));
//
// Lifetime and thread-safety are the join's; see when_all.h and when_any.h.
#pragma once

#include <asl/context.h>
#include <asl/task.h>

#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace asl::detail {

template <class T>
using non_void_t = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

// Registers `slot` as `task`'s continuation, through the Task awaiter (the
// public way in). False if the task has ended already: nothing registered.
template <class T> bool watch_task(Task<T> &task, resumable &slot) {
  if (task.is_ready())
    return false;
  // No context: the slot runs where the task ends.
  task_ref_awaiter<T> awaiter(task);
  return awaiter.await_suspend_in(continuation(&slot), nullptr);
}

// The result of an ended task, or its exception rethrown.
template <class T> non_void_t<T> take_result(Task<T> &task) {
  if constexpr (std::is_void_v<T>) {
    std::move(task).result();
    return {};
  } else {
    return std::move(task).result();
  }
}

//   Join::result_type             what the combined task yields
//   Join::relocatable             whether its bytes may move before it waits
//   bool await_ready()            every (when_all) / some (when_any) ended
//   bool await_suspend(continuation)
//   result_type await_resume()
template <class Join> struct join_machine {
  using result_type = typename Join::result_type;

  int state_ = -1;
  task_builder<result_type> builder_;
  Join join_;
  static constexpr bool relocatable = Join::relocatable;

  template <class... Args>
  explicit join_machine(Args &&...args) : join_(std::forward<Args>(args)...) {}

  void move_next() {
    try {
      if (state_ == 0) {
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      } else if (!join_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(join_, *this);
        return;
      }
      if constexpr (std::is_void_v<result_type>) {
        join_.await_resume();
        builder_.set_result();
      } else {
        builder_.set_result(join_.await_resume());
      }
    } catch (...) {
      builder_.set_current_exception();
    }
    state_ = -2;
    builder_.complete();
  }
};

} // namespace asl::detail
