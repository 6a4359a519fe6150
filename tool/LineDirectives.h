//===- LineDirectives.h - Map the output back to the input with #line ----===//
//
// With --line-directives, each statement of a lowered body is preceded by
// `#line N "input.cpp"`, so compiler errors and debuggers point at the
// user's code. Every output line of the statement's text maps to N, the line
// the statement starts on: that includes the scaffolding of an await inside
// it, which is part of evaluating the statement. Generated lines between
// statements (the state switch, destructions at the end of a scope, the
// completion) map to the output file itself, through `#line K "out.cpp"`.
// The statements of a lambda in an async body are not marked: a directive
// between them would split the expression that holds the lambda over lines
// the formatter did not choose, so they map to the line of that statement.
//
// The markers go in before the body is rewritten, as placeholder directives
// beside each statement, and travel with the statement's text through every
// phase and through clang-format. resolveOutputLines, once the output's name
// is known, turns them into the final directives.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_LINEDIRECTIVES_H
#define ASYNC_LOWER_LINEDIRECTIVES_H

#include "Lowering.h"

#include <string>

namespace asynclower {

// Puts a placeholder before and after each statement of Plan's body (not in
// lambdas), naming the statement's line of InputFile.
void insertLineMarkers(LoweringContext &C, const FunctionPlan &Plan,
                       llvm::StringRef InputFile);

// The user's code outside async functions is copied as it is and keeps its
// own lines: startOfInput opens the file with a directive naming the input;
// asGenerated maps Text, a generated definition, to the output file; and
// resumeInput, once every definition is replaced, puts a directive before
// the user's code that goes on After a generated text (unless generated
// text, starting at one of GeneratedStarts, comes next).
std::string startOfInput(llvm::StringRef InputFile);
std::string asGenerated(llvm::StringRef Text);
void resumeInput(LoweringContext &C, clang::SourceLocation After,
                 llvm::ArrayRef<clang::SourceLocation> GeneratedStarts,
                 llvm::StringRef InputFile);

// With line directives, move_next() starts with a reference named like
// each lifted local kept in an anonymous union, bound to it: gdb resolves a
// bare name through `this` but does not look into anonymous unions, so
// without it `print line` would fail where `print this->line` works.
// Locals whose field was renamed get none: the source name may mean
// something else in the body.
// FIXME: the body then names the alias, a reference, so decltype(local)
// in the body is T& with line directives and T without; a debug-info
// way to name a union member through `this` would avoid the aliases.
std::string debuggerAliases(const FunctionPlan &Plan);

// resolveOutputLines, which turns the placeholders into directives, is
// declared in LowerFile.h for the command line.

} // namespace asynclower

#endif
