//===- InPlaceAggregates.cpp - Aggregates built member by member ---------===//
//
// Aggregate initialization constructs each element directly in its member:
// in `Pair p{Noisy{1}, co_await f()};` the Noisy is built in p.first and the
// await's result in p.second, with no copy or move (C++17's guaranteed copy
// elision). When p is lifted and its initializer awaits, the machine does the
// same: it constructs each member in place, in order, in p's storage, and
// p's lifetime (its live flag) starts after the last one.
//
// Until then each member with a destructor has its own live flag, so an
// exception from a later element, or the task destroyed while suspended
// between elements, destroys exactly the members built so far, last first,
// as the native build does.
//
// Not built this way (the whole initializer is evaluated, the values computed
// before its last await are saved, and the aggregate is constructed from
// them at the end, one more move for each saved class value):
//   - aggregates with a reference member: a reference can only be bound by
//     the aggregate's own initialization (its temporaries are still built
//     in fields that live as long as the variable, ExpressionSpilling.cpp);
//   - aggregates with base classes or anonymous unions, and unions;
//   - members left to their default member initializer: its text belongs to
//     the class and may name what only the class sees;
//   - arrays with elements left out, and char arrays from string literals;
//   - nested aggregates with a user-provided destructor, whose destructor
//     would have to run on its own once its members are complete.
// A nested aggregate of one of these kinds, written in its own braces, is
// constructed whole in its member instead, the rest member by member.
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynclower {
namespace {

bool buildableInPlace(ASTContext &Ctx, const InitListExpr *List,
                      bool Outermost);

// One member (or array element) the aggregate's initializer constructs.
struct Member {
  const Expr *Init; // its element of the semantic list
  std::string Path; // how the machine names it: p.first, grid[1].x
  QualType Type;
};

// The fields a braced list initializes, in order (unnamed bit-fields take no
// element).
llvm::SmallVector<const FieldDecl *, 8> initializedFields(const RecordDecl *R) {
  llvm::SmallVector<const FieldDecl *, 8> Fields;
  for (const FieldDecl *Field : R->fields())
    if (!Field->isUnnamedBitField())
      Fields.push_back(Field);
  return Fields;
}

// The leaves of the list, in the order C++ initializes them.
void collectMembers(ASTContext &Ctx, const InitListExpr *List,
                    const std::string &Path,
                    llvm::SmallVectorImpl<Member> &Out) {
  QualType Type = List->getType();
  for (unsigned I = 0; I < List->getNumInits(); ++I) {
    const Expr *Init = List->getInit(I);
    std::string Part;
    QualType PartType;
    if (const auto *Array = Ctx.getAsArrayType(Type)) {
      Part = Path + "[" + std::to_string(I) + "]";
      PartType = Array->getElementType();
    } else {
      const FieldDecl *Field = initializedFields(Type->getAsCXXRecordDecl())[I];
      Part = Path + "." + Field->getNameAsString();
      PartType = Field->getType();
    }
    if (const auto *Sub = dyn_cast<InitListExpr>(Init);
        Sub != nullptr && !PartType->isScalarType() &&
        buildableInPlace(Ctx, Sub, /*Outermost=*/false))
      collectMembers(Ctx, Sub, Part, Out);
    else
      Out.push_back({Init, Part, PartType});
  }
}

// A live flag's name for a member path: p.first -> p_first_live_.
std::string memberFlag(llvm::StringRef Path) {
  std::string Name;
  for (char Ch : Path)
    if (Ch == '.' || Ch == '[')
      Name += '_';
    else if (Ch != ']')
      Name += Ch;
  return liveFlag(Name);
}

bool buildableInPlace(ASTContext &Ctx, const InitListExpr *List,
                      bool Outermost) {
  if (List->isTransparent() || List->hasArrayFiller())
    return false;
  QualType Type = List->getType();
  if (const auto *Array = Ctx.getAsConstantArrayType(Type)) {
    if (List->getNumInits() != Array->getSize())
      return false;
  } else if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl()) {
    if (!Record->hasDefinition() || !Record->isAggregate() ||
        Record->isUnion() || Record->getNumBases() != 0)
      return false;
    if (const CXXDestructorDecl *Destructor = Record->getDestructor();
        !Outermost && Destructor != nullptr && Destructor->isUserProvided())
      return false;
    auto Fields = initializedFields(Record);
    if (Fields.size() != List->getNumInits())
      return false;
    for (const FieldDecl *Field : Fields)
      if (Field->getType()->isReferenceType() ||
          Field->isAnonymousStructOrUnion())
        return false;
  } else {
    return false;
  }

  for (const Expr *Init : List->inits()) {
    if (isa<CXXDefaultInitExpr>(Init))
      return false;
    if (const auto *Sub = dyn_cast<InitListExpr>(Init);
        Sub != nullptr && !Sub->getType()->isScalarType()) {
      // A nested class aggregate in written braces that cannot be built
      // member by member is constructed whole, from its list.
      bool Whole = Sub->getType()->isRecordType() &&
                   Sub->getLBraceLoc().isValid() && !Sub->isTransparent();
      if (!Whole && !buildableInPlace(Ctx, Sub, /*Outermost=*/false))
        return false;
    } else if (Init->getType()->isArrayType()) {
      return false;
    }
  }
  return true;
}

} // namespace

const InitListExpr *inPlaceAggregate(ASTContext &Ctx, const VarDecl *Var) {
  if (isa<DecompositionDecl>(Var) || Var->getInit() == nullptr ||
      Var->getType()->isReferenceType())
    return nullptr;
  const Expr *Init = Var->getInit()->IgnoreImplicit();
  // `auto p = Pair{...};` initializes p from the list as well.
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    if (Cast->getCastKind() == CK_NoOp)
      Init = Cast->getSubExpr()->IgnoreImplicit();
  const auto *List = dyn_cast<InitListExpr>(Init);
  if (List == nullptr || !buildableInPlace(Ctx, List, /*Outermost=*/true))
    return nullptr;
  return List;
}

// Constructs each member where the aggregate's initialization would: its
// element's awaits first, then the member itself, in its place.
std::string ExpressionSpiller::buildInPlace(LiftedLocal &Var,
                                            const InitListExpr *List) {
  llvm::SmallVector<Member, 8> Members;
  collectMembers(C.ast(), List, Var.Field, Members);
  Var.BuiltInPlace = true;

  std::string Out;
  std::vector<std::string> Flags;
  for (size_t I = 0; I < Members.size(); ++I) {
    const Member &M = Members[I];
    // A temporary of one element lives to the end of the whole initializer,
    // past the elements after it; those bound to references are kept in
    // fields so that it does.
    if (I + 1 < Members.size())
      markTemporaries(M.Init);
    Out += spill(M.Init);

    bool ValueInit = isa<ImplicitValueInitExpr>(M.Init);
    std::string Text = ValueInit ? "{}" : C.text(M.Init->getSourceRange());
    if (M.Type->isScalarType() && !M.Type.isConstQualified()) {
      Out += M.Path + " = " + Text + ";\n";
      continue;
    }
    // FIXME: an element of another type is converted here by direct
    // initialization, T(e), where aggregate initialization copy-initializes
    // the member from e. The two choose differently only when T has an
    // explicit constructor that matches e better than the converting one,
    // or e's class has a conversion function competing with T's
    // constructors; such a program would call a different function than
    // natively. Emitting copy-initialization through a helper would cost a
    // move of e where T takes it by value.
    // A class with a constructor, from a braced list without a type name.
    const auto *Construct =
        dyn_cast<CXXConstructExpr>(M.Init->IgnoreImplicit());
    bool Braced = ValueInit || isa<InitListExpr>(M.Init) ||
                  (Construct != nullptr && Construct->isListInitialization() &&
                   !isa<CXXTemporaryObjectExpr>(Construct));
    Out += "::new (asl::place(" + M.Path + ")) " +
           spellWrittenType(C.ast(), M.Type.getUnqualifiedType()) +
           (Braced ? Text : "(" + Text + ")") + ";\n";
    if (M.Type.isDestructedType() == QualType::DK_none)
      continue;
    std::string Flag = Plan.fresh(memberFlag(M.Path));
    Out += Flag + " = true;\n";
    Plan.Temporaries.push_back(
        {M.Path, Flag, Current, FunctionPlan::Temporary::Lifetime::Member});
    Flags.push_back(Flag);
  }
  // The members are the variable's now; its own live flag follows.
  for (const std::string &Flag : Flags)
    Out += Flag + " = false;\n";
  return Out;
}

} // namespace asynclower
