//===- ConstCopies.h - Copies of const objects stay const -------*- C++ -*-===//
//
// Where a copy that a lambda's member holds is const (or volatile)
// natively but declared by an init-capture without it, in a lambda that can
// tell; each such use is written `std::as_const(s)` (or
// `asl::as_volatile(s)`, ConstCopies.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_CONST_COPIES_H
#define ASYNC_LOWER_CONST_COPIES_H

#include "Lowering.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace asynclower {

// The text that names, with the qualifiers of its native type, what Ref
// names inside lambdas: a member that copies a const or volatile object
// natively, but that an init-capture declares without them
// (CopiedByInitCapture tells which captures are written so). `const` only
// where a mutable lambda can tell: `std::as_const(s)`; `volatile` in any
// lambda: `asl::as_volatile(s)`. Empty when the name needs no change.
std::string
nativeCopyView(const FunctionPlan &Plan, const clang::DeclRefExpr *Ref,
               llvm::function_ref<bool(const clang::LambdaExpr *,
                                       const clang::LambdaCapture &)>
                   CopiedByInitCapture);

// Whether `this` at S, inside Copier (a lambda whose init-capture copies
// `*this`), points to an object const natively, seen from a mutable
// lambda: there it is `(&std::as_const(this_copy_))`.
bool pointsToNonConstCopy(const FunctionPlan &Plan, const clang::Stmt *S,
                          const clang::LambdaExpr *Copier);

} // namespace asynclower

#endif // ASYNC_LOWER_CONST_COPIES_H
