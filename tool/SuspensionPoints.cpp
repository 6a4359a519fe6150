//===- SuspensionPoints.cpp - Each co_await is a state -------------------===//
//
// States are numbered 0, 1, ... in source order, one per co_await, as the C#
// compiler numbers its awaits. Each await is classified by where it stands:
// a whole statement, a variable's initializer, the right side of an
// assignment statement, or the operand of co_return. Those four shapes keep
// C++'s evaluation order without spilling anything: the await is the last
// thing its full-expression evaluates before using the result. Awaits nested
// deeper in an expression are reported as not supported yet.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynclower {
namespace {

// Nodes between an await and the construct that uses its result which add
// no evaluation of their own.
bool isTransparent(const Stmt *S) {
  if (isa<ImplicitCastExpr, ExprWithCleanups, ParenExpr,
          MaterializeTemporaryExpr, CXXBindTemporaryExpr>(S))
    return true;
  // Copying or moving the result into the initialized object.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return Construct->getNumArgs() == 1 && !isa<CXXTemporaryObjectExpr>(S);
  return false;
}

// True when S, a child of Parent, is a statement of its own there.
bool isStatementPosition(const Stmt *S, const Stmt *Parent) {
  if (isa<CompoundStmt>(Parent))
    return true;
  if (const auto *Case = dyn_cast<SwitchCase>(Parent))
    return Case->getSubStmt() == S;
  if (const auto *Label = dyn_cast<LabelStmt>(Parent))
    return Label->getSubStmt() == S;
  if (const auto *Attributed = dyn_cast<AttributedStmt>(Parent))
    return Attributed->getSubStmt() == S;
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getThen() == S || If->getElse() == S;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getBody() == S;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getBody() == S;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getBody() == S;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Parent))
    return Range->getBody() == S;
  return false;
}

const Stmt *climbTransparent(const SyntaxTree &Tree, const Stmt *S) {
  while (const Stmt *Parent = Tree.parent(S)) {
    if (!isTransparent(Parent))
      break;
    S = Parent;
  }
  return S;
}

bool isOperatorCoawait(const Expr *E) {
  E = E->IgnoreImplicit();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->getOverloadedOperator() == OO_Coawait;
  return false;
}

bool hasGetAwaiter(QualType Type) {
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr)
    return false;
  for (const auto *Method : Record->methods())
    if (Method->getIdentifier() && Method->getName() == "get_awaiter")
      return true;
  return false;
}

class Collector {
public:
  Collector(LoweringContext &C, FunctionPlan &Plan) : C(C), Plan(Plan) {}

  bool run() {
    bool Ok = true;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      if (const auto *Await = dyn_cast<CoawaitExpr>(S))
        Ok &= addAwait(Await);
      else if (isa<CoyieldExpr>(S))
        Ok &= C.unsupported(S->getBeginLoc(), "co_yield is not supported");
      else if (const auto *Return = dyn_cast<CoreturnStmt>(S))
        Plan.Returns.push_back(Return);
      else if (isa<BreakStmt, ContinueStmt, GotoStmt>(S))
        Plan.Jumps.push_back(S);
      else if (isa<IndirectGotoStmt>(S))
        Ok &= C.unsupported(S->getBeginLoc(),
                            "computed goto in an async function");
    });
    return Ok;
  }

private:
  bool addAwait(const CoawaitExpr *Await) {
    SourceLocation Loc = Await->getBeginLoc();
    if (Loc.isMacroID())
      return C.unsupported(C.sources().getExpansionLoc(Loc),
                           "co_await written inside a macro expansion");

    AwaitSite Site;
    Site.Await = Await;
    Site.State = Plan.Awaits.size();
    if (!classifyShape(Site) || !classifySource(Site))
      return false;
    Plan.Awaits.push_back(std::move(Site));
    return true;
  }

  bool classifyShape(AwaitSite &Site) {
    const SyntaxTree &Tree = *Plan.Tree;
    const Stmt *Top = climbTransparent(Tree, Site.Await);
    const Stmt *Parent = Tree.parent(Top);
    auto Unsupported = [&](llvm::StringRef Where) {
      return C.unsupported(
          Site.Await->getBeginLoc(),
          ("co_await " + Where + " is not supported yet").str(),
          Site.Await->getSourceRange());
    };

    if (const VarDecl *Var = Tree.initializedBy(Top)) {
      const auto *Decls = dyn_cast_or_null<DeclStmt>(Parent);
      if (Decls == nullptr || !Decls->isSingleDecl())
        return Unsupported("in a declaration of several variables or a "
                           "condition");
      if (!isStatementPosition(Decls, Tree.parent(Decls)))
        return Unsupported("in the initializer of a for, if or switch");
      Site.Shape = AwaitSite::Shape::Initializer;
      Site.Initialized = Var;
      Site.Statement = Decls;
      return true;
    }
    if (const auto *Return = dyn_cast_or_null<CoreturnStmt>(Parent)) {
      Site.Shape = AwaitSite::Shape::Return;
      Site.Returned = Return;
      Site.Statement = Return;
      return true;
    }
    if (Parent != nullptr && isStatementPosition(Top, Parent)) {
      Site.Shape = AwaitSite::Shape::Statement;
      Site.Statement = Top;
      return true;
    }
    if (const auto *Assign = dyn_cast_or_null<BinaryOperator>(Parent))
      if (Assign->getOpcode() == BO_Assign && Assign->getRHS() == Top) {
        const Stmt *Whole = climbTransparent(Tree, Assign);
        if (isStatementPosition(Whole, Tree.parent(Whole))) {
          Site.Shape = AwaitSite::Shape::Assignment;
          Site.Assigned = Assign;
          Site.Statement = Whole;
          return true;
        }
      }
    if (const auto *Call = dyn_cast_or_null<CXXOperatorCallExpr>(Parent))
      if (Call->getOperator() == OO_Equal && Call->getArg(1) == Top) {
        const Stmt *Whole = climbTransparent(Tree, Call);
        if (isStatementPosition(Whole, Tree.parent(Whole))) {
          Site.Shape = AwaitSite::Shape::Assignment;
          Site.Statement = Whole;
          return true;
        }
      }
    return Unsupported("inside an expression or a condition");
  }

  bool classifySource(AwaitSite &Site) {
    // As written, and the awaiter clang derived from it.
    const Expr *Common = Site.Await->getOperand();
    const Expr *Operand = Site.Await->getCommonExpr();
    QualType AwaiterType;
    if (isOperatorCoawait(Operand)) {
      // Lowered code cannot call operator co_await; the runtime's awaitables
      // also provide get_awaiter(), which is what operator co_await calls.
      if (!hasGetAwaiter(Common->getType().getNonReferenceType()))
        return C.unsupported(Common->getBeginLoc(),
                             "type '" + Common->getType().getAsString() +
                                 "' is awaited through operator co_await "
                                 "but has no get_awaiter() the C++17 "
                                 "output could call");
      Site.Source = AwaitSite::Source::GetAwaiter;
      AwaiterType = Operand->IgnoreImplicit()->getType();
    } else if (Common->isPRValue()) {
      Site.Source = AwaitSite::Source::Prvalue;
      AwaiterType = Common->getType();
    } else {
      Site.Source = AwaitSite::Source::Lvalue;
      AwaiterType = Common->getType();
    }
    AwaiterType = AwaiterType.getNonReferenceType().getUnqualifiedType();
    Site.Type = spellType(C.ast(), AwaiterType);
    Site.Destructible = Site.Source != AwaitSite::Source::Lvalue &&
                        AwaiterType.isDestructedType() != QualType::DK_none;
    return true;
  }

  LoweringContext &C;
  FunctionPlan &Plan;
};

bool findResultType(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Function = Plan.Function;
  QualType Returned = Function->getReturnType();
  const auto *Task = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Returned->getAsCXXRecordDecl());
  if (Task == nullptr || Task->getQualifiedNameAsString() != "asl::Task" ||
      Task->getTemplateArgs().size() != 1)
    return C.unsupported(Function->getReturnTypeSourceRange().getBegin(),
                         "an async function must return asl::Task<T>");
  // The argument as the user wrote it (std::string, not basic_string<...>).
  QualType Result = Task->getTemplateArgs()[0].getAsType();
  if (const auto *Written = Returned->getAs<TemplateSpecializationType>())
    if (Written->template_arguments().size() == 1)
      Result = Written->template_arguments()[0].getAsType();
  Plan.ReturnsVoid = Result->isVoidType();
  Plan.ResultType = spellType(C.ast(), Result);
  return true;
}

} // namespace

bool collectSuspensionPoints(LoweringContext &C, FunctionPlan &Plan) {
  if (!findResultType(C, Plan))
    return false;
  Plan.Tree = std::make_unique<SyntaxTree>(Plan.Body);
  return Collector(C, Plan).run();
}

} // namespace asynclower
