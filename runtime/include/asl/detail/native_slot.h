// asl/detail/native_slot.h - lets one awaiter type serve both language modes.
//
// In lowered C++17 code, await_suspend receives an asl::continuation. In a
// native C++20 coroutine it receives a std::coroutine_handle<P>, which is not
// a `resumable`; the awaiter then keeps a native_slot that remembers the frame
// and points the continuation at the slot. An awaiter that keeps the slot
// in both modes has one layout in both (the awaiters of cancellable waits
// do). The awaiters of tasks and events do not: they take a continuation,
// and a native coroutine awaits them through native_awaiter<A>, which adds
// the slot; lowered code awaits A itself, 16 bytes smaller in every machine
// (issue 6's B4). Both classes are the same in both modes.
#pragma once

#include <asl/continuation.h>

#include <utility>

#if defined(__cpp_impl_coroutine)
#include <coroutine>
#endif

namespace asl {
class execution_context;
} // namespace asl

namespace asl::detail {

struct native_slot : resumable {
  void *frame = nullptr;
};

inline continuation bind_continuation(continuation c, native_slot &) noexcept {
  return c;
}

// What `co_await x` waits with in a native coroutine when x's own awaiter,
// x.get_awaiter(), takes only a continuation: that awaiter, built in place
// from x, and the slot the coroutine's handle is bound to.
template <class Awaiter> class native_awaiter {
public:
  template <class Awaitable>
  explicit native_awaiter(Awaitable &&awaitable)
      : inner_(std::forward<Awaitable>(awaitable).get_awaiter()) {}

  bool await_ready() { return inner_.await_ready(); }
  template <class Handle> decltype(auto) await_suspend(Handle h) {
    return inner_.await_suspend(bind_continuation(h, slot_));
  }
  // What configure_await() calls: resumes in `context`.
  template <class Handle>
  decltype(auto) await_suspend_in(Handle h, execution_context *context) {
    return inner_.await_suspend_in(bind_continuation(h, slot_), context);
  }
  decltype(auto) await_resume() { return inner_.await_resume(); }

private:
  Awaiter inner_;
  native_slot slot_;
};

#if defined(__cpp_impl_coroutine)
inline void resume_native(resumable *self) {
  auto *slot = static_cast<native_slot *>(self);
  std::coroutine_handle<>::from_address(slot->frame).resume();
}

template <class Promise>
continuation bind_continuation(std::coroutine_handle<Promise> h,
                               native_slot &slot) noexcept {
  slot.resume = &resume_native;
  slot.frame = h.address();
  return continuation(&slot);
}

// The native frame behind `c`, or a null handle when `c` resumes something
// else (a lowered machine), which must then be resumed through run_from.
inline std::coroutine_handle<> native_frame(continuation c) noexcept {
  if (c && c.get()->resume == &resume_native)
    return std::coroutine_handle<>::from_address(
        static_cast<native_slot *>(c.get())->frame);
  return {};
}
#endif

} // namespace asl::detail
