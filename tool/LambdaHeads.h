//===- LambdaHeads.h - A lambda's template parameter list in C++17 -------===//
//
// A generic coroutine lambda with a template parameter list (C++20,
// `[]<class T>(const T &x) -> asl::Task<T>`) keeps its closure, whose head
// the output must write in C++17: each type of the list is the type of one
// parameter, written `auto` there (`[](const auto &x)`), the list goes, and
// a return type that names the list's types goes too, deduced from the
// branch each specialization keeps, which declares the types again
// (docs/design.md, "Generic coroutine lambdas").
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_LAMBDAHEADS_H
#define ASYNC_LOWER_LAMBDAHEADS_H

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace asynclower {

class LoweringContext;

// A range of the lambda's head and its replacement.
using HeadEdit = std::pair<clang::CharSourceRange, std::string>;

// Appends to Edits what writes Lambda's head in C++17 (nothing without a
// template parameter list); false, after a located error, when the list
// cannot be written with 'auto': a type of it that is not the whole type
// of exactly one parameter (`std::vector<T>`), a pack, a non-type or
// template template parameter, a default, a constraint.
bool cxx17LambdaHead(LoweringContext &C, const clang::LambdaExpr *Lambda,
                     std::vector<HeadEdit> &Edits);

// The edits inside the text of Size characters at Start, by their offsets
// in it: each offset's replaced length and replacement.
std::multimap<unsigned, std::pair<unsigned, std::string>>
headEditOffsets(LoweringContext &C, clang::SourceLocation Start, size_t Size,
                llvm::ArrayRef<HeadEdit> Edits);

// Text, the source text at Start, with the edits inside it made.
std::string applyHeadEdits(LoweringContext &C, std::string Text,
                           clang::SourceLocation Start,
                           llvm::ArrayRef<HeadEdit> Edits);

} // namespace asynclower

#endif // ASYNC_LOWER_LAMBDAHEADS_H
