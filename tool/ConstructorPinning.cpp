//===- ConstructorPinning.cpp - Objects that may record their address ----===//
//
// A machine whose fields may all move bytewise starts on the caller's stack
// and is copied into a heap box at its first suspension (asl/builder.h,
// docs/design.md "Where the machine lives"). The runtime's test for "may
// move bytewise" is a type trait, asl::is_relocatable, true by default for a
// trivially copyable type. A trait cannot see what a constructor does with
// `this`, though: a trivially copyable class may still have a constructor
// of its own that records the object's address (a sensor that registers
// itself, an operation submitted as it is built, the result later written
// through the recorded pointer). Natively the object never moves, so the
// pointer stays good; after the copy into the box it would point into the
// dead stack copy.
//
// So a machine is built in its box from the start when a lifted local, an
// inline awaiter or a saved value of a trivially copyable class type holds
// an object that a constructor written in the program initializes (the
// class itself, a base, a member or an array element), or a default member
// initializer that uses the object (`char *pos = buf;`). The standard
// library's and the runtime's constructors are trusted not to keep `this`,
// and so is a class for which the program declares an explicit
// specialization of asl::is_relocatable: the way to say "it may move".
// An awaiter's await_ready() is the other member function the machine calls
// on the stack, before the move: one that records the awaiter's address
// (an intrusive wait list that enlists as it tests) pins the machine too,
// unless all it does with the object is read and write its members (the
// usual `return ready_;`) and call member functions that do the same.
// Member calls written in the body are handled with the other ways an
// address can escape (LocalLifting.cpp, findPinning).
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"
#include "RuntimeDecls.h"

#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace asynclower {
namespace {

class ConstructorPinning {
public:
  ConstructorPinning(LoweringContext &C, FunctionPlan &Plan)
      : C(C), Plan(Plan) {
    findRelocatableTrait();
  }

  void run() {
    for (const LiftedLocal &Local : Plan.Lifted)
      pinIf(Local.Stored, "'" + Local.Var->getNameAsString() + "'",
            Local.Var->getLocation());
    for (const AwaitSite &Site : Plan.Awaits)
      if (!Site.heldByPointer() && !Site.Erased) {
        pinIf(Site.Stored, "the awaiter", Site.Await->getBeginLoc());
        pinIfReadyMayKeepThis(Site);
      }
    for (const Slot &S : Plan.Slots)
      if (S.Kind != Slot::Kind::Pointer)
        pinIf(S.Stored, "a value saved", Plan.FullExprs[S.FullExpr].Root
                                             ->getBeginLoc());
  }

  // For constructorMayKeepThis.
  const CXXRecordDecl *keeperOf(QualType Type) {
    if (declaredRelocatable(C.ast().getBaseElementType(Type)))
      return nullptr;
    return ownConstructor(Type);
  }

private:
  void pinIf(QualType Type, const std::string &What, SourceLocation At) {
    if (!Plan.PinnedBecause.empty() || Type.isNull() ||
        !Type.isTriviallyCopyableType(C.ast()))
      return;
    QualType Element = C.ast().getBaseElementType(Type); // of an array too
    if (Element->getAsCXXRecordDecl() == nullptr ||
        declaredRelocatable(Element))
      return;
    if (const CXXRecordDecl *Own = ownConstructor(Element))
      Plan.PinnedBecause = "a constructor of '" + Own->getNameAsString() +
                           "' may keep the address of " + What + " at line " +
                           std::to_string(C.line(At));
  }

  // The awaiter's await_ready() runs on the machine's field while the
  // machine is still on the stack.
  void pinIfReadyMayKeepThis(const AwaitSite &Site) {
    QualType Type = Site.Stored;
    if (!Plan.PinnedBecause.empty() || Type.isNull() ||
        !Type.isTriviallyCopyableType(C.ast()) || declaredRelocatable(Type))
      return;
    const auto *Ready = dyn_cast_or_null<CXXMemberCallExpr>(
        Site.Await->getReadyExpr()->IgnoreImplicit());
    const CXXMethodDecl *Method = Ready ? Ready->getMethodDecl() : nullptr;
    if (Method == nullptr ||
        trustedDeclaration(C.sources(), Method->getParent()))
      return;
    llvm::SmallPtrSet<const CXXMethodDecl *, 4> Seen;
    if (mayKeepThis(Method, Seen))
      Plan.PinnedBecause = "'" + Method->getParent()->getNameAsString() +
                           "::await_ready' may keep the address of the "
                           "awaiter at line " +
                           std::to_string(C.line(Site.Await->getBeginLoc()));
  }

  // Whether Method may let the object's address (or a member's) escape:
  // it uses `this` other than to read or assign a member or to call a
  // member function that does no more; one whose body the file does not
  // have may do anything. Constructors' uses are ownConstructor's.
  bool mayKeepThis(const CXXMethodDecl *Method,
                   llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Seen) {
    if (!Seen.insert(Method).second)
      return false;
    if (Method->isStatic() ||
        trustedDeclaration(C.sources(), Method->getParent()))
      return false;
    const FunctionDecl *Defined = nullptr;
    if (!Method->hasBody(Defined))
      return true;
    return usesThisBeyondMembers(Defined->getBody(), Seen);
  }

  // A member of the object, reached through `this` and members only
  // (`value`, `this->node.count`), or null.
  static const MemberExpr *memberOfThis(const Expr *E) {
    const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParens());
    if (Member == nullptr || !isa<FieldDecl>(Member->getMemberDecl()))
      return nullptr;
    // `->` leaves the object unless it follows `this` itself: `next->value`
    // is another object's member.
    const Expr *Base = Member->getBase()->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(Base) ||
        (!Member->isArrow() && memberOfThis(Base) != nullptr))
      return Member;
    return nullptr;
  }

  bool usesThisBeyondMembers(
      const Stmt *S, llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Seen) {
    if (S == nullptr)
      return false;
    // Reading a scalar member, or assigning one: no address leaves.
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S))
      if (Cast->getCastKind() == CK_LValueToRValue &&
          memberOfThis(Cast->getSubExpr()) != nullptr)
        return false;
    if (const auto *Assign = dyn_cast<BinaryOperator>(S))
      if (Assign->isAssignmentOp() && memberOfThis(Assign->getLHS()) &&
          Assign->getType()->isScalarType())
        return usesThisBeyondMembers(Assign->getRHS(), Seen);
    if (const auto *Step = dyn_cast<UnaryOperator>(S))
      if (Step->isIncrementDecrementOp() && memberOfThis(Step->getSubExpr()))
        return false;
    // A member function called on the object or on a member of it: what
    // it does with its own `this` counts.
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
      if (const Expr *Object =
              Call->getImplicitObjectArgument()->IgnoreParenImpCasts();
          (isa<CXXThisExpr>(Object) || memberOfThis(Object) != nullptr) &&
          Call->getMethodDecl() != nullptr) {
        if (mayKeepThis(Call->getMethodDecl(), Seen))
          return true;
        for (const Expr *Arg : Call->arguments())
          if (usesThisBeyondMembers(Arg, Seen))
            return true;
        return false;
      }
    if (isa<CXXThisExpr>(S))
      return true;
    for (const Stmt *Child : S->children())
      if (usesThisBeyondMembers(Child, Seen))
        return true;
    return false;
  }

  // The class in an object of Type that a constructor of the program's own
  // initializes, or null.
  const CXXRecordDecl *ownConstructor(QualType Type) {
    const auto *Record =
        C.ast().getBaseElementType(Type)->getAsCXXRecordDecl();
    if (Record == nullptr || !Record->hasDefinition() ||
        trustedDeclaration(C.sources(), Record))
      return nullptr;
    Record = Record->getDefinition();
    for (const CXXConstructorDecl *Ctor : Record->ctors())
      if (Ctor->isUserProvided())
        return Record;
    for (const Decl *Member : Record->decls())
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Member))
        if (isa<CXXConstructorDecl>(Template->getTemplatedDecl()))
          return Record;
    for (const CXXBaseSpecifier &Base : Record->bases())
      if (const CXXRecordDecl *Own = ownConstructor(Base.getType()))
        return Own;
    for (const FieldDecl *Field : Record->fields()) {
      if (Field->hasInClassInitializer() &&
          mentionsThis(Field->getInClassInitializer()))
        return Record;
      if (!Field->getType()->isReferenceType())
        if (const CXXRecordDecl *Own = ownConstructor(Field->getType()))
          return Own;
    }
    return nullptr;
  }

  // A default member initializer that uses the object (`char *pos = buf;`)
  // runs in the implicit constructor, with the same effect.
  static bool mentionsThis(const Stmt *S) {
    if (S == nullptr)
      return false;
    if (isa<CXXThisExpr>(S))
      return true;
    for (const Stmt *Child : S->children())
      if (mentionsThis(Child))
        return true;
    return false;
  }

  // An explicit specialization `asl::is_relocatable<Type>` in the program.
  bool declaredRelocatable(QualType Type) {
    if (Trait == nullptr)
      return false;
    QualType Wanted = C.ast().getCanonicalType(Type.getUnqualifiedType());
    for (const ClassTemplateSpecializationDecl *Spec :
         Trait->specializations())
      if (Spec->isExplicitSpecialization() &&
          Spec->getTemplateArgs().size() == 1 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
          C.ast().getCanonicalType(Spec->getTemplateArgs()[0].getAsType()) ==
              Wanted)
        return true;
    return false;
  }

  void findRelocatableTrait() {
    if (const auto *Template =
            runtimeMember<ClassTemplateDecl>(C.ast(), "is_relocatable"))
      Trait = Template->getCanonicalDecl();
  }

  LoweringContext &C;
  FunctionPlan &Plan;
  const ClassTemplateDecl *Trait = nullptr;
};

} // namespace

void pinForOwnConstructors(LoweringContext &C, FunctionPlan &Plan) {
  ConstructorPinning(C, Plan).run();
}

const CXXRecordDecl *constructorMayKeepThis(LoweringContext &C,
                                            FunctionPlan &Plan, QualType Type) {
  return ConstructorPinning(C, Plan).keeperOf(Type);
}

} // namespace asynclower
