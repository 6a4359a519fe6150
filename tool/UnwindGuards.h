//===- UnwindGuards.h - Lifted objects destroyed during unwinding ---------===//
//
// Where an exception leaves the scope of lifted objects that might observe
// the unwinding (a destructor asking std::uncaught_exceptions()), a guard
// destroys them from its destructor, during the unwinding, as C++ destroys
// locals: asl::unwind_guard first in move_next()'s try block, and
// asl::try_unwind_guard first in each try block that declares such objects
// (UnwindGuards.cpp says which objects, and docs/design.md, "Construction
// and destruction", shows the code).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_UNWINDGUARDS_H
#define ASYNC_LOWER_UNWINDGUARDS_H

#include "Lowering.h"

#include <string>

namespace asynclower {

// Marks, in a body's text, where move_next() leaves with its objects alive
// (a suspension) or destroyed already (a co_return's jump to the end):
// emitMachine writes the body guard's release there when the machine has
// one, and drops the mark otherwise.
inline const std::string ReleaseMark = "/*asl:release*/\n";

// True when destroying an object of this type cannot observe stack
// unwinding: a trivially destructible type, one of the runtime's awaiters
// (a class in namespace asl whose name ends in "awaiter", not
// erased_awaiter, which owns the user's awaiter) or a std::basic_string
// of a built-in character type, each of whose type template arguments
// (and those of the classes it is nested in) is such a type too.
bool unwindsQuietly(clang::QualType Type);

// True when one of the objects that the asl::destroy calls in Destroys
// destroy might observe the unwinding (the field of an object not known to
// unwind quietly).
bool observesUnwinding(const FunctionPlan &Plan, llvm::StringRef Destroys);

// The body's guard, declared first in move_next()'s try block, running
// Destroys; and a try block's, declared first in it.
std::string bodyUnwindGuard(const FunctionPlan &Plan,
                            llvm::StringRef Destroys);
std::string tryUnwindGuard(const FunctionPlan &Plan, llvm::StringRef Destroys);

// Body with each ReleaseMark replaced by the body guard's release (Guarded)
// or removed.
std::string resolveReleaseMarks(const FunctionPlan &Plan, std::string Body,
                                bool Guarded);

} // namespace asynclower

#endif
