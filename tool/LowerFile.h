//===- LowerFile.h - Lower the async functions of one source file --------===//

#ifndef ASYNC_LOWER_LOWERFILE_H
#define ASYNC_LOWER_LOWERFILE_H

#include "clang/Tooling/Tooling.h"

#include <map>
#include <memory>
#include <string>

namespace asynclower {

// Lowered text per main file, filled in by the actions the factory makes.
// A file whose lowering reported an error has no entry.
using LoweredFiles = std::map<std::string, std::string>;

struct LowerOptions {
  // Placeholders for #line directives (LineDirectives.h); the caller
  // resolves them with resolveOutputLines once it knows the output's name.
  bool LineDirectives = false;
};

std::unique_ptr<clang::tooling::FrontendActionFactory>
newLowerActionFactory(LoweredFiles &Out, LowerOptions Options = {});

// Replaces the #line placeholders of a lowering made with LineDirectives;
// generated lines map to OutputFile.
std::string resolveOutputLines(llvm::StringRef Text,
                               llvm::StringRef OutputFile);

} // namespace asynclower

#endif
