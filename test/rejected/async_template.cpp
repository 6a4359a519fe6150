// An async function template has no single machine type to emit.
#include <asl/task.h>

template <class T> ASL_ASYNC asl::Task<T> identity(T value) {
  co_return value;
}
int use() { return asl::sync_wait(identity(3)); }
// expect-error: 4:43: error: async function templates are not supported yet;
//   the machine would be a template with fields of dependent types
