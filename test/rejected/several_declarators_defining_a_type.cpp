// A declaration of several variables with an await in an initializer is
// lowered as one declaration per declarator, each with the shared
// decl-specifiers; when those define a type, each would define it again, so
// it is refused (declaring the type on its own first lowers it).
#include <asl/task.h>

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  enum Kind { first, second } k = Kind(co_await one()), other = first;
  co_return k + other;
}
// expect-error: 10:8: error: a declaration that defines a type and declares
//   several variables with a co_await in an initializer is not supported
//   yet; declare the type first
