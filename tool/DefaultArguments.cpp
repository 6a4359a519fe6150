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
// there: only defaults made of literals, operators and implicit conversions
// or constructions are written (`"visitor"`, `{}`, `-1`, `2.5 * 4`), and a
// temporary that names its type (`std::string()`, `Label("none")`) is built
// from its arguments in a field the machine spells the type of. A default
// that names any other declaration (a constant, a function) is refused with
// a located error: the name is looked up where the function was declared,
// and could mean something else, or nothing, in the caller.
//
// The standard library's own defaults (an allocator, a hasher) are left
// alone: its functions copy them, and never keep a reference to them past
// the call.
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

bool makesTemporary(const Stmt *S) {
  if (S == nullptr || isa<LambdaExpr>(S))
    return false;
  if (isa<MaterializeTemporaryExpr>(S) || isa<CXXStdInitializerListExpr>(S))
    return true;
  return llvm::any_of(S->children(), makesTemporary);
}

// E's written range. Clang starts a copy-list-initialization in a default
// argument (`const Tag &t = {"x"}`) at its `=`, which is not part of it:
// the construction's braces are.
SourceRange writtenRange(const Expr *E) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(E->IgnoreImplicit());
  if (Construct != nullptr && !isa<CXXTemporaryObjectExpr>(Construct) &&
      Construct->isListInitialization() &&
      Construct->getParenOrBraceRange().isValid())
    return SourceRange(Construct->getParenOrBraceRange().getBegin(),
                       E->getEndLoc());
  return E->getSourceRange();
}

// The default arguments of a user's function whose temporaries outlive the
// call's own evaluation.
bool hasDefaultTemporaries(const ArgumentList &List, const SourceManager &SM) {
  if (List.Callee == nullptr || SM.isInSystemHeader(List.Callee->getLocation()))
    return false;
  return llvm::any_of(List.Args, [](const Expr *Arg) {
    const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg);
    return Default != nullptr && makesTemporary(Default->getExpr());
  });
}

// Means the same wherever it is written: literals, operators, implicit
// conversions and constructions, braces. A temporary is judged by its
// initializer (temporaryInitializer).
bool isPlaceIndependent(const Stmt *S);

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
    return C.originalText(Named->getParenOrBraceRange()).str();
  }
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Sub)) {
    if (!isPlaceIndependent(Cast->getSubExpr()))
      return std::nullopt;
    if (Cast->getLParenLoc().isInvalid()) // T{...}
      return C.originalText(Cast->getSubExpr()->getSourceRange()).str();
    return C
        .originalText(SourceRange(Cast->getLParenLoc(), Cast->getRParenLoc()))
        .str();
  }
  if (!isPlaceIndependent(Sub))
    return std::nullopt;
  std::string Init = C.originalText(writtenRange(Temporary)).str();
  const auto *Construct = dyn_cast<CXXConstructExpr>(Sub);
  bool Braced = isa<InitListExpr>(Sub) ||
                (Construct != nullptr && Construct->isListInitialization());
  return Braced ? Init : "(" + Init + ")";
}

bool isPlaceIndependent(const Stmt *S) {
  if (S == nullptr)
    return true;
  // The defaults of the constructors it calls implicitly are not written.
  if (isa<CXXDefaultArgExpr, CXXDefaultInitExpr, ImplicitValueInitExpr,
          MaterializeTemporaryExpr>(S))
    return true;
  // A construction that names its type (`std::string("x")`) is not.
  bool Allowed =
      isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, StringLiteral,
          CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, ImplicitCastExpr,
          CXXBindTemporaryExpr, ExprWithCleanups, ConstantExpr, ParenExpr,
          InitListExpr, UnaryOperator, BinaryOperator, ConditionalOperator>(
          S) ||
      S->getStmtClass() == Stmt::CXXConstructExprClass;
  return Allowed && llvm::all_of(S->children(), isPlaceIndependent);
}

// The temporaries of E not inside another one, in the order of the text.
void outermostTemporaries(const Stmt *S,
                          std::vector<const MaterializeTemporaryExpr *> &Out) {
  if (S == nullptr)
    return;
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S)) {
    Out.push_back(Temporary);
    return;
  }
  for (const Stmt *Child : S->children())
    outermostTemporaries(Child, Out);
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

// The call E with its defaulted arguments written, up to the last one that
// creates a temporary; the statements that construct those temporaries in
// fields.
std::string ExpressionSpiller::writeDefaultArguments(const Expr *E) {
  ArgumentList List = argumentsOf(E);
  size_t First = List.Args.size(), Last = 0;
  for (size_t I = 0; I < List.Args.size(); ++I)
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(List.Args[I])) {
      First = std::min(First, I);
      if (makesTemporary(Default->getExpr()))
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
        "names declarations, which could mean something else where the call "
        "is";
    if (!isPlaceIndependent(Value)) {
      Refuse(NamesDeclarations);
      return Out;
    }

    // The default's text, each temporary replaced by the field holding it.
    std::vector<const MaterializeTemporaryExpr *> Temporaries;
    outermostTemporaries(Value, Temporaries);
    unsigned Begin = SM.getFileOffset(Range.getBegin());
    llvm::StringRef Text = C.originalText(Range);
    std::string Argument;
    unsigned At = Begin;
    for (const MaterializeTemporaryExpr *Temporary : Temporaries) {
      std::optional<std::string> Init = temporaryInitializer(C, Temporary);
      if (!Init) {
        Refuse(NamesDeclarations);
        return Out;
      }
      QualType Type = Temporary->getType().getUnqualifiedType();
      Slot &Saved = newSlot("temporary", Slot::Kind::Object, Type);
      Out += constructSlot(Saved, *Init);
      SourceRange Written = writtenRange(Temporary);
      unsigned From = SM.getFileOffset(Written.getBegin());
      Argument += Text.slice(At - Begin, From - Begin).str();
      Argument += Temporary->isXValue() ? "std::move(" + Saved.Field + ")"
                                        : Saved.Field;
      At = From + C.originalText(Written).size();
    }
    Argument += Text.substr(At - Begin).str();
    Written.push_back(std::move(Argument));
  }

  // After the arguments written in the call, if any.
  std::string Inserted = First > List.Unwritten ? ", " : "";
  R.InsertTextBefore(List.Close, Inserted + llvm::join(Written, ", "));
  return Out;
}

} // namespace asynclower
