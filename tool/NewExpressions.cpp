//===- NewExpressions.cpp - New-expressions that await --------------------===//
//
// An await in a new-expression's initializer: the allocation function is
// called into an asl::allocation field before the await, the object built
// there after it (spillNew), and the shapes that cannot be (newRefusal).
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"
#include "RuntimeDecls.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynclower {

// A name that means the same object in a lambda without captures. Read
// there again, a global's value may have changed since the allocation
// (another task may have assigned it while this one was suspended): so one
// passed by value must be constant, and one passed by reference is the
// same object whatever it holds (ByReference).
bool namesGlobal(const Expr *E, bool ByReference) {
  E = E->IgnoreParenImpCasts();
  if (isa<IntegerLiteral, CXXNullPtrLiteralExpr, CXXBoolLiteralExpr>(E))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  if (Ref == nullptr)
    return false;
  if (isa<EnumConstantDecl>(Ref->getDecl()))
    return true;
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  return Var != nullptr && Var->hasGlobalStorage() &&
         !Var->isLocalVarDeclOrParm() &&
         (ByReference || Var->getType().isConstQualified() ||
          Var->isConstexpr());
}

// How the generated code calls Function, an allocation or deallocation
// function: `::operator new` or `Node::operator delete`.
std::string allocationCallee(ASTContext &Ctx, const FunctionDecl *Function) {
  std::string Name = Function->getNameAsString();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
    return spellType(Ctx, Ctx.getRecordType(Method->getParent())) + "::" + Name;
  return "::" + Name;
}

bool awaitsInNewInitializer(const CXXNewExpr *New) {
  std::function<bool(const Stmt *)> Find = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S))
      return false;
    if (isa<CoawaitExpr>(S))
      return true;
    return llvm::any_of(S->children(), Find);
  };
  return Find(New->getInitializer());
}

bool allocatesFirst(const CXXNewExpr *New) {
  const FunctionDecl *Allocate = New->getOperatorNew();
  return Allocate != nullptr &&
         !Allocate->isReservedGlobalPlacementOperator() &&
         awaitsInNewInitializer(New) && newRefusal(New).empty();
}

std::string newRefusal(const CXXNewExpr *New) {
  QualType Type = New->getAllocatedType();
  if (New->isArray()) {
    std::optional<const Expr *> Size = New->getArraySize();
    if (!Size || *Size == nullptr)
      return "an array new-expression whose size its initializer gives";
    if (Type->isArrayType())
      return "a new-expression of an array of arrays";
    // Itanium and Microsoft ABIs alike: a cookie when the elements have a
    // destructor or the usual operator delete[] wants the size.
    if (New->doesUsualArrayDeleteWantSize() || Type.isDestructedType())
      return "an array new-expression of a type with a destructor (or "
             "whose operator delete[] takes the size): its allocation begins "
             "with an array cookie, the element count laid out as the C++ "
             "ABI says, which the lowering cannot write portably";
  }
  const FunctionDecl *Delete = New->getOperatorDelete();
  if (New->getNumPlacementArgs() > 0 && Delete != nullptr) {
    // The placement delete takes the pointer, then one parameter for each
    // placement argument.
    bool Matched = Delete->getNumParams() == New->getNumPlacementArgs() + 1;
    for (unsigned I = 0; I != New->getNumPlacementArgs(); ++I) {
      bool ByReference =
          Matched && Delete->getParamDecl(I + 1)->getType()->isReferenceType();
      if (!namesGlobal(New->getPlacementArg(I), ByReference))
        return "a placement new-expression whose operator delete, called "
               "if the initializer throws, takes placement arguments other "
               "than literals, enumerators, constant globals or globals it "
               "takes by reference";
    }
  }
  return {};
}

// ---- New-expressions -------------------------------------------------------

// `new Node(co_await f())`: C++17 calls the allocation function first, then
// evaluates the initializer ([expr.new]/19), so the machine allocates into
// an asl::allocation field, awaits, and constructs with placement new:
//
//   ::new (asl::place(allocation0_)) asl::allocation(
//       sizeof(Node),
//       [](void *p, std::size_t) noexcept { Node::operator delete(p); });
//   allocation0_.address = Node::operator new(allocation0_.size);
//   allocation0_live_ = true;
//   ... the await ...
//   n = asl::constructed(allocation0_live_,
//                        ::new (allocation0_.address) Node(awaiter0_...));
//
// with the functions the expression selects: a class's or the global
// operator new, with the alignment of an over-aligned type and the placement
// arguments, and the matching operator delete with the arguments it takes.
// The allocation is a temporary of the full-expression: an exception from
// the initializer (the await's, an argument's, the constructor's) destroys
// it, which frees the storage, as natively; asl::constructed clears its live
// flag once the object is built. Destroying the task while it is suspended
// there does not free it, as natively (Plan.Abandoned). An allocation
// function that may return null (`noexcept`, `new (std::nothrow)`) skips the
// initializer, awaits included, and the expression is null.
std::string ExpressionSpiller::spillNew(const CXXNewExpr *New) {
  ASTContext &Ctx = C.ast();
  QualType Type = New->getAllocatedType();
  std::string TypeText = spellType(Ctx, Type);
  // The element type, followed by a bound or the initializer.
  std::string Element = constructibleType(TypeText, /*AfterNew=*/true);
  std::string Out;

  // The array size first (as clang does), then the placement arguments,
  // left to right: those before the last that awaits are saved.
  std::string Count, Size = "sizeof(" + TypeText + ")";
  if (New->isArray()) {
    const Expr *N = *New->getArraySize();
    const Expr *Written = N->IgnoreImpCasts();
    Out += spill(N);
    if (!Awaits.count(N) && Written->isIntegerConstantExpr(Ctx)) {
      Count = C.text(Written->getSourceRange());
      Size = "sizeof(" + Element + "[" + Count + "])";
    } else {
      // Converted to std::size_t, the type the new-expression converts it
      // to, whatever its own (bool, char, __int128, an enumeration, a class
      // with a conversion function): asl::array_new_size computes from
      // that what clang-19 does.
      Slot &Saved = newSlot("count", Slot::Kind::Scalar, C.ast().getSizeType());
      Out += Saved.Field + " = " + C.operandText(Written) + ";\n";
      Count = Saved.Field;
      unsigned Minimum = 0;
      if (const auto *List =
              dyn_cast_or_null<InitListExpr>(New->getInitializer()))
        Minimum = List->getNumInits();
      Size = "asl::array_new_size(" + Count + ", sizeof(" + TypeText + "), " +
             std::to_string(Minimum) + ")";
    }
  }
  std::string Align = "std::align_val_t(alignof(" + TypeText + "))";
  std::vector<std::string> Args{Size};
  if (New->passAlignment())
    Args.push_back(Align);
  llvm::SmallVector<const Expr *, 4> Placement(New->placement_arguments());
  int LastAwait = -1;
  for (size_t I = 0; I < Placement.size(); ++I)
    if (HasAwait.count(Placement[I]))
      LastAwait = I;
  for (size_t I = 0; I < Placement.size(); ++I) {
    bool Save = static_cast<int>(I) < LastAwait && !isPure(Placement[I]);
    if (Save)
      markTemporaries(Placement[I]);
    Out += spill(Placement[I]);
    if (Save)
      Out += spillValue(Placement[I]);
    Args.push_back(C.operandText(Placement[I]));
  }

  // The deallocation function, as natively called if the initializer
  // throws: a placement one takes the placement arguments (names of globals,
  // newRefusal), a usual one the size and alignment it asks for.
  std::string Release = "nullptr";
  if (const FunctionDecl *Free = New->getOperatorDelete()) {
    std::vector<std::string> FreeArgs{"p"};
    bool UsesSize = false;
    for (unsigned I = 1; I < Free->getNumParams(); ++I) {
      QualType Param = Free->getParamDecl(I)->getType();
      if (New->getNumPlacementArgs() > 0 && !(I == 1 && New->passAlignment()))
        continue;
      UsesSize |= !Param->isEnumeralType();
      FreeArgs.push_back(Param->isEnumeralType() ? Align : "size");
    }
    if (New->getNumPlacementArgs() > 0)
      for (const Expr *Arg : New->placement_arguments())
        FreeArgs.push_back(C.originalText(Arg->getSourceRange()).str());
    Release = std::string("[](void *p, std::size_t") +
              (UsesSize ? " size" : "") + ") noexcept { " +
              allocationCallee(Ctx, Free) + "(" + llvm::join(FreeArgs, ", ") +
              "); }";
  }

  QualType Allocation = allocationType();
  if (Allocation.isNull()) {
    if (Refused.empty()) {
      Refused = "a new-expression whose initializer awaits needs "
                "asl::allocation (include <asl/task.h>)";
      RefusedAt = New->getBeginLoc();
    }
    return Out;
  }
  Slot &Storage = newSlot("allocation", Slot::Kind::Object, Allocation);
  std::string Field = Storage.Field;
  std::string Flag = liveFlag(Field);
  Args.front() = Field + ".size";
  Out += "// allocates first, as `new` does: its initializer awaits\n";
  Out += "::new (asl::place(" + Field + ")) asl::allocation(" + Size + ", " +
         Release + ");\n";
  Out += Field + ".address = " + allocationCallee(Ctx, New->getOperatorNew()) +
         "(" + llvm::join(Args, ", ") + ");\n";
  Out += Flag + " = true;\n";
  Plan.Abandoned.push_back(Flag);

  std::string Rest = spillOrdered(New, initializerOperands(New), false);
  bool MayBeNull = New->shouldNullCheckAllocation();
  if (MayBeNull)
    Out += "if (" + Field + ".address != nullptr) {\n" + Rest + "}\n";
  else
    Out += Rest;

  // The initializer as written (edited by the walk): its parentheses or
  // braces.
  const Expr *Init = New->getInitializer();
  SourceRange InitRange = Init->getSourceRange();
  if (New->getInitializationStyle() == CXXNewInitializationStyle::Parens)
    InitRange = New->getDirectInitRange();
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
    InitRange = Construct->getParenOrBraceRange();
  // A pack expansion among the initializer's operands (`new
  // P(co_await h(xs)...)`) is written with its elements as they now read,
  // as spill does for any other parent of one.
  if (!PackGroups.empty())
    writePackGroups(Init);
  std::string Written = C.text(InitRange);
  // Inside an element of a pack expansion the walk's edits are the
  // element's own, not the rewriter's: the initializer is written operand
  // by operand, each as that element reads it (`new Ts(1, co_await
  // h(x))...`).
  if (PackInside.count(New) || PackElementOf.count(New)) {
    std::vector<std::string> Operands;
    for (const Expr *Operand : initializerOperands(New))
      if (!isa<CXXDefaultArgExpr>(Operand))
        Operands.push_back(nodeText(Operand));
    bool Braces =
        New->getInitializationStyle() == CXXNewInitializationStyle::Braces;
    Written = (Braces ? "{" : "(") + llvm::join(Operands, ", ") +
              (Braces ? "}" : ")");
  }
  std::string Built = "::new (" + Field + ".address) " + Element +
                      (New->isArray() ? "[" + Count + "]" : "") + Written;
  std::string Value = "asl::constructed(" + Flag + ", " + Built + ")";
  if (MayBeNull)
    Value = "(" + Field + ".address != nullptr ? " + Value + " : nullptr)";
  replaceNode(New, Value);
  return Out;
}

// asl::allocation, which the runtime's headers declare (asl/builder.h).
QualType ExpressionSpiller::allocationType() const {
  if (const auto *Record = runtimeMember<CXXRecordDecl>(C.ast(), "allocation"))
    return C.ast().getRecordType(Record);
  return {};
}

} // namespace asynclower
