//===- AsyncFunctions.cpp - Which functions of the main file to lower ----===//
//
// A function is lowered when it is marked ASL_ASYNC (the annotation
// "asl::async"), is defined in the main file and is a coroutine, and so is
// every coroutine lambda of the main file. Any other coroutine in the main
// file is an error: the C++17 output could not contain it. A function that is
// marked but is no coroutine (already lowered, say) is left as it is. Of an
// async function template, a member of a class template or a member
// template, what is lowered is each specialization the file instantiates
// (docs/design.md, "Templates"), and so of a generic coroutine lambda's
// call operator ("Generic coroutine lambdas") and of a coroutine lambda's in
// a template ("Coroutine lambdas inside templates").
//
//===----------------------------------------------------------------------===//

#include "InitCapturePacks.h"
#include "LambdaHeads.h"
#include "Lowering.h"
#include "SyntaxWalk.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <functional>
#include <set>

using namespace clang;

namespace asynclower {
namespace {

bool isMarkedAsync(const FunctionDecl *Function) {
  for (const auto *Annotation : Function->specific_attrs<AnnotateAttr>())
    if (Annotation->getAnnotation() == "asl::async")
      return true;
  return false;
}

// The first entity local to the functions around a coroutine lambda (not
// to the lambda itself) that the lambda names without capturing it: a
// static local, a variable in an unevaluated operand, a type of a function
// between them. Inside a coroutine, the lambda's body moves to a class of
// the enclosing machine (NamedClosure), where these are out of scope. A
// constant of the coroutine around it that it reads without a capture is
// declared again in the class's call operator (constructClosures), and a
// type of that coroutine (with its enumerators) moves to the machine's
// base (HoistedLocals.cpp), so these are not.
class OuterLocals : public RecursiveASTVisitor<OuterLocals> {
public:
  OuterLocals(const LambdaExpr *Lambda, const FunctionDecl *Coroutine)
      : Lambda(Lambda), Coroutine(Coroutine) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const ValueDecl *D = Ref->getDecl();
    // Members of local classes (a closure's call operator) are reached
    // through their objects.
    if (!isa<VarDecl, EnumConstantDecl, BindingDecl>(D) ||
        D->isCXXClassMember())
      return true;
    if (const auto *Var = dyn_cast<VarDecl>(D);
        Var != nullptr && Ref->isNonOdrUse() != NOUR_None &&
        Var->getDeclContext() == Coroutine &&
        Var->isUsableInConstantExpressions(Var->getASTContext()))
      return true;
    if (isa<EnumConstantDecl>(D) &&
        ofCoroutine(cast<Decl>(D->getDeclContext())))
      return true;
    if (isOuterLocal(D) &&
        llvm::none_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
          return Capture.capturesVariable() && Capture.getCapturedVar() == D;
        }))
      found(D, Ref->getLocation());
    return Found == nullptr;
  }
  bool VisitTagTypeLoc(TagTypeLoc Loc) {
    if (isOuterLocal(Loc.getDecl()) && !ofCoroutine(Loc.getDecl()))
      found(Loc.getDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    if (isOuterLocal(Loc.getTypedefNameDecl()) &&
        !ofCoroutine(Loc.getTypedefNameDecl()))
      found(Loc.getTypedefNameDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }

  const NamedDecl *Found = nullptr;
  SourceLocation At;

private:
  // A type declared in the coroutine around the lambda itself (not in a
  // lambda or class inside it): it moves to its machine's base, where the
  // lambda's class finds it (HoistedLocals.cpp checks that it can).
  bool ofCoroutine(const Decl *D) const {
    return isa<TypeDecl>(D) && D->getDeclContext() == Coroutine;
  }
  bool isOuterLocal(const Decl *D) const {
    const DeclContext *Context = D->getDeclContext();
    return D->getParentFunctionOrMethod() != nullptr &&
           !Lambda->getCallOperator()->Encloses(Context) &&
           !Lambda->getLambdaClass()->Encloses(Context);
  }
  void found(const Decl *D, SourceLocation Loc) {
    Found = dyn_cast<NamedDecl>(D);
    At = Loc;
  }
  const LambdaExpr *Lambda;
  const FunctionDecl *Coroutine;
};

// The first parameter pack of the template around a non-generic lambda
// (a template's pack, a function parameter pack) that the lambda names:
// the machine of a template with packs runs its body in a member function
// template that receives them (ParameterPacks.cpp), out of reach of a
// class of the machine, which the lambda's closure becomes inside an async
// template.
class PackUse : public RecursiveASTVisitor<PackUse> {
public:
  explicit PackUse(const LambdaExpr *Lambda) : Lambda(Lambda) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    check(Ref->getDecl(), Ref->getLocation());
    return Found == nullptr;
  }
  bool VisitSizeOfPackExpr(SizeOfPackExpr *E) {
    check(E->getPack(), E->getPackLoc());
    return Found == nullptr;
  }
  bool VisitTemplateTypeParmTypeLoc(TemplateTypeParmTypeLoc Loc) {
    check(Loc.getDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }

  const NamedDecl *Found = nullptr;
  SourceLocation At;

private:
  void check(const NamedDecl *D, SourceLocation Loc) {
    if (D == nullptr || Found != nullptr)
      return;
    bool Pack = D->isTemplateParameterPack();
    if (const auto *Var = dyn_cast<VarDecl>(D))
      Pack |= Var->isParameterPack();
    // (Not an init-capture pack of its own.)
    if (!Pack || Lambda->getCallOperator()->Encloses(D->getDeclContext()) ||
        Lambda->getLambdaClass()->Encloses(D->getDeclContext()))
      return;
    Found = D;
    At = Loc;
  }
  const LambdaExpr *Lambda;
};

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(LoweringContext &C) : C(C) {}

  // A coroutine lambda is lowered like a function (marked or not: its
  // co_await could not stay in C++17 output either); its machine becomes a
  // class local to the lambda's body. One inside another coroutine is too,
  // and its closure becomes a class of the enclosing machine
  // (ClosureNaming.cpp).
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    const CXXMethodDecl *Call = Lambda->getCallOperator();
    if (!C.sources().isInMainFile(Lambda->getBeginLoc()) ||
        !isa_and_nonnull<CoroutineBodyStmt>(Call->getBody()))
      return true;
    // A template has no single machine type to emit: the machine's fields
    // (parameters, lifted locals, awaiters) would have dependent types,
    // which the tool does not spell. A generic lambda gets a machine for
    // each specialization of its call operator the file instantiates
    // (addGenericLambda), and so does one inside a function template or a
    // member of a class template, for each specialization of that function
    // (addLambdaInTemplate).
    if (Lambda->getLambdaClass()->getDeclContext()->isDependentContext()) {
      addLambdaInTemplate(Lambda);
      return true;
    }
    for (const DeclContext *Outer = Lambda->getLambdaClass()->getParent();
         Outer != nullptr; Outer = Outer->getParent()) {
      const auto *Function = dyn_cast<FunctionDecl>(Outer);
      if (Function == nullptr ||
          !isa_and_nonnull<CoroutineBodyStmt>(Function->getBody()))
        continue;
      OuterLocals Check(Lambda, Function);
      Check.TraverseDecl(const_cast<CXXMethodDecl *>(Call));
      if (Check.Found != nullptr) {
        Ok = C.unsupported(Check.At,
                           "a coroutine lambda inside a coroutine that names "
                           "'" +
                               Check.Found->getNameAsString() +
                               "', local to the function around it, without "
                               "capturing it; not supported yet");
        return true;
      }
      break;
    }
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVLAType()) {
        Ok = C.unsupported(Capture.getLocation(),
                           "a coroutine lambda that uses a variable-length "
                           "array of the function around it");
        return true;
      }
    if (Lambda->isGenericLambda())
      addGenericLambda(Lambda);
    else
      Found.push_back(Call);
    return true;
  }

  // A generic lambda's call operator is a member template: each
  // specialization the file instantiates is lowered, and its machine is
  // chosen in the lambda's body by the types of the 'auto' parameters, which
  // the body names with decltype; so each of those must have a name.
  void addGenericLambda(const LambdaExpr *Lambda) {
    const CXXMethodDecl *Call = Lambda->getCallOperator();
    // C++17 has no template parameter list on a lambda: one is written
    // with 'auto' parameters where it can be (cxx17LambdaHead).
    std::vector<HeadEdit> Edits;
    if (!cxx17LambdaHead(C, Lambda, Edits)) {
      Ok = false;
      return;
    }
    // Inside a coroutine, the closure becomes a class of the machine around
    // it (NamedClosure), with a call operator template: a class local to a
    // function (a coroutine lambda's machine) may not have one. There the
    // closure stays the lambda's own, made by a function that receives the
    // captured variables (ClosureNaming.cpp, nameClosureFactory), which a
    // capture of the object or an init-capture would need more than.
    // FIXME: so such a lambda with `[this]`, `[*this]` or any init-capture
    // (`[self = this]`, `[n = count_]`) is refused. Passing each
    // init-capture's value to the factory is not enough: a call's arguments
    // are evaluated in no set order (g++ and clang++ differ), where the
    // captures are initialized left to right, and a class value would be
    // moved once more, from the parameter into the capture.
    if (const FunctionDecl *Around = coroutineAround(Lambda)) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Around);
      if (Method != nullptr && Method->getParent()->isLambda()) {
        for (const LambdaCapture &Capture : Lambda->captures())
          if (!Capture.capturesVariable() || Lambda->isInitCapture(&Capture)) {
            Ok = C.unsupported(Capture.getLocation(),
                               "a generic coroutine lambda inside a "
                               "coroutine lambda that captures 'this' or "
                               "'*this', or has an init-capture, is not "
                               "supported yet");
            return;
          }
      }
    }
    for (const ParmVarDecl *Param : Call->parameters()) {
      if (!Param->getType()->isDependentType())
        continue;
      // The branch conditions name the pack (genericCallCondition).
      if (Param->isParameterPack() && Param->getIdentifier() == nullptr) {
        Ok = C.unsupported(Param->getBeginLoc(),
                           "an unnamed parameter pack of a generic coroutine "
                           "lambda is not supported yet; its machine is "
                           "chosen by the elements' types, which only a name "
                           "can give (name it)");
        return;
      }
      // An unnamed one is given a name in the output, after its type
      // (GenericLambdas.cpp, genericCallCondition; ClosureNaming.cpp,
      // nameGenericCall, inside a coroutine, whose closure's call operator
      // is spelled anew).
      if (Param->getIdentifier() == nullptr &&
          (Param->getTypeSourceInfo() == nullptr ||
           !Param->getTypeSourceInfo()->getTypeLoc().getEndLoc().isFileID())) {
        Ok = C.unsupported(Param->getBeginLoc(),
                           "an unnamed 'auto' parameter of a generic "
                           "coroutine lambda written by a macro is not "
                           "supported yet; its machine is chosen by the "
                           "parameters' types, which only a name can give "
                           "(name it)");
        return;
      }
    }
    std::vector<Use> Uses;
    for (const FunctionDecl *Specialization :
         Lambda->getDependentCallOperator()->specializations())
      addUse(Uses, Specialization);
    for (const Use &U : Uses)
      for (const ParmVarDecl *Param : U.Specialization->parameters())
        if (std::string Why = unnameable(Param->getType()); !Why.empty()) {
          Ok = C.unsupported(
              U.At, "a call of a generic coroutine lambda whose parameter '" +
                        Param->getNameAsString() + "' has a type that is, " +
                        "or holds, " + Why +
                        ": its machine cannot name it; not supported yet");
          return;
        }
    // One the file never calls has no machine: its body becomes one that
    // cannot be instantiated (GenericLambdas.cpp, neverCalledBody).
    GenericLambdas.push_back(Lambda);
    addUses(nullptr, Uses);
  }

  // A coroutine lambda in a function template, or in a member of a class
  // template, that is no coroutine itself: each specialization of the
  // function has its own closure type, whose call operator is lowered like
  // a generic lambda's specializations; the lambda's body chooses among
  // their machines by the template's arguments. One directly in an async
  // template is lowered in each specialization (addLambdasIn); here only
  // its refusals.
  void addLambdaInTemplate(const LambdaExpr *Lambda) {
    SourceLocation Loc = Lambda->getBeginLoc();
    const auto *Around =
        dyn_cast<FunctionDecl>(Lambda->getLambdaClass()->getDeclContext());
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Around);
    const FunctionTemplateDecl *Template =
        Around != nullptr ? Around->getDescribedFunctionTemplate() : nullptr;
    const ClassTemplateDecl *Class =
        Method != nullptr ? Method->getParent()->getDescribedClassTemplate()
                          : nullptr;
    // Directly in an async template (or an async member of a class
    // template): the lambda in each specialization's body is lowered as one
    // inside a coroutine, its closure a class of that specialization's
    // machine (addLambdasIn).
    if (const FunctionDecl *Async =
            asyncTemplateAround(Lambda->getLambdaClass(), true)) {
      const NamedDecl *Pack = packAround(Async);
      if (Pack != nullptr && isa<TemplateTemplateParmDecl>(Pack)) {
        Ok = C.unsupported(Loc,
                           "a coroutine lambda inside an async template with "
                           "a template template parameter ('" +
                               Pack->getNameAsString() +
                               "') is not supported yet; its machine runs the "
                               "body in a member function template that "
                               "receives it, out of reach of the lambda's "
                               "closure, a class of the machine");
        return;
      }
      if (Pack == nullptr)
        return;
      // One in the pattern of a pack expansion or a fold is a lambda for
      // each element, all at one place.
      for (DynTypedNodeList Parents = C.ast().getParents(*Lambda);
           !Parents.empty(); Parents = C.ast().getParents(Parents[0])) {
        if (Parents[0].get<PackExpansionExpr>() == nullptr &&
            Parents[0].get<CXXFoldExpr>() == nullptr)
          continue;
        Ok = C.unsupported(Loc, "a coroutine lambda in the pattern of a pack "
                                "expansion or fold inside an async template "
                                "is not supported yet");
        return;
      }
      PackUse Use(Lambda);
      Use.TraverseStmt(const_cast<LambdaExpr *>(Lambda));
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.capturesVariable() &&
            Capture.getCapturedVar()->isParameterPack() &&
            Use.Found == nullptr) {
          Use.Found = Capture.getCapturedVar();
          Use.At = Capture.getLocation();
        }
      if (Use.Found != nullptr)
        Ok = C.unsupported(Use.At,
                           "a coroutine lambda inside an async template that "
                           "names its parameter pack '" +
                               Use.Found->getNameAsString() +
                               "' is not supported yet; the template's "
                               "machine runs the body in a member function "
                               "template that receives the packs, out of "
                               "reach of the lambda's closure, a class of "
                               "the machine");
      return;
    }
    bool Supported =
        Around != nullptr && !Lambda->isGenericLambda() &&
        coroutineAround(Lambda) == nullptr &&
        ((Template != nullptr &&
          (Method == nullptr || !Method->getParent()->isDependentContext())) ||
         (Template == nullptr && Class != nullptr));
    if (!Supported) {
      Ok = C.unsupported(Loc, "this coroutine lambda inside a template is "
                              "not supported yet; only a non-generic one "
                              "directly in a function template or in a "
                              "member of a class template is (or in a "
                              "coroutine lambda there; not one in another "
                              "lambda, nor a generic one)");
      return;
    }
    const TemplateParameterList *Params =
        Template != nullptr ? Template->getTemplateParameters()
                            : Class->getTemplateParameters();
    // A type parameter pack is compared whole, `std::is_same_v<
    // asl::pack_types<Ts...>, asl::pack_types<int, long>>`
    // (genericCallCondition).
    for (const NamedDecl *Param : *Params) {
      const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
      if (Param->getIdentifier() == nullptr ||
          (Param->isParameterPack() && Value != nullptr) ||
          isa<TemplateTemplateParmDecl>(Param) ||
          (Value != nullptr &&
           !Value->getType()->isIntegralOrEnumerationType())) {
        Ok = C.unsupported(Param->getBeginLoc(),
                           "a coroutine lambda inside a template with an "
                           "unnamed template parameter, a non-type pack, a "
                           "template template parameter or a non-type "
                           "parameter of other than integral or "
                           "enumeration type is not supported yet; its body "
                           "chooses the machine by the template's "
                           "arguments");
        return;
      }
    }
    // An init-capture pack is C++20, and the lambda's head stays as
    // written: it is spelled as a tuple (InitCapturePacks.cpp), in the form
    // that spelling needs.
    SourceLocation InitCapturePack;
    if (std::string Why = initCapturePackRefusal(C, Lambda, InitCapturePack);
        !Why.empty()) {
      Ok = C.unsupported(InitCapturePack, Why);
      return;
    }

    // The specializations of the function around it that the file
    // instantiates, and the lambda in each.
    std::vector<const FunctionDecl *> Instances;
    if (Template != nullptr) {
      for (const FunctionDecl *Specialization : Template->specializations())
        Instances.push_back(Specialization);
    } else {
      for (const ClassTemplateSpecializationDecl *Specialization :
           Class->specializations())
        if (Specialization->getSpecializationKind() !=
            TSK_ExplicitSpecialization)
          for (const CXXMethodDecl *Member : Specialization->methods())
            if (const FunctionDecl *From =
                    Member->getInstantiatedFromMemberFunction();
                From != nullptr &&
                From->getCanonicalDecl() == Around->getCanonicalDecl())
              Instances.push_back(Member);
    }
    std::vector<Use> Uses;
    for (const FunctionDecl *Instance : Instances) {
      if (!Instance->isThisDeclarationADefinition() ||
          Instance->getBody() == nullptr)
        continue;
      const LambdaExpr *Made = lambdaAt(Instance->getBody(), Loc);
      if (Made == nullptr)
        continue;
      const CXXMethodDecl *Call = Made->getCallOperator();
      if (!isa_and_nonnull<CoroutineBodyStmt>(Call->getBody()))
        continue;
      for (const TemplateArgument &Arg : templateArguments(Instance))
        if (Arg.getKind() == TemplateArgument::Type)
          if (std::string Why = unnameable(Arg.getAsType()); !Why.empty()) {
            Ok = C.unsupported(
                C.sources().getExpansionLoc(
                    Instance->getPointOfInstantiation()),
                "a specialization of a template holding a coroutine lambda "
                "whose template argument is, or holds, " +
                    Why +
                    ": the lambda's body could not name it; not "
                    "supported yet");
            return;
          }
      Uses.push_back(
          {Call,
           C.sources().getExpansionLoc(Instance->getPointOfInstantiation()),
           spellTemplateArguments(C.ast(), templateArguments(Instance))});
    }
    if (Uses.empty()) {
      Ok = C.unsupported(Loc, "a coroutine lambda inside a template that the "
                              "file never instantiates is not supported yet: "
                              "its body would have no state machine");
      return;
    }
    GenericLambdas.push_back(Lambda);
    addUses(nullptr, Uses);
  }

  // A template parameter pack, a template template parameter or a
  // function parameter pack of Function, a template or a member of a class
  // template, or of the class templates around it; null if none. The
  // machine of such a template runs the body in a member function template
  // (ParameterPacks.cpp), whose local classes a closure class of the
  // machine could not be.
  static const NamedDecl *packAround(const FunctionDecl *Function) {
    for (const ParmVarDecl *Param : Function->parameters())
      if (Param->isParameterPack())
        return Param;
    auto InList = [](const TemplateParameterList *Params) -> const NamedDecl * {
      if (Params != nullptr)
        for (const NamedDecl *Param : *Params)
          if (Param->isTemplateParameterPack() ||
              isa<TemplateTemplateParmDecl>(Param))
            return Param;
      return nullptr;
    };
    if (const FunctionTemplateDecl *Template =
            Function->getDescribedFunctionTemplate())
      if (const NamedDecl *Found = InList(Template->getTemplateParameters()))
        return Found;
    for (const DeclContext *D = Function->getDeclContext();
         D != nullptr && isa<CXXRecordDecl>(D); D = D->getParent()) {
      const TemplateParameterList *Params = nullptr;
      if (const auto *Partial =
              dyn_cast<ClassTemplatePartialSpecializationDecl>(D))
        Params = Partial->getTemplateParameters();
      else if (const ClassTemplateDecl *Template =
                   cast<CXXRecordDecl>(D)->getDescribedClassTemplate())
        Params = Template->getTemplateParameters();
      if (const NamedDecl *Found = InList(Params))
        return Found;
    }
    return nullptr;
  }

  // The coroutine lambdas directly in the body of Specialization, of an
  // async template: each is lowered as a coroutine lambda inside a
  // coroutine, its closure a class of the specialization's machine
  // (docs/design.md, "Coroutine lambdas inside templates"). Its call
  // operator follows the specialization in Found, so that its plan is
  // rewritten first (nestPlans), in the specialization's rewriter; a
  // generic one's specializations likewise. One that names a pack, or is
  // in a template with a template template parameter, is refused with the
  // template's text (addLambdaInTemplate).
  void addLambdasIn(const FunctionDecl *Specialization) {
    if (const NamedDecl *Pack = packAround(templatePattern(Specialization));
        Pack != nullptr && isa<TemplateTemplateParmDecl>(Pack))
      return;
    std::set<SourceLocation> Seen;
    const FunctionDecl *Coroutine = Specialization; // around the lambda
    std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
      if (S == nullptr)
        return;
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        const CXXMethodDecl *Call = Lambda->getCallOperator();
        if (!isa_and_nonnull<CoroutineBodyStmt>(Call->getBody()))
          return;
        // One in the pattern of a pack expansion or a fold is a lambda
        // for each element, all at one place, which would share a name:
        // refused on the template's text (addLambdaInTemplate).
        if (!Seen.insert(Lambda->getBeginLoc()).second)
          return;
        // A machine generic over a closure type or a local class it is
        // given (ClosureNaming.cpp, nameClosureParams) would spell that
        // type where the lambda's closure class names it.
        for (const TemplateArgumentOf &Given :
             templateArgumentsOf(Specialization))
          if (Given.Arg->getKind() == TemplateArgument::Type)
            if (std::string Why = unnameable(Given.Arg->getAsType());
                !Why.empty()) {
              Ok = C.unsupported(
                  Lambda->getBeginLoc(),
                  "a coroutine lambda inside a specialization of an async "
                  "template (line " +
                      std::to_string(C.line(C.sources().getExpansionLoc(
                          Specialization->getPointOfInstantiation()))) +
                      ") whose template argument '" +
                      Given.Param->getNameAsString() + "' is, or holds, " +
                      Why + "; not supported yet");
              return;
            }
        OuterLocals Check(Lambda, Coroutine);
        Check.TraverseDecl(const_cast<CXXMethodDecl *>(Call));
        if (Check.Found != nullptr) {
          Ok = C.unsupported(Check.At,
                             "a coroutine lambda inside a coroutine that "
                             "names '" +
                                 Check.Found->getNameAsString() +
                                 "', local to the function around it, "
                                 "without capturing it; not supported yet");
          return;
        }
        for (const LambdaCapture &Capture : Lambda->captures())
          if (Capture.capturesVLAType()) {
            Ok = C.unsupported(Capture.getLocation(),
                               "a coroutine lambda that uses a "
                               "variable-length array of the function "
                               "around it");
            return;
          }
        // A generic one: the specializations of its call operator in
        // this specialization, after it, as for one in any coroutine
        // (addGenericLambda); its closure's call operator template
        // chooses among their machines by the types of its 'auto'
        // parameters only. A coroutine lambda in its body is refused on
        // the template's text (addLambdaInTemplate).
        if (Lambda->isGenericLambda()) {
          // (Its refusals are the same in every specialization: one is
          // enough.)
          if (RefusedGeneric.count(Lambda->getBeginLoc()))
            return;
          bool Before = Ok;
          Ok = true;
          addGenericLambda(Lambda);
          if (!Ok)
            RefusedGeneric.insert(Lambda->getBeginLoc());
          Ok = Ok && Before;
          return;
        }
        Found.push_back(Call);
        // And those directly in its body, after it.
        const FunctionDecl *Outer = Coroutine;
        Coroutine = Call;
        Visit(cast<CoroutineBodyStmt>(Call->getBody())->getBody());
        Coroutine = Outer;
        return;
      }
      // (An await's implicit children hold its operand again.)
      forEachWrittenChild(S, Visit);
    };
    Visit(cast<CoroutineBodyStmt>(Specialization->getBody())->getBody());
  }

  // The async template (an async function template, an async member of a
  // class template) that Closure, a non-generic lambda's, is directly in,
  // or through coroutine lambdas directly in one; or null.
  // Closure may be a generic lambda's when Generic is true (the innermost
  // one); the lambdas around it may not.
  static const FunctionDecl *asyncTemplateAround(const CXXRecordDecl *Closure,
                                                 bool Generic = false) {
    if (Closure->isGenericLambda() && !Generic)
      return nullptr;
    const auto *Around = dyn_cast<FunctionDecl>(Closure->getDeclContext());
    if (Around == nullptr ||
        !isa_and_nonnull<CoroutineBodyStmt>(Around->getBody()))
      return nullptr;
    if (isMarkedAsync(Around))
      return Around->isTemplated() ? Around : nullptr;
    const auto *Method = dyn_cast<CXXMethodDecl>(Around);
    if (Method == nullptr || !Method->getParent()->isLambda())
      return nullptr;
    return asyncTemplateAround(Method->getParent());
  }

  // The lambda expression that begins at Loc inside S.
  static const LambdaExpr *lambdaAt(const Stmt *S, SourceLocation Loc) {
    if (S == nullptr)
      return nullptr;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S);
        Lambda != nullptr && Lambda->getBeginLoc() == Loc)
      return Lambda;
    for (const Stmt *Child : S->children())
      if (const LambdaExpr *Found = lambdaAt(Child, Loc))
        return Found;
    return nullptr;
  }

  // The innermost coroutine around Lambda, or null.
  static const FunctionDecl *coroutineAround(const LambdaExpr *Lambda) {
    for (const DeclContext *Outer = Lambda->getLambdaClass()->getParent();
         Outer != nullptr; Outer = Outer->getParent())
      if (const auto *Function = dyn_cast<FunctionDecl>(Outer);
          Function != nullptr &&
          isa_and_nonnull<CoroutineBodyStmt>(Function->getBody()))
        return Function;
    return nullptr;
  }

  // An async function defined in a header the main file includes: the tool
  // rewrites only the main file, so its co_await would reach the C++17
  // build. Refused at the definition, with a note at the main file's
  // #include. Only functions marked ASL_ASYNC: a header may keep other
  // coroutines under `#if __cpp_impl_coroutine` (as the runtime's do), and
  // system headers are left alone. A template is reported once, at its
  // pattern.
  void refuseInOtherFile(const FunctionDecl *Function) {
    SourceManager &SM = C.sources();
    SourceLocation Loc = SM.getExpansionLoc(Function->getLocation());
    if (SM.isInMainFile(Loc) || SM.isInSystemHeader(Loc) ||
        Function->getTemplateInstantiationPattern() != nullptr ||
        !isa_and_nonnull<CoroutineBodyStmt>(Function->getBody()) ||
        !isMarkedAsync(Function))
      return;
    Ok = C.unsupported(
        Function->getLocation(),
        "async function '" + Function->getQualifiedNameAsString() +
            "' is defined in another file than the one being lowered; the "
            "tool rewrites only that file, so its coroutine would stay in "
            "the C++17 output (declare it in the header and define it in a "
            "file that is lowered)");
    SourceLocation Include = SM.getIncludeLoc(SM.getFileID(Loc));
    while (Include.isValid() && !SM.isInMainFile(Include))
      Include = SM.getIncludeLoc(SM.getFileID(Include));
    if (Include.isValid()) {
      DiagnosticsEngine &Diags = C.ast().getDiagnostics();
      Diags.Report(Include,
                   Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0"))
          << "the file of async function '" +
                 Function->getQualifiedNameAsString() +
                 "' is included here; the tool does not rewrite it";
    }
  }

  bool VisitFunctionDecl(FunctionDecl *Function) {
    if (Function->doesThisDeclarationHaveABody() &&
        !C.sources().isInMainFile(Function->getLocation()))
      refuseInOtherFile(Function);
    if (!Function->doesThisDeclarationHaveABody() ||
        !C.sources().isInMainFile(Function->getLocation()))
      return true;
    bool IsCoroutine = isa_and_nonnull<CoroutineBodyStmt>(Function->getBody());
    bool Marked = isMarkedAsync(Function);
    if (!IsCoroutine)
      return true;

    SourceLocation Loc = Function->getLocation();
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
      if (Method->getParent()->isLambda())
        return true; // VisitLambdaExpr
    if (!Marked) {
      Ok = C.unsupported(Loc, "coroutine '" + Function->getNameAsString() +
                                  "' is not marked ASL_ASYNC; the C++17 "
                                  "output cannot contain co_await");
      return true;
    }
    // A function template, or a member of a class template, is lowered
    // once per specialization the file instantiates (TemplateMachines.cpp):
    // clang has made each with concrete types, and their statements keep
    // the template's locations.
    if (Function->isTemplated()) {
      const FunctionTemplateDecl *Template =
          Function->getDescribedFunctionTemplate();
      const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      const TemplateParameterList *Params = nullptr;
      std::string Why;
      if (Template != nullptr && Method == nullptr &&
          Function->getDeclContext()->getRedeclContext()->isFileContext() &&
          Function->getFriendObjectKind() == Decl::FOK_None)
        addFunctionTemplate(Function, Template);
      // A member template of a class that is no template: its machine is a
      // member template of the class, specialized after the file's code.
      else if (Template != nullptr && Method != nullptr &&
               !Method->getParent()->isTemplated() &&
               !Method->getParent()->isLocalClass() &&
               Method->getParent()->getIdentifier() != nullptr)
        addFunctionTemplate(Function, Template);
      // A friend template defined in a class that is no template likewise:
      // its machine template is a member of that class, where the friend's
      // body finds names as a member's does.
      else if (const auto *Lexical =
                   dyn_cast<CXXRecordDecl>(Function->getLexicalDeclContext());
               Template != nullptr && Method == nullptr && Lexical != nullptr &&
               !Lexical->isTemplated() && !Lexical->isLocalClass() &&
               Lexical->getIdentifier() != nullptr)
        addFunctionTemplate(Function, Template);
      // A member of a class template, of a class nested in one or of a
      // partial specialization, or a friend defined in one of these: each
      // specialization of the class that instantiates it defines the
      // machine, a member class.
      else if (Template == nullptr) {
        if (const ClassTemplateDecl *Around =
                classTemplateAround(Function, Params, Why))
          addMemberOfClassTemplate(Function, Around, Params);
        else
          Ok = C.unsupported(
              Loc,
              "async " +
                  std::string(Method != nullptr ? "member '" : "friend '") +
                  Function->getQualifiedNameAsString() + "' " + Why +
                  "; not supported yet");
      }
      // A member template of a class template (or of a class nested in
      // one, or of a partial specialization): each specialization of the
      // class declares a machine template, specialized for each of its
      // member template's specializations after the file's code.
      // A friend template defined in one of these likewise.
      else if (const ClassTemplateDecl *Around =
                   classTemplateAround(Function, Params, Why))
        addMemberTemplateOfClassTemplate(Function, Template, Around, Params);
      else
        Ok = C.unsupported(
            Loc, "async " +
                     std::string(Method != nullptr ? "member" : "friend") +
                     " template '" + Function->getQualifiedNameAsString() +
                     "' " + Why + "; not supported yet");
      return true;
    }
    Found.push_back(Function);
    return true;
  }

  // Whether the machine can declare each of a template's parameters as a
  // member, as the body's text names them.
  bool declarable(const TemplateParameterList *Params) {
    for (const NamedDecl *Param : *Params) {
      std::string Why;
      // The body cannot name an unnamed one, which the machine leaves out
      // as it does any unnamed parameter.
      if (Param->getIdentifier() == nullptr)
        continue;
      if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
          Value != nullptr && Value->isParameterPack() &&
          (Value->isPackExpansion() ||
           (Value->getType()->getContainedAutoType() == nullptr &&
            !Value->getType()->isDependentType() &&
            !Value->getType()->isIntegralOrEnumerationType())))
        Why = "a non-type parameter pack ('" + Param->getNameAsString() +
              "') of other than integral or enumeration type, 'auto' or a "
              "type the template's parameters give";
      if (!Why.empty()) {
        Ok = C.unsupported(Param->getLocation(),
                           "an async function in a template with " + Why +
                               "; not supported yet");
        return false;
      }
    }
    return true;
  }

  // A template with parameter packs keeps its body's text, packs and all,
  // in a member function template of each specialization's machine, which
  // receives the packs (docs/design.md, "Parameter packs"); but the rest of
  // the lowering works on the specialization, where a pack expansion is one
  // node per element, all at the text of the pattern. So an await may not
  // be inside a pack expansion (each element would be an await of its own),
  // nor below an expression whose operands include a pack expansion (its
  // elements might be saved one by one across the await).
  bool packsLowerable(const FunctionDecl *Pattern,
                      const TemplateParameterList *Params) {
    // A function parameter pack before the last parameter takes its
    // elements from a pack deduced elsewhere (`f(std::tuple<As...>, As...
    // as, Bs... bs)`); g++ 12 deduces such calls inconsistently and
    // rejects them, so the output, which keeps the template's signature
    // and its calls, could not be built with it.
    unsigned FunctionPacks = 0;
    for (const ParmVarDecl *Param : Pattern->parameters())
      if (Param->isParameterPack() && ++FunctionPacks > 1) {
        Ok = C.unsupported(Param->getLocation(),
                           "an async function with more than one function "
                           "parameter pack is not supported: g++ rejects "
                           "the calls of such a template, which the output "
                           "keeps");
        return false;
      }
    if (FunctionPacks == 0 &&
        llvm::none_of(*Params, [](const NamedDecl *P) {
          return P->isTemplateParameterPack();
        }))
      return true;
    const auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(
        Pattern->getBody());
    if (Coroutine == nullptr)
      return true;
    std::vector<const Expr *> Awaits;
    SourceLocation InitCapturePack;
    std::string InitCapturePackWhy;
    std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
      if (S == nullptr)
        return;
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        // A lambda kept across an await is made by a factory that takes the
        // packs as the pack helper does (HoistedLocals.cpp), and one that
        // is not stays in the helper, where the pack is one; a coroutine
        // lambda directly in an async template becomes a class of the
        // machine, and may name no pack (addLambdaInTemplate).
        // An init-capture pack (`[...ys = xs]`) is C++20, which the
        // lowered body, copied as written, may not have: it is spelled as
        // a tuple (InitCapturePacks.cpp), in the form that spelling needs.
        std::function<void(const Stmt *)> Nested = [&](const Stmt *T) {
          if (T == nullptr || !InitCapturePackWhy.empty())
            return;
          // (A coroutine lambda in an async template that names a pack is
          // refused, addLambdaInTemplate; its init-captures name one.)
          if (const auto *Inner = dyn_cast<LambdaExpr>(T);
              Inner != nullptr && !isa<CoroutineBodyStmt>(Inner->getBody()))
            InitCapturePackWhy =
                initCapturePackRefusal(C, Inner, InitCapturePack);
          for (const Stmt *Child : T->children())
            Nested(Child);
        };
        Nested(Lambda);
        return; // lowered on its own, or refused
      }
      if (isa<CoawaitExpr, DependentCoawaitExpr>(S))
        Awaits.push_back(cast<Expr>(S));
      for (const Stmt *Child : S->children())
        Find(Child);
    };
    Find(Coroutine->getBody());
    if (!InitCapturePackWhy.empty()) {
      Ok = C.unsupported(InitCapturePack, InitCapturePackWhy);
      return false;
    }
    for (const Expr *Await : Awaits) {
      DynTypedNode Node = DynTypedNode::create(*Await);
      const Expr *Around = nullptr; // the expansion or fold it is inside
      for (;;) {
        DynTypedNodeList Parents = C.ast().getParents(Node);
        if (Parents.empty())
          break;
        const auto *Parent = Parents[0].get<Expr>();
        if (Parent == nullptr)
          break;
        // An await inside the pattern of an expansion among a call's or a
        // constructor's arguments or a braced list's elements
        // (`f(co_await h(xs)...)`, `f(1 + co_await h(xs)...)`), or inside
        // a fold (`(co_await h(xs) + ...)`), is one await for each element,
        // lowered one by one in the specialization's machine
        // (PackExpansionOperands.cpp, FoldExpressions.cpp).
        std::string Why;
        if (isa<PackExpansionExpr, CXXFoldExpr>(Parent) && Around != nullptr)
          Why = "inside a pack expansion or fold that is itself inside "
                "another one";
        else if (isa<PackExpansionExpr>(Parent) &&
                 !expansionAmongArguments(Parents[0]))
          Why = "inside a pack expansion that is not among a call's or a "
                "constructor's arguments or a braced list's elements: each "
                "element would be an await of its own";
        if (Why.empty() && isa<PackExpansionExpr, CXXFoldExpr>(Parent)) {
          Around = Parent;
          if (const Expr *Nested = nestedBesideAwait(Parent)) {
            Ok = C.unsupported(Nested->getBeginLoc(),
                               "a fold inside the pattern of a pack "
                               "expansion or of a fold, or a pack expansion "
                               "inside a fold's, among the operands of an "
                               "expression with a co_await; not supported "
                               "yet",
                               Nested->getSourceRange());
            return false;
          }
        }
        if (!Why.empty()) {
          Ok = C.unsupported(Await->getBeginLoc(),
                             "a co_await " + Why + "; not supported yet",
                             Parent->getSourceRange());
          return false;
        }
        Node = Parents[0];
      }
    }
    return true;
  }

  // In the pattern of Expansion (a pack expansion or a fold), a pack
  // expansion or fold among the operands of an expression that awaits
  // (`h((ys + ...), co_await g(xs))`): its elements would be parts of one
  // element, which the lowering writes through asl::pack_call of that
  // element's index only. Null if there is none. A pack expansion in a
  // pack expansion's pattern (`h(ys..., co_await g(xs))...`) is lowered,
  // each of its elements read through its own index
  // (PackExpansionOperands.cpp, markInnerElements).
  const Expr *nestedBesideAwait(const Expr *Expansion) {
    auto Awaits = [](const Stmt *S) {
      std::function<bool(const Stmt *)> Find = [&](const Stmt *T) {
        if (T == nullptr || isa<LambdaExpr>(T))
          return false;
        if (isa<CoawaitExpr, DependentCoawaitExpr>(T))
          return true;
        return llvm::any_of(T->children(), Find);
      };
      return Find(S);
    };
    const Expr *Found = nullptr;
    std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
      if (S == nullptr || Found != nullptr || isa<LambdaExpr>(S))
        return;
      for (const Stmt *Child : S->children())
        if (isa_and_nonnull<PackExpansionExpr, CXXFoldExpr>(Child) &&
            !(isa<PackExpansionExpr>(Child) &&
              isa<PackExpansionExpr>(Expansion)) &&
            Awaits(S)) {
          Found = cast<Expr>(Child);
          return;
        }
      for (const Stmt *Child : S->children())
        Visit(Child);
    };
    if (const auto *Pack = dyn_cast<PackExpansionExpr>(Expansion))
      Visit(Pack->getPattern());
    else
      Visit(cast<CXXFoldExpr>(Expansion)->getPattern());
    return Found;
  }

  // Whether the pack expansion Node is an argument of a call or of a
  // constructor, or an element of a braced list.
  bool expansionAmongArguments(const DynTypedNode &Node) {
    DynTypedNodeList Parents = C.ast().getParents(Node);
    if (Parents.empty())
      return false;
    const auto *Parent = Parents[0].get<Expr>();
    return Parent != nullptr &&
           isa<CallExpr, CXXConstructExpr, CXXUnresolvedConstructExpr,
               InitListExpr, ParenListExpr>(Parent);
  }

  struct Use {
    const FunctionDecl *Specialization;
    SourceLocation At;
    std::string Arguments;
  };
  void addUse(std::vector<Use> &Uses, const FunctionDecl *Specialization) {
    TemplateSpecializationKind Kind =
        Specialization->getTemplateSpecializationKind();
    if ((Kind != TSK_ImplicitInstantiation &&
         Kind != TSK_ExplicitInstantiationDefinition) ||
        Specialization->isInvalidDecl() ||
        !Specialization->isThisDeclarationADefinition() ||
        !isa_and_nonnull<CoroutineBodyStmt>(Specialization->getBody()))
      return;
    Uses.push_back(
        {Specialization,
         C.sources().getExpansionLoc(Specialization->getPointOfInstantiation()),
         spellTemplateArguments(C.ast(), templateArguments(Specialization))});
  }
  // The specializations in a stable order: where each is first used, then
  // their arguments' spelling.
  void addUses(const FunctionDecl *Pattern, std::vector<Use> &Uses) {
    std::sort(Uses.begin(), Uses.end(), [&](const Use &A, const Use &B) {
      if (A.At != B.At)
        return C.sources().isBeforeInTranslationUnit(A.At, B.At);
      return A.Arguments < B.Arguments;
    });
    if (Pattern != nullptr)
      Patterns.push_back(Pattern);
    for (const Use &U : Uses) {
      Found.push_back(U.Specialization);
      if (Pattern != nullptr)
        addLambdasIn(U.Specialization);
    }
  }

  // The machine template, a class template, has the function template's
  // named parameters, its pack last; it can have only one pack.
  bool onePack(const TemplateParameterList *Params) {
    const NamedDecl *First = nullptr;
    for (const NamedDecl *Param : *Params) {
      if (!Param->isTemplateParameterPack() ||
          Param->getIdentifier() == nullptr)
        continue;
      if (First != nullptr) {
        Ok = C.unsupported(Param->getLocation(),
                           "an async function template with more than one "
                           "named template parameter pack ('" +
                               First->getNameAsString() + "', '" +
                               Param->getNameAsString() +
                               "'); its machine, a class template, can have "
                               "only one; not supported yet");
        return false;
      }
      First = Param;
    }
    return true;
  }

  void addFunctionTemplate(const FunctionDecl *Pattern,
                           const FunctionTemplateDecl *Template) {
    if (!declarable(Template->getTemplateParameters()) ||
        !packsLowerable(Pattern, Template->getTemplateParameters()) ||
        !onePack(Template->getTemplateParameters()))
      return;
    if (llvm::none_of(*Template->getTemplateParameters(),
                      [](const NamedDecl *P) { return P->getIdentifier(); })) {
      Ok = C.unsupported(Pattern->getLocation(),
                         "an async function template whose template "
                         "parameters are all unnamed is not supported yet; "
                         "its machine template has a parameter for each "
                         "named one (name one)");
      return;
    }
    std::vector<Use> Uses;
    for (const FunctionDecl *Specialization : Template->specializations())
      addUse(Uses, Specialization);
    addUses(Pattern, Uses);
  }

  // The class template whose specializations hold the instantiations of
  // Function, a member (not a template) or a friend defined in a class:
  // the class's own template, a partial specialization's, or that of a
  // class the class is nested in (`Outer<T>::Inner`). Params are the
  // parameters the body may name: the class template's, or the partial
  // specialization's. Null, with Why, where the machine, a member of the
  // class that each specialization defines after the file's code, could
  // not be named there, or where two templates are involved.
  static const ClassTemplateDecl *
  classTemplateAround(const FunctionDecl *Function,
                      const TemplateParameterList *&Params, std::string &Why) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Function);
    const auto *Class =
        Method != nullptr
            ? Method->getParent()
            : dyn_cast<CXXRecordDecl>(Function->getLexicalDeclContext());
    if (Class == nullptr) {
      Why = "declared in a template other than a class template";
      return nullptr;
    }
    const DeclContext *D = Class;
    for (; isa<CXXRecordDecl>(D); D = D->getParent())
      ;
    if (D->isFunctionOrMethod()) {
      Why = "of a class local to a function";
      return nullptr;
    }
    const ClassTemplateDecl *Found = nullptr;
    for (D = Class; isa<CXXRecordDecl>(D); D = D->getParent()) {
      const auto *Record = cast<CXXRecordDecl>(D);
      if (Record->getIdentifier() == nullptr) {
        Why = "of an unnamed class, which its machine, defined after the "
              "file's code, could not name";
        return nullptr;
      }
      const ClassTemplateDecl *Own = nullptr;
      const TemplateParameterList *OwnParams = nullptr;
      if (const auto *Partial =
              dyn_cast<ClassTemplatePartialSpecializationDecl>(Record)) {
        Own = Partial->getSpecializedTemplate();
        OwnParams = Partial->getTemplateParameters();
      } else if ((Own = Record->getDescribedClassTemplate())) {
        OwnParams = Own->getTemplateParameters();
      }
      if (Own == nullptr)
        continue;
      if (Found != nullptr) {
        Why = "of a class template nested in a class template (or of a "
              "class nested in such a template)";
        return nullptr;
      }
      Found = Own;
      Params = OwnParams;
    }
    if (Found == nullptr)
      Why = "of an unnamed class, which its machine, defined after the "
            "file's code, could not name";
    return Found;
  }

  // The instantiations of Pattern in Class (a specialization of a class
  // template) and in the classes nested in it: members, and friends defined
  // in them; or, given Template, the specializations of the member
  // templates instantiated from it there.
  void instantiationsIn(const CXXRecordDecl *Class, const FunctionDecl *Pattern,
                        std::vector<Use> &Uses,
                        const FunctionTemplateDecl *Template = nullptr) {
    auto Matches = [&](const FunctionDecl *F) {
      const FunctionDecl *From =
          F != nullptr ? F->getInstantiatedFromMemberFunction() : nullptr;
      return From != nullptr &&
             From->getCanonicalDecl() == Pattern->getCanonicalDecl();
    };
    // The specializations of a member or friend template instantiated
    // from Template.
    auto AddSpecializations = [&](const FunctionTemplateDecl *Instantiated) {
      if (Instantiated == nullptr || Template == nullptr)
        return;
      const FunctionTemplateDecl *From =
          Instantiated->getInstantiatedFromMemberTemplate();
      if (From != nullptr &&
          From->getCanonicalDecl() == Template->getCanonicalDecl())
        for (const FunctionDecl *Used : Instantiated->specializations())
          addUse(Uses, Used);
    };
    for (const Decl *Member : Class->decls()) {
      AddSpecializations(dyn_cast<FunctionTemplateDecl>(Member));
      if (const auto *Function = dyn_cast<FunctionDecl>(Member);
          Template == nullptr && Matches(Function))
        addUse(Uses, Function);
      if (const auto *Friend = dyn_cast<FriendDecl>(Member)) {
        if (const auto *Function =
                dyn_cast_or_null<FunctionDecl>(Friend->getFriendDecl());
            Template == nullptr && Matches(Function))
          addUse(Uses, Function);
        AddSpecializations(
            dyn_cast_or_null<FunctionTemplateDecl>(Friend->getFriendDecl()));
      }
      if (const auto *Nested = dyn_cast<CXXRecordDecl>(Member);
          Nested != nullptr && !Nested->isInjectedClassName() &&
          Nested->isThisDeclarationADefinition())
        instantiationsIn(Nested, Pattern, Uses, Template);
    }
  }

  void addMemberOfClassTemplate(const FunctionDecl *Pattern,
                                const ClassTemplateDecl *Class,
                                const TemplateParameterList *Params) {
    if (!declarable(Params) || !packsLowerable(Pattern, Params))
      return;
    std::vector<Use> Uses;
    for (const ClassTemplateSpecializationDecl *Specialization :
         Class->specializations()) {
      if (Specialization->getSpecializationKind() == TSK_ExplicitSpecialization)
        continue;
      instantiationsIn(Specialization, Pattern, Uses);
    }
    addUses(Pattern, Uses);
  }

  // The specializations of a member template of a class template are
  // those of the member template each specialization of the class
  // instantiates from it.
  void addMemberTemplateOfClassTemplate(const FunctionDecl *Pattern,
                                        const FunctionTemplateDecl *Template,
                                        const ClassTemplateDecl *Class,
                                        const TemplateParameterList *Params) {
    if (!declarable(Params) || !declarable(Template->getTemplateParameters()) ||
        !packsLowerable(Pattern, Params) ||
        !packsLowerable(Pattern, Template->getTemplateParameters()) ||
        !onePack(Template->getTemplateParameters()))
      return;
    if (llvm::none_of(*Template->getTemplateParameters(),
                      [](const NamedDecl *P) { return P->getIdentifier(); })) {
      Ok = C.unsupported(Pattern->getLocation(),
                         "an async member template whose template "
                         "parameters are all unnamed is not supported yet; "
                         "its machine template has a parameter for each "
                         "named one (name one)");
      return;
    }
    std::vector<Use> Uses;
    for (const ClassTemplateSpecializationDecl *Specialization :
         Class->specializations()) {
      if (Specialization->getSpecializationKind() == TSK_ExplicitSpecialization)
        continue;
      instantiationsIn(Specialization, Pattern, Uses, Template);
    }
    addUses(Pattern, Uses);
  }

  LoweringContext &C;
  std::vector<const FunctionDecl *> Found;
  std::vector<const FunctionDecl *> Patterns;
  std::vector<const LambdaExpr *> GenericLambdas;
  // Generic coroutine lambdas in async templates refused once.
  std::set<SourceLocation> RefusedGeneric;
  bool Ok = true;
};

} // namespace

std::vector<const FunctionDecl *>
findAsyncFunctions(LoweringContext &C, bool &Ok,
                   std::vector<const FunctionDecl *> &Patterns,
                   std::vector<const LambdaExpr *> &GenericLambdas) {
  Finder F(C);
  F.TraverseDecl(C.ast().getTranslationUnitDecl());
  Ok = F.Ok;
  Patterns = std::move(F.Patterns);
  GenericLambdas = std::move(F.GenericLambdas);
  return std::move(F.Found);
}

bool convertsToPointer(const LambdaExpr *Lambda) {
  for (const Decl *Member : Lambda->getLambdaClass()->decls()) {
    if (const auto *Conversion = dyn_cast<CXXConversionDecl>(Member))
      if (Conversion->isReferenced())
        return true;
    // A generic lambda's conversion is a template, used through its
    // specializations.
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Member))
      if (isa<CXXConversionDecl>(Template->getTemplatedDecl()))
        for (const FunctionDecl *Used : Template->specializations())
          if (Used->isReferenced())
            return true;
  }
  return false;
}

const FunctionDecl *templatePattern(const FunctionDecl *Specialization) {
  if (const FunctionTemplateDecl *Template =
          Specialization->getPrimaryTemplate()) {
    // A member template of a specialization of a class template was
    // instantiated from the class template's.
    if (Template->getInstantiatedFromMemberTemplate() != nullptr)
      return Specialization->getTemplateInstantiationPattern();
    return Template->getTemplatedDecl();
  }
  return Specialization->getTemplateInstantiationPattern();
}

// The specialization of a class template that holds Specialization, a
// member or a friend defined in a class: its class, or a class its class is
// nested in (`Outer<int>` for `Outer<int>::Inner::get()`).
static const ClassTemplateSpecializationDecl *
classSpecializationAround(const FunctionDecl *Specialization) {
  const DeclContext *D = isa<CXXMethodDecl>(Specialization)
                             ? Specialization->getDeclContext()
                             : Specialization->getLexicalDeclContext();
  for (; D != nullptr && isa<CXXRecordDecl>(D); D = D->getParent())
    if (const auto *Class = dyn_cast<ClassTemplateSpecializationDecl>(D))
      return Class;
  return nullptr;
}

// A class template's parameters as a specialization's members see them:
// those of the partial specialization it was instantiated from, if any, and
// their arguments.
static const TemplateParameterList *
classParameters(const ClassTemplateSpecializationDecl *Class) {
  if (const auto *Partial =
          Class->getSpecializedTemplateOrPartial()
              .dyn_cast<ClassTemplatePartialSpecializationDecl *>())
    return Partial->getTemplateParameters();
  return Class->getSpecializedTemplate()->getTemplateParameters();
}
static llvm::ArrayRef<TemplateArgument>
classArguments(const ClassTemplateSpecializationDecl *Class) {
  if (Class->getSpecializedTemplateOrPartial()
          .is<ClassTemplatePartialSpecializationDecl *>())
    return Class->getTemplateInstantiationArgs().asArray();
  return Class->getTemplateArgs().asArray();
}

const TemplateParameterList *
templateParameters(const FunctionDecl *Specialization) {
  if (const FunctionTemplateDecl *Template =
          Specialization->getPrimaryTemplate())
    return Template->getTemplateParameters();
  return classParameters(classSpecializationAround(Specialization));
}

std::vector<TemplateArgumentOf>
templateArgumentsOf(const FunctionDecl *Specialization) {
  std::vector<TemplateArgumentOf> Out;
  auto Add = [&](const TemplateParameterList *Params,
                 llvm::ArrayRef<TemplateArgument> Args) {
    for (unsigned I = 0; I < Params->size() && I < Args.size(); ++I)
      Out.push_back({Params->getParam(I), &Args[I]});
  };
  // A member template's class, or a class its class is nested in; or the
  // class a friend template is defined in.
  const ClassTemplateSpecializationDecl *Class =
      Specialization->getPrimaryTemplate() != nullptr
          ? classSpecializationAround(Specialization)
          : nullptr;
  if (Class != nullptr)
    Add(classParameters(Class), classArguments(Class));
  Add(templateParameters(Specialization), templateArguments(Specialization));
  return Out;
}

llvm::ArrayRef<TemplateArgument>
templateArguments(const FunctionDecl *Specialization) {
  if (const TemplateArgumentList *Args =
          Specialization->getTemplateSpecializationArgs())
    return Args->asArray();
  return classArguments(classSpecializationAround(Specialization));
}

static void flattenPacks(llvm::ArrayRef<TemplateArgument> Args,
                         std::vector<TemplateArgument> &Out) {
  for (const TemplateArgument &Arg : Args)
    if (Arg.getKind() == TemplateArgument::Pack)
      flattenPacks(Arg.pack_elements(), Out);
    else
      Out.push_back(Arg);
}

std::vector<TemplateArgument>
flattenedArguments(llvm::ArrayRef<TemplateArgument> Args) {
  std::vector<TemplateArgument> Out;
  flattenPacks(Args, Out);
  return Out;
}

std::string spellAddressArgument(ASTContext &Ctx, const TemplateArgument &Arg) {
  if (Arg.getKind() == TemplateArgument::NullPtr)
    return "nullptr";
  const ValueDecl *Named = Arg.getAsDecl();
  QualType Type = Arg.getParamTypeForDecl();
  std::string Value = "::";
  PrintingPolicy Written(Ctx.getLangOpts());
  Written.SuppressUnwrittenScope = true; // anonymous and inline namespaces
  llvm::raw_string_ostream Stream(Value);
  Named->printQualifiedName(Stream, Written);
  // A specialization of a function template: `&::pick<int>`.
  if (const auto *Function = dyn_cast<FunctionDecl>(Named))
    if (const TemplateArgumentList *Args =
            Function->getTemplateSpecializationArgs())
      Value += spellTemplateArguments(Ctx, Args->asArray());
  // An array or a function decays to the pointer, as it did to make the
  // argument.
  if (!Type->isReferenceType() &&
      (Type->isMemberPointerType() || (!Named->getType()->isArrayType() &&
                                       !Named->getType()->isFunctionType())))
    return "&" + Value;
  return Value;
}

std::string spellTemplateArguments(ASTContext &Ctx,
                                   llvm::ArrayRef<TemplateArgument> Packed) {
  std::vector<TemplateArgument> Args = flattenedArguments(Packed);
  std::string Out = "<";
  for (size_t I = 0; I < Args.size(); ++I) {
    const TemplateArgument &Arg = Args[I];
    Out += I ? ", " : "";
    if (Arg.getKind() == TemplateArgument::Type) {
      Out += spellType(Ctx, Arg.getAsType());
      continue;
    }
    if (Arg.getKind() == TemplateArgument::NullPtr ||
        (Arg.getKind() == TemplateArgument::Declaration &&
         !isa<TemplateParamObjectDecl>(Arg.getAsDecl()))) {
      Out += spellAddressArgument(Ctx, Arg);
      continue;
    }
    llvm::raw_string_ostream Stream(Out);
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.FullyQualifiedName = true;
    Arg.print(Policy, Stream, /*IncludeType=*/true);
  }
  return Out + ">";
}

std::string machineKey(ASTContext &Ctx, const CXXRecordDecl *Machine) {
  std::string Name = Machine->getName().str();
  if (const auto *Specialization =
          dyn_cast<ClassTemplateSpecializationDecl>(Machine))
    return Name + spellTemplateArguments(
                      Ctx, Specialization->getTemplateArgs().asArray());
  if (const auto *Class =
          dyn_cast<ClassTemplateSpecializationDecl>(Machine->getParent()))
    return spellWrittenType(Ctx, Ctx.getRecordType(Class)) + "::" + Name;
  return Name;
}

} // namespace asynclower
