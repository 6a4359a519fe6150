// asl/detail/native_slot.h - lets one awaiter type serve both language modes.
//
// In lowered C++17 code, await_suspend receives an asl::continuation. In a
// native C++20 coroutine it receives a std::coroutine_handle<P>, which is not
// a `resumable`; the awaiter then keeps a native_slot that remembers the frame
// and points the continuation at the slot. The slot is part of every awaiter
// in both modes, so no class changes its layout with the language mode.
#pragma once

#include <asl/continuation.h>

#if defined(__cpp_impl_coroutine)
#include <coroutine>
#endif

namespace asl::detail {

struct native_slot : resumable {
  void *frame = nullptr;
};

inline continuation bind_continuation(continuation c, native_slot &) noexcept {
  return c;
}

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
