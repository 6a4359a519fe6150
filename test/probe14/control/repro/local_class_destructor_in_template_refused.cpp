// probe14 control repro: a class declared in the body of an async
// function template (also: of a generic coroutine lambda, of an async
// member of a class template) whose object lives across an await, and
// which declares a destructor with a body, is refused:
//   error: 'Guard' names something declared outside the function, but a
//   type or enumerator of the function, which the machine names from
//   outside it, has that name too; rename one
// located at the destructor's name `~Guard`. Nothing outside the function
// is named Guard. Expected: lowered, printing what the native build prints
// (native: "g 7", then "guard-7"). The same class in a non-template async
// function lowers, as does `~Guard() = default;` in the template; any
// destructor with a body (`~Guard() {}`) is refused, while a constructor
// or other members do not trigger it. So this is not the documented
// limit of docs/design.md "Lambdas and types declared in the body" (a
// name the body uses for something outside the function while a hoisted
// type has it too).
// Found by finding/k47_local_class_generic_lambda.cpp.
#include <asl/task.h>

#include <cstdio>

struct Later {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

template <class T>
ASL_ASYNC asl::Task<int> f(T n) {
  struct Guard {
    int id;
    ~Guard() { std::printf("guard-%d\n", id); }
  };
  Guard g{static_cast<int>(n)};
  co_await Later{};
  std::printf("g %d\n", g.id);
  co_return g.id;
}

int main() { return asl::sync_wait(f(7)) == 7 ? 0 : 1; }
