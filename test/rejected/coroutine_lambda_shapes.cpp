// Coroutine lambdas are lowered, except these: one capturing `*this` inside
// an async member function of a local class would make the machine, defined
// in that class (nothing outside can name it), hold an object of the
// incomplete class; a generic one inside a template, and one inside a
// template with a parameter pack, whose body cannot choose the machine.
#include <asl/task.h>

asl::Event tick;

int local() {
  struct Widget {
    int size = 1;
    ASL_ASYNC asl::Task<int> use() {
      auto lambda = [*this]() -> asl::Task<int> {
        co_await tick;
        co_return size;
      };
      co_return co_await lambda();
    }
  };
  return asl::sync_wait(Widget().use());
}

template <class T> int generic(T value) { // generic, in a template
  auto lambda = [value](auto scale) -> asl::Task<int> {
    co_await tick;
    co_return static_cast<int>(value * scale);
  };
  return asl::sync_wait(lambda(2));
}
int instantiated = generic(2);

template <class... Ts> int pack(Ts... values) { // a pack it cannot compare
  auto lambda = [=]() -> asl::Task<int> {
    co_await tick;
    co_return (0 + ... + values);
  };
  return asl::sync_wait(lambda());
}
int packed = pack(1, 2);
// expect-error: 14:22: error: a coroutine lambda that captures '*this' inside
//   an async member function of a local or unnamed class; its closure, a
//   member of the machine, would hold an object of the incomplete class
// expect-error: 25:17: error: this coroutine lambda inside a template is not
//   supported yet; only a non-generic one directly in a function template or
//   in a member of a class template that is no coroutine is
// expect-error: 33:11: error: a coroutine lambda inside a template with an
//   unnamed template parameter, a pack, a template template parameter or a
//   non-type parameter of other than integral or enumeration type is not
//   supported yet; its body chooses the machine by the template's arguments
