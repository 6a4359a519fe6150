//===- SyntaxWalk.cpp - Walk a function body as the user wrote it --------===//

#include "SyntaxWalk.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace asynclower {

std::optional<bool> constexprCondition(const IfStmt *If) {
  const auto *Value = dyn_cast_or_null<ConstantExpr>(If->getCond());
  if (!If->isConstexpr() || Value == nullptr ||
      Value->getResultAPValueKind() != APValue::Int)
    return std::nullopt;
  return Value->getResultAsAPSInt().getBoolValue();
}

void forEachInitCapture(const LambdaExpr *Lambda,
                        llvm::function_ref<void(const Stmt *)> Visit) {
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture))
      Visit(cast<VarDecl>(Capture.getCapturedVar())->getInit());
}

const Expr *initCaptureValue(const VarDecl *Capture) {
  const Expr *Init = Capture->getInit();
  if (const auto *Cleanups = dyn_cast_or_null<ExprWithCleanups>(Init))
    Init = Cleanups->getSubExpr();
  if (const auto *List = dyn_cast_or_null<InitListExpr>(Init)) {
    if (const InitListExpr *Written = List->getSyntacticForm())
      List = Written;
    if (List->getNumInits() == 1)
      return List->getInit(0);
  }
  return Init;
}

void forEachWrittenChild(const Stmt *S,
                         llvm::function_ref<void(const Stmt *)> Visit) {
  if (S == nullptr)
    return;
  // A co_await's awaiter calls repeat its operand; visit the operand once.
  if (const auto *Await = dyn_cast<CoawaitExpr>(S))
    return Visit(Await->getOperand());
  if (const auto *Return = dyn_cast<CoreturnStmt>(S))
    return Visit(Return->getOperand());
  // Only the parts of a range-for the user wrote.
  if (const auto *For = dyn_cast<CXXForRangeStmt>(S)) {
    Visit(For->getInit());
    Visit(For->getLoopVarStmt());
    Visit(For->getRangeInit());
    Visit(For->getBody());
    return;
  }
  // The branch a constexpr if discards is not part of the program: its
  // awaits are no states, and BodyRewriter drops it. (A condition that
  // depends on a template parameter has no value yet: both branches.)
  if (const auto *If = dyn_cast<IfStmt>(S); If && If->isConstexpr())
    if (std::optional<bool> Taken = constexprCondition(If)) {
      Visit(If->getInit());
      Visit(If->getConditionVariableDeclStmt());
      Visit(If->getCond());
      Visit(*Taken ? If->getThen() : If->getElse());
      return;
    }
  // The initializers of init-captures, which the enclosing function
  // evaluates where the lambda is, then the body, the lambda's own function.
  // The other captures are not written as expressions.
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    forEachInitCapture(Lambda, Visit);
    return Visit(Lambda->getBody());
  }
  // Default arguments and member initialisers come from their declarations.
  if (isa<CXXDefaultArgExpr>(S) || isa<CXXDefaultInitExpr>(S))
    return;
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    // A range-for variable's initializer (*__begin1) is not written.
    for (const Decl *D : Decls->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (!Var->isCXXForRangeDecl())
          Visit(Var->getInit());
    return;
  }
  for (const Stmt *Child : S->children())
    if (Child != nullptr)
      Visit(Child);
}

void SyntaxTree::index(const Stmt *S) {
  if (const auto *Decls = dyn_cast_or_null<DeclStmt>(S))
    for (const Decl *D : Decls->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (const Expr *Init = Var->getInit())
          InitOf[Init] = Var;
  forEachWrittenChild(S, [&](const Stmt *Child) {
    if (Child == nullptr)
      return;
    Parents[Child] = S;
    index(Child);
  });
}

void SyntaxTree::walk(const Stmt *Root,
                      llvm::function_ref<void(const Stmt *)> Visit,
                      bool IntoLambdas) const {
  if (Root == nullptr)
    return;
  Visit(Root);
  // A coroutine lambda has a plan of its own, lowered first: by the time an
  // enclosing body is rewritten, the text between its braces is its machine.
  // Its init-captures, like any lambda's, belong to the enclosing function.
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Root))
    if (!IntoLambdas || isa<CoroutineBodyStmt>(Lambda->getBody()))
      return forEachInitCapture(
          Lambda, [&](const Stmt *Init) { walk(Init, Visit, IntoLambdas); });
  forEachWrittenChild(
      Root, [&](const Stmt *Child) { walk(Child, Visit, IntoLambdas); });
}

bool SyntaxTree::contains(const Stmt *Outer, const Stmt *Inner) const {
  for (const Stmt *S = Inner; S != nullptr; S = parent(S))
    if (S == Outer)
      return true;
  return false;
}

} // namespace asynclower
