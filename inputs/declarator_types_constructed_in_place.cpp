// Checks types whose spelling holds a declarator's parentheses (a function
// pointer, a pointer to an array, a member pointer) where the machine
// constructs them in place: `::new (p) int (*[2])(int){...}` is not a
// new-expression (its type would need parentheses), so such a type is
// written through asl::type_identity_t. Lifted arrays of function pointers
// (declared directly and through an alias), of pointers to members and to
// member functions, of pointers to arrays, and a new-expression of an array
// of function pointers whose initializer awaits.
#include <asl/task.h>

#include <cstdio>

static int add1(int v) { return v + 1; }
static int neg(int v) { return -v; }

struct Point {
  int x, y;
  int sum() const { return x + y; }
  int diff() const { return x - y; }
};

typedef int (*Op)(int);

struct Suspend {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) { h.resume(); }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<Op> pick(int which) {
  co_await Suspend{};
  co_return which == 0 ? add1 : neg;
}

ASL_ASYNC asl::Task<int> run() {
  int (*ops[2])(int) = {add1, neg};
  Op aliased[2] = {neg, add1};
  int Point::*members[2] = {&Point::x, &Point::y};
  int (Point::*methods[2])() const = {&Point::sum, &Point::diff};
  int row0[3] = {1, 2, 3}, row1[3] = {4, 5, 6};
  int (*rows[2])[3] = {&row0, &row1};
  co_await Suspend{};
  Point p{7, 3};
  std::printf("ops %d %d\n", ops[0](10), ops[1](5));
  std::printf("aliased %d %d\n", aliased[0](10), aliased[1](5));
  std::printf("members %d %d\n", p.*members[0], p.*members[1]);
  std::printf("methods %d %d\n", (p.*methods[0])(), (p.*methods[1])());
  std::printf("rows %d %d\n", (*rows[0])[2], (*rows[1])[0]);
  Op *table = new Op[2]{add1, co_await pick(1)};
  std::printf("table %d %d\n", table[0](1), table[1](2));
  delete[] table;
  int (**direct)(int) = new (int (*[2])(int)){co_await pick(0), neg};
  std::printf("direct %d %d\n", direct[0](1), direct[1](2));
  delete[] direct;
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
