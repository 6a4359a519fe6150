// An async function defined in a header the file includes: the tool
// rewrites only the file it is given, so the header's co_return would reach
// the C++17 build. Refused at the definition (in the header), with a note
// at the #include below, which this test checks.
#include "async_function_in_header.h"

#include <cstdio>

int main() { std::printf("%d\n", asl::sync_wait(from_header(1))); }
// expect-error: 5:10: note: the file of async function 'from_header' is
//   included here; the tool does not rewrite it
