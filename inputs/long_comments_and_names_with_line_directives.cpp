// Lowered with --line-directives (the `lines` test), long text the tool
// writes into a statement is formatted on several lines: the comment of a
// spelled-out macro that begins a lifted local's declaration (as a
// statement, with its `*/` wrapped onto a line of its own, and in an if's
// condition variable), and the debugger alias of a local with a long name.
// The lines of such a comment hold no code of the input, and the alias is
// not in golden/, so the check must tell them from copied code.
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <string>

asl::Event ready;

#define A_LONG_MACRO_NAME_FOR_THE_TYPE_OF(x) decltype(x)
#define LONG_MAP_XXXXXXXXXXXXXXXX std::map<std::string, int>

ASL_ASYNC asl::Task<int> run() {
  int k = 4;
  A_LONG_MACRO_NAME_FOR_THE_TYPE_OF(k) w = k;
  LONG_MAP_XXXXXXXXXXXXXXXX m;
  std::string a_rather_long_local_name_for_a_text = "text";
  m["a"] = 1;
  co_await ready;
  w += 1;
  m["c"] = 3;
  if (A_LONG_MACRO_NAME_FOR_THE_TYPE_OF(k) c = k - 1) {
    co_await ready;
    w += c;
    m["d"] = c;
  }
  a_rather_long_local_name_for_a_text += "!";
  std::printf("w %d m %zu %s\n", w, m.size(),
              a_rather_long_local_name_for_a_text.c_str());
  co_return w;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
