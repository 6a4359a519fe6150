// Used by ../async_function_in_header_not_lowered.cpp (finding 6).
#pragma once
#include <asl/task.h>

inline ASL_ASYNC asl::Task<int> from_header(int v) {
  co_return v + 1;
}
