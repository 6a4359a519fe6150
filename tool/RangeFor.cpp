//===- RangeFor.cpp - Range-based for across awaits -----------------------===//
//
// The hidden range, begin and end objects of a range-based for that
// lives across an await are lifted like named locals; the loop is
// written out as the standard defines it, over those fields.
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

const VarDecl *BodyRewriter::rangeVariable(const CXXForRangeStmt *For) {
  return cast<VarDecl>(For->getRangeStmt()->getSingleDecl());
}

// Range-fors with an await inside: their hidden variables are lifted.
std::vector<const CXXForRangeStmt *> BodyRewriter::liftedRangeFors() {
  std::vector<const CXXForRangeStmt *> Found;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(S))
      if (Plan.lifted(rangeVariable(Range)) != nullptr)
        Found.push_back(Range);
  });
  return Found;
}

bool BodyRewriter::isLiftedLoopVariable(const DeclStmt *Decls) {
  const auto *Range =
      dyn_cast_or_null<CXXForRangeStmt>(Plan.Tree->parent(Decls));
  return Range != nullptr && Range->getLoopVarStmt() == Decls &&
         Plan.lifted(rangeVariable(Range)) != nullptr;
}

// After a tuple-like structured binding's object: its names' references,
// initialized from get<I> in order.
std::vector<std::string>
BodyRewriter::bindingReferences(const LiftedLocal &Whole) {
  std::vector<std::string> Parts;
  if (const auto *Decomposition = dyn_cast<DecompositionDecl>(Whole.Var))
    for (const BindingDecl *Binding : Decomposition->bindings())
      if (const VarDecl *Holding = Binding->getHoldingVar())
        for (std::string &Part : constructionFrom(*Plan.lifted(Holding),
                                                  tupleElement(Whole, Holding)))
          Parts.push_back(std::move(Part));
  return Parts;
}

// range.begin() or begin(range), as the range-for chose; for an array,
// the array itself and one past its end.
std::string BodyRewriter::iteratorInit(const VarDecl *Iterator,
                                       const std::string &Range) {
  const Expr *Init = Iterator->getInit()->IgnoreImplicit();
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Init))
    return Range + "." + Call->getMethodDecl()->getNameAsString() + "()";
  // A free begin(range) is found by argument-dependent lookup only
  // ([stmt.ranged]); written here, a field or a member of the class around
  // the machine named begin or end would hide it, so the runtime's helper
  // calls it where nothing can.
  if (const auto *Call = dyn_cast<CallExpr>(Init))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return "asl::range_access::" + Callee->getNameAsString() + "_of(" +
             Range + ")";
  if (const auto *Add = dyn_cast<BinaryOperator>(Init))
    if (const auto *Size =
            dyn_cast<IntegerLiteral>(Add->getRHS()->IgnoreImplicit()))
      return Range + " + " + std::to_string(Size->getValue().getZExtValue());
  return Range;
}

// The loop variable's declaration as written, up to the `:`.
std::string BodyRewriter::loopDeclarator(const CXXForRangeStmt *For) {
  std::string Text =
      C.text({For->getLoopVariable()->getBeginLoc(), For->getColonLoc()});
  return llvm::StringRef(Text).rtrim().drop_back().rtrim().str();
}

// for (decl : range) body, spelled out as the standard defines it, with
// the range, its iterators and the loop variable as lifted locals.
void BodyRewriter::rewriteRangeFor(const CXXForRangeStmt *For) {
  const LiftedLocal &Range = *Plan.lifted(rangeVariable(For));
  const LiftedLocal &Begin =
      *Plan.lifted(cast<VarDecl>(For->getBeginStmt()->getSingleDecl()));
  const LiftedLocal &End =
      *Plan.lifted(cast<VarDecl>(For->getEndStmt()->getSingleDecl()));

  // C++20's init-statement runs first; what it declares lives in the
  // block around the loop, and dies after the range.
  std::string Out = "{\n";
  if (const Stmt *Init = For->getInit())
    Out += initStatement(For, Init);
  unsigned F = 0;
  bool Awaits = fullExpression(For, FullExpression::Context::Range, &F);
  if (Awaits)
    Out += Steps[F];
  const CXXStdInitializerListExpr *List =
      builtInitializerList(rangeVariable(For));
  if (List != nullptr) {
    // A braced list: the loop iterates its backing array, which is lifted
    // in the list's place (LocalLifting.cpp), so it lives as long as the
    // loop, as natively. An std::initializer_list built here would point
    // to an array that dies at the end of the statement.
    const Expr *Braced = List->getSubExpr()->IgnoreImplicit();
    Out += constructAt(C.ast(), Range.Stored, Range.Field, Range.Type,
                       C.text(Braced->getSourceRange())) +
           ";\n";
    if (Range.Destructible)
      Out += liveFlag(Range.Field) + " = true;\n";
  } else if (Range.Storage == LiftedLocal::StorageKind::Extended) {
    // The range names the temporary or a part of it (`make().ids`): the
    // field holds the whole temporary, as the range's reference keeps it.
    Out += constructFrom(
        Range,
        C.operandText(extendedTemporary(rangeVariable(For))->getSubExpr()));
  } else {
    Out += constructFrom(Range, C.operandText(For->getRangeInit()));
  }
  if (Awaits)
    Out += Spiller.epilogue(F);
  if (List != nullptr) {
    const auto *Array = C.ast().getAsConstantArrayType(Range.Stored);
    Out += constructFrom(Begin, Range.Field);
    Out +=
        constructFrom(End, Range.Field + " + " +
                               std::to_string(Array->getSize().getZExtValue()));
  } else {
    Out += constructFrom(Begin, iteratorInit(Begin.Var, Range.use()));
    Out += constructFrom(End, iteratorInit(End.Var, Range.use()));
  }

  Out += "for (; " + Begin.Field + " != " + End.Field + "; ++" + Begin.Field +
         ") {\n";
  const VarDecl *Loop = For->getLoopVariable();
  std::string Element = "*" + Begin.Field;
  if (const LiftedLocal *Variable = Plan.lifted(Loop))
    Out += constructFrom(*Variable, Element) +
           statements(bindingReferences(*Variable));
  else
    Out += loopDeclarator(For) + " = " + Element + ";\n";
  Out += ownScopeText(For->getBody()) + "\n";
  if (!isa<CompoundStmt>(For->getBody()))
    for (const LocalScope &L : Plan.Locals)
      if (L.Var == Loop)
        Out += destroyCalls(Plan, {&L});
  Out += "}\n" + destroyCalls(Plan, scopedTo(Plan, For)) + "}\n";
  replaceStatement(For, Out);
}

} // namespace asynclower
