// asl/builder.h - what the state machines written by async-lower call.
//
// A lowered async function is a class with an int `state_`, a
// `task_builder<T> builder_`, its parameters and the locals that live across
// an await, and a `move_next()` that runs the body from the current state.
// The original function only does `return asl::start<Machine>(args...);`.
//
// Where the machine lives: a machine whose fields are all relocatable (see
// is_relocatable) starts on the caller's stack. If it finishes without
// suspending it allocates nothing and its Task carries the value inline. At
// its first real suspension, await_on_completed moves it, byte for byte,
// into a heap box and continues there. A machine with any other field is
// built in its box from the start, so its objects never move.
#pragma once

#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/frame_allocator.h>
#include <asl/detail/task_state.h>
#include <asl/erased_awaiter.h>

#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace asl {

template <class T> class Task;
template <class T> class task_awaiter;
template <class T> class task_ref_awaiter;

// True when an object of type T may be moved to another address by copying
// its bytes and forgetting the original. Specialize it for a type of yours
// that holds no pointer into itself.
template <class T>
struct is_relocatable : std::bool_constant<std::is_trivially_copyable_v<T> ||
                                           std::is_reference_v<T>> {};
template <> struct is_relocatable<void> : std::true_type {};
template <class T> struct is_relocatable<Task<T>> : is_relocatable<T> {};
template <class T>
struct is_relocatable<task_awaiter<T>> : is_relocatable<T> {};
// Not relocatable: it points at the Task it awaits, and that Task is most
// often a local of the same machine (`Task<int> t = f(); co_await t;`), so a
// byte copy of the machine would still point into the dead stack copy.
template <class T>
struct is_relocatable<task_ref_awaiter<T>> : std::false_type {};

// It only points at its awaiter, which lives on the heap.
template <class R> struct is_relocatable<erased_awaiter<R>> : std::true_type {};

template <class... Fields>
inline constexpr bool relocatable = (is_relocatable<Fields>::value && ...);

namespace detail {

// A machine says whether it may start on the stack with a static constexpr
// bool `relocatable`, or with a member type `relocatable` (std::true_type or
// std::false_type) where a static data member is not allowed: in a class
// local to a function, as the machine of a coroutine lambda is.
template <class Machine, class = void>
struct machine_relocatable : std::bool_constant<Machine::relocatable> {};
template <class Machine>
struct machine_relocatable<Machine, std::void_t<typename Machine::relocatable>>
    : Machine::relocatable {};

} // namespace detail

// The address at which a lifted object is constructed with placement new.
template <class T> void *place(T &storage) noexcept {
  return const_cast<void *>(
      static_cast<const volatile void *>(std::addressof(storage)));
}

// Ends the lifetime of a lifted object (arrays: last element first).
template <class T> void destroy(T &object) noexcept {
  if constexpr (std::is_array_v<T>) {
    for (auto i = std::extent_v<T>; i > 0; --i)
      destroy(object[i - 1]);
  } else {
    using Plain = std::remove_cv_t<T>;
    object.~Plain();
  }
}

// Destroys a lifted object if `live` says it was constructed, and clears it.
template <class T> void destroy(T &object, bool &live) noexcept {
  if (live) {
    live = false;
    destroy(object);
  }
}

namespace detail {

struct relocate_t {};
inline constexpr relocate_t relocate{};

// The heap home of a machine: it is the task's completion state and the
// `resumable` its continuations point at.
template <class Machine, class T>
class machine_box final : public resumable, public task_state<T> {
public:
  template <class... Args>
  explicit machine_box(Args &&...args)
      : resumable{&resume_machine}, task_state<T>(&destroy_box) {
    ::new (place(machine)) Machine(std::forward<Args>(args)...);
  }
  machine_box(relocate_t, Machine &from) noexcept
      : resumable{&resume_machine}, task_state<T>(&destroy_box) {
    std::memcpy(place(machine), std::addressof(from), sizeof(Machine));
  }
  ~machine_box() { machine.~Machine(); }

  // From this thread's frame cache (frame_allocator.h), not operator new.
  ASL_FRAME_ALLOCATED

  union {
    Machine machine;
  };

private:
  static void resume_machine(resumable *self) {
    static_cast<machine_box *>(self)->machine.move_next();
  }
  static void destroy_box(task_state_base *self) noexcept {
    delete static_cast<machine_box *>(self);
  }
};

// Hands `box` to `awaiter`. The box may run on another thread before this
// returns, so nothing here touches it after the await_suspend call, except
// when await_suspend threw (then it did not take the continuation).
template <class Awaiter, class Box>
void suspend_on(Awaiter &awaiter, Box *box) {
  continuation self(box);
  using Outcome = decltype(awaiter.await_suspend(self));
  try {
    if constexpr (std::is_void_v<Outcome>) {
      awaiter.await_suspend(self);
    } else if constexpr (std::is_same_v<Outcome, bool>) {
      // false: the awaiter declined to suspend; resume in tail position.
      if (!awaiter.await_suspend(self))
        hand_over(box);
    } else {
      // A continuation to run instead (symmetric transfer).
      continuation next = awaiter.await_suspend(self);
      hand_over(next.get());
    }
  } catch (...) {
    // Rethrown at the await once the machine resumes, as in C++20 where an
    // exception from await_suspend resumes the coroutine and is rethrown.
    box->exception_ = std::current_exception();
    hand_over(box);
  }
}

template <class T> class result_setter {
public:
  void set_result(const T &value) { emplace(value); }
  void set_result(T &&value) { emplace(std::move(value)); }

protected:
  template <class Value> void emplace(Value &&value);
};

template <> class result_setter<void> {
public:
  void set_result();
};

} // namespace detail

template <class Machine, class... Args> auto start(Args &&...args);

// The method builder: how a machine reports its result and suspends. The
// C# names map one to one: SetResult, SetException, AwaitOnCompleted, Start.
template <class T> class task_builder : public detail::result_setter<T> {
public:
  using result_type = T;

  // The body ended by throwing; the exception is rethrown to the awaiter.
  void set_exception(std::exception_ptr error) noexcept {
    if (box_ != nullptr)
      box_->exception_ = std::move(error);
    else
      ramp_task_->state_ = new detail::faulted_state<T>(std::move(error));
  }

  // Publishes the result after the body's locals are destroyed and resumes
  // the awaiter, if any, in its context: next on this thread through the
  // trampoline, or posted. Must be the machine's last action: the awaiter
  // may destroy the machine right after.
  void complete() noexcept {
    if (box_ != nullptr)
      if (continuation next = box_->complete())
        detail::continue_awaiter(next, box_->awaiter_context());
  }

  // Registers the machine as `awaiter`'s continuation. The caller has
  // stored the state already and returns right after this call.
  template <class Awaiter, class Machine>
  void await_on_completed(Awaiter &awaiter, Machine &machine) {
    using Box = detail::machine_box<Machine, T>;
    if constexpr (detail::machine_relocatable<Machine>::value) {
      if (box_ == nullptr) {
        // First real suspension: move the machine into its box and suspend
        // the moved awaiter. This stack copy is dead from here on.
        auto *box = new Box(detail::relocate, machine);
        box->machine.builder_.box_ = box;
        box_ = box;
        ramp_task_->state_ = box;
        auto offset = reinterpret_cast<char *>(std::addressof(awaiter)) -
                      reinterpret_cast<char *>(std::addressof(machine));
        auto *moved = std::launder(reinterpret_cast<Awaiter *>(
            reinterpret_cast<char *>(std::addressof(box->machine)) + offset));
        detail::suspend_on(*moved, box);
        return;
      }
    }
    detail::suspend_on(awaiter, static_cast<Box *>(box_));
  }

  // At a resume point: rethrows what await_suspend threw, if it did.
  void rethrow_if_suspend_failed() {
    if (box_->exception_)
      std::rethrow_exception(std::exchange(box_->exception_, nullptr));
  }

private:
  friend class detail::result_setter<T>;
  template <class Machine, class... Args> friend auto start(Args &&...args);
  template <class Machine, class U> friend class detail::machine_box;

  // Set once the machine lives in its box; null while it runs on the stack.
  detail::task_state<T> *box_ = nullptr;
  // The Task the ramp returns; where a result goes before there is a box.
  Task<T> *ramp_task_ = nullptr;
};

namespace detail {

template <class T>
template <class Value>
void result_setter<T>::emplace(Value &&value) {
  auto &builder = static_cast<task_builder<T> &>(*this);
  if (builder.box_ != nullptr)
    builder.box_->set_value(std::forward<Value>(value));
  else
    builder.ramp_task_->value_.emplace(std::forward<Value>(value));
}

inline void result_setter<void>::set_result() {
  auto &builder = static_cast<task_builder<void> &>(*this);
  if (builder.box_ == nullptr)
    builder.ramp_task_->value_.emplace();
}

} // namespace detail

// Creates the machine, runs it until it first suspends or finishes, and
// returns its task: the whole body of a lowered async function.
template <class Machine, class... Args> auto start(Args &&...args) {
  using T = typename decltype(std::declval<Machine &>().builder_)::result_type;
  Task<T> task;
  if constexpr (detail::machine_relocatable<Machine>::value) {
    alignas(Machine) unsigned char frame[sizeof(Machine)];
    auto *machine =
        ::new (static_cast<void *>(frame)) Machine(std::forward<Args>(args)...);
    machine->builder_.ramp_task_ = &task;
    machine->move_next();
    // Still on the stack: it finished without suspending (else it moved).
    if (machine->builder_.box_ == nullptr)
      machine->~Machine();
  } else {
    auto *box =
        new detail::machine_box<Machine, T>(std::forward<Args>(args)...);
    box->machine.builder_.box_ = box;
    task.state_ = box;
    box->machine.move_next();
  }
  detail::drain_handed_over();
  return task;
}

} // namespace asl
