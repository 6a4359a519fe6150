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

#include "LambdaHeads.h"
#include "Lowering.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <functional>

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
// constant it may read without a capture, a static local, a local type.
// Inside a coroutine, the lambda's body moves to a class of the enclosing
// machine (NamedClosure), where these are out of scope.
class OuterLocals : public RecursiveASTVisitor<OuterLocals> {
public:
  OuterLocals(const LambdaExpr *Lambda) : Lambda(Lambda) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const ValueDecl *D = Ref->getDecl();
    // Members of local classes (a closure's call operator) are reached
    // through their objects.
    if (!isa<VarDecl, EnumConstantDecl, BindingDecl>(D) ||
        D->isCXXClassMember())
      return true;
    if (isOuterLocal(D) &&
        llvm::none_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
          return Capture.capturesVariable() && Capture.getCapturedVar() == D;
        }))
      found(D, Ref->getLocation());
    return Found == nullptr;
  }
  bool VisitTagTypeLoc(TagTypeLoc Loc) {
    if (isOuterLocal(Loc.getDecl()))
      found(Loc.getDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    if (isOuterLocal(Loc.getTypedefNameDecl()))
      found(Loc.getTypedefNameDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }

  const NamedDecl *Found = nullptr;
  SourceLocation At;

private:
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
};

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(LoweringContext &C) : C(C) {}

  // A coroutine lambda is lowered like a function (marked or not: its
  // co_await could not stay in C++17 output either); its machine becomes a
  // class local to the lambda's body. One inside another coroutine is too,
  // and its closure becomes a class of the enclosing machine (LowerFile.cpp).
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
      OuterLocals Check(Lambda);
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
    // captured variables (LowerFile.cpp, nameClosureFactory), which a
    // capture of the object or an init-capture would need more than.
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
      // (LowerFile.cpp, genericCallCondition; nameGenericCall inside a
      // coroutine, whose closure's call operator is spelled anew).
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
    // cannot be instantiated (LowerFile.cpp, neverCalledBody).
    GenericLambdas.push_back(Lambda);
    addUses(nullptr, Uses);
  }

  // A coroutine lambda in a function template, or in a member of a class
  // template, that is no coroutine itself: each specialization of the
  // function has its own closure type, whose call operator is lowered like
  // a generic lambda's specializations; the lambda's body chooses among
  // their machines by the template's arguments.
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
                              "member of a class template that is no "
                              "coroutine is");
      return;
    }
    const TemplateParameterList *Params =
        Template != nullptr ? Template->getTemplateParameters()
                            : Class->getTemplateParameters();
    for (const NamedDecl *Param : *Params) {
      const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
      if (Param->getIdentifier() == nullptr || Param->isParameterPack() ||
          isa<TemplateTemplateParmDecl>(Param) ||
          (Value != nullptr &&
           !Value->getType()->isIntegralOrEnumerationType())) {
        Ok = C.unsupported(Param->getBeginLoc(),
                           "a coroutine lambda inside a template with an "
                           "unnamed template parameter, a pack, a template "
                           "template parameter or a non-type parameter of "
                           "other than integral or enumeration type is not "
                           "supported yet; its body chooses the machine by "
                           "the template's arguments");
        return;
      }
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

  bool VisitFunctionDecl(FunctionDecl *Function) {
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
    // once per specialization the file instantiates (TemplateMachines in
    // LowerFile.cpp): clang has made each with concrete types, and their
    // statements keep the template's locations.
    if (Function->isTemplated()) {
      const FunctionTemplateDecl *Template =
          Function->getDescribedFunctionTemplate();
      const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      const ClassTemplateDecl *Class =
          Method != nullptr ? Method->getParent()->getDescribedClassTemplate()
                            : nullptr;
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
      else if (Template == nullptr && Class != nullptr)
        addMemberOfClassTemplate(Method, Class);
      // A member template of a class template: each specialization of the
      // class declares a machine template, specialized for each of its
      // member template's specializations after the file's code.
      else if (Template != nullptr && Class != nullptr)
        addMemberTemplateOfClassTemplate(Method, Template, Class);
      else if (Template == nullptr && Method != nullptr &&
               Method->getParent()->isTemplated())
        Ok = C.unsupported(
            Loc, "async member '" + Function->getQualifiedNameAsString() +
                     "' of a class nested in a class template (or of a "
                     "partial specialization) is not supported yet; only "
                     "members of the class template itself are");
      else if (Template == nullptr)
        Ok = C.unsupported(Loc, "an async friend defined in a class template "
                                "is not supported yet");
      else
        Ok = C.unsupported(Loc, "async member templates of unnamed classes, "
                                "of classes nested in a class template and "
                                "of partial specializations, and async "
                                "friend templates, are not supported yet");
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
      if (Param->isTemplateParameterPack() && Param->getIdentifier() == nullptr)
        Why = "an unnamed template parameter pack; its machine passes each "
              "pack by its name (name it)";
      else if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
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
    unsigned FunctionPacks = 0;
    for (const ParmVarDecl *Param : Pattern->parameters())
      if (Param->isParameterPack() && ++FunctionPacks > 1) {
        Ok = C.unsupported(Param->getLocation(),
                           "an async function with more than one function "
                           "parameter pack is not supported yet");
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
    std::vector<const LambdaExpr *> Captures;
    SourceLocation InitCapturePack;
    std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
      if (S == nullptr)
        return;
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        // A lambda kept across an await is made by a factory that takes the
        // packs as the pack helper does (HoistedLocals.cpp), and one that
        // is not stays in the helper, where the pack is one; but a
        // coroutine lambda is lowered in a machine of its own, which has no
        // pack to capture.
        // An init-capture pack (`[...ys = xs]`) is C++20, which the
        // lowered body, copied as written, may not have.
        for (const LambdaCapture &Capture : Lambda->captures())
          if (Lambda->isInitCapture(&Capture) &&
              Capture.getCapturedVar()->isParameterPack() &&
              InitCapturePack.isInvalid())
            InitCapturePack = Capture.getLocation();
        if (!isa<CoroutineBodyStmt>(Lambda->getBody()))
          return;
        bool Packs = false;
        for (const LambdaCapture &Capture : Lambda->captures())
          Packs |= Capture.isPackExpansion() ||
                   (Capture.capturesVariable() &&
                    Capture.getCapturedVar()->isParameterPack());
        // An implicit capture of the function's pack (`[&]`, `[=]`).
        std::function<void(const Stmt *)> Uses = [&](const Stmt *T) {
          if (T == nullptr || Packs)
            return;
          if (const auto *Ref = dyn_cast<DeclRefExpr>(T))
            if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
              Packs |= Param->isParameterPack() &&
                       Param->getDeclContext() == Pattern;
          for (const Stmt *Child : T->children())
            Uses(Child);
        };
        Uses(Lambda->getBody());
        if (Packs)
          Captures.push_back(Lambda);
        return; // lowered on its own, or refused
      }
      if (isa<CoawaitExpr, DependentCoawaitExpr>(S))
        Awaits.push_back(cast<Expr>(S));
      for (const Stmt *Child : S->children())
        Find(Child);
    };
    Find(Coroutine->getBody());
    if (InitCapturePack.isValid()) {
      Ok = C.unsupported(InitCapturePack,
                         "an init-capture pack (C++20), in an async function "
                         "with packs, whose lowered body is C++17; not "
                         "supported yet");
      return false;
    }
    if (!Captures.empty()) {
      Ok = C.unsupported(Captures.front()->getBeginLoc(),
                         "a coroutine lambda capturing a parameter pack, in "
                         "an async function with packs; not supported yet");
      return false;
    }
    for (const Expr *Await : Awaits) {
      DynTypedNode Node = DynTypedNode::create(*Await);
      for (;;) {
        DynTypedNodeList Parents = C.ast().getParents(Node);
        if (Parents.empty())
          break;
        const auto *Parent = Parents[0].get<Expr>();
        if (Parent == nullptr)
          break;
        // An await that is the whole pattern of an expansion among a
        // call's or a constructor's arguments or a braced list's elements
        // (`f(co_await h(xs)...)`) is one await for each element, lowered
        // one by one in the specialization's machine (ExpressionSpilling,
        // PackGroup); one inside a fold or a larger pattern is refused.
        std::string Why;
        if (isa<CXXFoldExpr>(Parent))
          Why = "inside a fold expression: each element would be an await "
                "of its own, and the fold's operators written between "
                "them";
        else if (isa<PackExpansionExpr>(Parent) &&
                 (Node.get<Expr>() != Await ||
                  !expansionAmongArguments(Parents[0])))
          Why = "inside a pack expansion whose pattern is more than the "
                "co_await, or that is not among a call's or a "
                "constructor's arguments or a braced list's elements: each "
                "element would be an await of its own";
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

  // In a specialization of a template with packs, a temporary that an
  // expression with an await makes inside a pack expansion: the lowering
  // would keep each element's in a field of its own, all spelled with the
  // one text of the pattern. One that is a whole element of an expansion
  // among a call's or a constructor's arguments (`co_await
  // f(std::string(xs)...)`) is made in its field from its element alone
  // (PackExpansionOperands.cpp, PackGroup); one inside an element or a fold
  // is refused.
  bool packTemporariesLowerable(const FunctionDecl *Specialization) {
    const FunctionDecl *Pattern = templatePattern(Specialization);
    const auto *PatternBody =
        Pattern ? dyn_cast_or_null<CoroutineBodyStmt>(Pattern->getBody())
                : nullptr;
    const auto *Body =
        dyn_cast_or_null<CoroutineBodyStmt>(Specialization->getBody());
    if (PatternBody == nullptr || Body == nullptr)
      return true;
    std::vector<SourceRange> Expansions, Elements;
    std::function<void(const Stmt *)> FindExpansions = [&](const Stmt *S) {
      if (S == nullptr)
        return;
      if (isa<PackExpansionExpr, CXXFoldExpr>(S))
        Expansions.push_back(S->getSourceRange());
      if (const auto *Expansion = dyn_cast<PackExpansionExpr>(S))
        Elements.push_back(Expansion->getPattern()->getSourceRange());
      for (const Stmt *Child : S->children())
        FindExpansions(Child);
    };
    FindExpansions(PatternBody->getBody());
    if (Expansions.empty())
      return true;
    SourceManager &SM = C.sources();
    auto InExpansion = [&](SourceLocation Loc) {
      Loc = SM.getExpansionLoc(Loc);
      return llvm::any_of(Expansions, [&](SourceRange R) {
        return SM.isPointWithin(Loc, SM.getExpansionLoc(R.getBegin()),
                                SM.getExpansionLoc(R.getEnd()));
      });
    };
    std::vector<const Expr *> Roots;
    std::function<void(const Stmt *)> FindAwaits = [&](const Stmt *S) {
      if (S == nullptr || isa<LambdaExpr>(S))
        return;
      if (const auto *Await = dyn_cast<CoawaitExpr>(S)) {
        DynTypedNode Node = DynTypedNode::create(*Await);
        const Expr *Root = Await;
        for (;;) {
          DynTypedNodeList Parents = C.ast().getParents(Node);
          if (Parents.empty() || Parents[0].get<Expr>() == nullptr)
            break;
          Root = Parents[0].get<Expr>();
          Node = Parents[0];
        }
        Roots.push_back(Root);
      }
      for (const Stmt *Child : S->children())
        FindAwaits(Child);
    };
    FindAwaits(Body->getBody());
    for (const Expr *Root : Roots) {
      const Expr *Found = nullptr;
      std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
        if (S == nullptr || Found != nullptr || isa<LambdaExpr>(S))
          return;
        // An await's operand, a temporary of its own, becomes its awaiter
        // (`f(co_await h(xs)...)`); what the operand makes is looked at.
        if (const auto *Await = dyn_cast<CoawaitExpr>(S)) {
          Walk(Await->getOperand()->IgnoreImplicit());
          return;
        }
        if (isa<MaterializeTemporaryExpr>(S) && InExpansion(S->getBeginLoc()) &&
            !llvm::is_contained(Elements, S->getSourceRange()))
          Found = cast<Expr>(S);
        for (const Stmt *Child : S->children())
          Walk(Child);
      };
      Walk(Root);
      if (Found != nullptr) {
        Ok = C.unsupported(
            Found->getBeginLoc(),
            "a temporary made inside a pack expansion (not a whole "
            "element of one among a call's arguments), in an expression "
            "with a co_await; not supported yet (name it first)",
            Found->getSourceRange());
        return false;
      }
    }
    return true;
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
    if (!packTemporariesLowerable(Specialization))
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
    for (const Use &U : Uses)
      Found.push_back(U.Specialization);
  }

  void addFunctionTemplate(const FunctionDecl *Pattern,
                           const FunctionTemplateDecl *Template) {
    if (!declarable(Template->getTemplateParameters()) ||
        !packsLowerable(Pattern, Template->getTemplateParameters()))
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

  void addMemberOfClassTemplate(const CXXMethodDecl *Pattern,
                                const ClassTemplateDecl *Class) {
    if (!declarable(Class->getTemplateParameters()) ||
        !packsLowerable(Pattern, Class->getTemplateParameters()))
      return;
    std::vector<Use> Uses;
    for (const ClassTemplateSpecializationDecl *Specialization :
         Class->specializations()) {
      if (Specialization->getSpecializationKind() == TSK_ExplicitSpecialization)
        continue;
      for (const CXXMethodDecl *Member : Specialization->methods())
        if (const FunctionDecl *From =
                Member->getInstantiatedFromMemberFunction();
            From != nullptr &&
            From->getCanonicalDecl() == Pattern->getCanonicalDecl())
          addUse(Uses, Member);
    }
    addUses(Pattern, Uses);
  }

  // The specializations of a member template of a class template are
  // those of the member template each specialization of the class
  // instantiates from it.
  void addMemberTemplateOfClassTemplate(const CXXMethodDecl *Pattern,
                                        const FunctionTemplateDecl *Template,
                                        const ClassTemplateDecl *Class) {
    if (!declarable(Class->getTemplateParameters()) ||
        !declarable(Template->getTemplateParameters()) ||
        !packsLowerable(Pattern, Class->getTemplateParameters()) ||
        !packsLowerable(Pattern, Template->getTemplateParameters()))
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
      for (const Decl *Member : Specialization->decls())
        if (const auto *Instantiated = dyn_cast<FunctionTemplateDecl>(Member))
          if (const FunctionTemplateDecl *From =
                  Instantiated->getInstantiatedFromMemberTemplate();
              From != nullptr &&
              From->getCanonicalDecl() == Template->getCanonicalDecl())
            for (const FunctionDecl *Used : Instantiated->specializations())
              addUse(Uses, Used);
    }
    addUses(Pattern, Uses);
  }

  LoweringContext &C;
  std::vector<const FunctionDecl *> Found;
  std::vector<const FunctionDecl *> Patterns;
  std::vector<const LambdaExpr *> GenericLambdas;
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

const TemplateParameterList *
templateParameters(const FunctionDecl *Specialization) {
  if (const FunctionTemplateDecl *Template =
          Specialization->getPrimaryTemplate())
    return Template->getTemplateParameters();
  const auto *Class = cast<ClassTemplateSpecializationDecl>(
      cast<CXXMethodDecl>(Specialization)->getParent());
  return Class->getSpecializedTemplate()->getTemplateParameters();
}

std::vector<TemplateArgumentOf>
templateArgumentsOf(const FunctionDecl *Specialization) {
  std::vector<TemplateArgumentOf> Out;
  auto Add = [&](const TemplateParameterList *Params,
                 llvm::ArrayRef<TemplateArgument> Args) {
    for (unsigned I = 0; I < Params->size() && I < Args.size(); ++I)
      Out.push_back({Params->getParam(I), &Args[I]});
  };
  const auto *Class = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      dyn_cast<CXXRecordDecl>(Specialization->getDeclContext()));
  if (Specialization->getPrimaryTemplate() != nullptr && Class != nullptr)
    Add(Class->getSpecializedTemplate()->getTemplateParameters(),
        Class->getTemplateArgs().asArray());
  Add(templateParameters(Specialization), templateArguments(Specialization));
  return Out;
}

llvm::ArrayRef<TemplateArgument>
templateArguments(const FunctionDecl *Specialization) {
  if (const TemplateArgumentList *Args =
          Specialization->getTemplateSpecializationArgs())
    return Args->asArray();
  const auto *Class = cast<ClassTemplateSpecializationDecl>(
      cast<CXXMethodDecl>(Specialization)->getParent());
  return Class->getTemplateArgs().asArray();
}

// A pack's elements count as arguments of their own (`<int, long>`), as in
// the specialization's name.
static void flattenPacks(llvm::ArrayRef<TemplateArgument> Args,
                         std::vector<TemplateArgument> &Out) {
  for (const TemplateArgument &Arg : Args)
    if (Arg.getKind() == TemplateArgument::Pack)
      flattenPacks(Arg.pack_elements(), Out);
    else
      Out.push_back(Arg);
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
  std::vector<TemplateArgument> Args;
  flattenPacks(Packed, Args);
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
