// A reference bound to the temporary on the right of a comma operator keeps
// that temporary alive natively; one that lives across an await would have
// to keep it in the machine, which is not done (a reference to a member or
// base of a temporary is: inputs/references_to_parts_of_temporaries).
#include <asl/task.h>

#include <string>

int note() { return 0; }

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  const std::string &r = (note(), std::string("kept"));
  co_await one();
  co_return static_cast<int>(r.size());
}
// expect-error: 14:22: error: reference 'r' is bound to part of a temporary,
//   which it keeps alive, and lives across a co_await; not supported yet
//   (bind the temporary itself, or copy the part)
