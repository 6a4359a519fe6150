// A declaration that awaits as the whole body of an if without braces
// (`if (k >= 0) Tr t(co_await word("body"));`, its own scope). The
// lowering drops the await: the output keeps `Tr t(awaiter0_.await_resume())`
// but never constructs, awaits or resumes awaiter0_, and the dispatch
// names a resume label that does not exist.
// Expected: "word body", "+body", "-body", "after", "0". Got: g++ "label
// 'resume0_' used but not defined"; clang++-19 likewise.
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <string>
static asl::Event ev;
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  ~Tr() { std::printf("-%s\n", n.c_str()); }
};
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  co_await ev;
  co_return s;
}
ASL_ASYNC asl::Task<int> run(int k) {
  if (k >= 0)
    Tr t(co_await word("body"));
  std::printf("after\n");
  co_return 0;
}
int main() {
  asl::Task<int> t = run(1);
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
