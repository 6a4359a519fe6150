// A value evaluated before an await in the same expression is kept in the
// machine and moved to where it is used; a type that cannot be moved cannot.
#include <asl/task.h>
#include <mutex>

struct Guarded {
  std::mutex lock;
  int value;
};
int total(Guarded g, int extra) { return g.value + extra; }

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  co_return total(Guarded{{}, 2}, co_await one());
}
// expect-error: 15:19: error: a value of type 'Guarded', which cannot be moved,
//   is evaluated before a co_await in the same expression and would
//   have to be kept and moved; not supported yet
