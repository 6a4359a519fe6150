// Finding: the NATIVE build (clang++-19 -std=c++20) of an async function
// returning asl::Task<X> for an over-aligned X does not compile:
//   error: too few arguments to function call, expected 3, have 2
//   note: 'operator delete' declared here (ASL_FRAME_ALLOCATED)
// Expected: it compiles and prints "8.0" (g++ -std=c++20 accepts it).
// Cause, as far as seen: the promise (task_state<X> holds an X) is itself
// over-aligned; clang-19 then picks the promise's aligned
// `operator delete(void *, size_t, align_val_t)` (declared by
// ASL_FRAME_ALLOCATED) and calls it with two arguments. A plain coroutine
// type whose promise holds an alignas(32) member and declares the same four
// operators reproduces it without the runtime, so it looks like a clang-19
// bug that the runtime meets; an over-aligned local alone (not the result)
// compiles. async-lower itself (clang-19 front end, C++20) stops with the
// same error, so the program can be neither built natively nor lowered.
// With `-fcoro-aligned-allocation` clang-19 builds it natively and it
// prints 8.0. The program is ordinary, so a user hits it before the tool.
#include <asl/task.h>
#include <cstdio>

struct alignas(32) Vec8 {
  float f[8];
};

ASL_ASYNC asl::Task<Vec8> make_vec(float s) {
  Vec8 v{};
  for (int i = 0; i < 8; ++i)
    v.f[i] = s * static_cast<float>(i);
  co_return v;
}

int main() {
  Vec8 v = asl::sync_wait(make_vec(8.0f / 7));
  std::printf("%.1f\n", static_cast<double>(v.f[7]));
}
