// An async member of a class nested in a class template, and a friend
// defined in a class template, have no machine the tool can place yet (the
// members of the class template itself lower:
// inputs/async_members_of_class_templates.cpp).
#include <asl/task.h>

template <class T> struct Box {
  T value;
  struct Inner {
    ASL_ASYNC asl::Task<int> count();
  };
};

template <class T> ASL_ASYNC asl::Task<int> Box<T>::Inner::count() {
  co_return 1;
}

template <class T> struct Wrap {
  T v;
  ASL_ASYNC friend asl::Task<T> unwrap(Wrap w) { co_return w.v; }
};

int use() {
  Box<int>::Inner inner;
  return asl::sync_wait(inner.count());
}
// expect-error: 14:60: error: async member 'Box::Inner::count' of a class
//   nested in a class template (or of a partial specialization) is not
//   supported yet; only members of the class template itself are
// expect-error: 20:33: error: an async friend defined in a class template is
//   not supported yet
