// Locals that live across an await, copy-list-initialized (`T t = {args};`)
// from a class with constructors: built as T{args}, which chooses the
// constructor list-initialization chooses, where T({args}) could be
// ambiguous with the copy and move constructors (the probe's
// copy_list_init_and_paren_aggregate). `T t = T{...}` stays as it is.
#include <asl/task.h>
#include <cstdio>
#include <string>
#include <vector>
struct Name {
  std::string text;
  Name(std::string t) : text(std::move(t)) { std::printf("Name(string)\n"); }
  Name(const Name &o) : text(o.text) { std::printf("copy\n"); }
  Name(Name &&o) : text(std::move(o.text)) { std::printf("move\n"); }
};
asl::Event ready;
ASL_ASYNC asl::Task<int> run() {
  Name t = {"braced-copy"};
  std::vector<int> v = {1, 2, 3};
  std::string s = {"abc"};
  Name u = Name{"temp"};
  co_await ready;
  std::printf("%s %zu %s %s\n", t.text.c_str(), v.size(), s.c_str(), u.text.c_str());
  co_return 0;
}
int main() { auto x = run(); ready.set(); return asl::sync_wait(std::move(x)); }
