// asl/when_all.h - asl::when_all: one task that ends when all given tasks
// have ended.
//
// when_all(a, b, ...) takes tasks of any result types and yields a tuple of
// their results (std::monostate for a Task<void>); when_all(vector) takes
// tasks of one type and yields a vector of results, in the same order (or
// nothing, for Task<void>). The tasks are already running (tasks are eager);
// when_all only waits. If any of them fails, the combined task fails with the
// exception of the first failed task in argument order, once all have ended;
// the other exceptions are dropped.
//
//   auto [user, feed] = co_await asl::when_all(load_user(id), load_feed(id));
//
// The combined task ends on the thread where the last task ended; its
// awaiter resumes in the context it awaited from, as for any task. It is itself
// an ordinary asl::Task, written the way async-lower writes state machines: the
// tuple form allocates nothing when every task had ended already.
//
// Lifetime: the combined task owns the tasks; destroying it while it waits
// destroys them where they are suspended (as destroying any Task does).
// Thread-safety: the tasks may end on any threads, at the same time.
#pragma once

#include <asl/detail/combinator.h>
#include <asl/task.h>

#include <atomic>
#include <cassert>
#include <cstddef>
#include <memory>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace asl {
namespace detail {

// The tasks still running and the parent to resume when none is: the part of
// a when_all join that does not depend on the task types.
class all_join_base {
protected:
  struct child_slot : resumable {
    all_join_base *join = nullptr;
  };

  all_join_base() noexcept = default;

  // Begins registering `count` tasks on behalf of `parent`.
  void begin(continuation parent, std::size_t count) noexcept {
    parent_ = parent;
    // Relaxed: published to the slots by the task registrations that
    // follow (acq_rel in task_state), before any slot can run.
    remaining_.store(count + 1, std::memory_order_relaxed);
  }
  // Prepares slot `slot` to count the end of a task.
  void arm(child_slot &slot) noexcept {
    slot.resume = &child_done;
    slot.join = this;
  }
  // A task that had ended before it could be watched.
  void count_ended() noexcept {
    // Acq_rel, as in child_done(); never the last: begin() holds one.
    remaining_.fetch_sub(1, std::memory_order_acq_rel);
  }
  // Drops the hold begin() took. True: still waiting, the last task will
  // resume the parent. False: all ended, the parent goes on now.
  bool finish_registering() noexcept {
    return remaining_.fetch_sub(1, std::memory_order_acq_rel) != 1;
  }

private:
  // A task's continuation: runs in tail position when the task ends.
  static void child_done(resumable *self) {
    all_join_base *join = static_cast<child_slot *>(self)->join;
    // Acq_rel: the release publishes this task's result; the acquire in
    // the last decrement sees every task's. Only the last touches `join`
    // afterwards: the parent cannot resume, and free it, before that.
    if (join->remaining_.fetch_sub(1, std::memory_order_acq_rel) == 1)
      hand_over(join->parent_.get());
  }

  continuation parent_;
  std::atomic<std::size_t> remaining_{0};
};

template <class... Ts> class all_join_tuple : public all_join_base {
public:
  using result_type = std::tuple<non_void_t<Ts>...>;
  static constexpr bool relocatable = (is_relocatable<Task<Ts>>::value && ...);

  explicit all_join_tuple(Task<Ts> &&...tasks) : tasks_(std::move(tasks)...) {}

  bool await_ready() const noexcept {
    return std::apply([](auto &...t) { return (t.is_ready() && ...); }, tasks_);
  }
  bool await_suspend(continuation parent) {
    begin(parent, sizeof...(Ts));
    watch_all(std::index_sequence_for<Ts...>{});
    return finish_registering();
  }
  // Braced initialization runs left to right: the first failure in
  // argument order is the one that propagates.
  result_type await_resume() {
    return std::apply([](auto &...t) { return result_type{take_result(t)...}; },
                      tasks_);
  }

private:
  template <std::size_t... I> void watch_all(std::index_sequence<I...>) {
    (watch_one(std::get<I>(tasks_), slots_[I]), ...);
  }
  template <class T> void watch_one(Task<T> &task, child_slot &slot) {
    arm(slot);
    if (!watch_task(task, slot))
      count_ended();
  }

  std::tuple<Task<Ts>...> tasks_;
  child_slot slots_[sizeof...(Ts) == 0 ? 1 : sizeof...(Ts)];
};

template <class T> class all_join_vector : public all_join_base {
public:
  using result_type =
      std::conditional_t<std::is_void_v<T>, void, std::vector<T>>;
  // Its buffers never move, but std::vector is not known to be bytewise
  // relocatable (debug modes keep back-pointers): the machine is built in
  // its box.
  static constexpr bool relocatable = false;

  explicit all_join_vector(std::vector<Task<T>> &&tasks)
      : tasks_(std::move(tasks)), slots_(tasks_.size()) {}

  bool await_ready() const noexcept {
    for (const Task<T> &task : tasks_)
      if (!task.is_ready())
        return false;
    return true;
  }
  bool await_suspend(continuation parent) {
    begin(parent, tasks_.size());
    for (std::size_t i = 0; i != tasks_.size(); ++i) {
      arm(slots_[i]);
      if (!watch_task(tasks_[i], slots_[i]))
        count_ended();
    }
    return finish_registering();
  }
  result_type await_resume() {
    if constexpr (std::is_void_v<T>) {
      for (Task<T> &task : tasks_)
        std::move(task).result();
    } else {
      std::vector<T> results;
      results.reserve(tasks_.size());
      for (Task<T> &task : tasks_)
        results.push_back(std::move(task).result());
      return results;
    }
  }

private:
  std::vector<Task<T>> tasks_;
  std::vector<child_slot> slots_;
};

} // namespace detail

template <class... Ts>
Task<std::tuple<detail::non_void_t<Ts>...>> when_all(Task<Ts>... tasks) {
  using machine = detail::join_machine<detail::all_join_tuple<Ts...>>;
  return start<machine>(std::move(tasks)...);
}

template <class T>
Task<typename detail::all_join_vector<T>::result_type>
when_all(std::vector<Task<T>> tasks) {
  using machine = detail::join_machine<detail::all_join_vector<T>>;
  return start<machine>(std::move(tasks));
}

} // namespace asl
