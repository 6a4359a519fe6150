// Async templates with a template template parameter after a pack of them
// (`template <template <class> class... Hs, template <class> class Last>`):
// the machine template has the pack last (`template <template <class> class
// Last, template <class> class... Hs> struct ranks_machine`), and the body's
// function, which cannot be given them explicitly, in order, as it is
// otherwise, deduces each from a tag, a class template of the machine with
// that one parameter (`template <template <class> class... Hs> struct
// Hs_tag_ {};`, passed as `Hs_tag_<One, Two>{}`); the body still names the
// argument templates themselves. With an empty pack, and in a member
// template of a class template. A type pack before a type parameter
// likewise (`template <class... Ts, class U>`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> struct One {
  T v;
  static constexpr int rank = 1;
};
template <class T> struct Two {
  T v;
  static constexpr int rank = 2;
};

template <template <class> class... Hs, template <class> class Last>
ASL_ASYNC asl::Task<int> ranks(Last<int> last) {
  Last<int> copy = last;
  co_await ready;
  co_return (0 + ... + Hs<int>::rank) * 10 + copy.v + Last<char>::rank;
}

template <class... Ts, class U> ASL_ASYNC asl::Task<U> count(U u) {
  co_await ready;
  co_return u + static_cast<U>(sizeof...(Ts));
}

template <class T> struct Shelf {
  T base;
  template <template <class> class... Hs, template <class> class Last>
  ASL_ASYNC asl::Task<T> weigh(Last<T> extra) {
    co_await ready;
    co_return base + extra.v + static_cast<T>(sizeof...(Hs));
  }
};

ASL_ASYNC asl::Task<int> run() {
  int a = co_await ranks<One, Two>(Two<int>{5});
  int b = co_await ranks<>(One<int>{3});
  int c = co_await ranks<Two, Two, One>(One<int>{1});
  long s = co_await Shelf<long>{100}.weigh<One, One>(Two<long>{7});
  s += co_await count<int, char>(1000L);
  std::printf("a %d, b %d, c %d, s %ld\n", a, b, c, s);
  co_return a + b + c;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
