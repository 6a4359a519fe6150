//===- DefaultArguments.cpp - Default arguments that outlive an await ----===//
//
// A default argument is evaluated at each call, and the temporaries it
// creates are temporaries of the caller's full-expression: in
//
//   Task<int> greet(const std::string &who = "visitor");
//   int n = co_await twice(greet());
//
// the std::string lives until the await has resumed, and greet, which
// suspends first, reads it afterwards. The default argument has no text in
// the call, so the spilling walk (ExpressionSpilling.cpp), which keeps such
// temporaries in fields by editing the call's text, cannot reach it. Here
// the call is given the argument in writing: each temporary of the default
// is constructed in a field, in its place in the evaluation order (after
// the explicit arguments, which are saved first), and the call becomes
// `greet(temporary0_)`, so the field dies where the full-expression ends,
// as natively. The defaulted parameters before it are written out too,
// since C++ has no way to skip one.
//
// The default's text is written where the call is, so it must mean the same
// there: defaults made of literals, operators and implicit conversions or
// constructions are written (`"visitor"`, `{}`, `-1`, `2.5 * 4`), and a
// temporary that names its type (`std::string()`, `Label("none")`) is built
// from its arguments in a field the machine spells the type of. A name in
// the default was looked up where the function was declared, and could
// mean something else, or nothing, in the caller: it is written fully
// qualified (`::names::Mode::Safe`, `::names::fallback`,
// `::names::make_name()`), which finds the same declaration anywhere, when
// it is an enumerator, a variable of a namespace, a static data member or
// a function of a name that is not overloaded, public where it is a member.
// Any other (a private member, an overloaded function, a template's
// specialization, a member of an object) is refused with a located error.
//
// The standard library's own defaults (an allocator, a hasher) are left
// alone: its functions copy them, and never keep a reference to them past
// the call; so is the array of a braced list one of its constructors takes
// (arrayOfStandardList).
//
// A temporary kept so is judged as the same temporary written in the call
// (keepDefaultTemporary): one whose address the call may keep pins the
// machine (addressKeeper, through DefaultParents), and the array of a
// braced list given to an std::initializer_list parameter is made into a
// list again, over its field, pinning the machine (as liftListArray).
//
// FIXME: a default member initializer (`int v = keep(Pt{7});`) of an
// aggregate made before an await of its full-expression (`show(Holder{.w
// = 1}, co_await f())`) is not written into the aggregate's braces as a
// default argument is into the call: its temporary, which natively lives
// to the end of the full-expression, dies where the aggregate is made,
// before the await, so a call that kept its address reads a dead object
// after it (and a destructor with effects runs early). Writing the
// initializer into the braces, its temporaries in fields, would fix it.
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

#include <functional>
#include <optional>

using namespace clang;

namespace asynclower {
namespace {

// The arguments of a call or a construction, and where their list closes;
// an empty list for other expressions.
struct ArgumentList {
  llvm::ArrayRef<const Expr *> Args;
  const FunctionDecl *Callee = nullptr;
  SourceLocation Close; // the ')' or '}'
  size_t Unwritten = 0; // leading arguments outside it: `object(...)`
};

ArgumentList argumentsOf(const Expr *E) {
  ArgumentList List;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // Operators have no default arguments, but `f(...)` on an object does.
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
        Operator != nullptr && Operator->getOperator() != OO_Call)
      return List;
    List.Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
    List.Callee = Call->getDirectCallee();
    List.Close = Call->getRParenLoc();
    List.Unwritten = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    List.Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
    List.Callee = Construct->getConstructor();
    List.Close = Construct->getParenOrBraceRange().getEnd();
  }
  return List;
}

// The array behind a braced list that a constructor of the standard
// library takes as its std::initializer_list (`std::vector<int> extra =
// {1, 2}`), of elements without a destructor: such a constructor copies
// the elements and keeps no pointer to the array, so nothing can tell that
// it dies with the call, before the await (as InitializerLists.cpp leaves
// such a list written in the body). Its elements are judged as any
// expression.
const MaterializeTemporaryExpr *arrayOfStandardList(const Stmt *S,
                                                    const SourceManager &SM) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(S);
  if (Construct == nullptr ||
      !SM.isInSystemHeader(Construct->getConstructor()->getLocation()))
    return nullptr;
  ASTContext &Ctx = Construct->getConstructor()->getASTContext();
  for (const Expr *Arg : Construct->arguments()) {
    const auto *List =
        dyn_cast<CXXStdInitializerListExpr>(Arg->IgnoreImplicit());
    if (List == nullptr)
      continue;
    const auto *Array = dyn_cast<MaterializeTemporaryExpr>(
        List->getSubExpr()->IgnoreImpCasts());
    if (Array == nullptr)
      return nullptr;
    const CXXRecordDecl *Element =
        Ctx.getBaseElementType(Array->getType())->getAsCXXRecordDecl();
    return Element == nullptr || Element->hasTrivialDestructor() ? Array
                                                                 : nullptr;
  }
  return nullptr;
}

bool makesTemporary(const Stmt *S, const SourceManager &SM) {
  if (S == nullptr || isa<LambdaExpr>(S))
    return false;
  // A default of the standard library's, inside (the allocator of
  // std::vector's constructor): left to die with the call, as below.
  if (const auto *Inner = dyn_cast<CXXDefaultArgExpr>(S);
      Inner != nullptr && SM.isInSystemHeader(Inner->getParam()->getLocation()))
    return false;
  if (const MaterializeTemporaryExpr *Array = arrayOfStandardList(S, SM))
    return makesTemporary(Array->getSubExpr(), SM);
  if (isa<MaterializeTemporaryExpr>(S) || isa<CXXStdInitializerListExpr>(S))
    return true;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return makesTemporary(Child, SM);
  });
}

// E's written range. Clang starts a copy-list-initialization in a default
// argument (`const Tag &t = {"x"}`) at its `=`, which is not part of it:
// the construction's braces are.
// So does one by an std::initializer_list constructor (`Bag b = {7, 8}`),
// whose braces are the list's.
SourceRange writtenRange(const Expr *E) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(E->IgnoreImplicit());
  if (Construct == nullptr || isa<CXXTemporaryObjectExpr>(Construct) ||
      !Construct->isListInitialization())
    return E->getSourceRange();
  if (Construct->getParenOrBraceRange().isValid())
    return SourceRange(Construct->getParenOrBraceRange().getBegin(),
                       E->getEndLoc());
  if (Construct->isStdInitListInitialization() &&
      Construct->getNumArgs() > 0)
    return SourceRange(Construct->getArg(0)->getBeginLoc(), E->getEndLoc());
  return E->getSourceRange();
}

// The default arguments of a user's function whose temporaries outlive the
// call's own evaluation.
bool hasDefaultTemporaries(const ArgumentList &List, const SourceManager &SM) {
  if (List.Callee == nullptr || SM.isInSystemHeader(List.Callee->getLocation()))
    return false;
  return llvm::any_of(List.Args, [&](const Expr *Arg) {
    const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg);
    return Default != nullptr && makesTemporary(Default->getExpr(), SM);
  });
}

// Means the same wherever it is written: literals, operators, implicit
// conversions and constructions, braces, and names written qualified
// (placeName). A temporary is judged by its initializer
// (temporaryInitializer).
bool isPlaceIndependent(const Stmt *S);

// A member the call may name from anywhere: public, in public classes.
bool reachable(const Decl *D) {
  for (; D != nullptr; D = dyn_cast<CXXRecordDecl>(D->getDeclContext()))
    if (D->getAccess() != AS_public && D->getAccess() != AS_none)
      return false;
  return true;
}

// The fully qualified name of what Ref names, which means the same where
// the call is (`::Mode::Safe`, `::names::fallback`, `::make_name`); empty
// when there is none: a member that is not public, a local, a template's
// specialization, or a function of a name that has other overloads (the
// qualified name would choose among those, and could choose another).
std::string placeName(const DeclRefExpr *Ref) {
  const ValueDecl *D = Ref->getDecl();
  if (Ref->hasExplicitTemplateArgs() || D->getParentFunctionOrMethod() ||
      !reachable(D))
    return {};
  if (const auto *Var = dyn_cast<VarDecl>(D)) {
    if (!Var->hasGlobalStorage() || Var->isStaticLocal() ||
        !(Var->getDeclContext()->getRedeclContext()->isFileContext() ||
          Var->isStaticDataMember()))
      return {};
  } else if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Function);
    if ((Method != nullptr && Method->isInstance()) ||
        Function->getTemplatedKind() != FunctionDecl::TK_NonTemplate ||
        !Function->getIdentifier())
      return {};
    auto Found = Function->getDeclContext()->getRedeclContext()->lookup(
        Function->getDeclName());
    if (std::distance(Found.begin(), Found.end()) != 1)
      return {};
  } else if (!isa<EnumConstantDecl>(D)) {
    return {};
  }
  return qualifiedName(D);
}

// The names in S (not in a lambda), in the order of the text.
void namesIn(const Stmt *S, std::vector<const DeclRefExpr *> &Out) {
  if (S == nullptr || isa<LambdaExpr, CXXDefaultArgExpr>(S))
    return;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    Out.push_back(Ref);
  for (const Stmt *Child : S->children())
    namesIn(Child, Out);
}

// The text of Range with Edits made (each inside it, in the order of the
// text, none inside another) and each name in it written qualified.
std::string
writtenText(LoweringContext &C, SourceRange Range, const Stmt *S,
            std::vector<std::pair<SourceRange, std::string>> Edits) {
  std::vector<const DeclRefExpr *> Names;
  namesIn(S, Names);
  for (const DeclRefExpr *Ref : Names)
    if (llvm::none_of(Edits, [&](const auto &Edit) {
          return Edit.first.fullyContains(Ref->getSourceRange());
        }))
      if (std::string Name = placeName(Ref); !Name.empty())
        Edits.push_back({Ref->getSourceRange(), Name});
  SourceManager &SM = C.sources();
  llvm::sort(Edits, [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first.getBegin(), B.first.getBegin());
  });
  unsigned Begin = SM.getFileOffset(Range.getBegin());
  llvm::StringRef Text = C.originalText(Range);
  std::string Out;
  unsigned At = Begin;
  for (const auto &[Replaced, With] : Edits) {
    unsigned From = SM.getFileOffset(Replaced.getBegin());
    Out += Text.slice(At - Begin, From - Begin).str() + With;
    At = From + C.originalText(Replaced).size();
  }
  return Out + Text.substr(At - Begin).str();
}

// The initializer of the temporary, to construct the field holding it with
// (the field's type is spelled by the machine, so a construction that names
// its type gives only its parenthesized or braced arguments); empty if it
// could mean something else away from the default.
std::optional<std::string>
temporaryInitializer(LoweringContext &C,
                     const MaterializeTemporaryExpr *Temporary) {
  const Expr *Sub = Temporary->getSubExpr()->IgnoreImplicit();
  if (const auto *Named = dyn_cast<CXXTemporaryObjectExpr>(Sub)) {
    if (!llvm::all_of(Named->arguments(), isPlaceIndependent) ||
        Named->getParenOrBraceRange().isInvalid())
      return std::nullopt;
    return writtenText(C, Named->getParenOrBraceRange(), Named, {});
  }
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Sub)) {
    if (!isPlaceIndependent(Cast->getSubExpr()))
      return std::nullopt;
    if (Cast->getLParenLoc().isInvalid()) // T{...}
      return writtenText(C, Cast->getSubExpr()->getSourceRange(), Cast, {});
    return writtenText(
        C, SourceRange(Cast->getLParenLoc(), Cast->getRParenLoc()), Cast, {});
  }
  if (!isPlaceIndependent(Sub))
    return std::nullopt;
  std::string Init = writtenText(C, writtenRange(Temporary), Sub, {});
  const auto *Construct = dyn_cast<CXXConstructExpr>(Sub);
  bool Braced = isa<InitListExpr>(Sub) ||
                (Construct != nullptr && Construct->isListInitialization());
  return Braced ? Init : "(" + Init + ")";
}

bool isPlaceIndependent(const Stmt *S) {
  if (S == nullptr)
    return true;
  // The defaults of the constructors it calls implicitly are not written.
  if (isa<CXXDefaultArgExpr, CXXDefaultInitExpr, ImplicitValueInitExpr>(S))
    return true;
  // A temporary is judged by its initializer (temporaryInitializer); the
  // array of a braced list left as written (arrayOfStandardList), here.
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S))
    return !Temporary->getType()->isArrayType() ||
           isPlaceIndependent(Temporary->getSubExpr());
  // A name is written qualified; a call, of a function so named.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return !placeName(Ref).empty();
  // A construction that names its type (`std::string("x")`) is not.
  bool Allowed =
      S->getStmtClass() == Stmt::CallExprClass ||
      isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, StringLiteral,
          CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, ImplicitCastExpr,
          CXXBindTemporaryExpr, ExprWithCleanups, ConstantExpr, ParenExpr,
          InitListExpr, UnaryOperator, BinaryOperator, ConditionalOperator,
          CXXStdInitializerListExpr>(S) ||
      S->getStmtClass() == Stmt::CXXConstructExprClass;
  return Allowed && llvm::all_of(S->children(), isPlaceIndependent);
}

// The temporaries of E not inside another one, in the order of the text;
// not the array of a list a constructor of the standard library takes
// (arrayOfStandardList), which stays as written, with the call.
void outermostTemporaries(const Stmt *S, const SourceManager &SM,
                          std::vector<const MaterializeTemporaryExpr *> &Out) {
  // A default inside is not written: the call made again makes it again.
  if (S == nullptr || isa<CXXDefaultArgExpr>(S))
    return;
  if (const MaterializeTemporaryExpr *Array = arrayOfStandardList(S, SM)) {
    for (const Stmt *Child : S->children())
      if (Child != nullptr &&
          !isa<CXXStdInitializerListExpr>(cast<Expr>(Child)->IgnoreImplicit()))
        outermostTemporaries(Child, SM, Out);
    return outermostTemporaries(Array->getSubExpr(), SM, Out);
  }
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S)) {
    Out.push_back(Temporary);
    return;
  }
  for (const Stmt *Child : S->children())
    outermostTemporaries(Child, SM, Out);
}

// The array behind the std::initializer_list that List, a temporary of a
// default argument, materializes (`const std::initializer_list<int> &il =
// {1, 2}`); null for any other temporary.
const MaterializeTemporaryExpr *
arrayOfListTemporary(const MaterializeTemporaryExpr *List) {
  const auto *Made = dyn_cast<CXXStdInitializerListExpr>(
      List->getSubExpr()->IgnoreImplicit());
  if (Made == nullptr)
    return nullptr;
  return dyn_cast<MaterializeTemporaryExpr>(
      Made->getSubExpr()->IgnoreImpCasts());
}

// Records Parent as the parent of S, and S's as the parents of its nodes.
void indexParents(const Stmt *S, const Stmt *Parent,
                  llvm::DenseMap<const Stmt *, const Stmt *> &Out) {
  Out[S] = Parent;
  for (const Stmt *Child : S->children())
    if (Child != nullptr)
      indexParents(Child, S, Out);
}

// T, an array type, with elements that are neither const nor volatile: a
// field of const elements could not be built after the machine is.
QualType withoutConst(ASTContext &Ctx, QualType T) {
  if (const ConstantArrayType *Array = Ctx.getAsConstantArrayType(T))
    return Ctx.getConstantArrayType(withoutConst(Ctx, Array->getElementType()),
                                    Array->getSize(), nullptr,
                                    ArraySizeModifier::Normal, 0);
  return T.getUnqualifiedType();
}

} // namespace

// Marks the calls under Root whose default arguments create temporaries, and
// every node from them up to Root, so that the walk reaches them in
// evaluation order.
void ExpressionSpiller::markDefaultArguments(const Expr *Root) {
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S) || isa<CoawaitExpr>(S))
      return;
    forEachWrittenChild(S, Visit);
    const auto *E = dyn_cast<Expr>(S);
    if (E == nullptr || WritesDefaults.count(E) ||
        !hasDefaultTemporaries(argumentsOf(E), C.sources()))
      return;
    WritesDefaults.insert(E);
    for (const Stmt *Up = E; Up != nullptr; Up = Plan.Tree->parent(Up)) {
      HasAwait.insert(Up);
      if (Up == Root)
        break;
    }
  };
  Visit(Root);
}

// Constructs Temporary, of the default argument Default, in a field, after
// Out; returns the edit of the default's text that names the field, none if
// its initializer could mean something else at the call. It is kept as
// the same temporary written as an argument is (liftTemporary,
// liftListArray): a temporary a call may keep the address of pins the
// machine, and the array of a braced list made into an
// std::initializer_list is made into one again in the call, pinning it.
std::optional<std::pair<SourceRange, std::string>>
ExpressionSpiller::keepDefaultTemporary(
    const CXXDefaultArgExpr *Default, const MaterializeTemporaryExpr *Temporary,
    std::string &Out) {
  // A list bound to a reference (`const std::initializer_list<int> &il =
  // {1, 2}`): its array is kept, then the list made from it, in a field too.
  const MaterializeTemporaryExpr *Array = arrayOfListTemporary(Temporary);
  const MaterializeTemporaryExpr *Kept = Array != nullptr ? Array : Temporary;
  std::optional<std::string> Init = temporaryInitializer(C, Kept);
  if (!Init)
    return std::nullopt;
  bool ListArray =
      Array != nullptr ||
      isa_and_nonnull<CXXStdInitializerListExpr>(DefaultParents.lookup(Kept));
  QualType Type = Kept->getType().getUnqualifiedType();
  if (ListArray)
    Type = withoutConst(C.ast(), Type);
  Slot &Saved = newSlot("temporary", Slot::Kind::Object, Type);
  std::string Field = Saved.Field;
  Out += constructSlot(Saved, *Init);
  std::string Line = std::to_string(C.line(Default->getUsedLocation()));
  SourceRange Replaced = writtenRange(Temporary);

  if (!ListArray) {
    if (bool AsObject = false; Plan.PinnedBecause.empty())
      if (const Expr *Keeper = addressKeeper(Temporary, AsObject))
        Plan.PinnedBecause =
            std::string(
                isa<ImplicitCastExpr>(Keeper)
                    ? "an array of a default argument's temporary kept in "
                      "the machine decays to a pointer that may be kept"
                : AsObject ? "a member function called on a default "
                             "argument's temporary kept in the machine may "
                             "keep its address"
                           : "a default argument's temporary kept in the "
                             "machine is passed by reference to a call that "
                             "may keep the reference") +
            " (line " + Line + ")";
    return std::make_pair(Replaced, Temporary->isXValue()
                                        ? "std::move(" + Field + ")"
                                        : Field);
  }

  if (Plan.PinnedBecause.empty())
    Plan.PinnedBecause = "a braced list of a default argument passed as an "
                         "std::initializer_list (line " +
                         Line + ") points to its array in the machine";
  uint64_t Size =
      C.ast().getAsConstantArrayType(Kept->getType())->getSize().getZExtValue();
  std::string List =
      "asl::detail::list_over(" + Field + ", " + std::to_string(Size) + ")";
  if (Array != nullptr) {
    Slot &Made = newSlot("temporary", Slot::Kind::Object,
                         Temporary->getType().getUnqualifiedType());
    std::string MadeField = Made.Field;
    Out += constructSlot(Made, "(" + List + ")");
    return std::make_pair(Replaced, Temporary->isXValue()
                                        ? "std::move(" + MadeField + ")"
                                        : MadeField);
  }
  // As in liftListArray: the braces of a class's list-initialization by its
  // std::initializer_list constructor are the list's, and the constructor
  // is then called with parentheses. (A list written with its type,
  // `std::initializer_list<int>{1, 2}`, names a type, and is refused.)
  const Stmt *Parent = DefaultParents.lookup(Temporary);
  while (
      isa_and_nonnull<ImplicitCastExpr, CXXStdInitializerListExpr,
                      MaterializeTemporaryExpr, CXXBindTemporaryExpr>(Parent))
    Parent = DefaultParents.lookup(Parent);
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Parent);
      Construct != nullptr && Construct->isStdInitListInitialization())
    List = "(" + List + ")";
  return std::make_pair(Replaced, List);
}

// The call E with its defaulted arguments written, up to the last one that
// creates a temporary; the statements that construct those temporaries in
// fields.
std::string ExpressionSpiller::writeDefaultArguments(const Expr *E) {
  ArgumentList List = argumentsOf(E);
  size_t First = List.Args.size(), Last = 0;
  for (size_t I = 0; I < List.Args.size(); ++I)
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(List.Args[I])) {
      First = std::min(First, I);
      if (makesTemporary(Default->getExpr(), C.sources()))
        Last = I;
    }

  std::string Out;
  std::vector<std::string> Written;
  SourceManager &SM = C.sources();
  for (size_t I = First; I <= Last; ++I) {
    const auto *Default = cast<CXXDefaultArgExpr>(List.Args[I]);
    const Expr *Value = Default->getExpr();
    SourceRange Range = writtenRange(Value);
    // Named after the parameter whose temporary must outlive the await.
    const auto *Needed = cast<CXXDefaultArgExpr>(List.Args[Last]);
    auto Refuse = [&](llvm::StringRef Why) {
      if (!Refused.empty())
        return;
      std::string Which = I == Last
                              ? "this one"
                              : "the one of parameter '" +
                                    Default->getParam()->getNameAsString() +
                                    "', which must be written before it,";
      Refused = "the default argument of parameter '" +
                Needed->getParam()->getNameAsString() +
                "' creates a temporary that must live until this co_await "
                "has resumed, which the lowered code keeps only by writing "
                "the argument in the call; " +
                Which + " " + Why.str() + "; write the argument in the call";
      RefusedAt = Default->getUsedLocation();
    };
    if (List.Close.isInvalid()) {
      Refuse("cannot be: the call has no parentheses to write it in");
      return Out;
    }
    if (List.Close.isMacroID() || Range.isInvalid() ||
        Range.getBegin().isMacroID() || Range.getEnd().isMacroID()) {
      Refuse("or the call is written in a macro");
      return Out;
    }
    llvm::StringRef NamesDeclarations =
        "names a declaration that the call cannot name as it does (a member "
        "that is not public, an overloaded function, a template's "
        "specialization, a member of an object)";
    if (!isPlaceIndependent(Value)) {
      Refuse(NamesDeclarations);
      return Out;
    }

    // The default's text, each temporary replaced by the field holding it,
    // each name written qualified. Its expression stands where a written
    // argument would, under the call, for the checks that follow its
    // temporaries' uses up (addressKeeper).
    DefaultParents.clear();
    indexParents(Value, E, DefaultParents);
    std::vector<const MaterializeTemporaryExpr *> Temporaries;
    outermostTemporaries(Value, SM, Temporaries);
    std::vector<std::pair<SourceRange, std::string>> Edits;
    for (const MaterializeTemporaryExpr *Temporary : Temporaries) {
      std::optional<std::pair<SourceRange, std::string>> Edit =
          keepDefaultTemporary(Default, Temporary, Out);
      if (!Edit) {
        Refuse(NamesDeclarations);
        return Out;
      }
      Edits.push_back(std::move(*Edit));
    }
    DefaultParents.clear();
    Written.push_back(writtenText(C, Range, Value, std::move(Edits)));
  }

  // After the arguments written in the call, if any.
  std::string Inserted = First > List.Unwritten ? ", " : "";
  R.InsertTextBefore(List.Close, Inserted + llvm::join(Written, ", "));
  return Out;
}

} // namespace asynclower
