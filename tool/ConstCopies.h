//===- ConstCopies.h - Copies of const objects stay const -------*- C++ -*-===//
//
// Where a copy that a lambda's member holds is const natively but declared
// by an init-capture without `const`, in a mutable lambda that can tell;
// each such use is written `std::as_const(s)` (ConstCopies.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_CONST_COPIES_H
#define ASYNC_LOWER_CONST_COPIES_H

#include "Lowering.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace asynclower {

// Whether Ref, inside lambdas, names a member that copies a const object
// natively, but that an init-capture declares without `const`
// (CopiedByInitCapture tells which captures are written so), seen from a
// mutable lambda.
bool namesNonConstCopy(const FunctionPlan &Plan, const clang::DeclRefExpr *Ref,
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
