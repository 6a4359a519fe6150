// asl/when_any.h - asl::when_any: one task that ends when the first of the
// given tasks ends.
//
// when_any(a, b, ...) yields a std::variant whose index() is the first task
// to end and whose alternative is its result (std::monostate for a
// Task<void>); when_any(vector) yields {index, value}. If that first task
// failed, the combined task fails with its exception.
//
//   auto first = co_await asl::when_any(fetch(primary), fetch(mirror));
//   stop_the_other.cancel();  // the loser still runs until it ends
//
// The other tasks are not stopped: C++ cannot destroy a task that may be
// running on another thread. They run to their end in the background, and
// their results and exceptions are dropped. Give them a cancellation token
// and cancel it to make them end early. A task that never ends keeps the
// shared state (and itself) allocated.
//
// The combined task ends on the thread where the first task ended; its
// awaiter resumes in the context it awaited from, as for any task.
//
// Lifetime: the tasks are owned by a state shared with the combined task; it
// is freed when the combined task has its result (or is destroyed) and
// every task has ended. Thread-safety: the tasks may end on any threads.
#pragma once

#include <asl/detail/combinator.h>
#include <asl/task.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace asl {

template <class T> struct when_any_result {
  std::size_t index;
  T value;
};
template <> struct when_any_result<void> { std::size_t index; };

namespace detail {

// The part of a when_any state that does not depend on the task types: who
// won, who resumes the parent, and who frees the state.
class any_state_base {
public:
  any_state_base(const any_state_base &) = delete;
  any_state_base &operator=(const any_state_base &) = delete;

  // await_ready: if a task has ended already, it wins at once; the others
  // are watched only so that the state lives until they end.
  bool settle_if_any_ended();
  // await_suspend: watches every task. False when one had ended meanwhile
  // (the parent goes on now); otherwise the winner resumes it.
  bool watch_all(continuation parent);

  std::size_t winner() const noexcept { return winner_; }
  // The combined task lets go: after taking the result, or destroyed.
  void release() noexcept;
  void abandon() noexcept;

protected:
  explicit any_state_base(std::size_t count);
  virtual ~any_state_base() = default;

  virtual bool task_ready(std::size_t index) const noexcept = 0;
  // Registers `slot` with task `index`; false if it had ended already.
  virtual bool watch(std::size_t index, resumable &slot) = 0;

private:
  struct child_slot : resumable {
    any_state_base *state = nullptr;
    std::size_t index = 0;
  };

  void watch_others(std::size_t except);
  // A task ended. True when this resumes the parent (it won, and
  // watch_all() is done registering).
  bool task_ended(std::size_t index) noexcept;
  static void child_done(resumable *self);

  std::vector<child_slot> slots_;
  continuation parent_;
  std::size_t winner_ = SIZE_MAX; // written by the winner only
  // The tasks still watched, plus one for the combined task.
  std::atomic<std::size_t> refs_{1};
  // Set by the first task to end (or by abandon()): exactly one winner.
  std::atomic<bool> decided_{false};
  // Two steps before the winner may resume the parent: the winner's, and
  // the end of watch_all()'s registering.
  std::atomic<int> gate_{2};
};

template <class... Ts> class any_state_tuple final : public any_state_base {
public:
  using result_type = std::variant<non_void_t<Ts>...>;

  explicit any_state_tuple(Task<Ts> &&...tasks)
      : any_state_base(sizeof...(Ts)), tasks_(std::move(tasks)...) {}

  result_type take_winner() { return take(std::index_sequence_for<Ts...>{}); }

private:
  bool task_ready(std::size_t index) const noexcept override {
    bool ready = false;
    visit(index, [&](auto &task) { ready = task.is_ready(); });
    return ready;
  }
  bool watch(std::size_t index, resumable &slot) override {
    bool waiting = false;
    visit(index, [&](auto &task) { waiting = watch_task(task, slot); });
    return waiting;
  }

  template <class F> void visit(std::size_t index, F &&f) const {
    visit_at(index, f, std::index_sequence_for<Ts...>{});
  }
  template <class F, std::size_t... I>
  void visit_at(std::size_t index, F &f, std::index_sequence<I...>) const {
    auto &tasks = const_cast<std::tuple<Task<Ts>...> &>(tasks_);
    ((I == index ? f(std::get<I>(tasks)) : void()), ...);
  }
  template <std::size_t... I> result_type take(std::index_sequence<I...>) {
    std::optional<result_type> result;
    ((I == winner()
          ? static_cast<void>(result.emplace(std::in_place_index<I>,
                                             take_result(std::get<I>(tasks_))))
          : void()),
     ...);
    return std::move(*result);
  }

  std::tuple<Task<Ts>...> tasks_;
};

template <class T> class any_state_vector final : public any_state_base {
public:
  using result_type = when_any_result<T>;

  explicit any_state_vector(std::vector<Task<T>> &&tasks)
      : any_state_base(tasks.size()), tasks_(std::move(tasks)) {}

  result_type take_winner() {
    std::size_t index = winner();
    if constexpr (std::is_void_v<T>) {
      std::move(tasks_[index]).result();
      return result_type{index};
    } else {
      return result_type{index, std::move(tasks_[index]).result()};
    }
  }

private:
  bool task_ready(std::size_t index) const noexcept override {
    return tasks_[index].is_ready();
  }
  bool watch(std::size_t index, resumable &slot) override {
    return watch_task(tasks_[index], slot);
  }

  std::vector<Task<T>> tasks_;
};

// The await of a when_any machine: a pointer to the shared state.
template <class State> class any_join {
public:
  using result_type = typename State::result_type;
  static constexpr bool relocatable = true;

  template <class... Args>
  explicit any_join(Args &&...args)
      : state_(new State(std::forward<Args>(args)...)) {}
  any_join(const any_join &) = delete;
  ~any_join() {
    if (state_ != nullptr)
      state_->abandon();
  }

  bool await_ready() { return state_->settle_if_any_ended(); }
  bool await_suspend(continuation parent) { return state_->watch_all(parent); }
  result_type await_resume() {
    struct let_go {
      State *state;
      ~let_go() { state->release(); }
    } done{std::exchange(state_, nullptr)};
    return done.state->take_winner();
  }

private:
  State *state_;
};

} // namespace detail

template <class... Ts>
Task<std::variant<detail::non_void_t<Ts>...>> when_any(Task<Ts>... tasks) {
  static_assert(sizeof...(Ts) != 0, "when_any of no tasks would never end");
  using machine =
      detail::join_machine<detail::any_join<detail::any_state_tuple<Ts...>>>;
  return start<machine>(std::move(tasks)...);
}

template <class T>
Task<when_any_result<T>> when_any(std::vector<Task<T>> tasks) {
  if (tasks.empty())
    throw std::invalid_argument("when_any of no tasks would never end");
  using machine =
      detail::join_machine<detail::any_join<detail::any_state_vector<T>>>;
  return start<machine>(std::move(tasks));
}

} // namespace asl
