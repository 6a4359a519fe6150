// An unnamed class as a template argument of a local's type, living across
// an await: the machine spells an unnamed class through decltype of the
// variable declared with it, and a pointer or reference to it, but not a
// type built from it (a template specialization, an array).
#include <asl/task.h>
#include <utility>

static struct {
  int retries;
} config = {3};

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run() {
  auto both = std::make_pair(config, 1);
  co_await ev;
  co_return both.first.retries + both.second;
}
// expect-error: 15:8: error: object whose type contains an unnamed class or
//   enumeration 'both' lives across a co_await; not supported yet
