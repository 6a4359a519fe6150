//===- MacroExpansion.h - Spell out the macros an async body needs -------===//
//
// The lowering edits the source text, and a macro's expansion has no text
// at the place it is used: an await inside `CHECK(co_await f() == 8)`, a
// renamed lifted local named by a macro, a lifted local a macro declares.
// When a phase meets one, it asks for the outermost macro invocation around
// it (LoweringContext::expandMacroAround) instead of refusing. The file is
// then lowered again from a copy of its text, in memory, where each such
// invocation is replaced by the tokens it expands to, kept on the
// invocation's lines, so that line numbers (diagnostics, __LINE__, #line
// directives) stay those of the input. Every other macro stays as written.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_MACROEXPANSION_H
#define ASYNC_LOWER_MACROEXPANSION_H

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <map>
#include <string>
#include <vector>

namespace asynclower {

// A macro invocation of the main file that must be spelled out.
struct MacroNeed {
  unsigned Begin = 0; // file offsets of the outermost invocation's text
  unsigned End = 0;
  std::string Why; // for the comment in the output: "it awaits"
};

// The main file's text with the needed invocations spelled out, and those
// that could not be, by their offset in Text, with the reason.
struct ExpandedMacros {
  std::string Text;
  std::map<unsigned, std::string> Unexpandable;
};

// Preprocesses Source (as Text when Text is not empty, else as on disk)
// with its compile command, and spells out Needs in it. Unexpandable are
// earlier invocations that could not be, by offset in Text; the result
// keeps them, at their offsets in the new text. An empty Text in the
// result means the file could not be preprocessed.
ExpandedMacros
expandMacros(const clang::tooling::CompilationDatabase &Compilations,
             llvm::StringRef Source,
             const clang::tooling::ArgumentsAdjuster &Adjust,
             llvm::StringRef Text, const std::vector<MacroNeed> &Needs,
             const std::map<unsigned, std::string> &Unexpandable);

} // namespace asynclower

#endif
