// A non-template async member of a class template (and one of a class
// nested in a class template) has no single machine type to emit either.
#include <asl/task.h>

#include <string>

template <class T> struct Box {
  T value;
  ASL_ASYNC asl::Task<T> get() { co_return value; }
  struct Inner {
    ASL_ASYNC asl::Task<int> count();
  };
};

template <class T> ASL_ASYNC asl::Task<int> Box<T>::Inner::count() {
  co_return 1;
}

int use() {
  Box<std::string> box{"boxed"};
  return static_cast<int>(asl::sync_wait(box.get()).size());
}
// expect-error: 9:26: error: async member 'Box::get' of a class template is
//   not supported yet; its machine would be a template with fields of
//   dependent types
// expect-error: 15:60: error: async member 'Box::Inner::count' of a class
//   template is not supported yet; its machine would be a template with
//   fields of dependent types
