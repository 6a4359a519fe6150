// Finding 4 (output differs: one more copy and destructor): a braced list
// that makes an std::initializer_list<T> argument (std::vector's
// constructor, a function or class of the program's own) with an await
// in a later element: the element before the await is made in a field,
// then *copied* into the list's array (T has no move constructor), and
// both die. design.md ("Braced lists as std::initializer_list") says
// elements that await are built one by one in place, as an aggregate's
// members; a named list (`std::initializer_list<T> il = {...}`) is, and
// prints what the native build prints.
// Expected (native): +a later +b -b -a 2
// Got (lowered g++ and clang++-19): +a later +copy a +b -b -a -a 2
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <initializer_list>

struct T {
  const char *n;
  explicit T(const char *s) : n(s) { std::printf("+%s\n", n); }
  T(const T &o) : n(o.n) { std::printf("+copy %s\n", n); }
  ~T() { std::printf("-%s\n", n); }
};
int count(std::initializer_list<T> l) { return static_cast<int>(l.size()); }

asl::Event ev;
ASL_ASYNC asl::Task<const char *> later() {
  std::printf("later\n");
  co_await ev;
  co_return "b";
}

ASL_ASYNC asl::Task<int> app() {
  int n = count({T("a"), T(co_await later())});
  co_return n;
}

int main() {
  asl::Task<int> t = app();
  ev.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
