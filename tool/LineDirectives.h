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
#include <vector>

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

// The user's code that shares a line with the start of generated text
// keeps that line when the generated text moves to lines of its own; it
// gets a directive of its own before it, as the count from the last one
// would be right but the text is not the input's whole line. Replaced are
// the ranges the generated text replaces, GeneratedEnds where it ends (a
// line that only blanks separate from one has resumeInput's directive).
void markLinesBeforeGenerated(
    LoweringContext &C, llvm::ArrayRef<clang::SourceLocation> GeneratedStarts,
    llvm::ArrayRef<clang::CharSourceRange> Replaced,
    llvm::ArrayRef<clang::SourceLocation> GeneratedEnds,
    llvm::StringRef InputFile);

// Once every function is rewritten: resumeInput after each generated text
// and markLinesBeforeGenerated before it, for the texts that replaced the
// plans' definitions (generatedRange), the ranges Templates (the templates'
// ramps and the generic lambdas' machines, whose specializations' plans
// replaced nothing), and the Insertions into the user's code.
void resumeInputAfterGenerated(LoweringContext &C,
                               llvm::ArrayRef<FunctionPlan> Plans,
                               llvm::ArrayRef<clang::SourceLocation> Insertions,
                               llvm::ArrayRef<clang::CharSourceRange> Templates,
                               llvm::StringRef File);

// Formatting must lay the code out as it does without directives, so the
// placeholders are taken out of a generated chunk before it is formatted
// (takePlaceholders, which also joins the lines of code that a placeholder
// between two tokens had split) and put back after it (putPlaceholders),
// each on a line of its own before the line its code now starts on.
struct Placeholder {
  size_t Offset; // in the code without placeholders: where it stood
  std::string Directive;
};
std::string takePlaceholders(llvm::StringRef Chunk,
                             std::vector<Placeholder> &Taken);
// Offsets in Placed are in Formatted (the caller maps them).
std::string putPlaceholders(const std::string &Formatted,
                            llvm::ArrayRef<Placeholder> Placed);

// The user's code after generated text may start with resumeInput's
// directive; when it does, the directive and its newline go to Directive
// and the result is the length of the blanks before it. Its code, which may
// have shared the generated text's last line, gets its line breaks as
// without directives, and the directive goes before it.
size_t takeResumedInput(llvm::StringRef Text, std::string &Directive);

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
