//===- LowerJobs.h - Lower several files in parallel ---------------------===//
//
// Each input is a job of its own: its own ClangTool, file system view and
// diagnostics buffer, so jobs share nothing but the read-only compilation
// database. Results come back in the order the inputs were named, which
// makes the output of a run independent of how the threads interleave.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_LOWERJOBS_H
#define ASYNC_LOWER_LOWERJOBS_H

#include "LowerFile.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>
#include <vector>

namespace asynclower {

struct LowerJob {
  std::string Source;      // as named on the command line
  std::string Diagnostics; // what clang reported, as text with carets
  LoweredFile Result;      // Result.Lowered is false after any error
  // With LowerOptions::CollectDependencies: the input and every file it
  // included, in the order the preprocessor entered them.
  std::vector<std::string> Dependencies;
};

// Lowers Sources on up to Threads threads and calls Done with each job on
// the calling thread, in the order of Sources. Adjust is applied to every
// compile command (the runtime's include path, clang's resource dir).
void lowerInParallel(const clang::tooling::CompilationDatabase &Compilations,
                     llvm::ArrayRef<std::string> Sources,
                     const clang::tooling::ArgumentsAdjuster &Adjust,
                     const LowerOptions &Options, unsigned Threads,
                     llvm::function_ref<void(const LowerJob &)> Done);

// A ClangTool over one source file that is safe to run beside others.
std::unique_ptr<clang::tooling::ClangTool>
newToolFor(const clang::tooling::CompilationDatabase &Compilations,
           llvm::StringRef Source,
           const clang::tooling::ArgumentsAdjuster &Adjust);

// Source as an absolute path without `.` or `..`: how a ClangTool's
// mapVirtualFile must name it.
std::string absoluteSourcePath(llvm::StringRef Source);

// For --explain: appends "sizeof(M) = ..." to each explained function, from
// clang's layout of the machine class in the lowered text. The lowered text
// is parsed as if it were the source file, with the same compile command.
void addMachineSizes(const clang::tooling::CompilationDatabase &Compilations,
                     llvm::StringRef Source,
                     const clang::tooling::ArgumentsAdjuster &Adjust,
                     LowerJob &Job);

} // namespace asynclower

#endif
