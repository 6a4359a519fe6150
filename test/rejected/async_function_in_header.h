// An async function defined in a header, which the lowering does not edit
// (test/rejected/async_function_in_header.cpp).
#pragma once
#include <asl/task.h>

inline ASL_ASYNC asl::Task<int> from_header(int v) { co_return v + 1; }
