// A lifted local whose declaration a macro begins (`INT_T v;`,
// `TYPE_OF(k) w = k;`), as a statement, a condition variable or a
// range-for's variable: its declaration is replaced by the construction
// in its field, which cannot be edited inside the macro, so the macro is
// spelled out first ("Macros in async bodies"). Left as written, the
// declaration stayed a local that hid the field: the body read it
// uninitialized after the resume.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

#define INT_T int
#define TYPE_OF(x) decltype(x)
#define TEXT_T std::string

ASL_ASYNC asl::Task<int> run() {
  int k = 4;
  INT_T v;
  v = 3;
  TYPE_OF(k) w = k;
  TEXT_T text = "kept";
  co_await ready;
  v++;
  w *= 10;
  text += "!";
  if (INT_T c = k - 1) {
    co_await ready;
    v += c;
  }
  int values[] = {5, 6};
  for (INT_T x : values) {
    co_await ready;
    w += x;
  }
  std::printf("v %d w %d text %s\n", v, w, text.c_str());
  co_return v + w;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
