// Finding (lowered output does not compile, g++ and clang++-19): a local
// declared with an elaborated type specifier, C style (`struct stat_info
// a{5, 1};`, `struct stat_info b = {6, 2};`, `struct timespec ts = {1,
// 0};`, as code using POSIX structs writes it; `union Num n = {4};` too),
// living across an await.
// The lowering builds it with `::new (asl::place(a)) struct stat_info {5,
// 1};`, where `struct stat_info {` starts a class definition inside a
// new-type-id (g++: "types may not be defined in a new-type-id", then
// "redefinition of 'struct f_machine::move_next()::stat_info'"); a default
// initialized one becomes `::new (asl::place(c)) struct stat_info;`, which
// declares a local class. The same declarations without `struct` lower.
// Expected output: "r=18".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>

struct stat_info {
  int size;
  int mode;
};

ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  struct stat_info a{5, 1};
  struct stat_info b = {6, 2};
  struct stat_info c;
  c.size = 7;
  co_await e;
  co_return a.size + b.size + c.size;
}

int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  e.set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
