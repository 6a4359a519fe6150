// What the machine cannot name from the body is refused, each at the
// construct: a lambda the machine keeps that names a static local of the
// function (which it does not capture), one capturing `this` inside a
// lambda that captures `*this`; a local type that uses a static local; a
// local class declared together with its variable (which stays in the
// body) that a `continue` leaves together with a lifted object, or a local
// enumeration declared so whose variable lives across an await; and a name
// used for something else than a hoisted type of the same name.
#include <asl/task.h>

asl::Event tick;

ASL_ASYNC asl::Task<int> static_named() {
  static int calls = 0;
  auto next = [] { return ++calls; };
  co_await tick;
  co_return next() + calls;
}

struct Widget {
  int size = 1;
  ASL_ASYNC asl::Task<int> copies();
};

ASL_ASYNC asl::Task<int> Widget::copies() {
  auto copy = [*this] { return [this] { return size; }(); };
  co_await tick;
  co_return copy();
}

ASL_ASYNC asl::Task<int> static_local() {
  static int calls = 0;
  struct Counter {
    int next() { return ++calls; }
  };
  Counter counter;
  co_await tick;
  co_return counter.next();
}

struct Noisy {
  ~Noisy() {}
};

ASL_ASYNC asl::Task<int> jump() {
  for (int i = 0; i < 2; ++i) {
    Noisy round;
    co_await tick;
    struct Local {
      ~Local() {}
    } local;
    if (i == 0)
      continue;
  }
  co_return 0;
}

enum Level { Low, High };

ASL_ASYNC asl::Task<int> shadowed() {
  Level before = Low;
  {
    enum Local { Low = 5 };
    Local local = Low;
    co_await tick;
    co_return static_cast<int>(local) + before;
  }
}
ASL_ASYNC asl::Task<int> declared_with_variable() {
  enum Color { Red, Green } col = Green;
  co_await tick;
  co_return col;
}
// expect-error: 15:29: error: a lambda that names 'calls', a local of the
//   function it does not capture (a static local), and lives across a
//   co_await; not supported yet
// expect-error: 26:32: error: a lambda capturing 'this' inside a lambda that
//   captures '*this' and lives across a co_await; not supported yet
// expect-error: 34:27: error: the type 'Counter' names 'calls', a variable of
//   the function; the machine, which names the type, is outside the function
// expect-error: 51:7: error: 'local', an object whose type, a class local to
//   a function, is declared together with it (declare the type in a
//   statement of its own), must be destroyed in order with objects that
//   live across a co_await (a jump or co_return leaves them together); not
//   supported yet
// expect-error: 61:18: error: 'Low' names something declared outside the
//   function, but a type or enumerator of the function, which the machine
//   names from outside it, has that name too; rename one
// expect-error: 70:29: error: 'col', an object whose type, an enumeration
//   local to a function, is declared together with it (declare the type in
//   a statement of its own), lives across a co_await; not supported yet
