// In a specialization of an async function template, a class local to the
// body that lives across an await and has a destructor with a body moves
// to the machine, outside the function; a later use of a class outside
// the function with its name would find the moved one, and is refused. The
// refusal is located at that use, not at the local class's `~Tag`, which
// names the class itself.
#include <asl/task.h>

struct Tag {
  int id = 0;
};

struct Later {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

template <class T>
ASL_ASYNC asl::Task<int> f(T n) {
  int s = 0;
  {
    struct Tag {
      int id;
      ~Tag() {}
    };
    Tag inner{static_cast<int>(n)};
    co_await Later{};
    s = inner.id;
  }
  Tag outer{s};
  co_return outer.id;
}

int main() { return asl::sync_wait(f(1)) == 1 ? 0 : 1; }
// expect-error: 31:3: error: 'Tag' names something declared outside the
//   function, but a type or enumerator of the function, which the machine
//   names from outside it, has that name too; rename one
