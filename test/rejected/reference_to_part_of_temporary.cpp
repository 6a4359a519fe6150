// A reference bound to a member of a temporary keeps the whole temporary
// alive natively; one that lives across an await would have to keep that
// temporary in the machine, which is not done yet (it used to be lowered to
// a pointer to the member of a temporary that died at once). Found by the
// probe (reference_to_member_of_temporary).
#include <asl/task.h>

#include <string>

struct Pair {
  std::string first;
  std::string second;
};
Pair make_pair() { return Pair{"first", "second"}; }

ASL_ASYNC asl::Task<int> one() { co_return 1; }

ASL_ASYNC asl::Task<int> run() {
  const std::string &r = make_pair().second;
  co_await one();
  co_return static_cast<int>(r.size());
}
// expect-error: 19:22: error: reference 'r' is bound to part of a temporary,
//   which it keeps alive, and lives across a co_await; not supported yet
//   (bind the temporary itself, or copy the part)
