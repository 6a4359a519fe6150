// asl/detail/initializer_list.h - an std::initializer_list over an array the
// state machine holds.
//
// Natively, a braced list that initializes an std::initializer_list<E> (a
// named one, `std::initializer_list<int> xs = {1, 2, a};`, or a function's
// argument, `co_await total({1, 2, a})`) creates a hidden array of const E
// that lives as long as the list's variable, or to the end of the
// full-expression. Across an await, a lowered function keeps that array in a
// field of its machine, and must then give the user's code a list that
// points to it. C++17 has no portable way to do that: the only constructor
// that fills a list is the compiler's own, from a braced list.
//
// list_over builds one from a pointer and a size by writing the standard
// library's private representation. This depends on that layout, which is
// not part of any standard; it is checked at compile time and covered for:
//   - libstdc++ (GCC's, __GLIBCXX__) and libc++ (LLVM's, _LIBCPP_VERSION):
//     { const E *begin; size_t size; }
//   - Microsoft's STL (_MSVC_STL_VERSION): { const E *first; const E *last; }
// Any other library fails to compile here, with a message saying so.
//
// The list does not own the array: the caller keeps it alive as long as
// the native array would live.
#pragma once

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <new>
#include <type_traits>

namespace asl::detail {

template <class E>
std::initializer_list<E> list_over(const E *first, std::size_t n) noexcept {
  using List = std::initializer_list<E>;
  static_assert(std::is_trivially_copyable_v<List>,
                "asl::detail::list_over writes std::initializer_list's "
                "bytes, which this standard library does not allow");
#if defined(__GLIBCXX__) || defined(_LIBCPP_VERSION)
  struct representation {
    const E *begin;
    std::size_t size;
  } bytes{first, n};
#elif defined(_MSVC_STL_VERSION)
  struct representation {
    const E *first;
    const E *last;
  } bytes{first, first + n};
#else
  static_assert(sizeof(E) == 0,
                "asl::detail::list_over knows the layout of "
                "std::initializer_list in libstdc++, libc++ and Microsoft's "
                "STL only; lowered code that keeps a braced list across a "
                "co_await needs one of them");
  struct representation {
  } bytes;
#endif
  static_assert(sizeof(List) == sizeof(representation) &&
                    alignof(List) == alignof(representation),
                "std::initializer_list does not have the layout "
                "asl::detail::list_over expects of this standard library");
  List list;
  std::memcpy(static_cast<void *>(&list), &bytes, sizeof(List));
  // GCC warns that returning a list does not extend its array's lifetime:
  // true, and intended; the caller owns the array.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
#endif
  return list;
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
}

// Constructs a list over the first n elements of first in storage, the
// field of a lifted list whose lifetime has not started: what the
// declaration `std::initializer_list<E> xs = {...};` becomes once the
// machine has built the array.
template <class E>
void init_list_over(std::initializer_list<E> &storage, const E *first,
                    std::size_t n) noexcept {
  void *place = std::addressof(storage);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
#endif
  ::new (place) std::initializer_list<E>(list_over(first, n));
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
}

// Constructs at place a copy of list, for the field of a lifted list that
// was not built from a braced list in the function (`auto xs =
// std::initializer_list<int>{}` of an empty pack, a copy of another list):
// its array, if it has one, lives elsewhere, as natively. GCC warns at any
// new-expression of a list that it does not extend the array's lifetime;
// nothing here needs it to.
template <class E>
void init_list_copy(void *place, std::initializer_list<E> list) noexcept {
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
#endif
  ::new (place) std::initializer_list<E>(list);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
}

} // namespace asl::detail
