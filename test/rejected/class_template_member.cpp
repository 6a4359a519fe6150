// Async members of class templates the tool still refuses (members of
// classes nested in a class template, of partial specializations, and
// friends defined in a class template lower:
// inputs/async_members_of_nested_classes_in_templates.cpp,
// inputs/async_hidden_friends_of_class_templates.cpp): a member of a class
// template nested in a class template, a member of an unnamed class in a
// class template (the machine, after the file's code, cannot name the
// class), and a friend template defined in an unnamed class.
#include <asl/task.h>

template <class T> struct Box {
  template <class U> struct Pair {
    ASL_ASYNC asl::Task<int> count() { co_return 1; }
  };
  struct {
    ASL_ASYNC asl::Task<int> peek() { co_return 2; }
  } unnamed;
};

struct Tag {};
struct {
  template <class U> ASL_ASYNC friend asl::Task<int> unwrap(Tag, U) {
    co_return 3;
  }
} unnamed_holder;

int use() {
  Box<int>::Pair<char> pair;
  Box<int> box;
  return asl::sync_wait(pair.count()) + asl::sync_wait(box.unnamed.peek());
}
// expect-error: 13:30: error: async member 'Box::Pair::count' of a class
//   template nested in a class template (or of a class nested in such a
//   template); not supported yet
// expect-error: 16:30: error: async member 'Box::(anonymous struct)::peek'
//   of an unnamed class, which its machine, defined after the file's code,
//   could not name; not supported yet
// expect-error: 22:54: error: async friend template 'unwrap' of an unnamed
//   class, which its machine, defined after the file's code, could not name;
//   not supported yet
