//===- EarlyCopies.cpp - Captures copied before an await ------------------===//
//
// A lambda's capture by copy written before an init-capture that awaits is
// copied before that await, as natively: into a field of its own, which the
// closure's member is then moved from (docs/design.md, "Init-captures").
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynclower {

std::vector<const LambdaCapture *> copiesBeforeAwait(const FunctionPlan &Plan,
                                                     const LambdaExpr *Lambda) {
  std::vector<const LambdaCapture *> Copies;
  const LambdaCapture *LastAwait = nullptr;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture) &&
        llvm::any_of(Plan.Awaits, [&](const AwaitSite &Site) {
          return Plan.Tree->contains(
              initCaptureValue(cast<VarDecl>(Capture.getCapturedVar())),
              Site.Await);
        }))
      LastAwait = &Capture;
  if (LastAwait == nullptr)
    return Copies;
  for (const LambdaCapture &Capture : Lambda->captures()) {
    if (&Capture == LastAwait)
      break;
    if (!Capture.isExplicit() || Lambda->isInitCapture(&Capture))
      continue;
    if (Capture.getCaptureKind() == LCK_StarThis) {
      Copies.push_back(&Capture);
      continue;
    }
    if (Capture.getCaptureKind() != LCK_ByCopy)
      continue;
    // An array only of trivially copyable elements: the closure, made by
    // its factory, copies it again from the field (HoistedLocals.cpp),
    // which only such elements cannot tell.
    const ValueDecl *Var = Capture.getCapturedVar();
    QualType Type = Var->getType().getNonReferenceType();
    if (!Type->isArrayType() ||
        Var->getASTContext().getBaseElementType(Type).isTriviallyCopyableType(
            Var->getASTContext()))
      Copies.push_back(&Capture);
  }
  return Copies;
}

void planEarlyCopies(FunctionPlan &Plan) {
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Lambda = dyn_cast<LambdaExpr>(S);
    if (Lambda == nullptr)
      return;
    for (const LambdaCapture *Capture : copiesBeforeAwait(Plan, Lambda))
      Plan.EarlyCopies[Capture] = Plan.fresh(
          (Capture->capturesVariable()
               ? "copy_" + Capture->getCapturedVar()->getNameAsString()
               : std::string("copy_this")) +
          "_");
  });
}

const std::string &earlyCopyField(const FunctionPlan &Plan,
                                  const LambdaCapture *Capture) {
  auto It = Plan.EarlyCopies.find(Capture);
  assert(It != Plan.EarlyCopies.end() && "planEarlyCopies names every copy");
  return It->second;
}

// A capture by copy (`[x, n = co_await f()]`, or `*this`) copies its
// variable when the closure is built, in the order of the captures, so
// natively before the await of a later init-capture; left in the lambda's
// text, the copy would be made after it, and see what the await changed.
// An explicit one is made in a field at its place among the init-captures
// (copyEarly), and the closure's member moved from it (an array's copied,
// by the factory that makes the closure). What remains is refused: a copy
// of an array of elements that are not trivially copyable (an init-capture
// cannot move an array, and the factory's second copy would show), and an
// implicit copy ([=]) before the await, which clang does not make (it
// orders implicit captures after the written ones).
void ExpressionSpiller::checkCopiesBeforeAwait(const LambdaExpr *Lambda) {
  const LambdaCapture *LastAwait = nullptr;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture) &&
        HasAwait.count(
            initCaptureValue(cast<VarDecl>(Capture.getCapturedVar()))))
      LastAwait = &Capture;
  if (LastAwait == nullptr)
    return;
  for (const LambdaCapture &Capture : Lambda->captures()) {
    if (&Capture == LastAwait || !Refused.empty())
      return;
    bool Copies = Capture.getCaptureKind() == LCK_StarThis ||
                  (Capture.getCaptureKind() == LCK_ByCopy &&
                   !Lambda->isInitCapture(&Capture));
    if (!Copies)
      continue;
    bool Array = Capture.capturesVariable() && Capture.getCapturedVar()
                                                   ->getType()
                                                   .getNonReferenceType()
                                                   ->isArrayType();
    if (Capture.isExplicit() &&
        llvm::is_contained(copiesBeforeAwait(Plan, Lambda), &Capture))
      continue;
    std::string What =
        Capture.capturesVariable()
            ? "'" + Capture.getCapturedVar()->getNameAsString() + "'"
            : "'*this'";
    Refused = std::string("a lambda that captures ") +
              (Array ? "the array " : "") + What +
              (Array ? ", whose elements are not trivially copyable," : "") +
              " by copy before an init-capture that awaits; not supported "
              "yet (natively the copy is made before the co_await)";
    RefusedAt = Capture.getLocation();
  }
}

// The copy made natively as the closure is built: in a field, from the
// object as the machine names it, direct-initialized as the closure's
// member is. The lambda's capture (ClosureCaptures.cpp, recapture), its named
// closure or its factory's call moves the member from it, so the copy is
// made once, as natively, and moved once more; the moved-from field dies
// with the full-expression's other temporaries. The member, declared by an
// init-capture, is not const; a mutable lambda sees the copy of a const
// variable through `std::as_const`, as natively (ConstCopies.cpp).
std::string ExpressionSpiller::copyEarly(const LambdaCapture &Capture) {
  QualType Type;
  std::string Source;
  if (Capture.getCaptureKind() == LCK_StarThis) {
    Type = Plan.ThisType->getPointeeType();
    Source = "*" + Plan.This;
  } else {
    const auto *Var = cast<VarDecl>(Capture.getCapturedVar());
    Type = Var->getType().getNonReferenceType();
    const LiftedLocal *Lifted = Plan.lifted(Var);
    Source = Lifted != nullptr ? Lifted->use() : Var->getNameAsString();
  }
  bool Scalar = Type->isScalarType();
  Slot &Copy = newSlot("copy", Scalar ? Slot::Kind::Scalar : Slot::Kind::Object,
                       Type, earlyCopyField(Plan, &Capture));
  if (Scalar)
    return Copy.Field + " = " + Source + ";\n";
  // An array of trivially copyable elements (copiesBeforeAwait), copied
  // element by element as the closure's member is.
  if (Type->isArrayType())
    return "asl::init_from_array(" + Copy.Field + ", " + Source + ");\n";
  return constructSlot(Copy, "(" + Source + ")");
}

} // namespace asynclower
