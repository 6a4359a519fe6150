// asl/context.h - execution contexts: where a continuation runs when the
// operation it waits for completes, and the ConfigureAwait option.
//
// An execution_context is a place that runs continuations: a ThreadPool (any
// of its workers) or a RunLoop (one thread). A thread that runs one reports
// it through current_context(); a plain thread has none.
//
// Every await of the runtime's (a Task, an Event, a delay, a channel, the
// mutex) captures the awaiting thread's context and resumes there, as C#
// does with its SynchronizationContext: a task started on a RunLoop stays on
// the loop's thread from await to await. With no context (a plain thread, or
// the await was configured not to capture), the continuation runs wherever
// the operation completes: inline on a plain thread, in the run-next slot on
// a worker.
//
//   co_await asl::configure_await(channel.receive(), false); // any thread
//   co_await asl::configure_await(user_awaiter, true);       // back here
//
// Lifetime: a context must outlive every continuation it may still be asked
// to run. Thread-safety: post() may be called from any thread.
#pragma once

#include <asl/continuation.h>
#include <asl/detail/native_slot.h>

#include <type_traits>
#include <utility>

namespace asl {

class execution_context {
public:
  // Runs `next` in this context, soon. Any thread.
  virtual void post(continuation next) = 0;

  // Runs `next` in this context after the work the calling thread is running
  // now. Only from a thread of this context. A pool keeps it in the worker's
  // run-next slot; the default queues it like post().
  virtual void post_local(continuation next) { post(next); }

protected:
  execution_context() = default;
  execution_context(const execution_context &) = delete;
  execution_context &operator=(const execution_context &) = delete;
  ~execution_context() = default;
};

namespace detail {

// The context the running thread belongs to; set by workers and run loops.
inline thread_local execution_context *running_context = nullptr;

// Makes `context` the current one for the lifetime of the scope.
class context_scope {
public:
  explicit context_scope(execution_context *context) noexcept
      : saved_(running_context) {
    running_context = context;
  }
  context_scope(const context_scope &) = delete;
  context_scope &operator=(const context_scope &) = delete;
  ~context_scope() { running_context = saved_; }

private:
  execution_context *saved_;
};

} // namespace detail

// The context the calling thread runs, or null on a plain thread.
inline execution_context *current_context() noexcept {
  return detail::running_context;
}

namespace detail {

// Wakes `target`, which waited in `context` (null: it did not capture one),
// from code that goes on afterwards (not in tail position). The waker always
// finishes its step first when they share a thread:
// - another context: posted there;
// - the caller's own context: queued behind the caller's work (a pool's
//   run-next slot, the end of a run loop's queue), so the stack stays flat;
// - no context on a plain thread: run now, unless this thread is already
//   running a continuation woken this way, in which case it runs when that
//   one suspends (a chain of wakes never nests deeper than one level).
void resume_in(execution_context *context, continuation target);

// Inline wakes this thread may still run before it returns to its scheduler
// loop: a pool worker refills it before each item it runs; zero elsewhere,
// so other threads never run a wake inline through this.
inline thread_local unsigned inline_wake_budget = 0;

// The part of wake_inline_or_resume_in() for a thread with a budget left.
void wake_inline_if_here(execution_context *context, continuation target);

// Wakes `target` as resume_in() does, except on a pool worker that may
// resume it there (its context is this worker's pool, or it captured none):
// it then runs at once, before this returns, as long as fewer than a few
// such wakes are running on this thread (so a chain of wakes stays shallow)
// and the worker's budget for the item it runs now lasts (so two tasks that
// keep waking each other still let the worker run its other work). Past
// either bound it is queued as resume_in() queues it. Event::set() wakes
// this way: a waiter that answers its waker (a ping-pong) costs a call
// instead of two trips through the worker's loop.
inline void wake_inline_or_resume_in(execution_context *context,
                                     continuation target) {
  // Checked inline: other threads pay one load for the worker's case
  // (callgrind: the B3 round trip on a plain thread kept its instruction
  // count; an out-of-line check cost it 5 %).
  if (inline_wake_budget != 0)
    wake_inline_if_here(context, target);
  else
    resume_in(context, target);
}

// Resumes the awaiter of a task that has just ended, from tail position (the
// task's last action): when the awaiter awaited in no context, or in the one
// this thread runs, it goes on here next, through the trampoline, so that a
// chain of any depth ends at constant stack depth; otherwise it is posted
// to its context.
inline void continue_awaiter(continuation next, execution_context *context) {
  if (context == nullptr || context == current_context())
    hand_over(next.get());
  else
    context->post(next);
}

// A continuation that returns to the context captured when it was armed.
// Awaiters that do not capture a context themselves (a user's) get one from
// configure_await(x, true) through this hop.
class context_hop : public resumable {
public:
  context_hop() noexcept : resumable{&run} {}

  // What to hand to the awaited operation: `target` itself when the caller
  // runs in no context, else this hop, which goes back to that context.
  continuation arm(continuation target) noexcept {
    context_ = current_context();
    if (context_ == nullptr)
      return target;
    target_ = target;
    return continuation(this);
  }

private:
  // Runs in tail position (a trampoline called it), so when the operation
  // completed in the captured context the target simply goes on here.
  static void run(resumable *self) {
    auto *hop = static_cast<context_hop *>(self);
    // Copies first: once posted, the target may run and destroy this hop.
    continuation target = hop->target_;
    execution_context *context = hop->context_;
    if (context == current_context())
      hand_over(target.get());
    else
      context->post(target);
  }

  continuation target_;
  execution_context *context_ = nullptr;
};

template <class Awaiter, class = void>
struct has_context_option : std::false_type {};
template <class Awaiter>
struct has_context_option<
    Awaiter, std::void_t<decltype(std::declval<Awaiter &>()
                                      .continue_on_captured_context(true))>>
    : std::true_type {};

// Awaiters that take the context to resume in as an argument:
// await_suspend_in(h, context), where await_suspend(h) passes the current
// one (a Task's, an Event's: they keep no flag, so they stay small).
template <class Awaiter, class = void>
struct has_suspend_in : std::false_type {};
template <class Awaiter>
struct has_suspend_in<
    Awaiter, std::void_t<decltype(std::declval<Awaiter &>().await_suspend_in(
                 std::declval<continuation>(), nullptr))>> : std::true_type {};

} // namespace detail

template <class T> struct is_relocatable;
template <class Awaitable> decltype(auto) get_awaiter(Awaitable &&awaitable);

// The awaiter of configure_await(): the inner awaiter, told whether to come
// back to the awaiting context. The runtime's awaiters have that option
// (continue_on_captured_context, or await_suspend_in). An awaiter without it
// (a user's) resumes wherever its operation completes; with `true` it is
// routed through a context_hop instead.
template <class Inner> class configured_awaiter {
public:
  template <class Awaitable>
  configured_awaiter(Awaitable &&awaitable, bool continue_on_context)
      : inner_(asl::get_awaiter(std::forward<Awaitable>(awaitable))),
        continue_on_context_(continue_on_context) {
    if constexpr (detail::has_context_option<Inner>::value)
      inner_.continue_on_captured_context(continue_on_context);
  }

  bool await_ready() { return inner_.await_ready(); }
  template <class Handle> decltype(auto) await_suspend(Handle h) {
    if constexpr (detail::has_suspend_in<Inner>::value) {
      // A native handle is bound to this awaiter's slot: the inner
      // awaiters with await_suspend_in take only a continuation.
      return inner_.await_suspend_in(detail::bind_continuation(h, slot_),
                                     continue_on_context_ ? current_context()
                                                          : nullptr);
    } else if constexpr (detail::has_context_option<Inner>::value) {
      return inner_.await_suspend(h);
    } else {
      if (!continue_on_context_)
        return inner_.await_suspend(h);
      return inner_.await_suspend(
          hop_.arm(detail::bind_continuation(h, slot_)));
    }
  }
  decltype(auto) await_resume() { return inner_.await_resume(); }

private:
  Inner inner_;
  bool continue_on_context_;
  detail::context_hop hop_;
  detail::native_slot slot_;
};

template <class Inner>
struct is_relocatable<configured_awaiter<Inner>> : is_relocatable<Inner> {};
template <class T> struct is_usually_suspending;
template <class Inner>
struct is_usually_suspending<configured_awaiter<Inner>>
    : is_usually_suspending<Inner> {};

// What configure_await() returns: holds the awaited object (moved in when
// it was a temporary, by reference otherwise) until it is awaited.
template <class Awaitable> class configured_awaitable {
public:
  configured_awaitable(Awaitable &&awaitable, bool continue_on_context)
      : awaitable_(std::forward<Awaitable>(awaitable)),
        continue_on_context_(continue_on_context) {}

  auto get_awaiter() && {
    using inner =
        std::remove_cv_t<std::remove_reference_t<decltype(asl::get_awaiter(
            std::declval<Awaitable>()))>>;
    return configured_awaiter<inner>(std::forward<Awaitable>(awaitable_),
                                     continue_on_context_);
  }

private:
  Awaitable awaitable_; // a value, or an lvalue reference
  bool continue_on_context_;
};

// C#'s ConfigureAwait. `false`: resume wherever the awaited operation
// completes: right after a task ends, on the thread that ended it; after a
// primitive's wake-up, on the waking thread (in its run-next slot on a pool
// worker). `true`, the default of every runtime awaiter: resume in the
// context the awaiting thread runs.
//
//   int n = co_await asl::configure_await(compute(pool), false);
template <class Awaitable>
configured_awaitable<Awaitable>
configure_await(Awaitable &&awaitable, bool continue_on_captured_context) {
  return configured_awaitable<Awaitable>(std::forward<Awaitable>(awaitable),
                                         continue_on_captured_context);
}

} // namespace asl
