// An unnamed class that a local's type reaches through a template
// argument, living across an await, when nothing declared with the class
// names it through arrays, pointers or references: the machine spells an
// unnamed class through decltype of such a name, and a pointer to member
// of it is none (inputs/unnamed_types_inside_other_types.cpp lowers the
// others).
#include <asl/task.h>
#include <utility>

struct Owner {
  int id;
};

static struct {
  int retries;
} Owner::*pick = nullptr;

asl::Event ev(true);

ASL_ASYNC asl::Task<int> run(Owner &o) {
  auto both = std::make_pair(o.*pick, 1);
  co_await ev;
  co_return both.first.retries + both.second;
}
// expect-error: 21:8: error: 'both', an object whose type contains an
//   unnamed class or enumeration, lives across a co_await; not supported yet
