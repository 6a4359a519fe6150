// Async templates the tool still refuses: parameters the machine cannot
// declare as members (a template template parameter, a pointer; all of
// them unnamed), member templates of class templates, and a member of
// a class template whose machine would keep a type declared in its body.
#include <asl/task.h>

template <template <class> class Holder> ASL_ASYNC asl::Task<int> open() {
  co_return Holder<int>{}.v;
}

template <class = void> ASL_ASYNC asl::Task<int> unnamed(int x) {
  co_return x;
}

extern const char greeting[];
const char greeting[] = "hi";
template <const char *Text> ASL_ASYNC asl::Task<char> first() {
  co_return Text[0];
}

template <class U> struct Host {
  template <class T> ASL_ASYNC asl::Task<T> member(T x) { co_return x; }
};

asl::Event ready;
template <class T> struct Keeper {
  ASL_ASYNC asl::Task<T> local_type(T x) {
    struct Local {
      T v;
    };
    Local l{x};
    co_await ready;
    co_return l.v;
  }
};

int use() {
  return asl::sync_wait(first<greeting>()) +
         asl::sync_wait(Keeper<int>{}.local_type(3));
}
// expect-error: 7:34: error: an async function in a template with a template
//   template parameter ('Holder'); its machine cannot declare an alias of a
//   template; not supported yet
// expect-error: 11:50: error: an async function template whose template
//   parameters are all unnamed is not supported yet; its machine template has
//   a parameter for each named one (name one)
// expect-error: 17:23: error: an async function in a template with a non-type
//   parameter ('Text') of other than integral or enumeration type; its
//   machine cannot declare it as a member; not supported yet
// expect-error: 22:45: error: async member templates of class templates and
//   of unnamed classes, and async friend templates, are not supported yet
// expect-error: 28:12: error: an async member of a class template, or an
//   async member template, whose machine keeps a type declared in its body or
//   a lambda's closure is not supported yet
