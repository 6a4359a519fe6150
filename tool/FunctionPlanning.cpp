//===- FunctionPlanning.cpp - A plan for each function --------------------===//
//
// Plans every async function of the file before any is rewritten, so that
// all errors are reported in one run: its machine's name and members, its
// suspension points, the locals it lifts and its try blocks' dispatch
// (Lowering.h's phases). A template's specializations share a machine
// template's name, a generic lambda's a machine name.
//
//===----------------------------------------------------------------------===//

#include "CapturedPacks.h"
#include "FileLowering.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynclower {
namespace {

// Where the first coroutine (an async member function, a coroutine lambda)
// that Tag defines is, in itself or a class inside it; invalid if none.
SourceLocation coroutineIn(const TagDecl *Tag) {
  struct Finder : RecursiveASTVisitor<Finder> {
    SourceLocation Found;
    bool VisitFunctionDecl(FunctionDecl *F) {
      if (F->getBody() != nullptr && isa<CoroutineBodyStmt>(F->getBody()))
        Found = F->getLocation();
      return Found.isInvalid();
    }
    bool VisitLambdaExpr(LambdaExpr *Lambda) {
      if (isa<CoroutineBodyStmt>(Lambda->getBody()))
        Found = Lambda->getBeginLoc();
      return Found.isInvalid();
    }
  } Coroutines;
  Coroutines.TraverseDecl(const_cast<TagDecl *>(Tag));
  return Coroutines.Found;
}

// Where the first coroutine defined by a class local to Body is (a class
// declared in Body, or in a class or lambda there); invalid if none.
SourceLocation coroutineInLocalClass(const Stmt *Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    SourceLocation Found;
    bool VisitDeclStmt(DeclStmt *Decls) {
      for (const Decl *D : Decls->decls())
        if (const auto *Tag = dyn_cast<TagDecl>(D); Tag && Found.isInvalid())
          Found = coroutineIn(Tag);
      return Found.isInvalid();
    }
  } Classes;
  Classes.TraverseStmt(const_cast<Stmt *>(Body));
  return Classes.Found;
}

// A namespace, class or template named asl other than the runtime's that
// a using-directive in effect at Function brings into the scope where its
// machine is written (found in the nominated namespace, or in one that
// namespace nominates in turn), or null. Unqualified, `asl` then names
// both, which is ambiguous ([namespace.udir]/6); the program itself may
// still write `::asl::`. A directive in a scope around the function counts
// when it is written before the function's end, or anywhere for a
// template's specialization, whose machine follows the file's code; one in
// a function around it (a coroutine lambda's), in the body included, when
// it is in that function at all.
const UsingDirectiveDecl *directiveNamingAsl(const FunctionDecl *Function,
                                             const NamedDecl *&Clash) {
  ASTContext &Ctx = Function->getASTContext();
  const SourceManager &SM = Ctx.getSourceManager();
  IdentifierInfo &Runtime = Ctx.Idents.get("asl");
  const NamespaceDecl *Ours = nullptr;
  for (const NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(&Runtime))
    if (const auto *NS = dyn_cast<NamespaceDecl>(D))
      Ours = NS->getCanonicalDecl();
  auto IsOurs = [&](const NamedDecl *D) {
    D = D->getUnderlyingDecl();
    if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(D))
      D = Alias->getNamespace();
    const auto *NS = dyn_cast<NamespaceDecl>(D);
    return NS != nullptr && NS->getCanonicalDecl() == Ours;
  };
  // What `asl` finds through the directive, transitively.
  auto Through = [&](const UsingDirectiveDecl *Directive) {
    llvm::SmallPtrSet<const NamespaceDecl *, 4> Seen;
    std::vector<const NamespaceDecl *> Work = {
        Directive->getNominatedNamespace()};
    while (!Work.empty()) {
      const NamespaceDecl *NS = Work.back();
      Work.pop_back();
      if (NS == nullptr || !Seen.insert(NS->getCanonicalDecl()).second)
        continue;
      for (const NamedDecl *Found : NS->lookup(&Runtime))
        if (isa<NamespaceDecl, NamespaceAliasDecl, TypeDecl, TemplateDecl>(
                Found->getUnderlyingDecl()) &&
            !IsOurs(Found))
          return Found;
      for (const UsingDirectiveDecl *Next : NS->using_directives())
        Work.push_back(Next->getNominatedNamespace());
    }
    return static_cast<const NamedDecl *>(nullptr);
  };
  bool Anywhere = Function->getTemplateInstantiationPattern() != nullptr;
  for (const DeclContext *Around = Function; Around != nullptr;
       Around = Around->getLexicalParent()) {
    std::vector<const UsingDirectiveDecl *> Directives;
    if (const auto *Enclosing = dyn_cast<FunctionDecl>(Around)) {
      struct Finder : RecursiveASTVisitor<Finder> {
        std::vector<const UsingDirectiveDecl *> *Out;
        bool VisitUsingDirectiveDecl(UsingDirectiveDecl *D) {
          Out->push_back(D);
          return true;
        }
      } Find;
      Find.Out = &Directives;
      if (Enclosing->getBody() != nullptr)
        Find.TraverseStmt(Enclosing->getBody());
    } else if (!Around->isFunctionOrMethod()) {
      for (const UsingDirectiveDecl *D : Around->using_directives())
        if (Anywhere || SM.isBeforeInTranslationUnit(D->getLocation(),
                                                     Function->getEndLoc()))
          Directives.push_back(D);
    }
    for (const UsingDirectiveDecl *Directive : Directives)
      if ((Clash = Through(Directive)) != nullptr)
        return Directive;
  }
  return nullptr;
}

} // namespace

// The word a machine's name starts with: the function's name, or for an
// operator function a spelled-out one (`operator()` gives
// `operator_call`), or an empty string when there is none.
std::string machineStem(const FunctionDecl *Function) {
  if (Function->getIdentifier())
    return Function->getName().str();
  switch (Function->getOverloadedOperator()) {
#define OVERLOADED_OPERATOR(Name, Spelling, Token, Unary, Binary, MemberOnly)  \
  case OO_##Name:                                                              \
    return "operator_" + llvm::StringRef(#Name).lower();
#include "clang/Basic/OperatorKinds.def"
  default:
    return "";
  }
}

// The names of the members every machine has, and of the unnamed
// parameters it keeps: the same for each specialization of a function
// template as for the template's own ramp, which passes those parameters.
void nameMembers(LoweringContext &C, FunctionPlan &Plan) {
  Plan.FileNames = &C.takenNames();
  Plan.State = Plan.fresh("state_");
  Plan.Builder = "builder_"; // asl::start and the builder name it
  Plan.This = Plan.fresh("this_");
  Plan.Finish = Plan.fresh("finish_");
  Plan.DestroyLive = Plan.fresh("destroy_live");
  // A coroutine lambda's parameters are the lambda's own text; its unnamed
  // ones of class type are named once it is known whether its head stays
  // (nameUnnamedLambdaParams).
  //
  // Other unnamed parameters get a name, so that the ramp can pass them: a
  // template's ramp names all of them, whose types it does not know.
  const FunctionDecl *Function = Plan.Function;
  bool Template = Plan.Specialization || Function->isTemplated();
  if (Plan.Closure == nullptr)
    for (const ParmVarDecl *Param : Function->parameters())
      if (Param->getIdentifier() == nullptr &&
          (Template || Param->getType()->isRecordType()) &&
          Param->getTypeSourceInfo() != nullptr &&
          Param->getTypeSourceInfo()->getTypeLoc().getEndLoc().isFileID())
        Plan.UnnamedParams[Param] = Plan.fresh(
            "param" + std::to_string(Param->getFunctionScopeIndex()) + "_");
  if (Plan.Specialization)
    packHelper(C, Plan);
  else if (Plan.GenericCall)
    genericPackHelper(C, Plan);
}

// A function-try-block's handlers catch what the whole body throws
// ([except.pre]/4), and a coroutine's parameters are copied before its
// body ([dcl.fct.def.coroutine]/13), so the handlers do not see what a
// copy throws: the body is lowered as the block `{ try {...} catch ... }`.
// clang wraps the try statement in a block of its own, written nowhere; the
// one made here spans it from `try` to the last handler's closing brace,
// which the phases take for its braces (text before `try` is the ramp's
// head, edits at the end of the block go into the last handler, never made
// on the outermost block).
const CompoundStmt *writtenBody(LoweringContext &C,
                                const FunctionDecl *Function,
                                bool *FunctionTryBlock) {
  if (FunctionTryBlock != nullptr)
    *FunctionTryBlock = false;
  const auto *Coroutine =
      dyn_cast_or_null<CoroutineBodyStmt>(Function->getBody());
  if (Coroutine == nullptr)
    return nullptr;
  const auto *Body = dyn_cast<CompoundStmt>(Coroutine->getBody());
  if (Body == nullptr || Body->getLBracLoc().isValid())
    return Body;
  const auto *Try =
      Body->size() == 1 ? dyn_cast<CXXTryStmt>(Body->body_front()) : nullptr;
  if (Try == nullptr || Try->getBeginLoc().isInvalid())
    return nullptr;
  if (FunctionTryBlock != nullptr)
    *FunctionTryBlock = true;
  Stmt *Whole = const_cast<CXXTryStmt *>(Try);
  return CompoundStmt::Create(C.ast(), Whole, FPOptionsOverride(),
                              Try->getBeginLoc(), Try->getEndLoc());
}

std::string bodyText(LoweringContext &C, const FunctionPlan &Plan) {
  std::string Text = C.text(Plan.Body->getSourceRange());
  return Plan.FunctionTryBlock ? "{\n" + Text + "\n}" : Text;
}

bool planFunction(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Function = Plan.Function;
  Plan.Body = writtenBody(C, Function, &Plan.FunctionTryBlock);
  if (Plan.Body == nullptr)
    return C.unsupported(Function->getLocation(),
                         "an async function without a body written in "
                         "braces is not supported");
  // The body's text is moved from where its braces (`try` and the last
  // handler's brace) are written: a macro writing either would be moved as
  // its name. (A whole function a macro writes is refused as such.)
  if (Function->getLocation().isFileID() &&
      (Plan.Body->getLBracLoc().isMacroID() ||
       Plan.Body->getRBracLoc().isMacroID()))
    return C.unsupported(
        C.sources().getExpansionLoc(Plan.Body->getLBracLoc()),
        Plan.FunctionTryBlock
            ? "an async function whose function-try-block a macro writes "
              "(its 'try' or its last handler's closing brace) is not "
              "supported; write them out"
            : "an async function whose body's opening or closing brace a "
              "macro writes is not supported; write the braces out");
  // A parameter is a field of the same name, which the body uses as is.
  for (const ParmVarDecl *Param : Function->parameters())
    if (Param->getIdentifier() &&
        llvm::is_contained(machineMemberNames(), Param->getName()))
      return C.unsupported(Param->getLocation(),
                           "parameter '" + Param->getName().str() +
                               "' has the name of a member the state machine "
                               "needs; rename it");
  // The machine names the runtime `asl::...`: a namespace or class named
  // asl in a scope around the function, other than the runtime's own,
  // would be found first.
  IdentifierInfo &Runtime = Function->getASTContext().Idents.get("asl");
  for (const DeclContext *Around :
       {Function->getDeclContext(), Function->getLexicalDeclContext()})
    for (; Around != nullptr && !Around->isTranslationUnit();
         Around = Around->getParent())
      for (const NamedDecl *Found : Around->lookup(&Runtime))
        if (isa<NamespaceDecl, NamespaceAliasDecl, TypeDecl, TemplateDecl>(
                Found->getUnderlyingDecl()))
          return C.unsupported(
              Function->getLocation(),
              "'" + Found->getQualifiedNameAsString() +
                  "' hides the runtime's namespace asl, which the state "
                  "machine names as 'asl::'; rename it, or define the "
                  "async function outside its scope");
  if (const NamedDecl *Clash = nullptr;
      const UsingDirectiveDecl *Directive = directiveNamingAsl(Function, Clash))
    return C.unsupported(
        Function->getLocation(),
        "the using-directive at line " +
            std::to_string(C.line(Directive->getLocation())) + " brings '" +
            Clash->getQualifiedNameAsString() +
            "' into scope, so the name asl is ambiguous where the state "
            "machine names the runtime as 'asl::'; rename it, or remove "
            "the using-directive");
  const auto *Method = dyn_cast<CXXMethodDecl>(Function);
  if (Method != nullptr && Method->getParent()->isLambda())
    Plan.Closure = Method->getParent();
  else if (machineStem(Function).empty())
    return C.unsupported(Function->getLocation(),
                         "only named functions and operator functions can "
                         "be async");
  // A lambda that captures `this` reaches the object of the member function
  // around it; its machine holds that pointer as a member function's does.
  // One that captures `*this` reaches the closure's copy of that object, which
  // its body names `this` too ([expr.prim.this]), so the ramp passes the same
  // pointer; the copy is const unless the lambda is mutable.
  const LambdaCapture *ThisCapture = nullptr;
  if (Plan.Closure != nullptr)
    for (const LambdaCapture &Capture : Plan.Closure->captures())
      if (Capture.capturesThis())
        ThisCapture = &Capture;
  if (ThisCapture != nullptr) {
    for (const DeclContext *Outer = Plan.Closure->getDeclContext();
         Outer != nullptr && Plan.Method == nullptr; Outer = Outer->getParent())
      if (const auto *Around = dyn_cast<CXXMethodDecl>(Outer))
        if (!Around->getParent()->isLambda() && Around->isInstance())
          Plan.Method = Around;
    if (Plan.Method == nullptr)
      return C.unsupported(Function->getLocation(),
                           "a coroutine lambda that captures 'this' outside "
                           "a member function (in a default member "
                           "initializer) is not supported yet; initialize "
                           "the member in a constructor instead");
    Plan.ThisType = Plan.Method->getThisType();
    if (ThisCapture->getCaptureKind() == LCK_StarThis) {
      QualType Copy = C.ast().getRecordType(Plan.Method->getParent());
      if (Method->isConst())
        Copy.addConst();
      Plan.ThisType = C.ast().getPointerType(Copy);
    }
  }
  if (Method != nullptr && Plan.Closure == nullptr) {
    Plan.NestIn = Method->getParent();
    if (Method->isInstance()) {
      Plan.Method = Method;
      Plan.ThisType = Method->getThisType();
    }
    if (Method->isOutOfLine() &&
        !C.sources().isInMainFile(Plan.NestIn->getLocation()))
      return C.unsupported(Function->getLocation(),
                           "async member defined outside a class that is "
                           "defined in another file; its machine must be "
                           "declared in the class");
  }
  // A friend defined in its class (a hidden friend) finds the class's names
  // and reaches its private members, as a member does: so does its machine,
  // a member of that class.
  bool InClass = isa<CXXRecordDecl>(Function->getLexicalDeclContext());
  if (Method == nullptr && InClass)
    Plan.NestIn = cast<CXXRecordDecl>(Function->getLexicalDeclContext());
  // A definition after the class needs a name for each class around it; a
  // local class may not have its members defined outside it.
  //
  // An unnamed class (`static struct {...} svc;`, a member `struct {...}
  // inner;`) is named there through an alias of what is declared with it,
  // `using get_class = decltype(::svc);`: a qualified name may not begin
  // with decltype ([class.pre]/3, [dcl.meaning]/1). A non-static member's
  // machine needs it, as it holds a pointer to the object, which inside the
  // class it could spell only as `decltype(::svc)`, not declared until the
  // class is complete; other functions keep their machines in the class.
  bool Unnamed = false;
  if (Plan.NestIn != nullptr)
    for (const DeclContext *Around = Plan.NestIn;
         const auto *Record = dyn_cast<CXXRecordDecl>(Around);
         Around = Around->getLexicalParent()) {
      if (InClass && Record->isLocalClass())
        Plan.DefinedInClass = true;
      if (Record->getIdentifier() == nullptr &&
          Record->getTypedefNameForAnonDecl() == nullptr)
        Unnamed = true;
    }
  bool Instance = Plan.Method != nullptr && Plan.Closure == nullptr;
  QualType Class;
  if (Plan.NestIn != nullptr)
    Class = C.ast().getRecordType(Plan.NestIn);
  if (Unnamed && InClass && !Instance)
    Plan.DefinedInClass = true;
  else if (Unnamed && !Plan.DefinedInClass && unnameable(Class).empty())
    Plan.ClassAlias = C.freshName(machineStem(Function) + "_class");
  // A member of a local class, or of an unnamed class that nothing declared
  // with it names, keeps its machine in the class, which cannot name it.
  if (Unnamed && Instance && Plan.ClassAlias.empty())
    return C.unsupported(Function->getLocation(),
                         "an async member function of an unnamed class "
                         "(or of a class inside one) that is local to a "
                         "function, or that no variable, member or alias "
                         "declared with it names, is not supported yet: its "
                         "machine, inside the class, cannot name the class; "
                         "give the class a name");
  // FIXME: an async member (or a coroutine lambda) of a class local to an
  // async function is not lowered: the class either stays in the body,
  // where both lowerings would edit the same text, or moves as written into
  // the class before the machine ("Lambdas and types declared in the
  // body"), keeping its co_await and co_return.
  if (SourceLocation Inner = coroutineInLocalClass(Plan.Body); Inner.isValid())
    return C.unsupported(Inner, "a coroutine inside a class local to an async "
                                "function is not supported yet");
  // A specialization's machine goes after the file's code, in the
  // namespaces of its template (TemplateMachines).
  if (Plan.NestIn == nullptr && Plan.Closure == nullptr && !Plan.Specialization)
    reopenNamespaces(Plan);

  nameMembers(C, Plan);
  if (!capturedPackHelper(C, Plan))
    return false;
  if (Plan.MachineName.empty()) // a nested lambda's is named already
    Plan.MachineName = C.freshName(
        Plan.Closure ? "lambda_machine" : machineStem(Function) + "_machine");

  C.setMacroBody(Plan.Body);
  auto InPlan = C.enterPlan(Plan);
  if (!collectSuspensionPoints(C, Plan))
    return false;
  for (AwaitSite &Site : Plan.Awaits)
    Site.Field = Plan.fresh("awaiter" + std::to_string(Site.State) + "_");
  // The copies a lambda's captures make before an await of a later
  // init-capture, which the hoisting, the spilling and the named closures
  // all name.
  planEarlyCopies(Plan);
  return liftLocals(C, Plan) && planTryDispatch(C, Plan);
}

void FileLowering::planFunctions(
    llvm::ArrayRef<const FunctionDecl *> Functions,
    std::vector<std::vector<NamedClosure>> &Closures) {
  std::map<std::string, std::string> ClosureMachines;
  for (size_t I = 0; I < Functions.size(); ++I) {
    FunctionPlan Plan;
    Plan.Function = Functions[I];
    Plan.Closures = std::move(Closures[I]);
    // The machines of a generic lambda's specializations share a name:
    // each is in a block of its own.
    GenericLambda *Generic = genericLambdaOf(Functions[I]);
    if (Generic != nullptr && !Generic->MachineName.empty())
      Plan.MachineName = Generic->MachineName;
    // A nested lambda's machine is named after its closure: child_machine
    // (the same for closures that share a name, ClosureNaming.cpp, each in
    // a machine of its own).
    else if (const auto *Call = dyn_cast<CXXMethodDecl>(Functions[I]))
      if (auto It = Names.find(Call->getParent()); It != Names.end()) {
        std::string &Name = ClosureMachines[It->second];
        if (Name.empty())
          Name = C.freshName(
              llvm::StringRef(It->second).drop_back(strlen("closure")).str() +
              "machine");
        Plan.MachineName = Name;
      }
    if (Generic != nullptr) {
      Plan.GenericCall = true;
      if (Plan.MachineName.empty())
        Plan.MachineName = C.freshName("lambda_machine");
      Generic->MachineName = Plan.MachineName;
    }
    TemplateMachines *Machine = machinesOf(Functions[I]);
    if (Machine != nullptr) {
      if (Failed.contains(Machine->Pattern))
        continue;
      Plan.Specialization = true;
      Plan.MachineName = Machine->MachineName;
      Plan.SharedLocalsName = &Machine->LocalsName;
      if (Functions[I]->getPrimaryTemplate() != nullptr) {
        // The machine template has a parameter for each named parameter
        // of the function template only: the ramp cannot pass the others.
        const TemplateParameterList *Params = templateParameters(Functions[I]);
        llvm::ArrayRef<TemplateArgument> Args = templateArguments(Functions[I]);
        // Its pack last, as the machine template has it.
        std::vector<TemplateArgument> Named;
        std::vector<std::string> NamedParams;
        for (bool Packs : {false, true})
          for (unsigned K = 0; K < Params->size() && K < Args.size(); ++K)
            if (Params->getParam(K)->getIdentifier() != nullptr &&
                Params->getParam(K)->isTemplateParameterPack() == Packs) {
              Named.push_back(Args[K]);
              NamedParams.push_back(Params->getParam(K)->getNameAsString());
            }
        nameClosureParams(C, Plan, Params, Args);
        setPlanClosureNames(&Plan.ClosureParams);
        // A parameter of a machine generic over closures is its own
        // argument, also where it is given a reference to the closure
        // (`F` for `add_closure &`, which the machine spells
        // `std::decay_t<F> &`).
        std::vector<std::string> Spelled;
        for (size_t K = 0; K < Named.size(); ++K) {
          if (llvm::is_contained(Plan.MachineTemplateParams, NamedParams[K])) {
            Spelled.push_back(NamedParams[K]);
            continue;
          }
          // `<int, long>`, or `<>` for an empty pack.
          std::string One = spellTemplateArguments(Ctx, Named[K]);
          if (One.size() > 2)
            Spelled.push_back(One.substr(1, One.size() - 2));
        }
        Plan.MachineArgs = "<" + llvm::join(Spelled, ", ") + ">";
        setPlanClosureNames(nullptr);
        // A member template's definition for a specialization of its class
        // (nameClosureParams): its arguments are its parameters.
        if (llvm::StringRef(Plan.MachineTemplateHead)
                .starts_with("template <> "))
          Plan.MachineArgs =
              "<" + llvm::join(Plan.MachineTemplateParams, ", ") + ">";
        // A member template's specializations in different
        // specializations of its class (or of the class template around
        // it) are different machines.
        // A friend's class is where it is defined.
        std::string Key = Plan.MachineArgs;
        const DeclContext *Home = isa<CXXMethodDecl>(Functions[I])
                                      ? Functions[I]->getDeclContext()
                                      : Functions[I]->getLexicalDeclContext();
        if (const auto *Class = dyn_cast<CXXRecordDecl>(Home))
          Key = spellWrittenType(Ctx, Ctx.getRecordType(Class)) + Key;
        // Machines generic over closures of the same arguments otherwise
        // are one, if their texts agree (checked as they are emitted).
        if (!Plan.MachineTemplateHead.empty())
          Machine->Seen.erase(Key);
        if (!Machine->Seen.insert(Key).second) {
          C.unsupported(Machine->Pattern->getLocation(),
                        "two specializations of this async function "
                        "template differ only in its unnamed template "
                        "parameters, which its machine template does not "
                        "have; not supported yet (name them)");
          Ok = false;
          Failed.insert(Machine->Pattern);
          continue;
        }
      } else {
        nameClassClosureParams(C, Plan);
      }
    }
    setPlanClosureNames(&Plan.ClosureParams);
    bool Planned = (Machine == nullptr || templateMembers(C, Plan)) &&
                   planFunction(C, Plan);
    setPlanClosureNames(nullptr);
    // The class of the types and lambdas it keeps is no template, and
    // could not name the closures.
    // The tags of template template parameters are members of both the
    // machine and that class, its base, and would differ in a factory's
    // parameters.
    if (Planned && Plan.Specialization && !Plan.LocalsName.empty() &&
        templateTemplateTags(Plan.Function))
      Planned = C.unsupported(
          Plan.Function->getLocation(),
          "an async template with a template template parameter after a "
          "pack of them whose machine keeps a type declared in its body "
          "or a lambda's closure; not supported yet");
    if (Planned && !Plan.MachineTemplateHead.empty() &&
        !Plan.LocalsName.empty())
      Planned = C.unsupported(
          SM.getExpansionLoc(Plan.Function->getPointOfInstantiation()),
          "a specialization of an async template given a lambda's "
          "closure type, whose machine keeps a type declared in its body "
          "or a lambda's closure; not supported yet");
    if (Planned) {
      Plans.push_back(std::move(Plan));
    } else {
      Ok = false;
      if (Machine != nullptr)
        Failed.insert(Machine->Pattern);
    }
  }
}

} // namespace asynclower
