// Class, alias and variable templates of the program named like the
// members of the state machine the runtime calls (`builder_<T>`,
// `relocatable<T>`, `move_next<T>`), named in async bodies: inside the
// machine's move_next() the name would find the machine's member, which is
// no template, so it is written qualified (`::builder_<int>`), as a type,
// with its arguments deduced, as a template template argument, in a
// nested-name-specifier, in an expression and in a template's body; and the
// machine's fields of such types are spelled so (`::builder_<int>`,
// `::std::vector<::relocatable>`), a class of the global namespace too.
#include <asl/task.h>

#include <cstdio>
#include <vector>

asl::Event ready;

template <class T> struct builder_ {
  T v;
  static constexpr int width = sizeof(T);
};
template <class T> builder_(T) -> builder_<T>;

namespace shapes {
template <class T> using relocatable = builder_<T>;
template <class T> constexpr int move_next = static_cast<int>(sizeof(T)) * 2;
template <template <class> class Holder> struct Pair {
  Holder<int> a;
  Holder<long> b;
};

ASL_ASYNC asl::Task<int> sum() {
  builder_<int> one{3};
  builder_ two{4};                      // arguments deduced
  relocatable<long> three{5};
  co_await ready;
  Pair<builder_> pair{{6}, {7}};        // a template template argument
  int width = builder_<short>::width;   // in a nested-name-specifier
  co_return one.v + two.v + static_cast<int>(three.v) + pair.a.v +
      static_cast<int>(pair.b.v) + width + builder_<int>{8}.v +
      move_next<int>;
}
} // namespace shapes

struct relocatable {
  int v = 9;
};

ASL_ASYNC asl::Task<int> held() {
  std::vector<relocatable> items(2);
  builder_<long> one{10};
  co_await ready;
  co_return items[1].v + static_cast<int>(one.v);
}

template <class T> ASL_ASYNC asl::Task<T> wrapped(T x) {
  builder_<T> held{x};
  co_await ready;
  co_return held.v + shapes::relocatable<T>{x}.v + builder_<T>::width;
}

int main() {
  asl::Task<int> a = shapes::sum();
  asl::Task<int> b = wrapped(20);
  asl::Task<int> c = held();
  ready.set();
  std::printf("sum %d\n", asl::sync_wait(std::move(a)));
  std::printf("wrapped %d\n", asl::sync_wait(std::move(b)));
  std::printf("held %d\n", asl::sync_wait(std::move(c)));
}
