// An awaiter whose type lowered code cannot name.
//
// A state machine keeps each awaiter in a field, so it must spell the
// awaiter's type. It cannot when the type holds a lambda's closure type
// (`co_await act([] { return 1; })` with `template <class F> struct Act`):
// C++17 has no way to name a closure type outside the lambda expression, and
// a lambda may not appear inside decltype. The lowering then builds the
// awaiter on the heap, where `new auto(...)` deduces its type, and keeps an
// erased_awaiter<R> in the field instead:
//
//   ::new (asl::place(awaiter0_))
//       asl::erased_awaiter<int>(new auto(act([] { return 1; })));
//
// The awaiter is constructed once, in place (no copy or move), and
// destroyed with the erased_awaiter at the end of its full-expression, as
// natively. What differs: one allocation per such await, made before the
// operand is evaluated (a new-expression allocates first), and one indirect
// call per protocol step.
//
// An awaiter object the operand names (an lvalue, `co_await shared`) is
// used where it is, natively; the erased_awaiter then borrows it:
//
//   ::new (asl::place(awaiter0_))
//       asl::erased_awaiter<int>(asl::borrowed_awaiter, shared);
//
// Lifetime: owns the awaiter it was given with `new`; a borrowed one must
// outlive it (as natively, the operand's object outlives the await).
// Thread-safety: that of the awaiter.

#ifndef ASL_ERASED_AWAITER_H
#define ASL_ERASED_AWAITER_H

#include <asl/continuation.h>

#include <memory>
#include <type_traits>

namespace asl {

// Selects the constructor of erased_awaiter that borrows an awaiter.
struct borrowed_awaiter_t {
  explicit borrowed_awaiter_t() = default;
};
inline constexpr borrowed_awaiter_t borrowed_awaiter{};

// R is what the awaiter's await_resume() returns.
template <class R> class erased_awaiter {
public:
  // Takes ownership of an awaiter made with `new` (`new const auto(...)`
  // for a `const` one, which stays const as a borrowed one does).
  template <class Awaiter>
  explicit erased_awaiter(Awaiter *owned) noexcept
      : object_(const_cast<std::remove_cv_t<Awaiter> *>(owned)),
        ops_(&operations_for<Awaiter, true>) {}
  // Uses an awaiter object that stays where it is, and is not destroyed.
  // A `const` one stays const: the operations cast object_ back to a
  // pointer to `const Awaiter`.
  template <class Awaiter>
  erased_awaiter(borrowed_awaiter_t, Awaiter &borrowed) noexcept
      : object_(const_cast<std::remove_cv_t<Awaiter> *>(
            std::addressof(borrowed))),
        ops_(&operations_for<Awaiter, false>) {}
  erased_awaiter(const erased_awaiter &) = delete;
  erased_awaiter &operator=(const erased_awaiter &) = delete;
  ~erased_awaiter() { ops_->destroy(object_); }

  bool await_ready() { return ops_->ready(object_); }
  // Whatever the awaiter's await_suspend returns is translated to bool
  // here, as task_builder::await_on_completed would have treated it.
  bool await_suspend(continuation self) { return ops_->suspend(object_, self); }
  R await_resume() { return ops_->resume(object_); }

private:
  struct operations {
    bool (*ready)(void *);
    bool (*suspend)(void *, continuation);
    R (*resume)(void *);
    void (*destroy)(void *) noexcept;
  };

  template <class Awaiter>
  static bool suspend(void *object, continuation self) {
    auto &awaiter = *static_cast<Awaiter *>(object);
    using Outcome = decltype(awaiter.await_suspend(self));
    if constexpr (std::is_void_v<Outcome>) {
      awaiter.await_suspend(self);
      return true;
    } else if constexpr (std::is_same_v<Outcome, bool>) {
      return awaiter.await_suspend(self);
    } else {
      // Symmetric transfer: run the returned continuation in tail position,
      // as await_on_completed does for an awaiter that returns one.
      continuation next = awaiter.await_suspend(self);
      detail::hand_over(next.get());
      return true;
    }
  }

  template <class Awaiter, bool Owned>
  static constexpr operations operations_for = {
      [](void *object) -> bool {
        return static_cast<Awaiter *>(object)->await_ready();
      },
      &suspend<Awaiter>,
      [](void *object) -> R {
        return static_cast<Awaiter *>(object)->await_resume();
      },
      [](void *object) noexcept {
        if constexpr (Owned)
          delete static_cast<Awaiter *>(object);
        else
          (void)object;
      },
  };

  void *object_;
  const operations *ops_;
};

} // namespace asl

#endif
