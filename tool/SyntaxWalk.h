//===- SyntaxWalk.h - Walk a function body as the user wrote it ----------===//
//
// Stmt::children() shows a co_await's operand several times (as the common
// expression, inside await_ready/await_suspend/await_resume calls), a
// range-for's hidden variables, and default arguments from other files. The
// phases want the body as written, each node once, with parents.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_SYNTAXWALK_H
#define ASYNC_LOWER_SYNTAXWALK_H

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>

namespace asynclower {

// The value of a constexpr if's condition, when it does not depend on a
// template parameter.
std::optional<bool> constexprCondition(const clang::IfStmt *If);

// The initializers of a lambda's init-captures, in order.
void forEachInitCapture(const clang::LambdaExpr *Lambda,
                        llvm::function_ref<void(const clang::Stmt *)> Visit);

// The value an init-capture is initialized from: its initializer, or the
// one element of `n{value}`.
const clang::Expr *initCaptureValue(const clang::VarDecl *Capture);

// The children of S as written.
void forEachWrittenChild(const clang::Stmt *S,
                         llvm::function_ref<void(const clang::Stmt *)> Visit);

// Parents of every node of a body, and the variable an initializer belongs to.
class SyntaxTree {
public:
  explicit SyntaxTree(const clang::Stmt *Root) { index(Root); }

  const clang::Stmt *parent(const clang::Stmt *S) const {
    return Parents.lookup(S);
  }
  // The variable whose initializer E is, if it is one.
  const clang::VarDecl *initializedBy(const clang::Stmt *E) const {
    return InitOf.lookup(E);
  }
  // Visits every node below Root, pre-order; lambda bodies only if asked,
  // and never those of coroutine lambdas (but always their init-captures'
  // initializers, which the function evaluates).
  void walk(const clang::Stmt *Root,
            llvm::function_ref<void(const clang::Stmt *)> Visit,
            bool IntoLambdas = false) const;

  // True if Inner is Outer or below it.
  bool contains(const clang::Stmt *Outer, const clang::Stmt *Inner) const;

private:
  void index(const clang::Stmt *S);

  llvm::DenseMap<const clang::Stmt *, const clang::Stmt *> Parents;
  llvm::DenseMap<const clang::Stmt *, const clang::VarDecl *> InitOf;
};

} // namespace asynclower

#endif
