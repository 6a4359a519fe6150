//===- UnifiedDiff.h - A unified diff of two texts, for --check ----------===//

#ifndef ASYNC_LOWER_UNIFIEDDIFF_H
#define ASYNC_LOWER_UNIFIEDDIFF_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace asynclower {

// The differences from Old to New as a unified diff ("--- OldName",
// "+++ NewName", then "@@" hunks with Context lines around each change), as
// `diff -u` writes it and `patch` reads it; empty when the texts are equal.
//
// Usage:
//   std::string D = unifiedDiff(OnDisk, Lowered, "a/x.cpp", "b/x.cpp");
std::string unifiedDiff(llvm::StringRef Old, llvm::StringRef New,
                        llvm::StringRef OldName, llvm::StringRef NewName,
                        unsigned Context = 3);

} // namespace asynclower

#endif
