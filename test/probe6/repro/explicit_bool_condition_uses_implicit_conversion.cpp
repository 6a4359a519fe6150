// Finding: an `if` whose condition is an awaited class with an explicit
// operator bool and an implicit conversion to int takes the wrong branch.
// Natively `if (co_await get(404))` is contextually converted: explicit
// operator bool, false, prints "no". The lowering stores the condition in
// a `bool conditionN_` field by assignment (`condition3_ =
// awaiter3_.await_resume();`), a copy-initialization that cannot use the
// explicit operator, so it converts through operator int (404 != 0): the
// lowered program prints "as int" and "yes" (g++ and clang++-19).
// Expected: "no" / got: "as int" then "yes".
#include <asl/task.h>
#include <cstdio>

struct Reply {
  int code;
  operator int() const {
    std::printf("as int\n");
    return code;
  }
  explicit operator bool() const { return code == 200; }
};

ASL_ASYNC asl::Task<Reply> get(int code) { co_return Reply{code}; }

ASL_ASYNC asl::Task<int> run() {
  if (co_await get(404))
    std::printf("yes\n");
  else
    std::printf("no\n");
  co_return 0;
}

int main() { return asl::sync_wait(run()); }
