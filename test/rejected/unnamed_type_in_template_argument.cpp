// An unnamed class that a local's type reaches through a template
// argument, living across an await, when nothing declared with the class
// names it, its array or a pointer to it: the machine spells an unnamed
// class through decltype of such a name, and an array of pointers to it
// is none of these (inputs/unnamed_types_inside_other_types.cpp lowers the
// others).
#include <asl/task.h>
#include <utility>

static struct {
  int retries;
} *slots[2];

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run() {
  auto both = std::make_pair(slots[0], 1);
  co_await ev;
  co_return both.second;
}
// expect-error: 17:8: error: object whose type contains an unnamed class or
//   enumeration 'both' lives across a co_await; not supported yet
