//===- ConstCopies.cpp - Copies of const objects stay const ---------------===//
//
// A lambda's member that copies a `const` object is `const` natively: its
// type is the captured entity's, without a reference
// ([expr.prim.lambda.capture]), and `*this` copied in a const member
// function is a `const` object. The output declares some of those copies
// in init-captures, which deduce their types as `auto` does, without
// `const`: a lifted local's, a parameter's or a binding's copy (`[s =
// (*s)]`, ClosureCaptures.cpp), one made before an await (`[s =
// std::move(copy_s_)]`, EarlyCopies.cpp), the object's (`[this_copy_ =
// *this_]`), in a kept lambda's factory too (HoistedLocals.cpp).
//
// Only a `mutable` lambda can tell: in any other the call operator is
// `const`, and so is every member it names. There each use of such a copy
// is written `std::as_const(s)` (`&std::as_const(this_copy_)` for `this`),
// an lvalue of the native type, so `std::move(s)` copies instead of moving
// and an overload on `const` picks as natively; so are the uses in the
// lambdas inside it, which capture that member, or refer to it. A
// `decltype` of the name is spelled as the type it denotes already
// (FieldNames.cpp, spellDecltype).
//
// The same holds for `volatile` (a copy of a `volatile int`), which every
// lambda can tell, `const` or not: each use of such a copy is written
// `asl::as_volatile(s)` (asl/builder.h), `volatile` added to what the
// member is there (`const volatile` in a lambda that is not mutable).
//
//===----------------------------------------------------------------------===//

#include "ConstCopies.h"
#include "BodyRewriter.h"
#include "LowerFile.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynclower {

namespace {

// The lambda whose body holds S, innermost first (not one whose
// init-capture S is in, which the function around it evaluates).
const LambdaExpr *lambdaHolding(const SyntaxTree &Tree, const Stmt *S) {
  for (const Stmt *P = Tree.parent(S); P != nullptr; S = P, P = Tree.parent(P))
    if (const auto *Lambda = dyn_cast<LambdaExpr>(P);
        Lambda != nullptr && S == Lambda->getBody())
      return Lambda;
  return nullptr;
}

} // namespace

std::string nativeCopyView(
    const FunctionPlan &Plan, const DeclRefExpr *Ref,
    llvm::function_ref<bool(const LambdaExpr *, const LambdaCapture &)>
        CopiedByInitCapture) {
  const ValueDecl *Named = Ref->getDecl();
  QualType Type = Named->getType().getNonReferenceType();
  // A constant read without an odr-use is not the member; an array is
  // captured as written, of its native type (ClosureCaptures.cpp,
  // copiedArray).
  if (!isa<VarDecl, BindingDecl>(Named) ||
      !Ref->refersToEnclosingVariableOrCapture() ||
      Ref->isNonOdrUse() == NOUR_Constant ||
      (!Type.isConstQualified() && !Type.isVolatileQualified()) ||
      Type->isArrayType())
    return {};

  // The member the name is: that of the outermost lambda that captures it
  // by name or by copy (the ones inside capture that member). A `mutable`
  // lambda from Ref out to that one can tell its type.
  const LambdaExpr *Owner = nullptr;
  const LambdaCapture *Capture = nullptr;
  bool Mutable = false;
  bool MutableToOwner = false;
  for (const LambdaExpr *Lambda = lambdaHolding(*Plan.Tree, Ref);
       Lambda != nullptr && !isa<CoroutineBodyStmt>(Lambda->getBody());
       Lambda = lambdaHolding(*Plan.Tree, Lambda)) {
    Mutable |= Lambda->isMutable();
    for (const LambdaCapture &Each : Lambda->captures())
      if (Each.capturesVariable() && Each.getCapturedVar() == Named &&
          (Each.isExplicit() || Each.getCaptureKind() == LCK_ByCopy)) {
        Owner = Lambda;
        Capture = &Each;
        MutableToOwner = Mutable;
      }
  }
  // A reference init-capture (`[&s = (*s)]`) keeps the qualifiers.
  bool Const = Type.isConstQualified() && MutableToOwner;
  bool Volatile = Type.isVolatileQualified();
  if (Capture == nullptr || (!Const && !Volatile) ||
      Capture->getCaptureKind() != LCK_ByCopy ||
      !CopiedByInitCapture(Owner, *Capture))
    return {};
  std::string View = Named->getNameAsString();
  if (Const)
    View = "std::as_const(" + View + ")";
  if (Volatile)
    View = "asl::as_volatile(" + View + ")";
  return View;
}

bool pointsToNonConstCopy(const FunctionPlan &Plan, const Stmt *S,
                          const LambdaExpr *Copier) {
  // Natively the copy is const in a const member function, and seen
  // through `this` in a lambda that is not mutable.
  if (!Plan.ThisType->getPointeeType().isConstQualified() &&
      Copier->isMutable())
    return false;
  for (const LambdaExpr *Lambda = lambdaHolding(*Plan.Tree, S);
       Lambda != nullptr; Lambda = lambdaHolding(*Plan.Tree, Lambda)) {
    if (Lambda->isMutable())
      return true;
    if (Lambda == Copier)
      break;
  }
  return false;
}

// A use, in the body, of a copy an init-capture made (recapture) that is
// const natively, inside a mutable lambda: `std::as_const(s)`; volatile
// natively: `asl::as_volatile(s)`. One written by a macro is spelled out
// first; one in a macro that cannot be is refused: kept as written, the
// copy would not be const or volatile there (`std::move(s)` would move
// from it).
// FIXME: a decltype that depends on a generic lambda's parameters and
// names the copy inside a larger expression (`decltype(f(s, x))`), which
// spellDecltype cannot spell as a type, sees it without const: its
// operand is not among the statements this phase visits.
bool BodyRewriter::keepCopyConst(const DeclRefExpr *Ref) {
  if (inKeptLambda(Ref))
    return true;
  std::string View = nativeCopyView(
      Plan, Ref, [&](const LambdaExpr *Lambda, const LambdaCapture &Capture) {
        return copiedByInitCapture(Lambda, Capture);
      });
  // A pack expansion's elements share the text of its pattern.
  if (View.empty() || !ConstViews.insert(Ref->getLocation()).second)
    return true;
  std::string Name = Ref->getDecl()->getNameAsString();
  bool Const = View.find("as_const") != std::string::npos;
  if (Ref->getLocation().isMacroID())
    return C.expandMacroAround(
        Ref->getLocation(),
        "it names '" + Name + "', a copy that stays " +
            (Const ? "const" : "volatile"),
        "'" + Name + "', a copy a " +
            (Const ? "mutable lambda keeps const" : "lambda keeps volatile") +
            ", named inside a macro expansion");
  R.ReplaceText(Ref->getLocation(), Name.size(), View);
  return true;
}

} // namespace asynclower
