// A declarator list that is an unbraced branch of an if, whose first
// variable binds a temporary to a reference member and lives across the
// await in the next declarator: supported only in a declaration statement
// in a block (the error names the shape; braces make it one).
#include <asl/task.h>

#include <string>

asl::Event ev(true);

struct Named {
  const std::string &name;
};

ASL_ASYNC asl::Task<int> length() {
  co_await ev;
  co_return 4;
}

ASL_ASYNC asl::Task<int> f(bool k) {
  int n = 0;
  if (k)
    Named a{std::string("temp")}, b{(n = co_await length(), a.name)};
  co_return n;
}
// expect-error: 23:11: error: a variable that lives across a co_await and
//   binds a temporary to a reference member is supported only in a
//   declaration statement in a block, not in one that is the branch of an
//   if or else or the body of a loop or switch without braces (add them)
