// asl/task.h - asl::Task<T>, the result of an async function, and the API
// user code is written against: ASL_ASYNC, sync_wait, Event, ThreadPool.
//
// Tasks are eager, as in C#: calling an async function runs its body at once,
// on the caller's thread, until the first await that is not already complete.
// A task that finished that way carries its value inline and allocated
// nothing. Whoever awaits a task resumes in the context it awaited from (see
// context.h): with none, or with configure_await(task, false), right after
// the task ends, on the thread that ends it.
//
//   ASL_ASYNC asl::Task<int> answer(asl::Event& ready) {
//     co_await ready;
//     co_return 42;
//   }
//   int v = asl::sync_wait(answer(ready));  // after someone calls ready.set()
//
// T may be a reference: an asl::Task<Widget &> keeps the address of the
// object its function returned, and awaiting it gives that same object.
//
// Lifetime: a Task owns its computation. Destroying a Task whose computation
// is suspended destroys it there (its live locals run their destructors).
// A default-constructed or moved-from Task is empty: awaiting it or passing
// it to sync_wait throws asl::empty_task (a precondition failure).
// One awaiter at a time: a task held in a variable may be awaited again
// once it has completed (`co_await held` reads the result in place), but a
// second awaiter registering while the first still waits ends the program
// with a message (a precondition failure; detail::task_awaited_twice).
//
// The same header serves native C++20 (these types are real coroutine types
// there) and the C++17 that async-lower produces; no class here changes its
// layout with the language mode.
#pragma once

#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/native_slot.h>
#include <asl/detail/task_state.h>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stdexcept>
#include <type_traits>
#include <utility>

// Marks a function for async-lower. Written among the decl-specifiers,
// anywhere before the return type:
//   ASL_ASYNC asl::Task<int> fetch(int id);
//   static ASL_ASYNC asl::Task<int> fetch(int id);
//   friend inline ASL_ASYNC asl::Task<int> fetch(Client &c);
// A GNU attribute, not [[clang::annotate]]: a standard attribute must come
// before every decl-specifier, so `static`, `inline`, `friend`, `virtual`
// or `constexpr` could not precede it.
#if defined(__clang__)
#define ASL_ASYNC __attribute__((annotate("asl::async")))
#else
#define ASL_ASYNC
#endif

namespace asl {

template <class T> class Task;
template <class T> class task_builder;

// What awaiting or sync_wait-ing an empty Task (default-constructed or moved
// from) throws: it has no computation to wait for.
class empty_task : public std::logic_error {
public:
  empty_task() : std::logic_error("asl: awaiting an empty Task") {}
};

namespace detail {
// Throws empty_task. Out of line: a task's await_suspend is inlined into
// every lowered move_next() (asl/builder.h, await_on_completed), and the
// throw's own cleanup would take a register there on every path.
[[noreturn, gnu::noinline, gnu::cold]] inline void throw_empty_task() {
  throw empty_task();
}

// A machine says whether it may start on the stack with a static constexpr
// bool `relocatable`, or with a member type `relocatable` (std::true_type or
// std::false_type) where a static data member is not allowed: in a class
// local to a function, as the machine of a coroutine lambda is.
template <class Machine, class = void>
struct machine_relocatable : std::bool_constant<Machine::relocatable> {};
template <class Machine>
struct machine_relocatable<Machine, std::void_t<typename Machine::relocatable>>
    : Machine::relocatable {};

// The Task a lowered function returns: its machine's builder's result type.
// It also reads the machine's `relocatable`, which is all that marks a
// machine's `using relocatable` as used in the ramp that calls start():
// GCC's -Wunused-local-typedefs judges a machine local to a lambda before
// start()'s body, which reads it too, is instantiated.
template <class Machine>
using machine_task = std::conditional_t<
    machine_relocatable<Machine>::value,
    Task<typename decltype(std::declval<Machine &>().builder_)::result_type>,
    Task<typename decltype(std::declval<Machine &>().builder_)::result_type>>;

template <class T> class native_promise_base;
template <class T> class result_setter;
} // namespace detail

// Awaits a task it owns (the awaited expression was a temporary).
//
// An aggregate, so that the task can be made inside it: lowered code awaits
// a call `co_await f(x)` with `asl::task_awaiter<int>{f(x)}` (the type says
// so with `in_place_awaitable`), and f's result is constructed right in the
// awaiter, never moved. It takes a continuation; a native coroutine awaits
// it through detail::native_awaiter, which adds the slot its handle needs.
template <class T> struct task_awaiter {
  // async-lower: `task_awaiter<T>{e}`, for a prvalue e of this type, is the
  // awaiter `asl::get_awaiter(e)` would return.
  using in_place_awaitable = Task<T>;

  bool await_ready() const noexcept { return task.is_ready(); }
  // Resumes in the awaiting thread's context. Throws empty_task for an
  // empty task (the only way it is not ready).
  bool await_suspend(continuation next) {
    return await_suspend_in(next, current_context());
  }
  // Resumes in `context`; null: wherever the task ends.
  bool await_suspend_in(continuation next, execution_context *context) {
    return task.pending_state()->set_continuation(next, context);
  }
  T await_resume() { return std::move(task).result(); }

  // The awaited task. Public only because the awaiter is an aggregate.
  Task<T> task;
};

// Awaits a task held in a variable; the result is read in place. Takes a
// continuation; a native coroutine awaits it through detail::native_awaiter.
template <class T> class task_ref_awaiter {
public:
  explicit task_ref_awaiter(Task<T> &task) noexcept : task_(&task) {}

  bool await_ready() const noexcept { return task_->is_ready(); }
  // Resumes in the awaiting thread's context. Throws empty_task for an
  // empty task (the only way it is not ready).
  bool await_suspend(continuation next) {
    return await_suspend_in(next, current_context());
  }
  // Resumes in `context`; null: wherever the task ends.
  bool await_suspend_in(continuation next, execution_context *context) {
    return task_->pending_state()->set_continuation(next, context);
  }
  std::add_lvalue_reference_t<T> await_resume() { return task_->result(); }

private:
  Task<T> *task_;
};

template <class T> class [[nodiscard]] Task {
public:
  using value_type = T;

  Task() noexcept = default;
  Task(Task &&other) noexcept : state_(std::exchange(other.state_, nullptr)) {
    if constexpr (std::is_void_v<T>) {
      if (other.value_.engaged())
        value_.emplace();
    } else if (other.value_.engaged()) {
      value_.emplace(static_cast<T &&>(other.value_.get()));
    }
    other.value_.reset();
  }
  Task &operator=(Task &&other) noexcept {
    Task moved(std::move(other));
    std::swap(state_, moved.state_);
    value_.reset();
    if constexpr (std::is_void_v<T>) {
      if (moved.value_.engaged())
        value_.emplace();
    } else if (moved.value_.engaged()) {
      value_.emplace(static_cast<T &&>(moved.value_.get()));
    }
    return *this;
  }
  ~Task() {
    if (state_ != nullptr)
      state_->destroy();
  }

  // True once the task has a value or an exception.
  bool is_ready() const noexcept {
    return state_ == nullptr ? value_.engaged() : state_->is_completed();
  }

  // The value, or the exception rethrown. Only valid once is_ready().
  T result() && {
    if (state_ != nullptr)
      return state_->take_result();
    if constexpr (!std::is_void_v<T>)
      return static_cast<T &&>(value_.get());
  }
  std::add_lvalue_reference_t<T> result() & {
    if (state_ == nullptr)
      return value_.get();
    return state_->result();
  }

  task_awaiter<T> get_awaiter() &&noexcept {
    return task_awaiter<T>{std::move(*this)};
  }
  task_ref_awaiter<T> get_awaiter() &noexcept {
    return task_ref_awaiter<T>(*this);
  }

private:
  friend struct task_awaiter<T>;
  friend class task_ref_awaiter<T>;
  friend class task_builder<T>;
  friend class detail::result_setter<T>;
  friend class detail::native_promise_base<T>;
  template <class M, class... Args>
  friend detail::machine_task<M> start(Args &&...args);
  template <class U> friend U sync_wait(Task<U> task);

  explicit Task(detail::task_state<T> *state) noexcept : state_(state) {}

  // value_'s offset in the object: a lowered machine's builder holds the
  // address of value_ and finds the Task from it (asl/builder.h). As in
  // task_state<T>, offsetof is used on a class that need not be
  // standard-layout (T may not be); clang and GCC support that.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  static constexpr std::size_t slot_offset() noexcept {
    return offsetof(Task, value_);
  }
#pragma GCC diagnostic pop

  // The state of a task that is not ready; throws for an empty task.
  detail::task_state<T> *pending_state() const {
    if (state_ == nullptr)
      detail::throw_empty_task();
    return state_;
  }

  // Null while the result is inline (completed synchronously) or empty.
  detail::task_state<T> *state_ = nullptr;
  detail::inline_value<T> value_;
};

namespace detail {
template <class Awaitable, class = void>
struct has_get_awaiter : std::false_type {};
template <class Awaitable>
struct has_get_awaiter<
    Awaitable, std::void_t<decltype(std::declval<Awaitable>().get_awaiter())>>
    : std::true_type {};
} // namespace detail

// The awaiter for `co_await x`: x.get_awaiter() when x provides one (tasks,
// events), else x itself, which is then an awaiter already (a schedule()
// result, a user's awaiter). x itself comes back as a reference, so the
// caller builds its awaiter from it within the same full-expression.
template <class Awaitable> decltype(auto) get_awaiter(Awaitable &&awaitable) {
  if constexpr (detail::has_get_awaiter<Awaitable>::value)
    return std::forward<Awaitable>(awaitable).get_awaiter();
  else
    return std::forward<Awaitable>(awaitable);
}

namespace detail {

// Blocks a thread until the task it waits for resumes it.
class blocking_waiter : public resumable {
public:
  blocking_waiter() noexcept : resumable{&wake} {}
  void wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    woken_cv_.wait(lock, [this] { return woken_; });
  }

private:
  static void wake(resumable *self) {
    auto *waiter = static_cast<blocking_waiter *>(self);
    std::lock_guard<std::mutex> lock(waiter->mutex_);
    waiter->woken_ = true;
    waiter->woken_cv_.notify_one();
  }

  std::mutex mutex_;
  std::condition_variable woken_cv_;
  bool woken_ = false;
};

} // namespace detail

// Blocks until `task` completes; returns its value or rethrows its exception.
// Throws empty_task, before blocking, if `task` is empty.
template <class T> T sync_wait(Task<T> task) {
  if (!task.is_ready()) {
    detail::blocking_waiter waiter;
    if (task.pending_state()->set_continuation(continuation(&waiter), nullptr))
      waiter.wait();
  }
  return std::move(task).result();
}

} // namespace asl

#include <asl/builder.h>
#include <asl/event.h>
#include <asl/thread_pool.h>

#if defined(__cpp_impl_coroutine)
#include <asl/detail/native.h>
#endif
