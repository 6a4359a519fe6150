// asl/detail/native.h - makes asl::Task a C++20 coroutine type, so an input
// program also builds natively (that build is async-lower's oracle).
//
// Only free functions and the promise type live here; the classes in the rest
// of the runtime are identical in both language modes.
#pragma once

#include <asl/detail/frame_allocator.h>
#include <asl/event.h>
#include <asl/task.h>

#include <coroutine>
#include <exception>
#include <utility>

namespace asl::detail {

template <class T> class native_promise;

// A native task's last step: publishes its completion and picks what runs
// next on this thread. Kept out of line: inlined into every coroutine's
// final suspend, its locals took slots in the frame (a frame of 128 bytes
// grew to 144 in bench/sync_calls.cpp).
[[gnu::noinline]] inline std::coroutine_handle<>
complete_native(task_state_base &state) noexcept {
  continuation next = state.complete();
  if (!next)
    return std::noop_coroutine();
  // Another context: the awaiter goes on there.
  execution_context *context = state.awaiter_context();
  if (context != nullptr && context != current_context()) {
    context->post(next);
    return std::noop_coroutine();
  }
  // Here: by symmetric transfer when it is a native coroutine.
  if (std::coroutine_handle<> frame = native_frame(next))
    return frame;
  next.resume();
  return std::noop_coroutine();
}

template <class T> class native_promise_base : public task_state<T> {
public:
  native_promise_base() noexcept : task_state<T>(&destroy_frame) {}

  // The frame comes from this thread's frame cache (frame_allocator.h), as
  // a lowered machine's box does.
  ASL_FRAME_ALLOCATED

  Task<T> get_return_object() noexcept { return Task<T>(this); }

  // Eager, as in C#: the body runs at once on the caller's thread.
  std::suspend_never initial_suspend() noexcept { return {}; }

  // Resumes the awaiter after the body's locals are gone, in its context:
  // posted there if that is not this thread's; else by symmetric transfer
  // when it is a native coroutine, or through the trampoline.
  auto final_suspend() noexcept {
    struct final_awaiter {
      bool await_ready() const noexcept { return false; }
      std::coroutine_handle<>
      await_suspend(std::coroutine_handle<native_promise<T>> self) noexcept {
        return complete_native(self.promise());
      }
      void await_resume() const noexcept {}
    };
    return final_awaiter{};
  }

  void unhandled_exception() noexcept {
    this->exception_ = std::current_exception();
  }

private:
  static void destroy_frame(task_state_base *self) noexcept {
    auto *promise = static_cast<native_promise<T> *>(self);
    std::coroutine_handle<native_promise<T>>::from_promise(*promise).destroy();
  }
};

template <class T> class native_promise : public native_promise_base<T> {
public:
  void return_value(const T &value) { this->set_value(value); }
  void return_value(T &&value) { this->set_value(std::move(value)); }
};

template <class T>
class native_promise<T &> : public native_promise_base<T &> {
public:
  void return_value(T &value) noexcept { this->set_value(value); }
};

template <> class native_promise<void> : public native_promise_base<void> {
public:
  void return_void() noexcept {}
};

} // namespace asl::detail

template <class T, class... Args>
struct std::coroutine_traits<asl::Task<T>, Args...> {
  using promise_type = asl::detail::native_promise<T>;
};

namespace asl {

// The awaiters of tasks and events take a continuation; a coroutine's
// handle is bound to the slot native_awaiter adds (detail/native_slot.h).
// async-lower reads which awaiter lowered code uses from get_awaiter().
template <class T>
detail::native_awaiter<task_awaiter<T>>
operator co_await(Task<T> &&task) noexcept {
  return detail::native_awaiter<task_awaiter<T>>(std::move(task));
}
template <class T>
detail::native_awaiter<task_ref_awaiter<T>>
operator co_await(Task<T> &task) noexcept {
  return detail::native_awaiter<task_ref_awaiter<T>>(task);
}
inline detail::native_awaiter<event_awaiter>
operator co_await(Event &event) noexcept {
  return detail::native_awaiter<event_awaiter>(event);
}

template <class Awaitable> class configured_awaitable;
template <class Awaitable>
auto operator co_await(configured_awaitable<Awaitable> &&awaitable) {
  return std::move(awaitable).get_awaiter();
}

} // namespace asl
