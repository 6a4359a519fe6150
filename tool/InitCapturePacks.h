//===- InitCapturePacks.h - `[...ys = xs]` spelled in C++17 -----*- C++ -*-===//
//
// An init-capture pack is C++20; the body of a template with packs is
// copied as written into C++17 output, so each one is spelled as a tuple
// the closure holds (asl::make_pack), reopened as the pack in the lambda's body
// (InitCapturePacks.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_INIT_CAPTURE_PACKS_H
#define ASYNC_LOWER_INIT_CAPTURE_PACKS_H

#include "Lowering.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Rewrite/Core/Rewriter.h"

#include <string>

namespace asynclower {

// Why an init-capture pack of Lambda (a lambda of a template's pattern)
// cannot be spelled in C++17, at At; empty when each can.
std::string initCapturePackRefusal(LoweringContext &C,
                                   const clang::LambdaExpr *Lambda,
                                   clang::SourceLocation &At);

// Spells, into Edit, each init-capture pack of Lambda, a coroutine lambda
// in a template that is no coroutine, whose head the output keeps
// (CapturedPacks.cpp), as for any lambda below; Open and Close get the text
// around each of its ramps that opens the tuples again as the packs, which
// the ramp passes to the machine: `return asl::apply_pack([&](auto &...ys)
// {` and `}, ys_);`.
void spellCoroutineInitCapturePacks(LoweringContext &C,
                                    const clang::LambdaExpr *Lambda,
                                    clang::Rewriter &Edit, std::string &Open,
                                    std::string &Close);

// Spells, into Edit, each init-capture pack of the lambdas of the pattern
// of Plan's specialization written inside Within, except inside Skip:
// `[...ys = std::move(xs)] { B }` becomes `[ys_ =
// asl::make_pack(std::move(xs)...)] { return asl::apply_pack([&](auto
// &...ys) { B }, ys_); }`.
void spellInitCapturePacks(LoweringContext &C, FunctionPlan &Plan,
                           clang::SourceRange Within, clang::Rewriter &Edit,
                           llvm::ArrayRef<clang::SourceRange> Skip = {});

} // namespace asynclower

#endif
