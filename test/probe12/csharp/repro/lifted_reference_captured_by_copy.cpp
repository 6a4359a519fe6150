// Does not compile: a reference that lives across an await (a range-for's
// `const std::string &s`, or a plain reference local), captured by copy
// in a lambda after the await. The machine keeps the reference as a
// pointer field, and the lowering turns the capture into an init-capture
// `s = s` that copies the pointer, so the closure holds a
// `const std::string *` where the body expects a string. Natively the
// closure holds a copy of the string. Expected "book:4 pay:3 first:4".
#include <asl/task.h>

#include <iostream>
#include <string>
#include <vector>

ASL_ASYNC asl::Task<void> tick() { co_return; }

ASL_ASYNC asl::Task<std::string> run(std::vector<std::string> steps) {
  std::string out;
  for (const std::string &s : steps) {
    co_await tick();
    auto f = [s] { return s + ":" + std::to_string(s.size()); };
    out += f() + " ";
  }
  const std::string &first = steps.front();
  co_await tick();
  out += [first] { return "first:" + std::to_string(first.size()); }();
  co_return out;
}

int main() { std::cout << asl::sync_wait(run({"book", "pay"})) << "\n"; }
