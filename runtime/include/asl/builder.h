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
// built in its box from the start, so its objects never move; so is one
// whose every call begins by awaiting what usually suspends (see
// is_usually_suspending), which would move to its box at once.
#pragma once

#include <asl/context.h>
#include <asl/continuation.h>
#include <asl/detail/frame_allocator.h>
#include <asl/detail/initializer_list.h>
#include <asl/detail/task_state.h>
#include <asl/erased_awaiter.h>

#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

// A statement attribute that inlines the calls of its statement, where the
// compiler has one (clang 18 and later); GCC has no equivalent and calls.
#if defined(__clang__) && __clang_major__ >= 18
#define ASL_INLINE_CALL [[clang::always_inline]]
#else
#define ASL_INLINE_CALL
#endif

namespace asl {

template <class T> class Task;
template <class T> struct task_awaiter;
template <class T> class task_ref_awaiter;

// True when an object of type T may be moved to another address by copying
// its bytes and forgetting the original. Specialize it for a type of yours
// that holds no pointer into itself.
template <class T>
struct is_relocatable : std::bool_constant<std::is_trivially_copyable_v<T> ||
                                           std::is_reference_v<T>> {};
template <> struct is_relocatable<void> : std::true_type {};
// A result more aligned than operator new's memory is kept at an offset
// that depends on the Task's address (detail::inline_value), so its bytes
// cannot be copied elsewhere.
template <class T>
struct is_relocatable<Task<T>>
    : std::bool_constant<is_relocatable<T>::value &&
                         !detail::beyond_new_alignment<T>()> {};
template <class T>
struct is_relocatable<task_awaiter<T>> : is_relocatable<Task<T>> {};
// Not relocatable: it points at the Task it awaits, and that Task is most
// often a local of the same machine (`Task<int> t = f(); co_await t;`), so a
// byte copy of the machine would still point into the dead stack copy.
template <class T>
struct is_relocatable<task_ref_awaiter<T>> : std::false_type {};

// It only points at its awaiter, which lives on the heap.
template <class R> struct is_relocatable<erased_awaiter<R>> : std::true_type {};

// The copy of a by-value parameter of type T, as a machine lists its fields
// for relocatable<...> when T has a destructor (or depends on a template
// parameter). Natively the copy lives in the coroutine's frame until the
// task is destroyed, after the result the task stores; a machine that
// finished on the caller's stack would destroy it before its caller sees
// the result. So a copy whose destructor does something keeps the machine
// in its heap box from the start, which the task destroys in that order.
template <class T> struct parameter_copy {};
template <class T>
struct is_relocatable<parameter_copy<T>>
    : std::bool_constant<is_relocatable<T>::value &&
                         std::is_trivially_destructible_v<T>> {};

template <class... Fields>
inline constexpr bool relocatable = (is_relocatable<Fields>::value && ...);

// True for an awaiter that most often suspends: an event's (the event is
// seldom set already), a pool's schedule(), a delay. A machine whose every
// call begins by awaiting one (async-lower checks that no statement before
// the await can skip it) is built in its heap box from the start instead of
// on the caller's stack. Moving a machine that was just written on the stack
// into its box costs more than the allocation the stack start would save
// when it completes without suspending: the copy's loads wait for the stores
// that built the machine (store-to-load forwarding fails on loads wider than
// those stores), and the locked instruction that registers the await then
// waits for the copy's stores. In the B3 two-level round trip of issue 6
// that was about 10 ns of a 40 ns round trip (docs/performance.md).
// Specialize it for an awaiter of yours that usually suspends; only the
// start of the call changes, never the machine's layout.
template <class T> struct is_usually_suspending : std::false_type {};
template <class T>
inline constexpr bool usually_suspends = is_usually_suspending<T>::value;

// T itself (C++20's std::type_identity_t). The machine names a type through
// it where only a type written in one piece fits: after `new` when the type
// holds a function declarator or a pointer to an array (`::new (p)
// asl::type_identity_t<int (*[2])(int)>{f, g}`), and in a functional cast
// (`asl::type_identity_t<unsigned int>(x)`).
template <class T> using type_identity_t = T;

// A lowered range-for's begin(range) and end(range), for a range without
// a member begin or end: found by argument-dependent lookup only, as the
// native range-for finds them ([stmt.ranged]). The deleted declarations
// end ordinary lookup here, so no name of the machine (a field `begin`) or
// of the program can hide the range's functions.
namespace range_access {
void begin() = delete;
void end() = delete;
template <class R>
constexpr auto begin_of(R &range) -> decltype(begin(range)) {
  return begin(range);
}
template <class R>
constexpr auto end_of(R &range) -> decltype(end(range)) {
  return end(range);
}
} // namespace range_access

// The address at which a lifted object is constructed with placement new.
template <class T> void *place(T &storage) noexcept {
  return const_cast<void *>(
      static_cast<const volatile void *>(std::addressof(storage)));
}

// A lambda's copy of a `volatile` object as natively typed: the lowering
// declares the copy in an init-capture, which drops `volatile`, and names
// each use through this (`std::as_const` does the same for `const`).
template <class T> constexpr volatile T &as_volatile(T &object) noexcept {
  return object;
}
template <class T> void as_volatile(const T &&) = delete;

// The address of the object a lifted rvalue reference binds: an xvalue
// (`T &&r = std::move(x);`, or what a tuple-like binding's get<I> returns),
// which std::addressof does not take; or of an lvalue, as std::addressof
// (an awaiter get_awaiter() returns by either kind of reference).
template <class T>
std::remove_reference_t<T> *bound_address(T &&object) noexcept {
  return std::addressof(object);
}

// Ends the lifetime of a lifted object (arrays: last element first). A
// destructor that may throw (`noexcept(false)`) throws from here as it would
// at the end of the local's scope natively.
template <class T>
void destroy(T &object) noexcept(std::is_nothrow_destructible_v<T>) {
  if constexpr (std::is_array_v<T>) {
    for (auto i = std::extent_v<T>; i > 0; --i)
      destroy(object[i - 1]);
  } else {
    using Plain = std::remove_cv_t<T>;
    object.~Plain();
  }
}

// Destroys a lifted object if `live` says it was constructed, and clears it.
template <class T>
void destroy(T &object,
             bool &live) noexcept(std::is_nothrow_destructible_v<T>) {
  if (live) {
    live = false;
    destroy(object);
  }
}

// Destroys a machine's lifted objects while an exception unwinds move_next()
// (declared first in its try block), where C++ destroys locals, so that a
// destructor asking std::uncaught_exceptions() sees the exception, as
// natively (the scope guard that commits on success and rolls back on
// failure). The generated code releases it where move_next() returns at a
// suspension (the objects live on, and the machine may move) and before it
// finishes (they are destroyed already): the guard is then dead, and the
// optimizer drops it from every path without an exception.
template <class Destroy> class unwind_guard {
public:
  explicit unwind_guard(Destroy destroy) noexcept : destroy_(destroy) {}
  unwind_guard(const unwind_guard &) = delete;
  unwind_guard &operator=(const unwind_guard &) = delete;
  // Inlined into the landing pads, and calling a copy of destroy_, made
  // there: nothing takes the guard's address, so it lives in registers (an
  // out-of-line call would need it in memory on every path).
  [[gnu::always_inline]] ~unwind_guard() {
    if (armed_) {
      Destroy destroy = destroy_;
      destroy();
    }
  }
  void release() noexcept { armed_ = false; }
  bool armed() const noexcept { return armed_; }

private:
  Destroy destroy_;
  bool armed_ = true;
};

// The same for a try block's lifted objects (declared first in the block),
// before its handlers run; released with the body's guard, which it reads.
template <class Body, class Destroy> class try_unwind_guard {
public:
  try_unwind_guard(const Body &body, Destroy destroy) noexcept
      : body_(body), destroy_(destroy) {}
  try_unwind_guard(const try_unwind_guard &) = delete;
  try_unwind_guard &operator=(const try_unwind_guard &) = delete;
  [[gnu::always_inline]] ~try_unwind_guard() {
    if (body_.armed()) {
      Destroy destroy = destroy_;
      destroy();
    }
  }

private:
  const Body &body_;
  Destroy destroy_;
};

// Copy-initializes a T from value, as `T member = value;` does (converting
// constructors and value's conversion functions, never an explicit
// constructor). The machine writes `::new (p) T(asl::copy_init<T>(e))`
// for a scalar T where the two forms could choose differently (an
// explicit conversion function of e's class).
template <class T, class U> T copy_init(U &&value) {
  return std::forward<U>(value);
}

// The same for a class T, built where it is: `::new (p)
// asl::copy_initialized<T>{e}` copy-initializes value, at p, from e
// (aggregate initialization copy-initializes each member), where `T x =
// e;` and `T(e)` could choose differently. A function returning the T
// could not: a trivially copyable class may be returned in registers
// ([class.temporary]/3), and a constructor keeping `this` would keep the
// function's frame. The machine goes on naming the object by its field, a
// T at p.
// FIXME: by the letter of the standard the T built here is a member of a
// copy_initialized<T>, not the field's object, so naming it by the field
// is not guaranteed (and value's offset is guaranteed to be 0 only for a
// standard-layout T); g++ and clang++ give the member offset 0 and treat
// the two as one object, which every lowered input's run checks. It
// affects only objects copy-initialized this way (`T x = e;`, a range-for
// variable, ..., where T has an explicit constructor that could take e).
template <class T> struct copy_initialized {
  T value;
};

// The storage a new-expression whose initializer awaits has allocated and
// not yet built its object in: C++17 calls the allocation function before
// the initializer is evaluated, so the machine allocates first, into a field
// of this type, and constructs with placement new after the await:
//
//   ::new (asl::place(a)) asl::allocation(sizeof(Node), release);
//   a.address = Node::operator new(a.size);
//
// If the initializer throws, destroying it frees the storage with the
// deallocation function the expression selects (`release`, null when there
// is none), as natively ([expr.new]); asl::constructed hands it over once
// the object is built.
struct allocation {
  std::size_t size;
  void (*release)(void *address, std::size_t size) noexcept;
  void *address = nullptr;

  allocation(std::size_t bytes,
             void (*free)(void *, std::size_t) noexcept) noexcept
      : size(bytes), release(free) {}
  allocation(const allocation &) = delete;
  allocation &operator=(const allocation &) = delete;
  ~allocation() {
    if (release != nullptr && address != nullptr)
      release(address, size);
  }
};
// It only holds the address of storage outside the machine.
template <> struct is_relocatable<allocation> : std::true_type {};

// The object a new-expression built in an asl::allocation: the storage now
// belongs to it (live, the allocation's flag, is cleared).
template <class T> T *constructed(bool &live, T *object) noexcept {
  live = false;
  return object;
}

// The number of bytes `new T[count]{...}` allocates for count elements of
// `element` bytes, with `minimum` initializers, as clang-19 computes it:
// the count converted to std::size_t as the new-expression converts it (a
// negative one wraps, a wider one is truncated); for a count smaller than
// the initializers, or a size that overflows, std::size_t(-1), which the
// allocation function is then called with (the usual one throws
// std::bad_alloc). The expression itself throws nothing (g++ throws
// std::bad_array_new_length before any allocation function is called).
inline std::size_t array_new_size(std::size_t count, std::size_t element,
                                  std::size_t minimum) noexcept {
  if (count < minimum || count > static_cast<std::size_t>(-1) / element)
    return static_cast<std::size_t>(-1);
  return count * element;
}

// Returns its argument as the reference it is bound to. The machine spells a
// C++20 parenthesized aggregate initialization with braces, and passes an
// element that binds a temporary to a reference member through this: the
// temporary is then bound to this parameter, and dies at the end of the
// full-expression as natively, where the braces alone would make it live as
// long as the aggregate.
template <class T> T &&unextended(T &&value) noexcept {
  return static_cast<T &&>(value);
}

// The machine of a specialization of a template with parameter packs runs
// the body in a member function template that receives each pack: a
// template parameter pack through a tag, pack_types<int, long>{} or
// pack_values<int, 1, 2>{} (auto_values<1, 'a'>{} for a pack of `auto`,
// whose elements have types of their own), from which it is deduced; a
// function parameter
// pack through pack_types of the elements' declared types (deduced) and the
// elements themselves, the machine's fields, as pack_param_t of their
// declared types: a reference to a by-value element, the reference itself
// for one declared as a reference. docs/design.md, "Parameter packs".
template <class... T> struct pack_types {};
template <class T, T... V> struct pack_values {};
template <auto... V> struct auto_values {};
template <class T> struct pack_param {
  using type = T &;
};
template <class T> struct pack_param<T &> {
  using type = T &;
};
template <class T> struct pack_param<T &&> {
  using type = T &&;
};
template <class T> using pack_param_t = typename pack_param<T>::type;

// An init-capture pack (`[...ys = std::move(xs)]`, C++20) is written in
// the lowered body as one init-capture of a pack_tuple, which the lambda's
// body opens again as the pack (tool/InitCapturePacks.cpp):
//
//   [ys_ = asl::make_pack(std::move(xs)...)] {
//     return asl::apply_pack([&](auto &...ys) { return (0 + ... + ys); }, ys_);
//   }
//
// Its elements are constructed first to last and destroyed last to first,
// as a closure's captures are (std::tuple does the opposite in libstdc++).
template <class... T> struct pack_tuple;
template <> struct pack_tuple<> {
  static constexpr std::size_t size = 0;
};
template <class H, class... T> struct pack_tuple<H, T...> {
  static constexpr std::size_t size = 1 + sizeof...(T);
  template <class U, class... Us,
            class = std::enable_if_t<
                !std::is_same_v<std::remove_cv_t<std::remove_reference_t<U>>,
                                pack_tuple>>>
  explicit pack_tuple(U &&value, Us &&...rest)
      : head(static_cast<U &&>(value)), tail(static_cast<Us &&>(rest)...) {}
  H head;
  pack_tuple<T...> tail;
};

// A pack_tuple of copies, or moves, of values, each of the type `auto`
// deduces (an init-capture `...ys = xs`), made once, where it is returned.
template <class... U>
pack_tuple<std::decay_t<U>...> make_pack(U &&...values) {
  return pack_tuple<std::decay_t<U>...>(static_cast<U &&>(values)...);
}
// A pack_tuple of references (an init-capture `&...ys = xs`).
template <class... U> pack_tuple<U &...> tie_pack(U &...values) {
  return pack_tuple<U &...>(values...);
}

// Calls fn with the elements of pack, each an lvalue (const when pack is),
// and returns what it returns, as it returns it.
template <class F, class P, class... E>
constexpr decltype(auto) apply_pack(F &&fn, P &pack, E &...elements) {
  if constexpr (std::remove_const_t<P>::size == 0)
    return static_cast<F &&>(fn)(elements...);
  else
    return apply_pack(static_cast<F &&>(fn), pack.tail, elements...,
                      pack.head);
}

// Calls the K-th of fns and returns what it returns, as it returns it (a
// prvalue is not moved). The machine spells one element of a pack
// expansion that it must evaluate on its own, `g(xs)` of `f(g(xs)...,
// co_await h())`, as pack_call<1>([&]() -> decltype(auto) { return
// (g(xs)); }...): the lambda is the expansion's pattern, the pack expands
// into one lambda per element, and only the K-th is called.
template <std::size_t K, class F, class... Fs>
constexpr decltype(auto) pack_call(F &&fn, Fs &&...fns) {
  if constexpr (K == 0)
    return static_cast<F &&>(fn)();
  else
    return pack_call<K - 1>(static_cast<Fs &&>(fns)...);
}

// An await in the pattern of a pack expansion that has no element in the
// specialization (`sum((s += co_await one(), xs)...)` called with an empty
// pack). Natively nothing of the pattern is evaluated; the machine keeps
// the pattern's text, which the pack helper expands to nothing, with the
// await written `asl::never_awaited<decltype(xs)>(one())`. Its template
// argument names the pack, so the call and everything around it depend on
// the pack and are checked only when instantiated, which an expansion of
// no element never is (`s += one()` alone would be checked in the template
// and rejected, `int += Task`). Declared only: never called. A non-type
// pack is given as a value (`asl::never_awaited<Ns>(one())`).
template <class Pack> struct never_awaited_value;
template <class Pack, class Operand>
never_awaited_value<Pack> never_awaited(Operand &&operand);
template <auto Pack, class Operand>
never_awaited_value<decltype(Pack)> never_awaited(Operand &&operand);

// Initializes a char array from a string literal, as `char a[N] = "...";`
// does: the literal's characters, its terminator, then zeros to the end.
template <class To, std::size_t N, class From, std::size_t M>
void init_from_string(To (&array)[N], const From (&literal)[M]) noexcept {
  using Char = std::remove_cv_t<To>;
  auto *out = const_cast<Char *>(array);
  for (std::size_t i = 0; i < N; ++i)
    out[i] = i < M ? static_cast<Char>(literal[i]) : Char();
}

// An array as a class: a braced list builds one as it builds the array, in
// places where the array's own type cannot take it (init_from_list).
template <class T> struct array_value { T value; };

// Initializes an array of character arrays from a braced list, as
// `char names[2][4] = {"ab", "c"};` does: the machine writes
// `asl::init_from_list(names, {{"ab", "c"}})`. g++ rejects a string literal
// for a character subarray in an array new-expression,
// `new char[2][4]{"ab", "c"}`, so the list builds the array in list.value
// (each string's terminator, then zeros, as natively) and it is copied in.
// Characters have no constructors, so the copy is the initialization.
template <class T, std::size_t N>
void init_from_list(T (&array)[N],
                    const array_value<std::remove_cv_t<T>[N]> &list) noexcept {
  static_assert(std::is_trivially_copyable_v<T>,
                "only arrays of characters are built from a copy");
  std::memcpy(place(array), list.value, sizeof array);
}

// Initializes an array of arrays one row at a time: rows[i](array[i])
// builds row i in place, with a new-expression of the row's type (or
// init_rows again, for an array of arrays of arrays). g++ 12 rejects a
// new-expression of an array of arrays of a class without a default
// constructor from a braced list, `new T[2][2]{{a, b}, {c, d}}`, and
// accepts `new T[2]{a, b}`. The rows are built in order; if one throws, the
// rows built before it are destroyed, last first, as natively. (Each row is
// its own statement: g++ 12 also destroys an earlier new-expression's
// elements again when a later one of the same full-expression throws.)
template <class T, std::size_t N, class... Rows>
void init_rows(T (&array)[N], Rows &&...rows) {
  static_assert(sizeof...(Rows) == N, "one builder per row");
  std::size_t i = 0;
  try {
    ((rows(array[i]), ++i), ...);
  } catch (...) {
    while (i > 0)
      destroy(array[--i]);
    throw;
  }
}

// Initializes an array element by element from another array, as the
// hidden copy of a structured binding `auto [x, y] = arr;` is (a
// new-expression cannot copy an array): each element copied, or moved when
// source is an rvalue, in order. If one throws, those built before it are
// destroyed, last first.
template <class T, std::size_t N, class Source>
void init_from_array(T (&array)[N], Source &&source) {
  std::size_t i = 0;
  try {
    for (; i < N; ++i) {
      if constexpr (std::is_array_v<T>)
        init_from_array(array[i], std::forward<Source>(source)[i]);
      else
        ::new (place(array[i])) T(std::forward<Source>(source)[i]);
    }
  } catch (...) {
    while (i > 0)
      destroy(array[--i]);
    throw;
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
  // In a native coroutine frame's order: first the result the task stored,
  // then the machine, which holds the parameters' copies (its body's locals
  // died before it completed; a machine destroyed while suspended destroys
  // its live locals before its parameters' copies).
  ~machine_box() {
    if constexpr (!std::is_void_v<T> && !std::is_trivially_destructible_v<T>)
      this->value_slot().reset();
    machine.~Machine();
  }

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

// What await_on_completed does when await_suspend throws: parks the
// exception in the box, to be rethrown at the await once the machine resumes
// (as in C++20, where an exception from await_suspend resumes the coroutine
// and is rethrown there), and resumes the machine in tail position. Out of
// line, as is rethrow_suspend_failure: the exception_ptr's temporaries would
// take room in the frame of every move_next().
[[gnu::noinline, gnu::cold]] inline void
park_suspend_failure(resumable &box, task_state_base &state) noexcept {
  state.exception_ = std::current_exception();
  hand_over(&box);
}

// At a resume point whose await_suspend threw: rethrows what it threw.
[[noreturn, gnu::noinline, gnu::cold]] inline void
rethrow_suspend_failure(task_state_base &state) {
  std::rethrow_exception(std::exchange(state.exception_, nullptr));
}

template <class T> class result_setter {
public:
  void set_result(const T &value) { emplace(value); }
  void set_result(T &&value) { emplace(std::move(value)); }

protected:
  template <class Value> void emplace(Value &&value);
};

template <class T> class result_setter<T &> {
public:
  void set_result(T &value) { emplace(value); }

protected:
  template <class Value> void emplace(Value &&value);
};

template <> class result_setter<void> {
public:
  void set_result();
};

} // namespace detail

template <class Machine, class... Args>
detail::machine_task<Machine> start(Args &&...args);

// The method builder: how a machine reports its result and suspends. The
// C# names map one to one: SetResult, SetException, AwaitOnCompleted, Start.
template <class T> class task_builder : public detail::result_setter<T> {
public:
  using result_type = T;

  // The body ended by throwing; the exception is rethrown to the awaiter.
  void set_exception(std::exception_ptr error) noexcept {
    if (on_stack())
      ramp_task()->state_ = new detail::faulted_state<T>(std::move(error));
    else
      box()->exception_ = std::move(error);
  }

  // The body ended by throwing the exception being handled: what the
  // catch-all around the body of move_next() calls. Out of line, so that
  // the exception_ptr takes no room in the frame of every move_next() (see
  // await_on_completed).
  [[gnu::noinline, gnu::cold]] void set_current_exception() noexcept {
    set_exception(std::current_exception());
  }

  // Publishes the result after the body's locals are destroyed and resumes
  // the awaiter, if any, in its context: next on this thread through the
  // trampoline, or posted. Must be the machine's last action: the awaiter
  // may destroy the machine right after.
  void complete() noexcept {
    if (!on_stack())
      if (continuation next = box()->complete())
        detail::continue_awaiter(next, box()->awaiter_context());
  }

  // Registers the machine as `awaiter`'s continuation: hands its box to
  // await_suspend. The caller has stored the state already and returns right
  // after this call. The box may run on another thread before this returns,
  // so nothing here touches it after the await_suspend call, unless that
  // declined to suspend or threw (then the box was not taken).
  //
  // Always inlined into move_next(), and the box is found again from the
  // builder after the call instead of being kept: an awaiter that resumes
  // the machine inside await_suspend (`h.resume()` there) nests a
  // move_next() per await, as natively a resume function per await, and
  // every register kept across the call or frame of a call here would be
  // saved once more per level (input inline_resumption_nests_deeper).
  template <class Awaiter, class Machine>
  [[gnu::always_inline]] void await_on_completed(Awaiter &awaiter,
                                                 Machine &machine) {
    using Box = detail::machine_box<Machine, T>;
    Awaiter *target = std::addressof(awaiter);
    if constexpr (detail::machine_relocatable<Machine>::value) {
      if (on_stack()) {
        // First real suspension: move the machine into its box and suspend
        // the moved awaiter. This stack copy is dead from here on, except
        // that its builder, like the box's, now names the box.
        auto *box = new Box(detail::relocate, machine);
        box->machine.builder_.set_box(box);
        ramp_task()->state_ = box;
        set_box(box);
        // (A `const` awaiter stays const: the offset is taken through
        // pointers to const.)
        auto offset =
            reinterpret_cast<const volatile char *>(std::addressof(awaiter)) -
            reinterpret_cast<const volatile char *>(std::addressof(machine));
        target = std::launder(reinterpret_cast<Awaiter *>(
            reinterpret_cast<char *>(std::addressof(box->machine)) + offset));
      }
    }
    continuation self(&boxed<Box>());
    using Outcome = decltype(target->await_suspend(self));
    try {
      if constexpr (std::is_void_v<Outcome>) {
        target->await_suspend(self);
      } else if constexpr (std::is_same_v<Outcome, bool>) {
        // false: the awaiter declined to suspend; resume in tail position.
        if (!target->await_suspend(self))
          detail::hand_over(&boxed<Box>());
      } else {
        // A continuation to run instead (symmetric transfer).
        continuation next = target->await_suspend(self);
        detail::hand_over(next.get());
      }
    } catch (...) {
      detail::park_suspend_failure(boxed<Box>(), boxed<Box>());
    }
  }

  // At a resume point: rethrows what await_suspend threw, if it did.
  void rethrow_if_suspend_failed() {
    detail::task_state<T> *box = this->box();
    if (box->exception_)
      detail::rethrow_suspend_failure(*box);
  }

private:
  friend class detail::result_setter<T>;
  template <class Machine, class... Args>
  friend detail::machine_task<Machine> start(Args &&...args);
  template <class Machine, class U> friend class detail::machine_box;

  // Where the result goes, in one word, set by start() before the machine
  // first runs: the address of the slot the result is constructed in. While
  // the machine runs on the stack, that is the value_ of the Task the ramp
  // returns; once it lives in its box, the box's value_slot() (the box
  // itself for a task of void, which has no slot there), tagged with the
  // low bit. There is no box before the first suspension, and the ramp's
  // Task is not needed after it. One word instead of two makes every
  // machine, and so every box, 8 bytes smaller (issue 6's B4). Holding the
  // slot rather than its owner lets set_result store through one mask
  // instead of choosing between two addresses (B2; docs/performance.md).
  // The stack side is untagged: start() knows it, and a machine inlined
  // whole into its caller (B1) then folds to plain stores into the Task.
  static constexpr std::uintptr_t box_tag = 1;
  static_assert(Task<T>::slot_offset() % 2 == 0 && alignof(Task<T>) > 1 &&
                detail::task_state<T>::slot_offset() % 2 == 0 &&
                alignof(detail::task_state<T>) > 1);

  bool on_stack() const noexcept { return (target_ & box_tag) == 0; }
  // Only once the machine is in its box (not on_stack()).
  detail::task_state<T> *box() const noexcept {
    return reinterpret_cast<detail::task_state<T> *>(
        target_ - box_tag - detail::task_state<T>::slot_offset());
  }
  // The same, as the machine_box it is. A reference cast: a pointer cast
  // would test for null first.
  template <class Box> Box &boxed() const noexcept {
    return static_cast<Box &>(*box());
  }
  // Only while it runs on the stack.
  Task<T> *ramp_task() const noexcept {
    return reinterpret_cast<Task<T> *>(target_ - Task<T>::slot_offset());
  }
  // The result's slot, on either side (for void, only on the stack: the
  // box has none).
  detail::inline_value<T> &slot() const noexcept {
    return *reinterpret_cast<detail::inline_value<T> *>(target_ & ~box_tag);
  }
  void set_box(detail::task_state<T> *box) noexcept {
    if constexpr (std::is_void_v<T>)
      target_ = reinterpret_cast<std::uintptr_t>(box) | box_tag;
    else
      target_ = reinterpret_cast<std::uintptr_t>(&box->value_slot()) | box_tag;
  }
  // The member's own address, not the Task's plus an offset: where the
  // machine is inlined into its caller, the compiler then sees the stores
  // go into that Task.
  void set_ramp_task(Task<T> *task) noexcept {
    target_ = reinterpret_cast<std::uintptr_t>(&task->value_);
  }

  std::uintptr_t target_ = 0;
};

namespace detail {

template <class T>
template <class Value>
void result_setter<T>::emplace(Value &&value) {
  // The builder's word is the slot's address on either side: no test
  // (B2, B3).
  static_cast<task_builder<T> &>(*this).slot().emplace(
      std::forward<Value>(value));
}

// The same for a task of a reference, which is the friend of its own Task.
template <class T>
template <class Value>
void result_setter<T &>::emplace(Value &&value) {
  static_cast<task_builder<T &> &>(*this).slot().emplace(value);
}

inline void result_setter<void>::set_result() {
  auto &builder = static_cast<task_builder<void> &>(*this);
  if (builder.on_stack())
    builder.slot().emplace();
}

} // namespace detail

// Creates the machine, runs it until it first suspends or finishes, and
// returns its task: the whole body of a lowered async function, so it is
// always inlined there (one call fewer per level of a chain of calls). The
// return type is spelled out, not `auto`: clang 19 does not construct the
// named `task` in the caller's return slot (NRVO) in a function whose
// return type is deduced, and moves it instead. With in-place awaits, that
// slot is the awaiting machine's task_awaiter.
template <class Machine, class... Args>
[[gnu::always_inline]] inline detail::machine_task<Machine>
start(Args &&...args) {
  using T = typename detail::machine_task<Machine>::value_type;
  Task<T> task;
  if constexpr (detail::machine_relocatable<Machine>::value) {
    alignas(Machine) unsigned char frame[sizeof(Machine)];
    auto *machine =
        ::new (static_cast<void *>(frame)) Machine(std::forward<Args>(args)...);
    machine->builder_.set_ramp_task(&task);
    // The body runs inlined here, in the ramp, so a chain of calls that
    // complete synchronously makes one call per level instead of two: half
    // the nesting depth, which the CPU's return-address predictor (a few
    // dozen entries) bounds (B2 of issue 6, docs/performance.md). The cost
    // is code: each such body also exists out of line, for resumption.
    ASL_INLINE_CALL machine->move_next();
    // Still on the stack: it finished without suspending (else it moved).
    // Then it handed nothing over to the trampoline (only a suspension or
    // a boxed machine's completion does, and every start or trampoline its
    // body ran took what that handed over), so a call that completes
    // synchronously, at any depth of a chain of them, skips the check.
    if (machine->builder_.on_stack()) {
      machine->~Machine();
      return task;
    }
  } else {
    auto *box =
        new detail::machine_box<Machine, T>(std::forward<Args>(args)...);
    box->machine.builder_.set_box(box);
    task.state_ = box;
    // Inlined as on the stack: the first run then skips the dispatch on
    // the state and knows that the machine is in its box (B3 of issue 6).
    ASL_INLINE_CALL box->machine.move_next();
  }
  detail::drain_handed_over();
  return task;
}

} // namespace asl
