// Async templates the tool still refuses: a function template whose
// parameters are all unnamed (its machine template has one for each named
// one), a non-type parameter pack of pointers, a pack of `auto` given an
// address, a non-type parameter of class type (C++20; the output is C++17),
// a member template of an unnamed class, and a type kept across an await
// that names a template template parameter, and two named template
// parameter packs.
#include <asl/task.h>

#include <tuple>
#include <vector>

template <class = void> ASL_ASYNC asl::Task<int> unnamed(int x) {
  co_return x;
}

int counter = 1;
template <const int *... Ps> ASL_ASYNC asl::Task<int> pointers() {
  co_return (0 + ... + *Ps);
}

template <auto... Vs> ASL_ASYNC asl::Task<int> values() {
  co_return sizeof...(Vs);
}

template <class... As, class... Bs>
ASL_ASYNC asl::Task<int> two_packs(std::tuple<As...>, std::tuple<Bs...>) {
  co_return sizeof...(As) + sizeof...(Bs);
}

struct Point {
  int x, y;
};
template <Point P> ASL_ASYNC asl::Task<int> point() { co_return P.x; }

struct {
  template <class U> ASL_ASYNC asl::Task<U> get(U u) { co_return u; }
} unnamed_object;

asl::Event ready;
template <template <class...> class C> ASL_ASYNC asl::Task<int> held(int n) {
  struct Holder {
    C<int> items;
  };
  Holder h{C<int>(n)};
  co_await ready;
  co_return static_cast<int>(h.items.size());
}

int use() {
  return asl::sync_wait(values<1, &counter>()) +
         asl::sync_wait(point<Point{1, 2}>()) +
         asl::sync_wait(held<std::vector>(1));
}
// expect-error: 13:50: error: an async function template whose template
//   parameters are all unnamed is not supported yet; its machine template has
//   a parameter for each named one (name one)
// expect-error: 18:26: error: an async function in a template with a
//   non-type parameter pack ('Ps') of other than integral or enumeration
//   type, 'auto' or a type the template's parameters give; not supported yet
// expect-error: 26:33: error: an async function template with more than one
//   named template parameter pack ('As', 'Bs'); its machine, a class
//   template, can have only one; not supported yet
// expect-error: 34:17: error: an async function in a template with a
//   non-type parameter ('P') whose argument is of a kind C++17 lacks (an
//   object of class type, a floating-point value, a subobject's address);
//   not supported: the template's head, which the ramp keeps, and the
//   arguments naming such a value are C++20
// expect-error: 37:45: error: async member template '(anonymous
//   struct)::get' of an unnamed class, which its machine, defined after the
//   file's code, could not name; not supported yet
// expect-error: 43:5: error: a type or a lambda that names a template
//   template parameter ('C'), kept across an await in an async template, is
//   not supported yet: the class it moves to does not have that parameter
// expect-error: 51:25: error: a specialization of an async template whose
//   non-type parameter pack ('Vs') has an element of other than integral or
//   enumeration type; not supported yet
