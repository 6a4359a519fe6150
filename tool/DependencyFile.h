//===- DependencyFile.h - Make-style dependency files ---------------------===//
//
// `--depfile FILE` writes, for one lowered output, the rule a build system
// needs to rerun the lowering when anything it read changes:
//
//   out.lowered.cpp: in.cpp include/a.h /usr/include/c++/12/vector ...
//
// The files are the ones clang's preprocessor entered while parsing the
// input, collected as it enters them; nothing is rescanned.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_DEPENDENCYFILE_H
#define ASYNC_LOWER_DEPENDENCYFILE_H

#include "clang/Tooling/Tooling.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace asynclower {

// The files each main file read, the main file first, each once, in the
// order the preprocessor entered them.
using FileDependencies = std::map<std::string, std::vector<std::string>>;

// Wraps Inner so that each action it creates also records what its main file
// read into Out.
std::unique_ptr<clang::tooling::FrontendActionFactory> collectDependencies(
    std::unique_ptr<clang::tooling::FrontendActionFactory> Inner,
    FileDependencies &Out);

// The text of a dependency file: one rule with Target and its
// prerequisites, spelled so that both Make and Ninja read it.
std::string dependencyRule(llvm::StringRef Target,
                           const std::vector<std::string> &Files);

} // namespace asynclower

#endif
