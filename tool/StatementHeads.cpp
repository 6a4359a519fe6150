//===- StatementHeads.cpp - Conditions and loop heads that await ----------===//
//
// A full-expression with an await runs its steps in front of the
// statement that holds it; an if/switch condition or a loop head that
// awaits is computed into a field first, and such a loop becomes
// for (;;) with its test inside, so each iteration re-evaluates it.
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "LowerFile.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace asynclower {

bool BodyRewriter::isStatementLike(const FullExpression &Full) {
  return Full.Kind == FullExpression::Context::Statement ||
         Full.Kind == FullExpression::Context::Initializer;
}

// The full-expression's awaits run first, then the statement, then the
// full-expression's temporaries die; unless it cannot complete (a throw,
// a call of a noreturn function): then nothing after it runs, the unwind
// guards destroy them if it throws, and a destroy call there would only
// look like a fall-through into the next switch case (neverCompletes).
void BodyRewriter::wrapStatement(unsigned F) {
  const FullExpression &Full = Plan.FullExprs[F];
  std::string Use =
      llvm::StringRef(C.text(statementRange(Full.Owner))).rtrim().str();
  std::string Epilogue =
      neverCompletes(Full.Root) ? std::string() : Spiller.epilogue(F);
  replaceStatement(Full.Owner, Steps[F] + Use + "\n" + Epilogue);
}

const FullExpression *BodyRewriter::fullExpression(const Stmt *Owner,
                                                   FullExpression::Context Kind,
                                                   unsigned *Index) {
  for (unsigned F = 0; F < Plan.FullExprs.size(); ++F)
    if (Plan.FullExprs[F].Owner == Owner && Plan.FullExprs[F].Kind == Kind) {
      if (Index != nullptr)
        *Index = F;
      return &Plan.FullExprs[F];
    }
  return nullptr;
}

// Computes a condition into a bool field (or constructs the condition
// variable) before the statement, so the full-expression ends before the
// branches run, as it does natively.
std::string BodyRewriter::evaluateCondition(unsigned F,
                                            const std::string &Into) {
  const FullExpression &Full = Plan.FullExprs[F];
  std::string Out = Steps[F];
  if (Full.Var != nullptr) {
    if (const LiftedLocal *Lifted = Plan.lifted(Full.Var)) {
      for (const std::string &Part : construction(*Lifted))
        Out += Part + ";\n";
    } else {
      Out += C.text(Full.Var->getSourceRange()) + ";\n";
    }
  } else if (needsExplicitConversion(Full.Root)) {
    // The condition converts as static_cast<bool> does, which may call an
    // explicit operator bool; an assignment would not, or would convert
    // through another (implicit) conversion function.
    Out += Into + " = static_cast<bool>(" + C.operandText(Full.Root) + ");\n";
  } else {
    Out += Into + " = " + C.operandText(Full.Root) + ";\n";
  }
  return Out + Spiller.epilogue(F);
}

// The field a condition is computed into: bool, or the switch's type.
std::string BodyRewriter::conditionField(const FullExpression &Full,
                                         QualType Type) {
  if (Full.Var != nullptr) {
    if (const LiftedLocal *Lifted = Plan.lifted(Full.Var))
      return Lifted->use();
    return Full.Var->getNameAsString();
  }
  Slot S;
  S.Field = Plan.fresh("condition" + std::to_string(Plan.Slots.size()) + "_");
  S.Type = spellType(C.ast(), Type);
  S.Stored = Type;
  S.FullExpr = &Full - Plan.FullExprs.data();
  Plan.Slots.push_back(S);
  return S.Field;
}

void BodyRewriter::rewriteHead(const Stmt *Owner) {
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Owner))
    return rewriteRangeFor(Range);
  if (const auto *If = dyn_cast<IfStmt>(Owner); If && constexprCondition(If))
    return rewriteConstexprIf(If);
  if (isa<IfStmt, SwitchStmt>(Owner))
    return rewriteSelection(Owner);
  rewriteLoop(Owner);
}

// An if or switch whose init-statement or condition awaits, or declares a
// lifted local: the init-statement runs before it, then the condition is
// computed into a field (or its variable constructed), all inside a block
// that ends the scope of what they declare.
void BodyRewriter::rewriteSelection(const Stmt *Owner) {
  using Context = FullExpression::Context;
  const auto *If = dyn_cast<IfStmt>(Owner);
  const auto *Switch = dyn_cast<SwitchStmt>(Owner);
  const Stmt *Init = If ? If->getInit() : Switch->getInit();
  std::string Before;
  unsigned F = 0;
  if (Init != nullptr) {
    // One a macro begins or ends has no text to remove: the macro is
    // spelled out first (the pass that asked is not used, LowerFile.cpp).
    SourceRange Range = statementRange(Init);
    for (SourceLocation Edge : {Range.getBegin(), Range.getEnd()})
      if (Edge.isMacroID()) {
        C.expandMacroAround(Edge, "it writes an init-statement that is moved",
                            "an init-statement the lowering moves, written "
                            "by a macro expansion");
        return;
      }
    Before += initStatement(Owner, Init);
    R.ReplaceText(Range, "");
  }
  if (const FullExpression *Full =
          fullExpression(Owner, Context::Condition, &F)) {
    QualType Type = If ? C.ast().BoolTy : Switch->getCond()->getType();
    std::string Field = conditionField(*Full, Type);
    const Stmt *Cond =
        Full->Var
            ? (If ? If->getConditionVariableDeclStmt()
                  : Switch->getConditionVariableDeclStmt())
            : static_cast<const Stmt *>(If ? If->getCond() : Switch->getCond());
    Before += evaluateCondition(F, Field);
    C.replace(Cond->getSourceRange(), Field);
  }
  replaceStatement(Owner, "{\n" + Before + C.text(statementRange(Owner)) +
                              "\n" + destroyCalls(Plan, scopedTo(Plan, Owner)) +
                              "}\n");
}

// The init-statement of Owner (an if, switch or range-for) as statements:
// its awaits, then itself, then the end of its full-expression.
std::string BodyRewriter::initStatement(const Stmt *Owner, const Stmt *Init) {
  unsigned F = 0;
  // A split declaration carries its declarators' awaits already.
  const FullExpression *Full =
      isSplit(Init) ? nullptr
                    : fullExpression(Owner, FullExpression::Context::Init, &F);
  std::string Out = Full ? Steps[F] : "";
  std::string Text =
      llvm::StringRef(C.text(statementRange(Init))).rtrim().str();
  if (!Text.empty())
    Out += Text + (Text.back() == ';' || Text.back() == '\n' ? "\n" : ";\n");
  return Full ? Out + Spiller.epilogue(F) : Out;
}

// A constexpr if whose condition has a value is its taken branch: the
// dispatch may have to jump into it, which C++ forbids for the branches
// of a constexpr if, and the discarded one (which SyntaxWalk hides from
// every phase) may hold awaits the output cannot compile.
// The condition stays as a static_assert: it says why the branch is
// taken, and it keeps what the condition names used.
void BodyRewriter::rewriteConstexprIf(const IfStmt *If) {
  std::string Out = "{\n";
  if (const Stmt *Init = If->getInit())
    Out += initStatement(If, Init);
  bool Then = *constexprCondition(If);
  std::string Condition = C.text(If->getCond()->getSourceRange());
  Out +=
      "static_assert(" + (Then ? Condition : "!(" + Condition + ")") + ");\n";
  if (const Stmt *Taken = Then ? If->getThen() : If->getElse())
    Out += ownScopeText(Taken) + "\n";
  Out += destroyCalls(Plan, scopedTo(Plan, If)) + "}\n";
  replaceStatement(If, Out);
}

// Ifs and switches whose init-statement declares a lifted local.
std::vector<const Stmt *> BodyRewriter::selectionsWithLiftedInit() {
  std::vector<const Stmt *> Found;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const Stmt *Init = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(S))
      Init = If->getInit();
    else if (const auto *Switch = dyn_cast<SwitchStmt>(S))
      Init = Switch->getInit();
    if (const auto *Decls = dyn_cast_or_null<DeclStmt>(Init))
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          if (Plan.lifted(Var) != nullptr) {
            Found.push_back(S);
            return;
          }
  });
  return Found;
}

// A loop whose condition or increment holds an await becomes for (;;)
// with the head's parts as statements where C++ evaluates them. A
// `continue` that must reach the condition (do) or increment (for) goes
// to a label there instead.
void BodyRewriter::planLoops() {
  for (const FullExpression &Full : Plan.FullExprs)
    if ((isa<DoStmt>(Full.Owner) || isa<ForStmt>(Full.Owner)) &&
        !ContinueLabel.count(Full.Owner))
      ContinueLabel[Full.Owner] = "";
  for (const Stmt *Jump : Plan.Jumps)
    if (isa<ContinueStmt>(Jump)) {
      const Stmt *Loop = jumpTarget(Plan, Jump);
      auto It = ContinueLabel.find(Loop);
      if (It != ContinueLabel.end() && It->second.empty())
        It->second =
            Plan.fresh("continue" + std::to_string(ContinueLabel.size()) + "_");
    }
}

std::string BodyRewriter::loopTest(const Stmt *Loop, const Expr *Cond) {
  using Context = FullExpression::Context;
  unsigned F = 0;
  if (Cond == nullptr)
    return {};
  if (const FullExpression *Full =
          fullExpression(Loop, Context::Condition, &F)) {
    std::string Field = conditionField(*Full, C.ast().BoolTy);
    return evaluateCondition(F, Field) + "if (!" + Field + ")\nbreak;\n";
  }
  return "if (!(" + C.text(Cond->getSourceRange()) + "))\nbreak;\n";
}

void BodyRewriter::rewriteLoop(const Stmt *Loop) {
  std::string Continue;
  if (auto It = ContinueLabel.find(Loop);
      It != ContinueLabel.end() && !It->second.empty())
    Continue = It->second + ":\n";
  if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
    // A lifted condition variable of the last iteration dies before the
    // condition runs again, and after the loop.
    std::string Scoped = destroyCalls(Plan, scopedTo(Plan, While));
    replaceStatement(
        While, "for (;;) {\n" + Scoped + loopTest(While, While->getCond()) +
                   ownScopeText(While->getBody()) + "\n}\n" + Scoped);
  } else if (const auto *Do = dyn_cast<DoStmt>(Loop)) {
    replaceStatement(Do, "for (;;) {\n" + ownScopeText(Do->getBody()) + "\n" +
                             Continue + loopTest(Do, Do->getCond()) + "}\n");
  } else if (const auto *For = dyn_cast<ForStmt>(Loop)) {
    std::string Init;
    unsigned InitFull = 0;
    bool InitAwaits =
        !isSplit(For->getInit()) &&
        fullExpression(For, FullExpression::Context::Init, &InitFull);
    if (const Stmt *InitStmt = For->getInit())
      Init = C.text(statementRange(InitStmt));
    if (Init.size() && Init.back() != ';' && Init.back() != '\n')
      Init += ";";
    if (InitAwaits)
      Init = Steps[InitFull] + Init + "\n" + Spiller.epilogue(InitFull);
    std::string Increment;
    unsigned F = 0;
    if (fullExpression(For, FullExpression::Context::Increment, &F))
      Increment = Steps[F] + C.text(For->getInc()->getSourceRange()) + ";\n" +
                  Spiller.epilogue(F);
    else if (For->getInc() != nullptr)
      Increment = C.text(For->getInc()->getSourceRange()) + ";\n";
    // A lifted condition variable lives through the body and the
    // increment; the previous iteration's dies before the condition runs
    // again (and the last one's after the loop, with the for-init's).
    std::string Previous;
    for (const LocalScope &L : Plan.Locals)
      if (L.Var != nullptr && L.Var == For->getConditionVariable())
        Previous = destroyCalls(Plan, {&L});
    replaceStatement(For, "{\n" + Init + "\nfor (;;) {\n" + Previous +
                              loopTest(For, For->getCond()) +
                              ownScopeText(For->getBody()) + "\n" + Continue +
                              Increment + "}\n" +
                              destroyCalls(Plan, scopedTo(Plan, For)) + "}\n");
  }
}

} // namespace asynclower
