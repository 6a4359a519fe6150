//===- InitializerLists.cpp - Braced lists kept across awaits -------------===//
//
// A braced list that initializes an std::initializer_list<E> creates a
// hidden array of const E, each element copy-initialized from its
// initializer, in order ([dcl.init.list]/5). The array lives as long as the
// list's variable (`std::initializer_list<int> xs = {1, 2, a};`) or, for a
// list made for a call (`co_await total({1, 2, a})`), to the end of the
// full-expression, after its awaits: an async callee may read the list
// after the caller suspends.
//
// The machine keeps that array in a field and makes the list from it with
// asl::detail::list_over, which writes the standard library's private
// layout of std::initializer_list (asl/detail/initializer_list.h: libstdc++,
// libc++ and Microsoft's STL): C++17 has no other way to make a list point
// to an array of one's own.
//
//   - A named list that lives across an await is lifted with its array as a
//     second field (LocalLifting.cpp); its declaration builds the array,
//     then the list (listConstruction, LiftedDeclarations.cpp), and the
//     array dies right after the list, at its scope end, on jumps, in
//     handlers and in destroy_live().
//   - A list that initializes an std::initializer_list member of a lifted
//     aggregate variable (`L l{{1, 3, 5}, 2};`), whose array natively lives
//     as long as the variable ([dcl.init.list]), has its array marked like
//     a temporary bound to a reference member of it (SavedValues.cpp,
//     listArrayOfMember): built in a field at its place among the members
//     and dying right after the variable (LiftedLocal::Extended).
//   - A list evaluated before an await of its full-expression has its array
//     marked like a temporary bound to a reference (SavedValues.cpp,
//     listArrayKept), built in a field at its place in the evaluation
//     order, and destroyed with the full-expression's other temporaries
//     where it ends, after the await, as natively: an async callee may read
//     the list after it suspends, a function may return a pointer into the
//     array, a constructor may keep the list, and an element's destructor
//     shows when it runs. Only when nothing can tell is the list left as
//     written, its array dying before the await: elements without a
//     destructor, given to the standard library, which returns nothing
//     that could point into them (std::vector<int>{1, 2} copies the
//     elements, std::max({a, b}) returns a number). Lists evaluated after
//     the last await stay as written too.
//
// Either way, when no element awaits, the array is built by one placement
// new-expression from the list as written: `::new (p) E[N]{...}`
// copy-initializes each element from its initializer, like the native
// array, and destroys those built so far if one throws. When an element
// awaits, the elements are built one by one in place, as an aggregate's
// members are (InPlaceAggregates.cpp): each after its own awaits, each with
// a live flag until the array is complete, so that an exception or the
// task's destruction between two elements destroys exactly those built.
// Such a list whose elements cannot be built one by one (an element that is
// itself a braced aggregate that is not built member by member) has its
// elements evaluated before the await saved and moved into the array, one
// more move per class element than natively.
//
// The list points into the machine, so the machine is built in its heap box
// from the start (it is not relocatable). A class list-initialized by its
// std::initializer_list constructor (`View{5, 6}`) is then constructed with
// parentheses around the list made from the field.
//
// An array prvalue bound to a reference or decayed to a pointer before an
// await (`pair(IP{1, 2}, co_await n)`, `using IP = int[2]`) is built the
// same way (buildArrayTemporary) and named by its field (liftTemporary).
//
// Natively the elements are const; in the machine they are not (a union
// whose members are all const has a deleted default constructor). The list
// still gives only const access to them.
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include <functional>

using namespace clang;

namespace asynclower {

// The braced list that initializes the array Temporary materializes: the
// list itself (an std::initializer_list's backing array), or the one of
// `IP{1, 2}`, an array prvalue written with its type. Null for any other
// array prvalue (a ?: of two arrays).
static const InitListExpr *
arrayList(const MaterializeTemporaryExpr *Temporary) {
  if (const InitListExpr *Written = writtenArrayList(Temporary->getSubExpr()))
    return Written;
  return dyn_cast<InitListExpr>(
      Temporary->getSubExpr()->IgnoreImplicit()->IgnoreParens());
}

// T, an array type, with elements that are not const (nor volatile), at
// every level.
static QualType withoutConst(ASTContext &Ctx, QualType T) {
  if (const ConstantArrayType *Array = Ctx.getAsConstantArrayType(T))
    return Ctx.getConstantArrayType(withoutConst(Ctx, Array->getElementType()),
                                    Array->getSize(), nullptr,
                                    ArraySizeModifier::Normal, 0);
  return T.getUnqualifiedType();
}

// Builds the array Temporary materializes in a field (named after Name,
// returned in Field) of its type, its elements not const, after whatever
// its elements need; returns the statements. The field is a temporary of
// the full-expression, complete and destroyed in that order only after its
// elements and their awaits; Destructible tells whether it has a live flag.
std::string ExpressionSpiller::buildArrayTemporary(
    const MaterializeTemporaryExpr *Temporary, llvm::StringRef Name,
    std::string &Field, bool &Destructible) {
  QualType Stored = withoutConst(C.ast(), Temporary->getType());
  Slot &Array = newSlot(Name, Slot::Kind::Object, Stored);
  Field = Array.Field;
  std::string Type = Array.Type;
  Destructible = Array.Destructible;
  const InitListExpr *Braced = arrayList(Temporary);
  if (Braced == nullptr) {
    if (Refused.empty()) {
      Refused = "an array temporary that is not made from a braced list is "
                "created before a co_await in the same expression; not "
                "supported yet";
      RefusedAt = Temporary->getBeginLoc();
    }
    return {};
  }
  std::optional<FunctionPlan::Temporary> Entry;
  if (Destructible) {
    Entry = Plan.Temporaries.back();
    Plan.Temporaries.pop_back();
  }

  bool ElementAwaits = HasAwait.count(Braced) != 0;
  std::string Out;
  if (const InitListExpr *List =
          ElementAwaits ? listInPlace(Braced, Stored) : nullptr) {
    Out += buildParts(List, Field, llvm::StringRef(Field).rtrim('_'), Stored);
  } else {
    Out += spill(Temporary->getSubExpr());
    // A whole element of a pack expansion (`f(IP{xs, 1}...)`): its text is
    // the pattern's, so each of the list's elements reads as this
    // element's (nodeText: `asl::pack_call<K>(...)`).
    std::function<std::string(const InitListExpr *)> Text =
        [&](const InitListExpr *List) {
          if (!PackElementOf.count(Temporary))
            return C.text(List->getSourceRange());
          std::string Out;
          for (const Expr *Init : List->inits()) {
            if (isa<ImplicitValueInitExpr>(Init))
              continue;
            const auto *Inner = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
            Out += (Out.empty() ? "" : ", ") +
                   (Inner != nullptr ? Text(Inner) : nodeText(Init));
          }
          return "{" + Out + "}";
        };
    Out += constructAt(C, Stored, Field, Type,
                       PackElementOf.count(Temporary) ? nullptr : Braced,
                       Text(Braced)) +
           ";\n";
  }
  if (Destructible) {
    Out += liveFlag(Field) + " = true;\n";
    Plan.Temporaries.push_back(*Entry);
  }
  return Out;
}

std::string
ExpressionSpiller::liftListArray(const MaterializeTemporaryExpr *Temporary) {
  std::string Field;
  bool Destructible = false;
  std::string Out = buildArrayTemporary(Temporary, "list", Field, Destructible);
  // The list of a member of the aggregate a lifted variable is (`L l{{1,
  // 2}, 3};`): its array lives as long as the variable, dying right after
  // it, as a temporary bound to a reference member does (liftTemporary).
  if (listArrayOfMember(Temporary)) {
    if (Destructible)
      Plan.Temporaries.back().Dies =
          FunctionPlan::Temporary::Lifetime::Variable;
    const VarDecl *Var = Plan.FullExprs[Current].Var;
    Plan.lifted(Var)->Extended.push_back(Field);
    if (Plan.PinnedBecause.empty())
      Plan.PinnedBecause = "an std::initializer_list member of '" +
                           Var->getNameAsString() +
                           "' points to its array in the machine";
  }
  if (Plan.PinnedBecause.empty())
    Plan.PinnedBecause =
        "a braced list passed as an std::initializer_list (line " +
        std::to_string(C.line(Temporary->getBeginLoc())) +
        ") points to its array in the machine";
  uint64_t Size = C.ast()
                      .getAsConstantArrayType(Temporary->getType())
                      ->getSize()
                      .getZExtValue();
  std::string List =
      "asl::detail::list_over(" + Field + ", " + std::to_string(Size) + ")";
  // The braces of a class's list-initialization by its std::initializer_list
  // constructor (`View{5, 6}`, `std::vector<Noisy>{a, b}`) are the list's:
  // the constructor is then called with parentheses.
  const Stmt *Parent = Plan.Tree->parent(Temporary);
  while (
      isa_and_nonnull<ImplicitCastExpr, CXXStdInitializerListExpr,
                      MaterializeTemporaryExpr, CXXBindTemporaryExpr>(Parent))
    Parent = Plan.Tree->parent(Parent);
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Parent);
      Construct != nullptr && Construct->isStdInitListInitialization())
    List = "(" + List + ")";
  // A list written with its type, `std::initializer_list<int>{a, b}`, is
  // replaced whole, type and braces: the cast changes nothing.
  if (const auto *Cast = dyn_cast_or_null<CXXFunctionalCastExpr>(Parent);
      Cast != nullptr && Cast->getCastKind() == CK_NoOp &&
      !PackElementOf.count(Temporary) &&
      isa<CXXStdInitializerListExpr>(Cast->getSubExpr()->IgnoreImplicit())) {
    replaceNode(Cast, List);
    return Out;
  }
  // (An element of a pack expansion is written with the others.)
  replaceNode(Temporary, List);
  return Out;
}

// A named list whose initializer awaits: its array's elements are built in
// place, one by one; the declaration then starts the array's lifetime and
// makes the list (listConstruction, LiftedDeclarations.cpp).
std::string ExpressionSpiller::buildListInPlace(LiftedLocal &Var,
                                                const InitListExpr *List) {
  Var.BuiltInPlace = true;
  const LiftedLocal::BackingArray &Array = *Var.Array;
  return buildParts(List, Array.Field, llvm::StringRef(Array.Field).rtrim('_'),
                    Array.Stored);
}

} // namespace asynclower
