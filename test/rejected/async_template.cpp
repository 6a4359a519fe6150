// Async templates the tool still refuses: parameters the machine cannot
// declare as members (a pack, a template template parameter, an unnamed
// one, a pointer), member templates, and a template whose machine would keep
// a type declared in its body.
#include <asl/task.h>

template <class... Ts> ASL_ASYNC asl::Task<int> count(Ts... xs) {
  co_return static_cast<int>(sizeof...(xs));
}

template <template <class> class Holder> ASL_ASYNC asl::Task<int> open() {
  co_return Holder<int>{}.v;
}

template <class T, class = void> ASL_ASYNC asl::Task<T> unnamed(T x) {
  co_return x;
}

extern const char greeting[];
const char greeting[] = "hi";
template <const char *Text> ASL_ASYNC asl::Task<char> first() {
  co_return Text[0];
}

struct Host {
  template <class T> ASL_ASYNC asl::Task<T> member(T x) { co_return x; }
};

asl::Event ready;
template <class T> ASL_ASYNC asl::Task<T> local_type(T x) {
  struct Local {
    T v;
  };
  Local l{x};
  co_await ready;
  co_return l.v;
}

int use() {
  return asl::sync_wait(first<greeting>()) + asl::sync_wait(local_type(3));
}
// expect-error: 7:20: error: an async function in a template with a template
//   parameter pack ('Ts'); its machine would need a member for each element;
//   not supported yet
// expect-error: 11:34: error: an async function in a template with a template
//   template parameter ('Holder'); its machine cannot declare an alias of a
//   template; not supported yet
// expect-error: 15:26: error: an async function in a template with an unnamed
//   template parameter; the machine would declare it as a member by its name
//   (give it one); not supported yet
// expect-error: 21:23: error: an async function in a template with a non-type
//   parameter ('Text') of other than integral or enumeration type; its
//   machine cannot declare it as a member; not supported yet
// expect-error: 26:45: error: async member templates and friend templates
//   are not supported yet; async function templates of a namespace and async
//   members of class templates are
// expect-error: 31:10: error: an async function template whose machine keeps
//   a type declared in its body or a lambda's closure is not supported yet
