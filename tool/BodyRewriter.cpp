//===- BodyRewriter.cpp - The body of move_next(), as edits of the source ===//
//
// The user's body is kept as text and edited in place, so the output reads
// like the input: parameters and lifted locals become fields with the same
// names, and only the constructs below change.
//
//   co_await e          the C# await expansion (ExpressionSpilling.cpp), in
//                       front of the statement that holds it
//   if/switch/loops     a condition or for-increment with an await is
//                       computed into a field first; loops become for (;;)
//   lifted declaration  placement new into the field, where it was declared
//   co_return           set the result, destroy what is alive, go to finish
//   break/continue/goto destroy the lifted objects the jump leaves
//   end of a block      destroy its lifted objects, last declared first
//   try                 a label for the dispatch, a switch inside the block
//   catch               destroy the lifted objects of the try block first
//   this, members       this_->member (the machine is not the object)
//
// Each kind of edit has a file of its own, and this one orders them:
// DiscardedBranches.cpp (what only a discarded constexpr-if branch
// named), FieldNames.cpp (fields, this, decltype), ClosureCaptures.cpp
// (lambdas), StatementHeads.cpp (statements, conditions and loop heads
// that await), RangeFor.cpp, LiftedDeclarations.cpp and
// ExitsAndCleanups.cpp (co_return, throw, jumps, block ends, try blocks).
// Edits are made innermost first; an outer edit reads the text of its parts
// with the inner edits applied.
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "InitCapturePacks.h"
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

bool BodyRewriter::run() {
  quietDiscardedBranchNames();
  renameHoistedTypes();
  // An init-capture pack, C++20, spelled as a tuple: in the kept lambdas'
  // factories (HoistedLocals.cpp), and here in the others.
  std::vector<SourceRange> Kept;
  for (const HoistedLambda &Hoisted : Plan.HoistedLambdas)
    Kept.push_back(Hoisted.Lambda->getSourceRange());
  spellInitCapturePacks(C, Plan, Plan.Body->getSourceRange(), R, Kept);
  // The renamings come before the closures are constructed: a coroutine
  // lambda's construction replaces its whole text and copies its
  // init-captures' text (`[self = this]`, `[n = count_]`), which must be
  // renamed by then, as `this_`, `this_->count_`; renaming inside the text
  // after it was replaced would edit text that is gone.
  if (!keepBuilderVisible() || !rewriteParenAggregates(C, Plan) ||
      !renameReferences() || !qualifyMachineTypeNames() ||
      !renameTemplateParameters() ||
      !constructClosures(/*AfterSpilling=*/false) || !moveThrownNames() ||
      !spellDecltypes() || !addExtendingInitializers())
    return false;
  callHoistedLambdas(/*AfterSpilling=*/false);
  // Constants a resume point may jump past (LocalLifting.cpp). One whose
  // declaration a macro begins (`CONSTANT(k);`) has no text to put
  // `static` in: left a local, the jump past it would not compile.
  for (const DeclStmt *Constant : Plan.StaticConstants) {
    SourceLocation Begin = Constant->getBeginLoc();
    if (Begin.isMacroID())
      return C.expandMacroAround(
          Begin, "it declares a constant, made static",
          "a constant made static, declared by a macro expansion");
    R.InsertTextAfter(Begin, "static ");
  }
  // What the spiller found before any full-expression: the awaits of an
  // expansion of no element, one written by a macro to spell out first, or
  // one it cannot write.
  if (Spiller.MacroAsked)
    return false;
  if (!Spiller.Refused.empty())
    return C.unsupported(Spiller.RefusedAt, Spiller.Refused);
  for (unsigned F = 0; F < Plan.FullExprs.size(); ++F) {
    Steps.push_back(Spiller.linearize(F));
    if (!Spiller.Refused.empty())
      return C.unsupported(Spiller.RefusedAt, Spiller.Refused);
  }
  if (!constructClosures(/*AfterSpilling=*/true))
    return false;
  callHoistedLambdas(/*AfterSpilling=*/true);
  writeImplicitCopies();
  planLoops();
  if (!rewriteLiftedDeclarations())
    return false;
  for (const CoreturnStmt *Return : Plan.Returns)
    rewriteReturn(Return);
  for (const Stmt *Jump : Plan.Jumps)
    rewriteJump(Jump);
  insertHandlerExits();
  for (unsigned F = 0; F < Plan.FullExprs.size(); ++F)
    if (isStatementLike(Plan.FullExprs[F]) && !isSplit(Plan.FullExprs[F].Owner))
      wrapStatement(F);
  insertBlockCleanups();
  insertTryDispatchAndHandlers();
  // Innermost first: an outer loop reads the text of the inner one.
  std::vector<const Stmt *> Owners;
  for (const FullExpression &Full : Plan.FullExprs)
    if (!isStatementLike(Full) && !llvm::is_contained(Owners, Full.Owner))
      Owners.push_back(Full.Owner);
  for (const CXXForRangeStmt *Range : liftedRangeFors())
    if (!llvm::is_contained(Owners, Range))
      Owners.push_back(Range);
  for (const Stmt *Selection : selectionsWithLiftedInit())
    if (!llvm::is_contained(Owners, Selection))
      Owners.push_back(Selection);
  Plan.Tree->walk(
      Plan.Body,
      [&](const Stmt *S) {
        if (const auto *If = dyn_cast<IfStmt>(S))
          if (constexprCondition(If) && !inKeptLambda(If) &&
              !llvm::is_contained(Owners, S))
            Owners.push_back(S);
      },
      /*IntoLambdas=*/true);
  llvm::sort(Owners, [&](const Stmt *A, const Stmt *B) {
    return C.sources().isBeforeInTranslationUnit(B->getBeginLoc(),
                                                 A->getBeginLoc());
  });
  for (const Stmt *Owner : Owners)
    rewriteHead(Owner);
  return true;
}

// The statement's text range, with the `;` that ends it.
SourceRange BodyRewriter::statementRange(const Stmt *S) {
  SourceRange Range = widenForFolds(C, S->getSourceRange());
  // A compound statement ends at its last sub-statement, which may be an
  // expression statement whose `;` clang leaves out of the range.
  const Stmt *Last = nullptr;
  if (const auto *If = dyn_cast<IfStmt>(S))
    Last = If->getElse() ? If->getElse() : If->getThen();
  else if (const auto *For = dyn_cast<ForStmt>(S))
    Last = For->getBody();
  else if (const auto *While = dyn_cast<WhileStmt>(S))
    Last = While->getBody();
  else if (const auto *Range = dyn_cast<CXXForRangeStmt>(S))
    Last = Range->getBody();
  else if (const auto *Switch = dyn_cast<SwitchStmt>(S))
    Last = Switch->getBody();
  else if (const auto *Label = dyn_cast<LabelStmt>(S))
    Last = Label->getSubStmt();
  if (Last != nullptr)
    return {Range.getBegin(), statementRange(Last).getEnd()};
  if (isa<DeclStmt, CompoundStmt, CXXTryStmt, NullStmt>(S))
    return Range;
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      Range.getEnd(), tok::semi, C.sources(), C.langOpts(),
      /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (AfterSemi.isValid())
    Range.setEnd(AfterSemi.getLocWithOffset(-1));
  return Range;
}

// Replaces S by several statements; braces keep them one statement where
// the position holds one (needsOwnBlock). A declaration there is a scope
// of its own (scopeOf, LocalLifting.cpp): its lifted locals die at the
// end of the braces, as natively at the end of the sub-statement.
//
// A statement a macro begins or ends (`RETURN(x);` for `co_return (x)`, a
// `break` that must destroy locals first) has no text of its own there:
// the Rewriter would leave it as written. The macro is spelled out first
// (the pass that asked is not used, LowerFile.cpp).
void BodyRewriter::replaceStatement(const Stmt *S, const std::string &Text) {
  SourceRange Range = statementRange(S);
  for (SourceLocation Edge : {Range.getBegin(), Range.getEnd()})
    if (Edge.isMacroID()) {
      C.expandMacroAround(Edge, "it writes a statement the lowering rewrites",
                          "a statement the lowering rewrites (it awaits, "
                          "returns or leaves a scope) written by a macro "
                          "expansion");
      return;
    }
  if (!needsOwnBlock(S)) {
    R.ReplaceText(Range, Text);
    return;
  }
  std::string Destroys;
  if (isa<DeclStmt>(S))
    Destroys = destroyCalls(Plan, scopedTo(Plan, S));
  R.ReplaceText(Range, "{\n" + Text + Destroys + "}\n");
}

// Whether S, as several statements, needs braces to stay one statement: an
// attributed statement (the attribute then applies to the block), or the
// sub-statement of an if, else, switch or loop, also when labels, case
// labels or default labels come first (`switch (k) case 1: x: stmt;`,
// which become `case 1: x: {...}`). In a block, what follows a label
// needs none: the label stays on the first statement, and case labels stay
// children of the switch's block.
bool BodyRewriter::needsOwnBlock(const Stmt *S) {
  const Stmt *Parent = Plan.Tree->parent(S);
  if (isa_and_nonnull<AttributedStmt>(Parent))
    return true;
  while (isa_and_nonnull<SwitchCase, LabelStmt, AttributedStmt>(Parent))
    Parent = Plan.Tree->parent(Parent);
  return Parent != nullptr && !isa<CompoundStmt>(Parent);
}

// The text of Sub, the branch of an if or the body of a loop, which the
// lowering copies into a block it writes (a loop made for (;;), a range-for
// spelled out, the taken branch of a constexpr if). A declaration there is
// a block scope of its own natively ([stmt.pre]: such a substatement is as
// if in braces), so it gets braces of its own: it dies at their end, before
// the increment, the condition and the destroy calls written after it, and
// a jump to a label placed after it (a resume label, a continue label)
// crosses no initialization. One that replaceStatement rewrote has its
// braces already.
std::string BodyRewriter::ownScopeText(const Stmt *Sub) {
  std::string Text = C.text(statementRange(Sub));
  const Stmt *Inner = Sub;
  for (;;) {
    if (const auto *Label = dyn_cast<LabelStmt>(Inner))
      Inner = Label->getSubStmt();
    else if (const auto *Case = dyn_cast<SwitchCase>(Inner))
      Inner = Case->getSubStmt();
    else if (const auto *Attributed = dyn_cast<AttributedStmt>(Inner))
      Inner = Attributed->getSubStmt();
    else
      break;
  }
  if (!isa<DeclStmt>(Inner) ||
      llvm::StringRef(C.text(statementRange(Inner))).ltrim().starts_with("{"))
    return Text;
  return "{\n" + Text + "\n}";
}

std::string BodyRewriter::fieldFor(const VarDecl *Var) {
  if (Var == nullptr)
    return {};
  if (const LiftedLocal *Lifted = Plan.lifted(Var))
    return Lifted->Field;
  if (isa<ParmVarDecl>(Var))
    return Var->getNameAsString();
  // A coroutine lambda's capture is a field of its machine too.
  if (Plan.Closure != nullptr)
    for (const LambdaCapture &Capture : Plan.Closure->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Var)
        return Var->getNameAsString();
  return {};
}

bool rewriteBody(LoweringContext &C, FunctionPlan &Plan) {
  bool Ok = BodyRewriter(C, Plan).run() && befriendForFields(C, Plan);
  // Every machine, of a function, a template's specialization or a
  // coroutine lambda's call operator (generic or in a template too): the
  // checks that look into the classes of what it holds.
  pinForOwnConstructors(C, Plan);
  return Ok;
}

} // namespace asynclower
