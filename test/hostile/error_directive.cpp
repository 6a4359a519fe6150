// Hostile input: an #error before any async function.
#include <asl/task.h>

#error "this file must not be lowered"

ASL_ASYNC asl::Task<int> never() { co_return 1; }
