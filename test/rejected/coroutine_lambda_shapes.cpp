// Coroutine lambdas are lowered, except these: one inside a template has no
// single machine type, and one capturing `*this` inside an async member
// function of a local class would make the machine, defined in that class
// (nothing outside can name it), hold an object of the incomplete class.
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

template <class T> int inside(T value) {
  auto lambda = [value]() -> asl::Task<int> {
    co_await tick;
    co_return static_cast<int>(value);
  };
  return asl::sync_wait(lambda());
}
int instantiated = inside(2);
// expect-error: 13:22: error: a coroutine lambda that captures '*this' inside
//   an async member function of a local or unnamed class; its closure, a
//   member of the machine, would hold an object of the incomplete class
// expect-error: 24:17: error: coroutine lambdas inside templates are not
//   supported yet
