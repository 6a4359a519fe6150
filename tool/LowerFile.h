//===- LowerFile.h - Lower the async functions of one source file --------===//

#ifndef ASYNC_LOWER_LOWERFILE_H
#define ASYNC_LOWER_LOWERFILE_H

#include "MacroExpansion.h"

#include "clang/Tooling/Tooling.h"

#include <memory>
#include <string>
#include <vector>

namespace asynclower {

class LoweringContext;

// What to produce beside the lowered text.
struct LowerOptions {
  bool WarnDangling = true; // -Wasync-dangling (DanglingReferences.cpp)
  bool Explain = false;     // --explain (Explain.cpp)
  enum class GraphFormat { None, Dot, Mermaid };
  GraphFormat Graph = GraphFormat::None;
  // Placeholders for #line directives (LineDirectives.h); the caller
  // resolves them with resolveOutputLines once it knows the output's name.
  bool LineDirectives = false;
  // --depfile: record the files each input read (DependencyFile.h).
  bool CollectDependencies = false;
  // Threads that format the generated code (0: one per hardware thread).
  unsigned FormatThreads = 1;
  // False when the process ends soon after this file: the AST and the source
  // manager are then left to the exit instead of being freed, as clang does
  // (-disable-free). Its memory stays in use until the process ends.
  bool FreeAST = true;
  // Whether a macro invocation an async body needs spelled out is asked for
  // (LoweredFile::MacroNeeds) rather than refused, and the invocations, by
  // offset in the main file, that cannot be, with the reason
  // (MacroExpansion.h). lowerInParallel sets them between passes of a file.
  bool ExpandMacros = false;
  std::map<unsigned, std::string> UnexpandableMacros;
};

// One lowered function as --explain describes it; the sizeof line is added
// once the generated class has been laid out (MachineLayout.cpp).
struct ExplainedFunction {
  std::string MachineName;
  std::string Text;
};

// The result of lowering one main file. Lowered is set only when every
// function lowered without an error.
struct LoweredFile {
  bool Lowered = false;
  std::string Text;
  std::vector<ExplainedFunction> Explained;
  std::string Graph;
  // Not empty when the file must be lowered again with these macro
  // invocations spelled out (MacroExpansion.h); Lowered is false then.
  std::vector<MacroNeed> MacroNeeds;
};

std::unique_ptr<clang::tooling::FrontendActionFactory>
newLowerActionFactory(const LowerOptions &Options, LoweredFile &Out,
                      llvm::raw_ostream &Verbose);

// Range, widened to an expanded fold's parentheses where the context's
// current plan has folds (FunctionPlan::Folds): its text is then a whole
// expression or statement.
clang::SourceRange widenForFolds(LoweringContext &C, clang::SourceRange Range);

// Replaces the #line placeholders of a lowering made with LineDirectives;
// generated lines map to OutputFile.
std::string resolveOutputLines(llvm::StringRef Text,
                               llvm::StringRef OutputFile);

} // namespace asynclower

#endif
