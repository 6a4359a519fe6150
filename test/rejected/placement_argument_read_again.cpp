// An await in the initializer of a placement new-expression whose placement
// operator delete takes a global pointer by value. If the initializer
// throws, the delete must get the pointer the allocation got; the freeing
// function would read the global again, after the await, when another task
// may have pointed it at another arena. A constant global, or one the
// delete takes by reference (the same object whatever it holds), is lowered
// (inputs/await_in_new_allocates_first.cpp).
#include <asl/task.h>

#include <cstddef>
#include <cstdlib>

struct Arena {
  int used = 0;
};
Arena *current_arena = nullptr;

struct Placed {
  int value;
  static void *operator new(std::size_t size, Arena *arena) {
    ++arena->used;
    return std::malloc(size);
  }
  static void operator delete(void *block, Arena *arena) {
    --arena->used;
    std::free(block);
  }
};

ASL_ASYNC asl::Task<int> value(int v) { co_return v; }

ASL_ASYNC asl::Task<int> make() {
  Placed *p = new (current_arena) Placed{co_await value(1)};
  int v = p->value;
  p->~Placed();
  std::free(p);
  co_return v;
}

// expect-error: 33:15: error: co_await in the initializer of a new-expression
//   whose allocation function the program declares: C++17 calls it before the
//   initializer is evaluated, and the lowering cannot allocate first for a
//   placement new-expression whose operator delete, called if the initializer
//   throws, takes placement arguments other than literals, enumerators,
//   constant globals or globals it takes by reference; not supported yet (await
//   into a local before the new-expression)
