// A macro's text the lowering must edit, in a macro it cannot spell out
// (MacroExpansion.cpp): `unit` names itself, so a second parse of an
// expansion that holds it would expand it again. Kept as written, APPLY's
// capture of the lifted `count` would name the machine's field (which does
// not compile), and TAKE's use of the mutable lambda's copy of the const
// `name` would not see it const (`std::move` would empty it for the next
// call): both are refused.
#include <asl/task.h>

#include <string>
#include <utility>

#define unit unit
constexpr int unit = 1;
#define APPLY(x) [x]() { return x + unit; }()
#define TAKE(s) std::move(s).substr(unit)

asl::Event ready;

ASL_ASYNC asl::Task<int> run() {
  int count = 1;
  const std::string name = "kept";
  co_await ready;
  int next = APPLY(count);
  auto rest = [name]() mutable { return TAKE(name).size(); }();
  co_return next + static_cast<int>(rest);
}
// expect-error: 24:14: error: a lambda capturing 'count', a field of the
//   machine, inside a macro expansion (the macro cannot be expanded: its
//   expansion names the macro 'unit', which a second parse would expand
//   again)
// expect-error: 25:41: error: 'name', a copy a mutable lambda keeps const,
//   named inside a macro expansion (the macro cannot be expanded: its
//   expansion names the macro 'unit', which a second parse would expand
//   again)
