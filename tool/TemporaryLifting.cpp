//===- TemporaryLifting.cpp - Temporaries that outlive a suspension ------===//
//
// A temporary lives until the end of its full-expression. In
// `co_await transfer("carol")` with a `const std::string&` parameter, the
// string is bound to the parameter and the awaited task may read it after
// suspending, so it must survive the suspension. Such temporaries (those
// materialized to bind a reference inside the awaited operand) become
// fields, constructed before the awaiter and destroyed after the statement
// that uses the await's result, last constructed first.
//
// FIXME: the lifted temporaries are constructed before the rest of the
// operand is evaluated. If one has side effects (a constructor that
// prints) and another argument of the same call does too, their order
// differs from the native build's. Spilling the operand in evaluation
// order would fix it; that is the "hard shapes" work.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

using namespace clang;

namespace asynclower {
namespace {

// Post-order: a temporary nested in another one's initializer comes first.
void collect(const SyntaxTree &Tree, const Stmt *S,
             std::vector<const MaterializeTemporaryExpr *> &Found) {
  if (S == nullptr || isa<LambdaExpr>(S))
    return;
  forEachWrittenChild(S,
                      [&](const Stmt *Child) { collect(Tree, Child, Found); });
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S))
    Found.push_back(Temporary);
}

} // namespace

bool liftTemporaries(LoweringContext &C, FunctionPlan &Plan) {
  unsigned Count = 0;
  for (AwaitSite &Site : Plan.Awaits) {
    std::vector<const MaterializeTemporaryExpr *> Found;
    collect(*Plan.Tree, Site.Await->getOperand(), Found);
    for (const MaterializeTemporaryExpr *Temporary : Found) {
      if (Temporary->getBeginLoc().isMacroID())
        return C.unsupported(
            C.sources().getExpansionLoc(Temporary->getBeginLoc()),
            "temporary of an awaited expression inside a macro expansion");
      LiftedTemporary Lifted;
      Lifted.Temporary = Temporary;
      Lifted.Field = Plan.fresh("temporary" + std::to_string(Count++) + "_");
      QualType Type = Temporary->getType().getUnqualifiedType();
      Lifted.Type = spellType(C.ast(), Type);
      Lifted.Destructible = Type.isDestructedType() != QualType::DK_none;
      Site.Temporaries.push_back(std::move(Lifted));
    }
  }
  return true;
}

} // namespace asynclower
