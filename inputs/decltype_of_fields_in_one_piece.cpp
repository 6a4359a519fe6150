// A decltype naming a local the machine keeps as a field is spelled as the
// local's type (its field's type may differ: a pointer for a reference),
// and in one piece wherever decltype(...) stood: after `decltype(arr)` of
// an array the declarator's name comes after the bounds, a pointer type
// declares every name of its declaration a pointer, and `unsigned int`
// makes a functional cast only as one name. Each decltype here is written
// after an await, of a local kept across it, in a declaration that is not
// kept itself.
#include <asl/task.h>

#include <cstdio>

asl::Event ready(true);

ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

ASL_ASYNC asl::Task<int> array_copy() {
  int arr[3] = {1, 2, 3};
  co_await later(0);
  decltype(arr) copy = {4, 5, 6};
  co_return arr[1] + copy[2];
}

ASL_ASYNC asl::Task<int> pointers_declared_together() {
  int value = 7;
  int *p = &value;
  co_await later(0);
  decltype(p) q = p, r = &value;
  co_return *q + *r;
}

ASL_ASYNC asl::Task<unsigned> unsigned_cast() {
  unsigned int u = 40;
  co_await later(0);
  co_return decltype(u)(2) + u;
}

ASL_ASYNC asl::Task<int> reference_kept() {
  int target = 9;
  int &ref = target;
  co_await later(0);
  decltype(ref) alias = target;
  alias += 1;
  co_return ref;
}

int main() {
  std::printf("array %d\n", asl::sync_wait(array_copy()));
  std::printf("pointers %d\n", asl::sync_wait(pointers_declared_together()));
  std::printf("unsigned %u\n", asl::sync_wait(unsigned_cast()));
  std::printf("reference %d\n", asl::sync_wait(reference_kept()));
}
