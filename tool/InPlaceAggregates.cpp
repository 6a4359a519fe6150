//===- InPlaceAggregates.cpp - Aggregates built member by member ---------===//
//
// Aggregate initialization constructs each element directly in its member:
// in `Pair p{Noisy{1}, co_await f()};` the Noisy is built in p.first and the
// await's result in p.second, with no copy or move (C++17's guaranteed copy
// elision). When p is lifted and its initializer awaits, the machine does the
// same: it constructs each base and member in place, in order, in p's
// storage, and p's lifetime (its live flag) starts after the last one.
//
// Until then each base and member with a destructor has its own live flag,
// so an exception from a later element, or the task destroyed while
// suspended between elements, destroys exactly the parts built so far, last
// first, as the native build does.
//
// The parts are reached as C++ names them: p.first, grid.cells[1], and a
// base class subobject through a reference to it,
// static_cast<Base &>(p).member. A base that is not itself built member by
// member is constructed whole at its subobject's address (a base copied from
// a temporary of its type is copied, not elided, as clang does natively). Of
// a union, only the member its list initializes is built; the members of an
// anonymous union or struct are named as the enclosing class's. Elements the
// list leaves out are built where C++ builds them: a member from its default
// member initializer, a left-out class element from `{}`
// (copy-initialization from an empty list), each in its place in the order.
//
// Not built this way (the whole initializer is evaluated, the values computed
// before its last await are saved, and the aggregate is constructed from
// them at the end, one more move for each saved class value):
//   - aggregates with a reference member: a reference can only be bound by
//     the aggregate's own initialization (its temporaries are still built
//     in fields that live as long as the variable, ExpressionSpilling.cpp);
//   - aggregates with a const bit-field, declared const or part of a const
//     object: a bit-field has no address to construct it at (other
//     bit-fields are assigned), and a const one cannot be assigned;
//   - aggregates with a virtual base anywhere below them, or a base class
//     named twice among their bases: the subobject cannot be reached by a
//     cast, or its complete-object constructor would lay it out differently;
//   - a member left to a default member initializer that names anything (a
//     member, a function, a type) or creates a temporary: its text belongs
//     to the class, and would be looked up again where the machine is, and
//     its temporary would die before the next member is built rather than
//     at the end of the initializer. Literals, operators and constructor
//     calls that name no type are copied;
//   - an anonymous union or struct whose list cannot be walked member by
//     member (it has no name to construct it whole by);
//   - arrays with more than MaxFilled elements left out, which would be
//     spelled one by one;
//   - nested aggregates with a user-provided destructor, whose destructor
//     would have to run on its own once its members are complete.
// A nested aggregate of one of these kinds, written in its own braces, is
// constructed whole in its member instead, the rest member by member.
//
// A member of class type T initialized from an expression e of another type
// is copy-initialized from e (`T m = e;`), and the machine spells a direct
// initialization, T(e). They choose the same constructor unless T has an
// explicit constructor or e's class has a conversion function; then the
// machine copy-initializes the member where it is, as the member of an
// aggregate built there, `::new (asl::place(m)) asl::copy_initialized<T>{e}`
// (copyInitializeAt, asl/builder.h), as natively, without a copy or move.
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace asynclower {
namespace {

// Elements left out of an array are spelled one by one; more than this many
// and the array is built by the fallback instead.
constexpr uint64_t MaxFilled = 64;

// The elements of an aggregate initialization: a braced list, or a C++20
// parenthesized one (`Pair p(Noisy{1}, co_await f());`, spelled with braces
// by ParenAggregates.cpp). Only the outermost list can be in parentheses: a
// nested aggregate in parentheses is a prvalue, `Inner(1, 2)`, which is
// constructed whole in its member.
class ElementList {
public:
  ElementList(const InitListExpr *Braced) : Braced(Braced) {}
  ElementList(const CXXParenListInitExpr *Paren) : Paren(Paren) {}

  QualType getType() const {
    return Braced ? Braced->getType() : Paren->getType();
  }
  unsigned getNumInits() const {
    return Braced ? Braced->getNumInits() : Paren->getInitExprs().size();
  }
  const Expr *getInit(unsigned I) const {
    return Braced ? Braced->getInit(I) : Paren->getInitExprs()[I];
  }
  llvm::ArrayRef<const Expr *> inits() const {
    if (Braced)
      return {Braced->getInits(), Braced->getNumInits()};
    return {Paren->getInitExprs().data(), Paren->getInitExprs().size()};
  }
  const Expr *getArrayFiller() const {
    return Braced ? Braced->getArrayFiller() : Paren->getArrayFiller();
  }
  const FieldDecl *getInitializedFieldInUnion() const {
    return Braced ? Braced->getInitializedFieldInUnion()
                  : Paren->getInitializedFieldInUnion();
  }
  bool isTransparent() const { return Braced && Braced->isTransparent(); }
  // True when element I is a member the parentheses leave out and that is
  // value-initialized (its expression is located at the variable's name).
  bool valueInitialized(unsigned I) const {
    return Paren && I >= Paren->getUserSpecifiedInitExprs().size() &&
           (I >= getNumInits() || !isa<CXXDefaultInitExpr>(getInit(I)));
  }
  const Expr *expr() const {
    return Braced ? static_cast<const Expr *>(Braced) : Paren;
  }

private:
  const InitListExpr *Braced = nullptr;
  const CXXParenListInitExpr *Paren = nullptr;
};

bool buildableInPlace(ASTContext &Ctx, const ElementList &List, bool Outermost);

// One base, member or array element the aggregate's initializer constructs.
struct Member {
  const Expr *Init;  // its element of the semantic list (or the filler)
  std::string Path;  // how the machine names it: p.first, grid.cells[1]
  std::string Name;  // the same as an identifier, for its live flag
  QualType Type;     // with the qualifiers of the object it is part of
  bool Base = false; // a base class subobject
  bool BitField = false;
  bool LeftOut = false; // value-initialized, not written
};

// The fields a braced list initializes, in order (unnamed bit-fields take no
// element); of a union, the one member its list initializes.
llvm::SmallVector<const FieldDecl *, 8>
initializedFields(const RecordDecl *R, const ElementList &List) {
  llvm::SmallVector<const FieldDecl *, 8> Fields;
  if (R->isUnion()) {
    if (const FieldDecl *Field = List.getInitializedFieldInUnion())
      Fields.push_back(Field);
    return Fields;
  }
  for (const FieldDecl *Field : R->fields())
    if (!Field->isUnnamedBitField())
      Fields.push_back(Field);
  return Fields;
}

// Letters, digits and underscores of Text, for a flag's name.
std::string identifierPart(llvm::StringRef Text) {
  std::string Out;
  for (char Ch : Text)
    Out += isAlphanumeric(Ch) ? Ch : '_';
  return Out;
}

// The list's parts, in the order C++ initializes them: bases, then fields;
// array elements, the left-out ones last.
void collectMembers(ASTContext &Ctx, const ElementList &List,
                    const std::string &Path, const std::string &Name,
                    QualType Type, llvm::SmallVectorImpl<Member> &Out) {
  Qualifiers Quals = Type.getQualifiers();
  unsigned Index = 0; // of the element Add is given
  auto Add = [&](const Expr *Init, Member Part) {
    Part.LeftOut = List.valueInitialized(Index);
    if (const auto *Sub = dyn_cast_or_null<InitListExpr>(Init);
        Sub != nullptr && !Part.Type->isScalarType() &&
        buildableInPlace(Ctx, ElementList(Sub), /*Outermost=*/false))
      collectMembers(Ctx, ElementList(Sub), Part.Path, Part.Name, Part.Type,
                     Out);
    else
      Out.push_back(std::move(Part));
  };

  if (const auto *Array = Ctx.getAsConstantArrayType(Type)) {
    QualType Element = Array->getElementType();
    uint64_t Size = Array->getSize().getZExtValue();
    for (uint64_t I = 0; I < Size; ++I) {
      const Expr *Init =
          I < List.getNumInits() ? List.getInit(I) : List.getArrayFiller();
      std::string Number = std::to_string(I);
      Index = I;
      Add(Init,
          {Init, Path + "[" + Number + "]", Name + "_" + Number, Element});
    }
    return;
  }

  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  unsigned I = 0;
  for (const CXXBaseSpecifier &Base : Record->bases()) {
    QualType BaseType = Base.getType();
    BaseType.addFastQualifiers(Quals.getFastQualifiers());
    std::string Spelled = spellType(Ctx, BaseType);
    Index = I;
    const Expr *Init = List.getInit(I++);
    Add(Init, {Init, "static_cast<" + Spelled + " &>(" + Path + ")",
               Name + "_" +
                   identifierPart(
                       Base.getType()->getAsCXXRecordDecl()->getNameAsString()),
               BaseType, /*Base=*/true});
  }
  for (const FieldDecl *Field : initializedFields(Record, List)) {
    QualType FieldType = Field->getType();
    if (!Field->isMutable())
      FieldType.addFastQualifiers(Quals.getFastQualifiers());
    Index = I;
    const Expr *Init = List.getInit(I++);
    // The members of an anonymous union or struct are named as the
    // enclosing class's own.
    if (Field->isAnonymousStructOrUnion()) {
      collectMembers(Ctx, ElementList(cast<InitListExpr>(Init)), Path, Name,
                     FieldType, Out);
      continue;
    }
    std::string Named = Field->getNameAsString();
    Add(Init, {Init, Path + "." + Named, Name + "_" + Named, FieldType,
               /*Base=*/false, Field->isBitField()});
  }
}

// True when the default member initializer E can be copied into the machine
// as written: it names nothing that would be looked up again there.
bool namesNothing(const Expr *E) {
  if (E == nullptr)
    return true;
  if (!isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, StringLiteral,
           CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, ImplicitCastExpr,
           ParenExpr, UnaryOperator, BinaryOperator, ConditionalOperator,
           InitListExpr, ImplicitValueInitExpr, CXXBindTemporaryExpr,
           ExprWithCleanups, CXXDefaultArgExpr, CXXConstructExpr>(E) ||
      isa<CXXTemporaryObjectExpr>(E))
    return false;
  // A default argument is evaluated where the constructor is called, not
  // spelled.
  if (isa<CXXDefaultArgExpr>(E))
    return true;
  for (const Stmt *Child : E->children())
    if (!namesNothing(dyn_cast_or_null<Expr>(Child)))
      return false;
  return true;
}

// A char array from a string literal: `char name[8] = "abc"`.
bool isStringInit(QualType Type, const Expr *Init) {
  return Type->isArrayType() && isa<StringLiteral>(Init->IgnoreParens());
}

// The record's direct bases can each be reached by a cast to their type,
// and constructed whole at their subobject's address.
bool basesReachable(const CXXRecordDecl *Record) {
  if (Record->getNumVBases() != 0)
    return false;
  for (const CXXBaseSpecifier &Base : Record->bases()) {
    const CXXRecordDecl *Decl = Base.getType()->getAsCXXRecordDecl();
    if (Decl == nullptr || Decl->getNumVBases() != 0)
      return false;
    for (const CXXBaseSpecifier &Other : Record->bases()) {
      const CXXRecordDecl *OtherDecl = Other.getType()->getAsCXXRecordDecl();
      if (&Other != &Base && OtherDecl != nullptr &&
          OtherDecl->isDerivedFrom(Decl))
        return false;
    }
  }
  return true;
}

bool buildableInPlace(ASTContext &Ctx, const ElementList &List,
                      bool Outermost) {
  if (List.isTransparent())
    return false;
  QualType Type = List.getType();
  llvm::SmallVector<std::pair<const Expr *, QualType>, 8> Parts;
  if (const auto *Array = Ctx.getAsConstantArrayType(Type)) {
    uint64_t Size = Array->getSize().getZExtValue();
    if (List.getNumInits() > Size || Size - List.getNumInits() > MaxFilled)
      return false;
    for (const Expr *Init : List.inits())
      Parts.push_back({Init, Array->getElementType()});
    if (List.getNumInits() < Size)
      Parts.push_back({List.getArrayFiller(), Array->getElementType()});
  } else if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl()) {
    if (!Record->hasDefinition() || !Record->isAggregate() ||
        !basesReachable(Record))
      return false;
    if (const CXXDestructorDecl *Destructor = Record->getDestructor();
        !Outermost && Destructor != nullptr && Destructor->isUserProvided())
      return false;
    auto Fields = initializedFields(Record, List);
    if (Record->getNumBases() + Fields.size() != List.getNumInits() ||
        (Record->isUnion() && Fields.empty()))
      return false;
    unsigned I = 0;
    for (const CXXBaseSpecifier &Base : Record->bases())
      Parts.push_back({List.getInit(I++), Base.getType()});
    for (const FieldDecl *Field : Fields) {
      const Expr *Init = List.getInit(I++);
      if (Field->getType()->isReferenceType())
        return false;
      // A const bit-field (or one of a const object) can be neither assigned
      // nor constructed in place: it has no address (a const reference to
      // it binds a temporary copy), so only the aggregate's own
      // initialization can give it its value.
      if (Field->isBitField() &&
          (Field->getType().isConstQualified() ||
           (Type.isConstQualified() && !Field->isMutable())))
        return false;
      // An anonymous union or struct has no name to construct it by.
      if (Field->isAnonymousStructOrUnion()) {
        const auto *Sub = dyn_cast<InitListExpr>(Init);
        if (Sub == nullptr ||
            !buildableInPlace(Ctx, ElementList(Sub), /*Outermost=*/false))
          return false;
        continue;
      }
      Parts.push_back({Init, Field->getType()});
    }
  } else {
    return false;
  }

  for (auto [Init, PartType] : Parts) {
    if (Init == nullptr)
      return false;
    if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(Init)) {
      if (!namesNothing(Default->getExpr()) ||
          (PartType->isArrayType() &&
           !isStringInit(PartType, Default->getExpr())))
        return false;
    } else if (const auto *Sub = dyn_cast<InitListExpr>(Init);
               Sub != nullptr && !Sub->getType()->isScalarType()) {
      // A nested class aggregate in written braces that cannot be built
      // member by member is constructed whole, from its list; one left out
      // (an array's filler), from `{}`.
      bool Whole =
          Sub->getType()->isRecordType() && !Sub->isTransparent() &&
          (Sub->getLBraceLoc().isValid() || Sub->getSourceRange().isInvalid());
      if (!Whole &&
          !buildableInPlace(Ctx, ElementList(Sub), /*Outermost=*/false))
        return false;
    } else if (PartType->isArrayType() && !isStringInit(PartType, Init)) {
      return false;
    }
  }
  return true;
}

// An element the list leaves out that is not an implicit value
// initialization (a default constructor call, a nested aggregate's empty
// list) is located at the closing brace of the list; a written element
// cannot begin there.
bool beginsAtClosingBrace(const SourceManager &SM, const Expr *E) {
  SourceLocation At = SM.getSpellingLoc(E->getBeginLoc());
  return At.isValid() && *SM.getCharacterData(At) == '}';
}

// A base class subobject copied or moved from a temporary of its own type:
// C++ does not elide that copy (a base may share its tail padding with the
// members after it), so the machine must not either.
const MaterializeTemporaryExpr *copiedTemporary(const Expr *Init) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
  if (Construct == nullptr || Construct->getNumArgs() != 1 ||
      !Construct->getConstructor()->isCopyOrMoveConstructor())
    return nullptr;
  return dyn_cast<MaterializeTemporaryExpr>(
      Construct->getArg(0)->IgnoreParens());
}

// The statement that constructs one part, once its element's awaits are done.
// CopiesTemporary: the part is a base copied or moved from a temporary that
// its text still creates.
std::string construct(LoweringContext &C, const Member &M,
                      bool CopiesTemporary) {
  // What the element's text is: a member left out is built from its default
  // member initializer, an array element left out from `{}`.
  const Expr *Source = M.Init;
  if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(M.Init))
    Source = Default->getExpr();
  bool LeftOut = M.LeftOut || isa<ImplicitValueInitExpr>(Source) ||
                 Source->getSourceRange().isInvalid() ||
                 beginsAtClosingBrace(C.sources(), Source);
  std::string Text = LeftOut ? "{}" : C.text(Source->getSourceRange());

  if (isStringInit(M.Type, Source))
    return "asl::init_from_string(" + M.Path + ", " + Text + ");\n";
  // A bit-field has no address to construct it at; it is assigned (a const
  // one is never built member by member, buildableInPlace).
  if (M.BitField || (M.Type->isScalarType() && !M.Type.isConstQualified() &&
                     !M.Type.isVolatileQualified()))
    return M.Path + " = " + Text + ";\n";

  // An std::initializer_list member made from a braced list: the list, now
  // over its array in a field that lives as long as the variable
  // (InitializerLists.cpp), is copied in; g++ warns at a new-expression of
  // a list that it does not extend the array's lifetime, which is kept.
  const Expr *Made = Source->IgnoreImplicit()->IgnoreParens();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Made);
      Cast != nullptr && Cast->getCastKind() == CK_NoOp)
    Made = Cast->getSubExpr()->IgnoreImplicit();
  if (isa<CXXStdInitializerListExpr>(Made))
    return "asl::detail::init_list_copy(asl::place(" + M.Path + "), " + Text +
           ");\n";

  std::string Type = spellWrittenType(C.ast(), M.Type.getUnqualifiedType());
  // A class with a constructor, from a braced list without a type name.
  const auto *Construct = dyn_cast<CXXConstructExpr>(Source->IgnoreImplicit());
  bool Braced = LeftOut || isa<InitListExpr>(Source->IgnoreImplicit()) ||
                (Construct != nullptr && Construct->isListInitialization() &&
                 !isa<CXXTemporaryObjectExpr>(Construct));
  const Expr *Written = Source->IgnoreUnlessSpelledInSource();
  if (Braced)
    return constructAt(C, M.Type, M.Path, Type, LeftOut ? nullptr : Source,
                       Text) +
           ";\n";
  std::string Built = constructibleType(Type, /*AfterNew=*/true);
  if (CopiesTemporary) {
    // A base is copied or moved from its temporary, not built in its place.
    Text = Built + "(static_cast<" + Type + " &&>(" + Text + "))";
  } else if (copyInitDiffers(C.ast(), M.Type, Written)) {
    return copyInitializeAt(C.ast(), M.Type, M.Path, Type, Text) + ";\n";
  } else {
    Text = Built + "(" + Text + ")";
  }
  return "::new (asl::place(" + M.Path + ")) " + Text + ";\n";
}

// Whether direct-initializing a T from the written expression E, T(E),
// chooses what copy-initialization, `T m = E;`, chooses: true unless T has an
// explicit constructor that could take E, or E's class has a conversion
// function (copy-initialization considers those, direct-initialization
// considers the explicit constructors).
bool directMatchesCopy(QualType T, const Expr *E) {
  // Also for a scalar T: direct-initialization would consider the explicit
  // conversion functions too.
  if (const CXXRecordDecl *Source = E->getType()->getAsCXXRecordDecl();
      Source != nullptr && Source->hasDefinition() &&
      !Source->getVisibleConversionFunctions().empty())
    return false;
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (Record == nullptr || !Record->hasDefinition())
    return true;
  for (const Decl *D : Record->decls()) {
    if (isa<UsingDecl>(D))
      return false; // inherited constructors: not looked through
    const auto *Constructor = dyn_cast<CXXConstructorDecl>(D);
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      Constructor = dyn_cast<CXXConstructorDecl>(Template->getTemplatedDecl());
    if (Constructor != nullptr && !Constructor->isDeleted() &&
        Constructor->getExplicitSpecifier().isSpecified() &&
        Constructor->getMinRequiredArguments() <= 1 &&
        (Constructor->getNumParams() >= 1 || Constructor->isVariadic()))
      return false;
  }
  return true;
}

} // namespace

namespace {

// Whether T, a class (or an array of classes), has a bit-field of
// enumeration type narrower than the enumeration's underlying type, in
// itself, a base or a member, at any depth.
bool hasNarrowEnumBitField(ASTContext &Ctx, QualType T) {
  const auto *Record = Ctx.getBaseElementType(T)->getAsCXXRecordDecl();
  if (Record == nullptr || !Record->hasDefinition() ||
      Record->isDependentContext())
    return false;
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (hasNarrowEnumBitField(Ctx, Base.getType()))
      return true;
  for (const FieldDecl *Field : Record->fields()) {
    const auto *Enum = Field->getType()->getAs<EnumType>();
    if (Field->isBitField() && !Field->getBitWidth()->isValueDependent() &&
        Enum != nullptr && !Enum->getDecl()->getIntegerType().isNull() &&
        Field->getBitWidthValue(Ctx) <
            Ctx.getIntWidth(Enum->getDecl()->getIntegerType()))
      return true;
    if (hasNarrowEnumBitField(Ctx, Field->getType()))
      return true;
  }
  return false;
}

// Whether T's implicit default constructor may be deleted while `T{}`, its
// aggregate initialization from an empty list, is valid: a union none of
// whose members has a default member initializer and one of whose members
// has a non-trivial default constructor, a const or reference member
// without one, or a base or member of such a class (C++20
// [class.default.ctor]). It may say yes for a class whose constructor is
// not deleted; callers only spell the same initialization another way then.
bool defaultConstructorMayBeDeleted(ASTContext &Ctx, QualType T) {
  const auto *Record = Ctx.getBaseElementType(T)->getAsCXXRecordDecl();
  if (Record == nullptr || !Record->hasDefinition() ||
      Record->isDependentContext() || !Record->isAggregate())
    return false;
  auto Initialized = [](const FieldDecl *Field) {
    return Field->hasInClassInitializer();
  };
  if (Record->isUnion())
    return llvm::none_of(Record->fields(), Initialized) &&
           llvm::any_of(Record->fields(), [&](const FieldDecl *Field) {
             const auto *Member =
                 Ctx.getBaseElementType(Field->getType())->getAsCXXRecordDecl();
             return Member != nullptr && Member->hasDefinition() &&
                    Member->hasNonTrivialDefaultConstructor();
           });
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (defaultConstructorMayBeDeleted(Ctx, Base.getType()))
      return true;
  for (const FieldDecl *Field : Record->fields()) {
    if (Initialized(Field))
      continue;
    QualType Type = Field->getType();
    if (Type->isReferenceType() ||
        Ctx.getBaseElementType(Type).isConstQualified() ||
        defaultConstructorMayBeDeleted(Ctx, Type))
      return true;
  }
  return false;
}

// `{}` for T spelled down to the first member of each union in it whose
// implicit default constructor defaultConstructorMayBeDeleted: for
// `union U { Self s; int i; };` `{{}}`, for `struct H { int k; U u; };`
// `{{}, {{}}}`. It means what `{}` means: a member the list leaves out
// without a default member initializer is copy-initialized from `{}`, and
// so is a union's first member. `{}` where nothing needs spelling; empty
// when it cannot be spelled: an element before one that needs it has a
// default member initializer (writing the element would replace it), or
// an array needs it in its elements.
std::string spelledEmptyList(ASTContext &Ctx, QualType T) {
  const auto *Record = T->getAsCXXRecordDecl();
  if (Ctx.getAsArrayType(T) != nullptr)
    return spelledEmptyList(Ctx, Ctx.getBaseElementType(T)) == "{}" ? "{}" : "";
  if (Record == nullptr || !Record->hasDefinition() || !Record->isAggregate() ||
      !defaultConstructorMayBeDeleted(Ctx, T))
    return "{}";
  if (Record->isUnion()) {
    std::string First = spelledEmptyList(Ctx, Record->field_begin()->getType());
    return First.empty() ? "" : "{" + First + "}";
  }
  std::vector<std::string> Elements;
  std::vector<bool> Initialized;
  for (const CXXBaseSpecifier &Base : Record->bases()) {
    Elements.push_back(spelledEmptyList(Ctx, Base.getType()));
    Initialized.push_back(false);
  }
  for (const FieldDecl *Field : Record->fields()) {
    if (Field->isUnnamedBitField())
      continue;
    Elements.push_back(Field->hasInClassInitializer()
                           ? "{}"
                           : spelledEmptyList(Ctx, Field->getType()));
    Initialized.push_back(Field->hasInClassInitializer());
  }
  size_t Needed = 0;
  for (size_t I = 0; I != Elements.size(); ++I) {
    if (Elements[I].empty())
      return "";
    if (Elements[I] != "{}")
      Needed = I + 1;
  }
  // The elements after the last one spelled, up to one with a default
  // member initializer, are spelled `{}` too: a list that leaves out a
  // member without one draws -Wmissing-field-initializers.
  if (Needed != 0)
    while (Needed != Elements.size() && !Initialized[Needed])
      ++Needed;
  std::string List;
  for (size_t I = 0; I != Needed; ++I) {
    if (Initialized[I])
      return "";
    List += (I == 0 ? "" : ", ") + Elements[I];
  }
  return "{" + List + "}";
}

// Whether Initializer is an empty pair of braces.
bool emptyBraces(llvm::StringRef Initializer) {
  return Initializer.size() >= 2 && Initializer.front() == '{' &&
         Initializer.back() == '}' &&
         Initializer.drop_front().drop_back().trim().empty();
}

} // namespace

// `char names[3][8] = {"ann", "bob", ""};` natively; g++ 12 rejects
// `::new (p) char[3][8]{"ann", "bob", ""}` ("array must be initialized with
// a brace-enclosed initializer"), with or without braces around each
// literal, while it accepts the same list for a class member of that type.
// So an array whose elements are character arrays (of any rank) is built in
// the runtime's asl::array_value<T> from the same list and copied in: the
// list's meaning (brace elision, each literal's terminator, the zeros after
// it) is unchanged, and characters have no constructors to skip.
std::string constructAt(ASTContext &Ctx, QualType T, llvm::StringRef Field,
                        llvm::StringRef Type, llvm::StringRef Initializer) {
  const ArrayType *Array = Ctx.getAsArrayType(T);
  if (Array != nullptr && Array->getElementType()->isArrayType() &&
      Ctx.getBaseElementType(T)->isAnyCharacterType() &&
      Initializer.starts_with("{"))
    return ("asl::init_from_list(" + Field + ", {" + Initializer + "})").str();
  // A list not built from a braced list here (`std::initializer_list<int>{}`
  // of an empty pack, a copy of another list): g++ warns at any
  // new-expression of a list that it does not extend the array's lifetime,
  // which nothing here needs; the runtime's helper is silenced.
  if (const auto *Record = T->getAsCXXRecordDecl();
      Record != nullptr && Record->isInStdNamespace() &&
      Record->getName() == "initializer_list")
    return "asl::detail::init_list_copy(asl::place(" + Field.str() + "), " +
           constructibleType(Type, /*AfterNew=*/false) + Initializer.str() +
           ")";
  // `Flags fl{Lvl::Hi, 3};` natively, Flags having a bit-field `Lvl lvl :
  // 1;` of an enumeration whose underlying type is wider: g++ 12 rejects
  // `::new (p) Flags{Lvl::Hi, 3}` ("could not convert ... to 'Flags'"),
  // for such a class anywhere in the built type, though it accepts the
  // declaration and the same list in a functional cast. So the class is
  // built from that prvalue, which C++17 materializes in place: no copy
  // or move, and the list means what it meant.
  // `U u{};` of a class whose implicit default constructor is deleted
  // (defaultConstructorMayBeDeleted): g++ 12 rejects `::new (p) U{}` ("use
  // of deleted function 'U::U()'"), though an empty list is aggregate
  // initialization, which calls no constructor of U; and for a union it
  // leaves the first member unconstructed, in a declaration too, where
  // clang++ constructs it. Spelled down to each union's first member the
  // list means the same, and g++ builds it (spelledEmptyList); where it
  // cannot be spelled, the class is built from its prvalue as below.
  bool EmptyOfDeleted = emptyBraces(Initializer) && !T->isArrayType() &&
                        defaultConstructorMayBeDeleted(Ctx, T);
  if (EmptyOfDeleted) {
    std::string Spelled = spelledEmptyList(Ctx, T);
    if (!Spelled.empty() && Spelled != "{}")
      return "::new (asl::place(" + Field.str() + ")) " +
             constructibleType(Type, /*AfterNew=*/true) + Spelled;
  }
  if (EmptyOfDeleted || (Initializer.starts_with("{") && !T->isArrayType() &&
                         hasNarrowEnumBitField(Ctx, T)))
    return "::new (asl::place(" + Field.str() + ")) " +
           constructibleType(Type, /*AfterNew=*/true) + "(" +
           constructibleType(Type, /*AfterNew=*/false) + Initializer.str() +
           ")";
  return "::new (asl::place(" + Field.str() + ")) " +
         constructibleType(Type, /*AfterNew=*/true) + Initializer.str();
}

const InitListExpr *writtenArrayList(const Expr *E) {
  E = E->IgnoreImplicit()->IgnoreParens();
  if (!E->getType()->isArrayType())
    return nullptr;
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    return dyn_cast<InitListExpr>(Cast->getSubExpr()->IgnoreImplicit());
  if (const auto *Literal = dyn_cast<CompoundLiteralExpr>(E))
    return dyn_cast<InitListExpr>(Literal->getInitializer()->IgnoreImplicit());
  return nullptr;
}

namespace {

// The text of Init, a part of a braced list's semantic form, as a braced
// list or an expression of its own: a list whose braces were elided
// (`Cell b[2][2] = {a, b, c, d};`) gets them back, and a part left out is
// `{}`, as the new-expression would value-initialize it.
bool leftOut(LoweringContext &C, const Expr *Init) {
  return Init == nullptr ||
         isa<ImplicitValueInitExpr, CXXDefaultInitExpr>(Init) ||
         Init->getSourceRange().isInvalid() ||
         beginsAtClosingBrace(C.sources(), Init);
}

std::string partText(LoweringContext &C, const Expr *Init) {
  if (leftOut(C, Init))
    return "{}";
  // A list whose braces were elided has no braces of its own: clang puts
  // them at its first and last parts.
  const auto *List = dyn_cast<InitListExpr>(Init);
  if (List == nullptr || List->getNumInits() == 0 ||
      List->getInit(0)->getBeginLoc() != List->getLBraceLoc())
    return C.text(Init->getSourceRange());
  // Only trailing parts can be left out: the list without them means the
  // same.
  std::string Out;
  for (const Expr *Part : List->inits())
    if (!leftOut(C, Part))
      Out += (Out.empty() ? "" : ", ") + partText(C, Part);
  return "{" + Out + "}";
}

// Builds the array of arrays of a class at Field from List, one row at a
// time: `asl::init_rows(Field, [&](auto &row) { ::new (asl::place(row))
// Cell[3]{...}; }, ...)`. Natively the whole list is one full-expression;
// here each row is one, so a temporary made for an element dies at the end
// of its row rather than after the last one.
std::string constructRows(LoweringContext &C, QualType T, llvm::StringRef Field,
                          const InitListExpr *List, unsigned Depth) {
  ASTContext &Ctx = C.ast();
  const ConstantArrayType *Array = Ctx.getAsConstantArrayType(T);
  QualType Row = Array->getElementType();
  std::string Name = Depth == 0 ? "row" : "row" + std::to_string(Depth + 1);
  std::string Out = ("asl::init_rows(" + Field).str();
  for (uint64_t I = 0, N = Array->getSize().getZExtValue(); I != N; ++I) {
    const Expr *Init =
        I < List->getNumInits() ? List->getInit(I) : List->getArrayFiller();
    const auto *Inner = dyn_cast_or_null<InitListExpr>(Init);
    bool Rows = Ctx.getAsArrayType(Row)->getElementType()->isArrayType();
    std::string Build = Rows && Inner != nullptr
                            ? constructRows(C, Row, Name, Inner, Depth + 1)
                            : constructAt(Ctx, Row, Name, spellType(Ctx, Row),
                                          partText(C, Init));
    Out += ", [&](auto &" + Name + ") { " + Build + "; }";
  }
  return Out + ")";
}

} // namespace

// A class is built in the member of the runtime's aggregate
// asl::copy_initialized<T>, made at Field, which aggregate initialization
// copy-initializes from e ([dcl.init.aggr]) at its place. T(asl::copy_init
// <T>(e)) would build it in copy_init's return value, which a trivially
// copyable class may leave in registers ([class.temporary]/3): a
// constructor keeping `this` would keep copy_init's frame. The member is at
// Field (the aggregate's first and only one), a complete object of type T
// there, so Field names it ([basic.life]/8). A scalar has no address to
// keep; it stays copy_init's, since braces would reject a narrowing
// conversion that `T x = e;` makes.
std::string copyInitializeAt(ASTContext &Ctx, QualType T,
                             llvm::StringRef Field, llvm::StringRef Type,
                             llvm::StringRef Text) {
  if (!T->isRecordType())
    return constructAt(Ctx, T, Field, Type,
                       ("(asl::copy_init<" + Type + ">(" + Text + "))").str());
  return ("::new (asl::place(" + Field + ")) asl::copy_initialized<" + Type +
          ">{" + Text + "}")
      .str();
}

std::string constructAt(LoweringContext &C, QualType T, llvm::StringRef Field,
                        llvm::StringRef Type, const Expr *Init,
                        llvm::StringRef Initializer) {
  ASTContext &Ctx = C.ast();
  const ConstantArrayType *Array = Ctx.getAsConstantArrayType(T);
  const InitListExpr *List = nullptr;
  if (Init != nullptr) {
    List = writtenArrayList(Init);
    if (List == nullptr)
      List = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
  }
  if (Array != nullptr && Array->getElementType()->isArrayType() &&
      Ctx.getBaseElementType(T)->isRecordType() && List != nullptr)
    return constructRows(C, T, Field, List, 0);
  return constructAt(Ctx, T, Field, Type, Initializer);
}

// The standard library's explicit constructor templates and conversion
// functions are constrained (or conditionally explicit) so that copy- and
// direct-initialization agree wherever copy-initialization compiles; its
// plain explicit constructors could still win over a converting one for an
// argument of their exact type or of another arithmetic type.
bool standardExplicitMayWin(QualType T, const Expr *E) {
  QualType Argument = E->getType();
  if (Argument->isArrayType())
    Argument = QualType(Argument->getPointeeOrArrayElementType(), 0);
  for (const CXXConstructorDecl *Constructor :
       T->getAsCXXRecordDecl()->ctors()) {
    if (Constructor->isDeleted() ||
        !Constructor->getExplicitSpecifier().isSpecified() ||
        Constructor->getMinRequiredArguments() > 1 ||
        Constructor->getNumParams() == 0)
      continue;
    QualType Parameter =
        Constructor->getParamDecl(0)->getType().getNonReferenceType();
    if (Parameter.getUnqualifiedType().getCanonicalType() ==
            Argument.getUnqualifiedType().getCanonicalType() ||
        (Parameter->isArithmeticType() && Argument->isArithmeticType()))
      return true;
  }
  return false;
}

bool copyInitDiffers(ASTContext &Ctx, QualType T, const Expr *E) {
  E = E->IgnoreUnlessSpelledInSource();
  if (isa<InitListExpr>(E))
    return false;
  // From its own type: the copy or move constructor, unless an explicit
  // one takes the object (direct-initialization would consider it).
  if (Ctx.hasSameUnqualifiedType(E->getType(), T)) {
    if (!E->isGLValue() || T->getAsCXXRecordDecl() == nullptr ||
        !T->getAsCXXRecordDecl()->hasDefinition())
      return false;
    return llvm::any_of(T->getAsCXXRecordDecl()->ctors(),
                        [](const CXXConstructorDecl *C) {
                          return C->getExplicitSpecifier().isSpecified() &&
                                 C->isCopyOrMoveConstructor();
                        });
  }
  // A standard library class built from another or from a value of no
  // class: only its plain explicit constructors can differ.
  const SourceManager &SM = Ctx.getSourceManager();
  auto Standard = [&](const CXXRecordDecl *Record) {
    return Record == nullptr ||
           SM.isInSystemHeader(Record->getDefinition() != nullptr
                                   ? Record->getDefinition()->getLocation()
                                   : Record->getLocation());
  };
  const CXXRecordDecl *Target = T->getAsCXXRecordDecl();
  if (Target != nullptr && Target->hasDefinition() && Standard(Target) &&
      Standard(E->getType()->getAsCXXRecordDecl()))
    return standardExplicitMayWin(T, E);
  return !directMatchesCopy(T, E);
}

bool needsExplicitConversion(const Expr *E) {
  // The conversions are the implicit casts around what is written; a
  // conversion function's call is a member call under its cast.
  while (E != nullptr) {
    if (const auto *Full = dyn_cast<FullExpr>(E)) {
      E = Full->getSubExpr();
      continue;
    }
    // A scalar's braced initializer, `bool b{e}`, converts its element.
    if (const auto *List = dyn_cast<InitListExpr>(E)) {
      E = List->getNumInits() == 1 ? List->getInit(0) : nullptr;
      continue;
    }
    const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
    if (Cast == nullptr)
      return false;
    const Expr *From = Cast->getSubExpr();
    if (From->getType()->isNullPtrType() && Cast->getType()->isBooleanType())
      return true;
    if (Cast->getCastKind() == CK_UserDefinedConversion) {
      const auto *Conversion =
          dyn_cast_or_null<CXXConversionDecl>(Cast->getConversionFunction());
      return Conversion != nullptr && Conversion->isExplicit();
    }
    E = From;
  }
  return false;
}

const Expr *inPlaceAggregate(ASTContext &Ctx, const VarDecl *Var) {
  if (isa<DecompositionDecl>(Var) || Var->getInit() == nullptr ||
      Var->getType()->isReferenceType())
    return nullptr;
  const Expr *Init = Var->getInit()->IgnoreImplicit();
  // `auto p = Pair{...};` initializes p from the list as well.
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    if (Cast->getCastKind() == CK_NoOp)
      Init = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *Paren = dyn_cast<CXXParenListInitExpr>(Init))
    return buildableInPlace(Ctx, ElementList(Paren), /*Outermost=*/true)
               ? Paren
               : nullptr;
  const auto *List = dyn_cast<InitListExpr>(Init);
  if (List == nullptr ||
      !buildableInPlace(Ctx, ElementList(List), /*Outermost=*/true))
    return nullptr;
  return List;
}

// Constructs each part where the aggregate's initialization would: its
// element's awaits first, then the part itself, in its place.
std::string ExpressionSpiller::buildInPlace(LiftedLocal &Var,
                                            const Expr *List) {
  Var.BuiltInPlace = true;
  return buildParts(List, Var.Field, Var.Field, Var.Var->getType());
}

// The braced list of an std::initializer_list's backing array (of
// ArrayType, its elements not const), when its elements can be built one by
// one in place: each copy-initialized from its initializer, as natively.
const InitListExpr *ExpressionSpiller::listInPlace(const Expr *Array,
                                                   QualType ArrayType) const {
  const auto *List = dyn_cast<InitListExpr>(Array->IgnoreImplicit());
  if (List == nullptr ||
      List->getNumInits() !=
          C.ast().getAsConstantArrayType(ArrayType)->getSize().getZExtValue())
    return nullptr;
  return buildableInPlace(C.ast(), ElementList(List), /*Outermost=*/true)
             ? List
             : nullptr;
}

// The parts of the aggregate List initializes, of Type, at Path, in order,
// each after the awaits of its element. Each part with a destructor has a
// live flag (named after Name) while the rest is built; the caller sets the
// whole object's own flag after the flags are cleared here.
std::string ExpressionSpiller::buildParts(const Expr *List,
                                          const std::string &Path,
                                          llvm::StringRef Name, QualType Type) {
  llvm::SmallVector<Member, 8> Members;
  if (const auto *Paren = dyn_cast<CXXParenListInitExpr>(List))
    collectMembers(C.ast(), ElementList(Paren), Path, Name.str(), Type,
                   Members);
  else
    collectMembers(C.ast(), ElementList(cast<InitListExpr>(List)), Path,
                   Name.str(), Type, Members);

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
    // A base copied from a temporary that a later element outlives was
    // constructed in a field and is named by it now.
    const MaterializeTemporaryExpr *Copied =
        M.Base ? copiedTemporary(M.Init) : nullptr;
    Out += construct(C, M, Copied != nullptr && !Marked.count(Copied));
    if (M.Type.isDestructedType() == QualType::DK_none)
      continue;
    std::string Flag = Plan.fresh(liveFlag(M.Name));
    Out += Flag + " = true;\n";
    Plan.Temporaries.push_back(
        {M.Path, Flag, Current, FunctionPlan::Temporary::Lifetime::Member});
    Flags.push_back(Flag);
  }
  // The parts are the object's now; its own live flag follows.
  for (const std::string &Flag : Flags)
    Out += Flag + " = false;\n";
  return Out;
}

} // namespace asynclower
