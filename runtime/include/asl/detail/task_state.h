// asl/detail/task_state.h - the completion state a task shares with whoever
// awaits it: the result (value or exception), one continuation with the
// context to resume it in, and the handshake that decides which side
// resumes that continuation.
//
// Lowered machines and native promises both derive from task_state<T>, so a
// Task<T> looks the same to its awaiter whichever mode produced it.
#pragma once

#include <asl/continuation.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace asl {
class execution_context;
} // namespace asl

namespace asl::detail {

// The alignment operator new guarantees without being asked for more. A
// native coroutine's frame gets only that (unless clang is given
// -fcoro-aligned-allocation), and clang-19 does not compile a coroutine whose
// promise is more aligned than that: it calls the promise's aligned operator
// delete without its alignment argument. So no promise may be: a result type
// more aligned is kept in storage aligned by hand (below).
inline constexpr std::size_t new_alignment = __STDCPP_DEFAULT_NEW_ALIGNMENT__;

// Ends the program with a message saying that a task was awaited by a
// second awaiter while its first still waited.
[[noreturn]] inline void task_awaited_twice() noexcept {
  std::fputs("asl::Task awaited by a second awaiter while the first still "
             "waits for it: a task has one awaiter at a time (to let several "
             "wait for one result, await the task once and signal an "
             "asl::Event)\n",
             stderr);
  std::abort();
}

template <class T> constexpr bool beyond_new_alignment() noexcept {
  if constexpr (std::is_object_v<T>)
    return alignof(T) > new_alignment;
  else
    return false;
}

// Storage for a T that may or may not be constructed yet.
template <class T, bool HandAligned = beyond_new_alignment<T>()>
class inline_value {
public:
  inline_value() noexcept {}
  inline_value(const inline_value &) = delete;
  inline_value &operator=(const inline_value &) = delete;
  ~inline_value() {
    // Nothing to end for a trivially destructible T: saves a load, a test
    // and a store wherever a Task or its awaiter ends (B2 of issue 6).
    if constexpr (!std::is_trivially_destructible_v<T>)
      reset();
  }

  template <class... Args> void emplace(Args &&...args) {
    // g++ 12 at -O1 and above warns that moving a pending Task's value
    // (`Task b = std::move(a);`) may read it uninitialized; it is read only
    // when engaged, which the warning does not follow.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    ::new (static_cast<void *>(std::addressof(value_)))
        T(std::forward<Args>(args)...);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    engaged_ = true;
  }
  bool engaged() const noexcept { return engaged_; }
  T &get() noexcept { return value_; }
  void reset() noexcept {
    if (engaged_) {
      value_.~T();
      engaged_ = false;
    }
  }

private:
  union {
    T value_;
  };
  bool engaged_ = false;
};

// Storage for a T more aligned than operator new's memory: the object is
// built at the first suitably aligned byte of a buffer with room to spare,
// so that a task_state<T> itself needs no more than new_alignment. Its
// place depends on the storage's address, so a Task or awaiter holding one
// is not relocatable (asl/builder.h).
template <class T> class inline_value<T, true> {
public:
  inline_value() noexcept {}
  inline_value(const inline_value &) = delete;
  inline_value &operator=(const inline_value &) = delete;
  ~inline_value() { reset(); }

  template <class... Args> void emplace(Args &&...args) {
    ::new (static_cast<void *>(room())) T(std::forward<Args>(args)...);
    engaged_ = true;
  }
  bool engaged() const noexcept { return engaged_; }
  T &get() noexcept { return *std::launder(room()); }
  void reset() noexcept {
    if (engaged_) {
      get().~T();
      engaged_ = false;
    }
  }

private:
  T *room() noexcept {
    auto at = reinterpret_cast<std::uintptr_t>(bytes_);
    at = (at + alignof(T) - 1) & ~std::uintptr_t{alignof(T) - 1};
    return reinterpret_cast<T *>(at);
  }

  alignas(new_alignment) unsigned char bytes_[sizeof(T) + alignof(T) -
                                              new_alignment];
  bool engaged_ = false;
};

// A task of a reference keeps the address of the object it refers to.
template <class T> class inline_value<T &, false> {
public:
  void emplace(T &value) noexcept { object_ = std::addressof(value); }
  bool engaged() const noexcept { return object_ != nullptr; }
  T &get() noexcept { return *object_; }
  void reset() noexcept { object_ = nullptr; }

private:
  T *object_ = nullptr;
};

template <> class inline_value<void, false> {
public:
  void emplace() noexcept { engaged_ = true; }
  bool engaged() const noexcept { return engaged_; }
  void get() noexcept {}
  void reset() noexcept { engaged_ = false; }

private:
  bool engaged_ = false;
};

class task_state_base {
public:
  task_state_base(const task_state_base &) = delete;
  task_state_base &operator=(const task_state_base &) = delete;

  bool is_completed() const noexcept {
    // Acquire: pairs with the release in complete(); a reader that sees the
    // task completed also sees the result written before it.
    return awaiter_.load(std::memory_order_acquire) == completed;
  }

  // Registers the awaiter's continuation and the context to resume it in
  // (null: wherever the task ends). Returns false when the task completed
  // in the meantime: the awaiter then resumes at once itself. A task has
  // one awaiter at a time: a second one registering while the first still
  // waits ends the program (task_awaited_twice), where it would otherwise
  // go on as if the task had completed, with no result.
  bool set_continuation(continuation next,
                        execution_context *context) noexcept {
    context_ = context;
    std::uintptr_t expected = none;
    // Release: publishes context_ and what `next` points at to complete().
    // Acquire (also on failure): if the task completed first, its result is
    // visible to the awaiter that goes on.
    if (awaiter_.compare_exchange_strong(
            expected, reinterpret_cast<std::uintptr_t>(next.get()),
            std::memory_order_acq_rel, std::memory_order_acquire))
      return true;
    if (expected != completed)
      task_awaited_twice();
    return false;
  }

  // Marks the task completed. Returns the continuation to resume, if one was
  // registered before (then resumed in awaiter_context()); otherwise the
  // awaiter will see the task completed.
  continuation complete() noexcept {
    // Release: pairs with the acquire in is_completed()/set_continuation().
    // Acquire: if an awaiter registered first, its context_ is visible.
    std::uintptr_t before =
        awaiter_.exchange(completed, std::memory_order_acq_rel);
    return continuation(before != none ? reinterpret_cast<resumable *>(before)
                                       : nullptr);
  }

  // The context given with the continuation; read once complete() has
  // returned that continuation (which its acquire made visible).
  execution_context *awaiter_context() const noexcept { return context_; }

  void destroy() noexcept { destroy_(this); }

  // The exception the task finished with. While the task is still running, a
  // lowered machine parks here an exception thrown by an await_suspend call,
  // to rethrow it at the await once resumed.
  std::exception_ptr exception_;

protected:
  explicit task_state_base(void (*destroy)(task_state_base *)) noexcept
      : destroy_(destroy) {}
  ~task_state_base() = default;

private:
  // awaiter_ is `none`, then the awaiter's continuation (a resumable's
  // address, never 1), and `completed` once the task has ended: one word,
  // so that registering and completing settle their race with one atomic
  // operation each.
  static constexpr std::uintptr_t none = 0;
  static constexpr std::uintptr_t completed = 1;

  std::atomic<std::uintptr_t> awaiter_{none};
  execution_context *context_ = nullptr;
  void (*destroy_)(task_state_base *);
};

template <class T> class task_state : public task_state_base {
public:
  using task_state_base::task_state_base;

  template <class... Args> void set_value(Args &&...args) {
    value_.emplace(std::forward<Args>(args)...);
  }
  // Where the value goes; for a lowered machine's builder.
  inline_value<T> &value_slot() noexcept { return value_; }
  // value_slot()'s offset in the object: the builder finds the state from
  // the slot. offsetof on a class that is not standard-layout (it has a
  // base with members) is conditionally supported; clang and GCC support it
  // for classes without virtual bases, as here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  static constexpr std::size_t slot_offset() noexcept {
    return offsetof(task_state, value_);
  }
#pragma GCC diagnostic pop

  // Moves the result out, or rethrows the exception the task ended with.
  T take_result() {
    if (exception_)
      std::rethrow_exception(exception_);
    // Moved out; a reference is returned as the same reference.
    return static_cast<T &&>(value_.get());
  }
  std::add_lvalue_reference_t<T> result() {
    if (exception_)
      std::rethrow_exception(exception_);
    return value_.get();
  }

private:
  inline_value<T> value_;
};

template <> class task_state<void> : public task_state_base {
public:
  using task_state_base::task_state_base;
  void set_value() noexcept {}
  void take_result() {
    if (exception_)
      std::rethrow_exception(exception_);
  }
  void result() { take_result(); }
  // No slot: the builder keeps the state's own address.
  static constexpr std::size_t slot_offset() noexcept { return 0; }
};

// A completed task_state that only carries an exception: what a lowered
// function that throws before its first suspension returns (cold path).
template <class T> class faulted_state final : public task_state<T> {
public:
  explicit faulted_state(std::exception_ptr error) noexcept
      : task_state<T>(&destroy_self) {
    this->exception_ = std::move(error);
    this->complete();
  }

private:
  static void destroy_self(task_state_base *self) noexcept {
    delete static_cast<faulted_state *>(self);
  }
};

} // namespace asl::detail
