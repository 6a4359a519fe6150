//===- ClosureCaptures.cpp - Captures and kept closures -------------------===//
//
// A lambda that captured a lifted local or parameter captures the
// field instead; a closure the machine keeps across an await is
// constructed in its field through the factory HoistedLocals.cpp
// wrote, and a coroutine lambda becomes its named closure.
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "LowerFile.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace asynclower {

namespace {

// At most this many elements of an array captured by copy are spelled out
// one by one (arrayElements).
constexpr uint64_t MaxCopiedElements = 64;

// Whether Var, named in Around (a coroutine lambda's call operator), is
// const there only because a lambda that is not mutable captures it by
// copy: that lambda, or one inside it that captures it by reference.
bool constByCapture(const FunctionDecl *Around, const VarDecl *Var) {
  for (const auto *Call = dyn_cast_or_null<CXXMethodDecl>(Around);
       Call != nullptr && Call->getParent()->isLambda();
       Call = dyn_cast<CXXMethodDecl>(Call->getParent()->getDeclContext())) {
    const LambdaCapture *Found = nullptr;
    for (const LambdaCapture &Capture : Call->getParent()->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Var)
        Found = &Capture;
    if (Found == nullptr)
      return false;
    if (Found->getCaptureKind() == LCK_ByCopy)
      return Call->isConst();
  }
  return false;
}

// The braced list of Array's elements, `{a[0], a[1]}` (nested for an array
// of arrays), which copies them in the order of their subscripts; empty
// when it would have more than MaxCopiedElements of them.
// FIXME: each element is copy-initialized, where a lambda's capture
// direct-initializes it, so an element type whose copy constructor is
// explicit does not compile in the output; it should be refused (or each
// element written `T(a[0])`, which C++17 elides to one copy).
std::string arrayElements(ASTContext &Ctx, QualType Type,
                          const std::string &Array) {
  const auto *Constant = Ctx.getAsConstantArrayType(Type);
  if (Constant == nullptr)
    return {};
  uint64_t Count = Constant->getSize().getZExtValue();
  uint64_t Total = Count;
  for (QualType Element = Constant->getElementType();
       const auto *Inner = Ctx.getAsConstantArrayType(Element);
       Element = Inner->getElementType())
    Total *= Inner->getSize().getZExtValue();
  if (Total > MaxCopiedElements)
    return {};
  std::string List;
  for (uint64_t I = 0; I < Count; ++I) {
    std::string Element = Array + "[" + std::to_string(I) + "]";
    if (Constant->getElementType()->isArrayType())
      Element = arrayElements(Ctx, Constant->getElementType(), Element);
    List += (I ? ", " : "") + Element;
  }
  return "{" + List + "}";
}

// The constants of Function that Lambda reads without capturing them
// (`co_return Step + 1;`, `std::array<int, Step>`), first use first.
llvm::MapVector<const VarDecl *, SourceLocation>
constantsRead(const LambdaExpr *Lambda, const FunctionDecl *Function) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const LambdaExpr *Lambda;
    const FunctionDecl *Function;
    llvm::MapVector<const VarDecl *, SourceLocation> Found;
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (Var == nullptr || Ref->isNonOdrUse() == NOUR_None ||
          Var->getDeclContext() != Function ||
          !Var->isUsableInConstantExpressions(Var->getASTContext()))
        return true;
      if (llvm::none_of(Lambda->captures(), [&](const LambdaCapture &C) {
            return C.capturesVariable() && C.getCapturedVar() == Var;
          }))
        Found.insert({Var, Ref->getLocation()});
      return true;
    }
  } Uses;
  Uses.Lambda = Lambda;
  Uses.Function = Function;
  Uses.TraverseStmt(const_cast<LambdaExpr *>(Lambda));
  return Uses.Found;
}

// The declaration of Constant, a constant of the function, when it can be
// written again elsewhere: alone in its statement, not by a macro,
// initialized without naming another local of the function, of a type
// declared outside the function. Null otherwise.
const DeclStmt *constantDeclaration(const FunctionPlan &Plan,
                                    const VarDecl *Constant) {
  const DeclStmt *Found = nullptr;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    if (const auto *Decls = dyn_cast<DeclStmt>(S))
      if (Decls->isSingleDecl() && Decls->getSingleDecl() == Constant)
        Found = Decls;
  });
  if (Found == nullptr || Found->getBeginLoc().isMacroID() ||
      Found->getEndLoc().isMacroID() ||
      (Constant->getType()->getAsTagDecl() != nullptr &&
       Constant->getType()->getAsTagDecl()->getParentFunctionOrMethod() !=
           nullptr))
    return nullptr;
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Any = false;
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      Any |= isa<VarDecl, BindingDecl>(Ref->getDecl()) &&
             Ref->getDecl()->getParentFunctionOrMethod() != nullptr;
      return true;
    }
  } Names;
  Names.TraverseStmt(const_cast<Expr *>(Constant->getInit()));
  return Names.Any ? nullptr : Found;
}

// Whether Type is the class whose member function Lambda is written in.
// The machine, and the closure in it, are classes of that member, so the
// class's name is in scope there even when the class is local to a
// function, which no other type of a capture may be.
bool isOwnClass(QualType Type, const LambdaExpr *Lambda) {
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  return Record != nullptr && Record->getIdentifier() != nullptr &&
         !Record->isLambda() &&
         Record->Encloses(Lambda->getLambdaClass()->getDeclContext());
}

// Whether Var, an init-capture of Lambda, is a pointer or a reference to
// that class (`[self = this]`, `[&self = *this]`).
bool pointsToOwnClass(const VarDecl *Var, const LambdaExpr *Lambda) {
  QualType Type = Var->getType();
  if (Type->isReferenceType())
    return isOwnClass(Type.getNonReferenceType(), Lambda);
  if (const auto *Pointer = Type->getAs<PointerType>())
    return isOwnClass(Pointer->getPointeeType(), Lambda);
  return false;
}

// Whether Capture copies a variable the lambda names as written: by copy,
// not an init-capture (its own variable, already written as one), and not
// of a coroutine lambda (its named closure is constructed instead,
// constructClosures). Only such a capture may become an init-capture that
// copies, or keep a copied array.
bool copiesNamedVariable(const LambdaExpr *Lambda,
                         const LambdaCapture &Capture) {
  return Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByCopy &&
         !Lambda->isInitCapture(&Capture) &&
         !isa<CoroutineBodyStmt>(Lambda->getBody());
}

} // namespace

// Captured parameters and lifted locals are fields now; a lambda captures
// them by naming them in an init-capture. (A coroutine lambda is
// constructed as its named closure instead: constructClosures.)
void BodyRewriter::recapture(const LambdaExpr *Lambda) {
  if (isa<CoroutineBodyStmt>(Lambda->getBody()))
    return;
  // A copy made before an init-capture's await is made in a field there
  // (EarlyCopies.cpp, copyEarly); the member moves from it.
  std::vector<const LambdaCapture *> Early = copiesBeforeAwait(Plan, Lambda);
  // A capture, a `[=]` or a whole lambda written by a macro has no text of
  // its own to edit: the Rewriter would leave it as written, capturing the
  // field's name, which does not compile, or by a `[=]`, `this`, through
  // which a mutable lambda writes the field. The macro is spelled out
  // first; the pass that asked is not used (LowerFile.cpp), so what was
  // edited before here does not matter.
  auto InMacro = [&](SourceLocation Loc, const LambdaCapture &Capture) {
    if (!Loc.isMacroID())
      return false;
    std::string Name = Capture.capturesVariable()
                           ? Capture.getCapturedVar()->getNameAsString()
                           : "*this";
    C.expandMacroAround(Loc,
                        "it captures '" + Name + "', a field of the machine",
                        "a lambda capturing '" + Name +
                            "', a field of the machine, inside a macro "
                            "expansion");
    return true;
  };
  // An array captured by copy keeps its capture, of a reference to it
  // (copiedArray): the names of those references, and what they refer to.
  std::vector<std::string> Names, Arrays;
  for (const LambdaCapture &Capture : Lambda->captures()) {
    if (std::string Array = copiedArray(Lambda, Capture); !Array.empty()) {
      if (InMacro(Lambda->getBeginLoc(), Capture) ||
          InMacro(Lambda->getEndLoc(), Capture))
        return;
      Names.push_back(Capture.getCapturedVar()->getNameAsString());
      Arrays.push_back(Array);
      continue;
    }
    bool Edited =
        llvm::is_contained(Early, &Capture) ||
        Capture.getCaptureKind() == LCK_StarThis ||
        (Capture.capturesVariable() &&
         !initCapturedAround(Lambda, Capture.getCapturedVar()) &&
         !capturedField(Capture.getCapturedVar()).empty() &&
         (Capture.isExplicit() || Capture.getCaptureKind() == LCK_ByCopy));
    if (Edited &&
        InMacro(Capture.isExplicit() ? Capture.getLocation()
                                     : Lambda->getIntroducerRange().getEnd(),
                Capture))
      return;
    if (llvm::is_contained(Early, &Capture)) {
      std::string Moved =
          " = std::move(" + earlyCopyField(Plan, &Capture) + ")";
      if (Capture.getCaptureKind() == LCK_StarThis) {
        llvm::StringRef Rest(
            C.sources().getCharacterData(Capture.getLocation()));
        R.ReplaceText(Capture.getLocation(), Rest.find("this") + 4,
                      thisCopy() + Moved);
      } else {
        R.ReplaceText(Capture.getLocation(),
                      Capture.getCapturedVar()->getName().size(),
                      Capture.getCapturedVar()->getNameAsString() + Moved);
      }
      continue;
    }
    // `*this` copies the object, which the machine reaches through its
    // pointer: the copy becomes an init-capture (see thisAt).
    if (Capture.getCaptureKind() == LCK_StarThis) {
      // The capture is located at its `*`; `this` follows.
      const char *Star = C.sources().getCharacterData(Capture.getLocation());
      llvm::StringRef Rest(Star);
      size_t This = Rest.find("this");
      R.ReplaceText(Capture.getLocation(), This + 4,
                    thisCopy() + " = *" + Plan.This);
      continue;
    }
    if (!Capture.capturesVariable())
      continue;
    const ValueDecl *Captured = Capture.getCapturedVar();
    // Inside a lambda that made its own copy or reference of the name (an
    // init-capture, below), the name is that member, captured as written.
    if (initCapturedAround(Lambda, Captured))
      continue;
    // The init-capture deduces its type without `const`; a mutable lambda
    // sees the copy of a const object through `std::as_const`
    // (ConstCopies.cpp).
    std::string Field = capturedField(Captured);
    if (Field.empty())
      continue;
    std::string Init = Captured->getNameAsString() + " = " + Field;
    if (Capture.isExplicit())
      R.ReplaceText(Capture.getLocation(), Captured->getName().size(), Init);
    else if (Capture.getCaptureKind() == LCK_ByCopy && awaitsIn(Lambda))
      ImplicitCopies.push_back({Lambda, ", " + Init});
    else if (Capture.getCaptureKind() == LCK_ByCopy)
      R.InsertTextAfter(Lambda->getIntroducerRange().getEnd(), ", " + Init);
    // An implicit by-reference capture now captures this: same meaning.
  }
  if (Names.empty())
    return;
  std::string Parameters;
  for (const std::string &Name : Names)
    Parameters += (Parameters.empty() ? "auto &" : ", auto &") + Name;
  R.InsertTextBefore(Lambda->getBeginLoc(),
                     "[&](" + Parameters + ") { return ");
  R.InsertTextAfterToken(Lambda->getEndLoc(),
                         "; }(" + llvm::join(Arrays, ", ") + ")");
}

// Natively a capture by copy of an array, or of a reference to one, makes
// the closure's member an array of the same type, copied element by
// element ([expr.prim.lambda.capture]). An init-capture cannot: it would
// deduce a pointer to the machine's array (`[arr = arr]`), through which a
// mutable lambda writes to the original, which sizeof, decltype and
// range-for tell apart. So the capture stays as written, `[arr]` or
// implicit, and captures a reference of the same name bound to what it
// names, a parameter of a lambda called at once around it:
//   [&](auto &arr) { return [arr]() mutable { ... }; }(arr_field)
// (the closure is returned as a prvalue, not copied). The reference is
// bound to `const` elements when the variable's are (`std::as_const`: the
// machine's field may not be const). A lambda whose array is copied before
// an init-capture that awaits is made by its factory (HoistedLocals.cpp,
// copiesArrayEarly); were it not, the reference would be bound to the
// copy's field (copiesBeforeAwait), whose trivially copyable elements
// cannot tell they are copied twice.
//
// Returns what the reference is bound to when Capture is such a copy that
// the machine names differently, empty otherwise.
std::string BodyRewriter::copiedArray(const LambdaExpr *Lambda,
                                      const LambdaCapture &Capture) {
  if (!copiesNamedVariable(Lambda, Capture) ||
      llvm::any_of(Plan.HoistedLambdas,
                   [&](const HoistedLambda &H) { return H.Lambda == Lambda; }))
    return {};
  const ValueDecl *Captured = Capture.getCapturedVar();
  QualType Type = Captured->getType().getNonReferenceType();
  if (!Type->isArrayType())
    return {};
  std::string Array;
  if (llvm::is_contained(copiesBeforeAwait(Plan, Lambda), &Capture))
    Array = earlyCopyField(Plan, &Capture);
  else if (!initCapturedAround(Lambda, Captured))
    Array = capturedField(Captured);
  if (Array.empty())
    return {};
  if (C.ast().getBaseElementType(Type).isConstQualified())
    Array = "std::as_const(" + Array + ")";
  return Array;
}

// What Captured, captured by a lambda in the body, means there, which an
// init-capture of its name copies or refers to: a lifted reference's
// referred object `(*r)`, not its pointer field (natively `[r]` copies the
// object, `[&r]` refers to it), the part of an extended temporary a
// reference names, a binding's part, a parameter's field. Empty when the
// capture stays as written: a local the machine does not keep, an element
// of a function parameter pack (the pack helper's parameter of the
// pattern's name).
std::string BodyRewriter::capturedField(const ValueDecl *Captured) {
  if (const auto *Param = dyn_cast<ParmVarDecl>(Captured);
      Param != nullptr && Plan.PackElements.count(Param) != 0)
    return {};
  if (const auto *Binding = dyn_cast<BindingDecl>(Captured))
    return bindingAccess(Binding);
  if (const LiftedLocal *Lifted = Plan.lifted(dyn_cast<VarDecl>(Captured)))
    return Lifted->use();
  return fieldFor(dyn_cast<VarDecl>(Captured));
}

// True when recapture writes Capture, of Lambda, as an init-capture that
// copies: `[s = (*s)]`, `[=, s = s]`, `[s = std::move(copy_s_)]`.
bool BodyRewriter::copiedByInitCapture(const LambdaExpr *Lambda,
                                       const LambdaCapture &Capture) {
  if (!copiesNamedVariable(Lambda, Capture) ||
      !copiedArray(Lambda, Capture).empty())
    return false;
  if (llvm::is_contained(copiesBeforeAwait(Plan, Lambda), &Capture))
    return true;
  return !initCapturedAround(Lambda, Capture.getCapturedVar()) &&
         !capturedField(Capture.getCapturedVar()).empty();
}

// True when a lambda around Lambda, in this body, captures Captured
// explicitly or by copy, which recapture turns into an init-capture of
// the same name: inside it the name is that lambda's member.
bool BodyRewriter::initCapturedAround(const LambdaExpr *Lambda,
                                      const ValueDecl *Captured) {
  for (const LambdaExpr *Around = lambdaAround(Lambda); Around != nullptr;
       Around = lambdaAround(Around))
    for (const LambdaCapture &Capture : Around->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Captured &&
          (Capture.isExplicit() || Capture.getCaptureKind() == LCK_ByCopy))
        return true;
  return false;
}

// True when an init-capture of Lambda awaits.
bool BodyRewriter::awaitsIn(const LambdaExpr *Lambda) {
  return llvm::any_of(Plan.Awaits, [&](const AwaitSite &S) {
    return Plan.Tree->contains(Lambda, S.Await);
  });
}

// The implicit copies of a lambda whose init-captures await are written
// before its `]` once the spilling has read the text of the last
// init-capture, which would include them (text inserted at the end of a
// range is part of it). A lambda made by its factory has none to write.
void BodyRewriter::writeImplicitCopies() {
  for (const auto &Copies : ImplicitCopies) {
    const LambdaExpr *Lambda = Copies.first;
    if (llvm::none_of(Plan.HoistedLambdas, [&](const HoistedLambda &H) {
          return H.Lambda == Lambda;
        }))
      R.InsertTextAfter(Lambda->getIntroducerRange().getEnd(), Copies.second);
  }
}

// Each coroutine lambda inside the body becomes the construction of its
// named closure (NamedClosure): its captures in the closure's order, as
// this machine names them, in a braced list. Its body, its own machine by
// now, becomes the closure's call operator (MachineEmitter.cpp).
//
// One whose init-captures await is constructed after the spilling, which
// leaves the text of their values where the lambda was.
bool BodyRewriter::constructClosures(bool AfterSpilling) {
  bool Ok = true;
  for (NamedClosure &Closure : Plan.Closures) {
    const LambdaExpr *Lambda = Closure.Lambda;
    // FIXME: one whose init-capture awaits, inside the operand of another
    // await (`co_await [n = co_await f()]() -> asl::Task<int> {...}()`),
    // would be constructed after the spilling has used the operand's text
    // (the tool crashed on it); refused until it is built in order.
    if (!AfterSpilling && awaitsIn(Lambda))
      for (const AwaitSite &Site : Plan.Awaits)
        if (Plan.Tree->contains(Site.Await->getOperand(), Lambda)) {
          Ok &= C.unsupported(Lambda->getBeginLoc(),
                              "a coroutine lambda whose init-capture "
                              "awaits, inside the operand of a co_await; "
                              "not supported yet (name the lambda first)");
          break;
        }
    if (awaitsIn(Lambda) != AfterSpilling)
      continue;
    std::string Inits;
    for (const LambdaCapture &Capture : Lambda->captures()) {
      std::string Init;
      if (Capture.getCaptureKind() == LCK_This) {
        Init = Plan.This;
      } else if (Capture.getCaptureKind() == LCK_StarThis) {
        // The machine of a member function of a local or unnamed class
        // is defined in the class, where the class is incomplete.
        if (Plan.DefinedInClass) {
          Ok &= C.unsupported(
              Capture.getLocation(),
              "a coroutine lambda that captures '*this' inside an async "
              "member function of a local or unnamed class; its closure, "
              "a member of the machine, would hold an object of the "
              "incomplete class");
          continue;
        }
        Init = Plan.EarlyCopies.count(&Capture) != 0
                   ? "std::move(" + earlyCopyField(Plan, &Capture) + ")"
                   : "*" + Plan.This;
      } else if (const auto *Binding = dyn_cast_or_null<BindingDecl>(
                     Capture.capturesVariable() ? Capture.getCapturedVar()
                                                : nullptr)) {
        // A structured binding (C++20): the member is initialized from the
        // part of the hidden object the binding names, by copy or by
        // reference as the capture says.
        QualType Type = Binding->getType().getNonReferenceType();
        if (std::string Why = unnameable(Type); !Why.empty()) {
          Ok &= C.unsupported(Capture.getLocation(),
                              "a coroutine lambda inside a coroutine that "
                              "captures '" +
                                  Binding->getNameAsString() +
                                  "', whose type contains " + Why +
                                  "; not supported yet");
          continue;
        }
        std::string Part = bindingAccess(Binding);
        if (Part.empty())
          Part = Binding->getNameAsString();
        if (Plan.EarlyCopies.count(&Capture) != 0)
          Init = "std::move(" + earlyCopyField(Plan, &Capture) + ")";
        else if (Type->isArrayType() && Capture.getCaptureKind() == LCK_ByCopy)
          Init = arrayElements(C.ast(), Type, Part);
        else
          Init = Part;
        if (Init.empty()) {
          Ok &= C.unsupported(Capture.getLocation(),
                              "a coroutine lambda inside a coroutine that "
                              "captures '" +
                                  Binding->getNameAsString() +
                                  "', an array of more than " +
                                  std::to_string(MaxCopiedElements) +
                                  " elements, by copy; not supported yet");
          continue;
        }
      } else if (const auto *Var = dyn_cast_or_null<VarDecl>(
                     Capture.capturesVariable() ? Capture.getCapturedVar()
                                                : nullptr)) {
        QualType Type = Var->getType().getNonReferenceType();
        // A copy of the object (`[copy = *this]`), as for `[*this]` above.
        if (Plan.DefinedInClass && !Var->getType()->isReferenceType() &&
            isOwnClass(Type, Lambda)) {
          Ok &= C.unsupported(
              Capture.getLocation(),
              "a coroutine lambda with an init-capture that copies the "
              "object inside an async member function of a local or "
              "unnamed class; its closure, a member of the machine, would "
              "hold an object of the incomplete class");
          continue;
        }
        std::string Why =
            pointsToOwnClass(Var, Lambda) ? std::string() : unnameable(Type);
        // An array by copy is copied element by element, in the order of
        // their subscripts, as natively ([expr.prim.lambda.capture]): a
        // braced list of its elements initializes the member.
        bool Elements = Type->isArrayType() &&
                        Capture.getCaptureKind() == LCK_ByCopy &&
                        !Lambda->isInitCapture(&Capture) &&
                        Plan.EarlyCopies.count(&Capture) == 0;
        if (Elements && Why.empty()) {
          const LiftedLocal *Lifted = Plan.lifted(Var);
          Init = arrayElements(C.ast(), Type,
                               Lifted ? Lifted->use() : Var->getNameAsString());
          if (Init.empty())
            Why = "an array of more than " + std::to_string(MaxCopiedElements) +
                  " elements";
        } else if (Type->isArrayType() &&
                   Capture.getCaptureKind() == LCK_ByCopy) {
          Why = "an array";
        }
        if (!Why.empty()) {
          Ok &= C.unsupported(Capture.getLocation(),
                              "a coroutine lambda inside a coroutine that "
                              "captures '" +
                                  Var->getNameAsString() +
                                  "', whose type contains " + Why +
                                  "; not supported yet");
          continue;
        }
        if (Elements) {
          // Written above.
        } else if (Plan.EarlyCopies.count(&Capture) != 0) {
          // Copied before an await of a later init-capture (copyEarly).
          Init = "std::move(" + earlyCopyField(Plan, &Capture) + ")";
        } else if (Lambda->isInitCapture(&Capture)) {
          // `[s{text}]`, `[s(text)]`: the list; `[n{4}]`: the value,
          // without braces around a scalar.
          const Expr *Value = Var->getInit();
          const auto *List = dyn_cast<InitListExpr>(Value->IgnoreImplicit());
          if (List != nullptr && List->getNumInits() == 1 &&
              Var->getType()->isScalarType())
            Value = List->getInit(0);
          const CXXConstructExpr *Own = constructionAtName(Var, Value);
          Init = C.text(Own ? constructionList(Var, Own)
                            : Value->getSourceRange());
        } else if (const LiftedLocal *Lifted = Plan.lifted(Var))
          Init = Lifted->use();
        else
          Init = Var->getNameAsString();
        // A factory takes each variable by an lvalue reference to its
        // declared type (ClosureNaming.cpp, nameClosureFactory); the
        // machine of a lambda that is not mutable holds its copies as
        // const, the closure's members, which are not.
        if (!Closure.Factory.empty() && !Lambda->isInitCapture(&Capture) &&
            !Elements && Plan.EarlyCopies.count(&Capture) == 0 &&
            !Type.isConstQualified() && constByCapture(Plan.Function, Var))
          Init =
              "const_cast<" +
              spellWrittenType(C.ast(), C.ast().getLValueReferenceType(Type)) +
              ">(" + Init + ")";
      } else {
        Ok &= C.unsupported(Capture.getLocation(),
                            "a coroutine lambda inside a coroutine that "
                            "captures a variable-length array; not "
                            "supported yet");
        continue;
      }
      Inits += (Inits.empty() ? "" : ", ") + Init;
    }
    // A closure made by its factory is initialized from the factory's
    // prvalue, in place.
    Closure.Inits = Closure.Factory.empty()
                        ? "{" + Inits + "}"
                        : "(" + Closure.Factory + "(" + Inits + "))";
    Closure.Body = C.text(Lambda->getCompoundStmtBody()->getSourceRange());
    // A constant of the function it reads without a capture is out of
    // scope in the class: it is declared again, as written, at the start
    // of the call operator, where the lambda's machine, a class local to
    // it, finds it the same way.
    std::string Declarations;
    for (auto [Constant, Use] : constantsRead(Lambda, Plan.Function)) {
      const DeclStmt *Decl = constantDeclaration(Plan, Constant);
      if (Decl == nullptr) {
        Ok &= C.unsupported(Use, "a coroutine lambda inside a coroutine that "
                                 "names the constant '" +
                                     Constant->getNameAsString() +
                                     "' without capturing it, declared with "
                                     "others, by a macro, from other locals or "
                                     "with a type local to the function; not "
                                     "supported yet");
        continue;
      }
      Declarations += "[[maybe_unused]] " +
                      renamedText(C, Plan, Decl->getSourceRange()) + "\n";
      // Only the lambda may have used it where it stays.
      if (Plan.lifted(Constant) == nullptr &&
          QuietConstants.insert(Decl).second)
        R.InsertTextBefore(Decl->getBeginLoc(), "[[maybe_unused]] ");
    }
    if (!Declarations.empty())
      Closure.Body = "{\n" + Declarations + Closure.Body.substr(1);
    C.replace(Lambda->getSourceRange(), Closure.Name + Closure.Inits);
  }
  return Ok;
}

// A lambda whose closure the machine keeps is made by its function in the
// locals class, where it was written (HoistedLocals.cpp); a type declared
// in the body is declared there instead. After the renamings, which the
// replaced text no longer needs.
//
// One whose init-captures await is called after the spilling, which
// leaves the text of their values (what the awaits returned, the values
// saved before them) where the lambda was: the factory receives them.
void BodyRewriter::callHoistedLambdas(bool AfterSpilling) {
  for (const HoistedLambda &Hoisted : Plan.HoistedLambdas) {
    if (Hoisted.SiteValues.empty() == AfterSpilling)
      continue;
    std::vector<std::string> Arguments;
    for (const ValueDecl *Argument : Hoisted.Arguments) {
      if (Argument == nullptr) {
        Arguments.push_back(Plan.This);
        continue;
      }
      std::string Use;
      if (const auto *Binding = dyn_cast<BindingDecl>(Argument))
        Use = bindingAccess(Binding);
      else if (const LiftedLocal *Lifted = Plan.lifted(cast<VarDecl>(Argument)))
        Use = Lifted->use();
      Arguments.push_back(Use.empty() ? Argument->getNameAsString() : Use);
    }
    for (const Expr *Value : Hoisted.SiteValues)
      Arguments.push_back(C.text(Value->getSourceRange()));
    Arguments.insert(Arguments.end(), Hoisted.EarlyCopies.begin(),
                     Hoisted.EarlyCopies.end());
    if (Hoisted.Packs)
      Arguments.push_back(Plan.PackArgs);
    // In a generic lambda the machine is a class of a template, whose
    // unqualified names are not looked up in its base.
    std::string Factory = Plan.GenericCall
                              ? Plan.LocalsName + "::" + Hoisted.Factory
                              : Hoisted.Factory;
    C.replace(Hoisted.Lambda->getSourceRange(),
              Factory + "(" + llvm::join(Arguments, ", ") + ")");
    // A constant only the lambda used is unused where it stays.
    for (const DeclStmt *Constant : Hoisted.Constants)
      if (Plan.lifted(cast<VarDecl>(Constant->getSingleDecl())) == nullptr &&
          QuietConstants.insert(Constant).second)
        R.InsertTextBefore(Constant->getBeginLoc(), "[[maybe_unused]] ");
  }
  if (AfterSpilling)
    return;
  // The line it was on goes too, when the declaration was alone there.
  SourceManager &SM = C.sources();
  for (const DeclStmt *Decls : Plan.HoistedTypes) {
    SourceLocation End =
        Lexer::getLocForEndOfToken(Decls->getEndLoc(), 0, SM, C.langOpts());
    llvm::StringRef After = SM.getCharacterData(End);
    size_t Blank = After.find_first_not_of(" \t");
    if (Blank != llvm::StringRef::npos && After[Blank] == '\n')
      End = End.getLocWithOffset(Blank + 1);
    R.RemoveText(CharSourceRange::getCharRange(Decls->getBeginLoc(), End));
  }
}

const NamedClosure *BodyRewriter::namedClosure(const Expr *E) {
  const auto *Lambda = dyn_cast_or_null<LambdaExpr>(E);
  for (const NamedClosure &Closure : Plan.Closures)
    if (Lambda != nullptr && Closure.Lambda == Lambda)
      return &Closure;
  return nullptr;
}

} // namespace asynclower
