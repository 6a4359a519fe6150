//===- ClosureNaming.cpp - Names of nested closures -----------------------===//
//
// A coroutine lambda inside a coroutine is lowered first, and its closure
// becomes a class of the machine around it, named after the variable the
// lambda initializes (NamedClosure). A specialization given closure types
// names them by its template parameters; an unnamed parameter of a
// coroutine lambda that the machine keeps gets a name.
//
//===----------------------------------------------------------------------===//

#include "FileLowering.h"
#include "LambdaHeads.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace asynclower {
namespace {

// The coroutine lambdas directly inside Body (not inside another coroutine
// lambda there), in source order, each with the variable it initializes.
void findNestedLambdas(
    const Stmt *Body,
    std::vector<std::pair<const LambdaExpr *, const VarDecl *>> &Found) {
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (S == nullptr)
      return;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      if (isa<CoroutineBodyStmt>(Lambda->getBody())) {
        Found.push_back({Lambda, nullptr});
        return;
      }
    if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : Decls->decls()) {
        const auto *Var = dyn_cast<VarDecl>(D);
        if (Var == nullptr || Var->isCXXForRangeDecl() ||
            Var->getInit() == nullptr)
          continue;
        const auto *Lambda =
            dyn_cast<LambdaExpr>(Var->getInit()->IgnoreImplicit());
        if (Lambda != nullptr && isa<CoroutineBodyStmt>(Lambda->getBody()))
          Found.push_back({Lambda, Var});
        else
          Visit(Var->getInit());
      }
      return;
    }
    forEachWrittenChild(S, Visit);
  };
  Visit(Body);
}

// A generic lambda's call operator as a member template of its named
// closure: a template parameter for each 'auto' of its parameter list, and
// the list with their names written for the 'auto's. Invented holds the
// names by position, the same in every closure of the file. An unnamed
// parameter whose type depends on an 'auto' is named there after its type,
// as the branch conditions name it (Unnamed, genericCallCondition).
void nameGenericCall(
    LoweringContext &C, NamedClosure &Closure,
    std::map<unsigned, std::string> &Invented,
    llvm::DenseMap<const ParmVarDecl *, std::string> &Unnamed) {
  const CXXMethodDecl *Call = Closure.Lambda->getCallOperator();
  SourceManager &SM = C.sources();
  FunctionTypeLoc Declarator = Call->getFunctionTypeLoc();
  SourceLocation Open = Declarator.getLParenLoc();
  std::string Params = C.originalText({Open, Declarator.getRParenLoc()}).str();
  // Each invented parameter's name, by its index; the edits of the list, by
  // offset: an 'auto' replaced by its name, a name inserted.
  std::map<unsigned, std::string> Names;
  std::multimap<unsigned, std::pair<unsigned, std::string>> Edits;
  std::set<unsigned> Packs; // `auto...`
  // A template parameter list (C++20) is written as it is in the member
  // template's head, and with 'auto' in the lambda (cxx17LambdaHead).
  llvm::ArrayRef<NamedDecl *> Explicit =
      Closure.Lambda->getExplicitTemplateParameters();
  for (const NamedDecl *Param : Explicit)
    Names[cast<TemplateTypeParmDecl>(Param)->getIndex()] =
        C.originalText(Param->getSourceRange()).str();
  for (const ParmVarDecl *Param : Call->parameters()) {
    if (Param->getTypeSourceInfo() == nullptr)
      continue;
    for (TypeLoc Loc = Param->getTypeSourceInfo()->getTypeLoc(); !Loc.isNull();
         Loc = Loc.getNextTypeLoc()) {
      auto Auto = Loc.getUnqualifiedLoc().getAs<TemplateTypeParmTypeLoc>();
      if (!Auto)
        continue;
      unsigned Index = Auto.getDecl()->getIndex();
      if (Index < Explicit.size())
        continue;
      if (Auto.getDecl()->isParameterPack())
        Packs.insert(Index);
      if (!Invented.count(Index))
        Invented[Index] = C.freshName("auto" + std::to_string(Index) + "_");
      Names[Index] = Invented[Index];
      SourceLocation At = SM.getExpansionLoc(Auto.getNameLoc());
      unsigned Offset = SM.getFileOffset(At) - SM.getFileOffset(Open);
      // A qualified 'auto' is met twice, qualified and not.
      if (llvm::StringRef(Params).substr(Offset).starts_with("auto") &&
          !Edits.count(Offset))
        Edits.insert({Offset, {strlen("auto"), Names[Index]}});
    }
    if (Param->getIdentifier() != nullptr ||
        !Param->getType()->isDependentType())
      continue;
    std::string &Given = Unnamed[Param];
    // The instantiations of one lambda in an async template's
    // specializations, at one place, share it.
    for (const auto &[Other, Name] : Unnamed)
      if (Given.empty() && Other != Param && !Name.empty() &&
          Other->getLocation() == Param->getLocation())
        Given = Name;
    if (Given.empty())
      Given = C.freshName("param" +
                          std::to_string(Param->getFunctionScopeIndex()) + "_");
    SourceLocation After = Lexer::getLocForEndOfToken(
        SM.getExpansionLoc(
            Param->getTypeSourceInfo()->getTypeLoc().getEndLoc()),
        0, SM, C.langOpts());
    Edits.insert(
        {SM.getFileOffset(After) - SM.getFileOffset(Open), {0, " " + Given}});
  }
  // The lambda's own list, for a closure made by a factory: with 'auto'
  // for a template parameter list's types, and the names given.
  std::vector<HeadEdit> Cxx17;
  cxx17LambdaHead(C, Closure.Lambda, Cxx17);
  auto WrittenEdits = headEditOffsets(C, Open, Params.size(), Cxx17);
  for (const auto &Edit : Edits)
    if (Edit.second.first == 0)
      WrittenEdits.insert(Edit);
  std::string Written = Params;
  for (auto It = WrittenEdits.rbegin(); It != WrittenEdits.rend(); ++It)
    Written.replace(It->first, It->second.first, It->second.second);
  for (auto It = Edits.rbegin(); It != Edits.rend(); ++It)
    Params.replace(It->first, It->second.first, It->second.second);
  Closure.LambdaParams = Written;
  std::string Head;
  for (const auto &[Index, Name] : Names)
    Head += std::string(Head.empty() ? "" : ", ") +
            (Index < Explicit.size() ? ""
             : Packs.count(Index)    ? "class... "
                                     : "class ") +
            Name;
  Closure.TemplateHead = "template <" + Head + ">\n";
  Closure.Params = Params;
}

// A generic coroutine lambda inside a coroutine lambda keeps its own
// closure type (NamedClosure::Factory): the factory takes each capture by
// an lvalue reference of its name, so that the lambda's captures, written
// as they are, copy or refer to the machine's objects, a by-copy capture
// copied once as natively.
void nameClosureFactory(LoweringContext &C, NamedClosure &Closure,
                        const VarDecl *Var) {
  ASTContext &Ctx = C.ast();
  Closure.Factory = C.freshName(
      (Var != nullptr ? Var->getName() : llvm::StringRef("lambda")).str() +
      "_lambda");
  for (const LambdaCapture &Capture : Closure.Lambda->captures()) {
    if (!Capture.capturesVariable())
      continue; // refused (AsyncFunctions.cpp)
    const auto *Captured = cast<VarDecl>(Capture.getCapturedVar());
    QualType Ref =
        Ctx.getLValueReferenceType(Captured->getType().getNonReferenceType());
    Closure.FactoryParams += (Closure.FactoryParams.empty() ? "" : ", ") +
                             spellWrittenType(Ctx, Ref, Captured->getName());
    Closure.FactoryDeclvals +=
        (Closure.FactoryDeclvals.empty() ? "" : ", ") +
        ("std::declval<" + spellWrittenType(Ctx, Ref) + ">()");
  }
}

// How a machine generic over the closure type or local class that the
// type parameter Param is given (Given: it, a reference to it, const)
// spells that class: by the parameter's name, or, when the parameter is
// given a reference or a const class (`F &&f` given an lvalue, so F is
// `add_closure &`), as the class without them, `std::decay_t<F>`, so that
// `F &f;` and `add_closure &f;` mean the same, and the body's `F` still
// finds the parameter.
std::string closureParamSpelling(const NamedDecl *Param, QualType Given) {
  std::string Name = Param->getNameAsString();
  if (!Given->isReferenceType() && !Given.hasQualifiers())
    return Name;
  return "std::decay_t<" + Name + ">";
}

} // namespace

// Names the closure of each coroutine lambda inside another coroutine
// (NamedClosure): child_closure for `auto child = [...]...`. A captureless
// lambda that the program converts to a pointer to function also gets the
// names of the static members that keep that conversion (MachineEmitter.cpp);
// they are the same in every closure of the file.
std::vector<std::vector<NamedClosure>>
nameClosures(LoweringContext &C, llvm::ArrayRef<const FunctionDecl *> Functions,
             ClosureNames &Names,
             llvm::DenseMap<const ParmVarDecl *, std::string> &Unnamed) {
  std::vector<std::vector<NamedClosure>> Closures(Functions.size());
  std::string Invoker, Starter;
  std::map<unsigned, std::string> Invented;
  std::map<unsigned, std::string> SharedNames, SharedFactories;
  for (size_t I = 0; I < Functions.size(); ++I) {
    const auto *Coroutine = cast<CoroutineBodyStmt>(Functions[I]->getBody());
    std::vector<std::pair<const LambdaExpr *, const VarDecl *>> Found;
    findNestedLambdas(Coroutine->getBody(), Found);
    for (auto [Lambda, Var] : Found) {
      NamedClosure Closure;
      Closure.Lambda = Lambda;
      // The instantiations of a lambda in an async template's
      // specializations, each a class of its own machine, share a name.
      std::string *Shared =
          Functions[I]->isTemplateInstantiation()
              ? &SharedNames[Lambda->getBeginLoc().getRawEncoding()]
              : nullptr;
      if (Shared != nullptr && !Shared->empty())
        Closure.Name = *Shared;
      else
        Closure.Name = C.freshName(
            (Var != nullptr ? Var->getName() : llvm::StringRef("lambda"))
                .str() +
            "_closure");
      if (Shared != nullptr)
        *Shared = Closure.Name;
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.getCaptureKind() == LCK_StarThis)
          Closure.ThisCopy = C.freshName("this_copy_");
      if (convertsToPointer(Lambda)) {
        if (Invoker.empty()) {
          Invoker = C.freshName("invoke");
          Starter = C.freshName("start");
        }
        Closure.Invoker = Invoker;
        Closure.Starter = Starter;
      }
      if (Lambda->isGenericLambda())
        nameGenericCall(C, Closure, Invented, Unnamed);
      const auto *Around = dyn_cast<CXXMethodDecl>(Functions[I]);
      if (Lambda->isGenericLambda() && Around != nullptr &&
          Around->getParent()->isLambda()) {
        nameClosureFactory(C, Closure, Var);
        // Its factory is a static local of each specialization's call
        // operator, which can share its name too.
        if (Shared != nullptr) {
          std::string &Factory =
              SharedFactories[Lambda->getBeginLoc().getRawEncoding()];
          if (Factory.empty())
            Factory = Closure.Factory;
          Closure.Factory = Factory;
        }
      }
      Names[Lambda->getLambdaClass()] = Closure.Name;
      Closures[I].push_back(std::move(Closure));
    }
  }
  return Closures;
}

// A coroutine lambda inside the body of another coroutine is lowered first:
// its machine replaces the text between its braces, and that text becomes
// the call operator of its named closure, a class of the enclosing machine.
// There its `this` (or the object a `*this` capture copies) is a member of
// the closure. Returns the order to rewrite the plans in, each nested one
// before the plans around it.
std::vector<size_t> nestPlans(std::vector<FunctionPlan> &Plans) {
  for (const FunctionPlan &Around : Plans)
    for (const NamedClosure &Closure : Around.Closures)
      for (FunctionPlan &Inner : Plans) {
        if (Inner.Closure != Closure.Lambda->getLambdaClass())
          continue;
        Inner.Nested = true;
        if (Inner.Method == nullptr)
          continue;
        Inner.ThisArgument =
            Closure.ThisCopy.empty() ? Around.This : "&" + Closure.ThisCopy;
      }
  // The plans are in pre-order (findAsyncFunctions), so backwards every
  // nested lambda comes before the coroutines around it.
  std::vector<size_t> Order;
  for (size_t I = Plans.size(); I-- > 0;)
    Order.push_back(I);
  return Order;
}

// A specialization of a function template whose named type parameters
// take closure types (`retry<(lambda at ...)>`) or classes local to a
// function: its machine is generic over those parameters
// (FunctionPlan::MachineTemplateHead), each such type spelled by its
// parameter's name there: a partial specialization of the machine
// template, or its definition. A member template's machine template is a
// member of its class, `template <class F> struct Breaker::call_machine`.
// Not for packs or a friend defined in a class. A member template of a
// class template's specialization differs (below).
void nameClosureParams(LoweringContext &C, FunctionPlan &Plan,
                       const TemplateParameterList *Params,
                       llvm::ArrayRef<TemplateArgument> Args) {
  if (!isa<CXXMethodDecl>(Plan.Function) &&
      isa<CXXRecordDecl>(Plan.Function->getLexicalDeclContext()))
    return;
  std::vector<std::string> Names;
  for (unsigned K = 0; K < Params->size() && K < Args.size(); ++K) {
    const auto *Param = dyn_cast<TemplateTypeParmDecl>(Params->getParam(K));
    if (Param == nullptr || Param->getIdentifier() == nullptr ||
        Param->isParameterPack() || Args[K].getKind() != TemplateArgument::Type)
      continue;
    QualType Type = Args[K].getAsType().getCanonicalType();
    const CXXRecordDecl *Closure =
        Type.getNonReferenceType()->getAsCXXRecordDecl();
    if (Closure == nullptr ||
        !(Closure->isLambda() || Closure->isLocalClass()) ||
        Plan.ClosureParams.count(Closure) != 0)
      continue;
    Plan.ClosureParams[Closure] = closureParamSpelling(Param, Type);
    Names.push_back(Param->getNameAsString());
  }
  if (Names.empty())
    return;

  const auto *Class = dyn_cast<CXXRecordDecl>(Plan.Function->getParent());
  bool InClassSpecialization = false;
  for (const DeclContext *D = Class; D != nullptr && isa<CXXRecordDecl>(D);
       D = D->getParent())
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D))
      // An explicit specialization's members are an ordinary class's.
      InClassSpecialization |=
          Spec->getSpecializationKind() != TSK_ExplicitSpecialization;
  if (!InClassSpecialization) {
    std::string Head;
    for (const std::string &Name : Names)
      Head += (Head.empty() ? "" : ", ") + ("class " + Name);
    Plan.MachineTemplateHead = "template <" + Head + ">";
    Plan.MachineTemplateParams = std::move(Names);
    return;
  }
  // A member template of a class template's specialization: its machine
  // is the definition of the member template for that specialization of
  // the class, `template <> template <class F> struct
  // Retry<int>::call_machine {...}`, generic over every parameter of the
  // member template: g++ 12 does not find a partial specialization of a
  // member template of a class template's specialization (clang++-19
  // does). A parameter that takes no closure (`class U`, `int N`) is named
  // there as the member template names it, and its argument is spelled as
  // this specialization has it (`long u;`): the specializations of that
  // class given closures share the definition and must agree on its text
  // (checked as they are emitted), as those of a member of a class template
  // given closures do (nameClassClosureParams). Its state and flags are
  // initialized by its constructor (initializedInConstructor in
  // MachineEmitter.cpp: clang++-19 hangs on a default member initializer
  // there). An unnamed parameter (`class = std::enable_if_t<...>`) is left
  // out, as the machine template leaves it out. Not for a member template
  // with a pack or a template template parameter: refused
  // (templateMembers: its machine could not name the closure).
  for (const NamedDecl *Param : *Params)
    if (Param->isTemplateParameterPack() ||
        isa<TemplateTemplateParmDecl>(Param)) {
      Plan.ClosureParams.clear();
      return;
    }
  Plan.MachineTemplateHead =
      "template <> template <" + machineTemplateParams(C, Params).first + ">";
  Plan.MachineTemplateParams.clear();
  for (const NamedDecl *Param : *Params)
    if (Param->getIdentifier() != nullptr)
      Plan.MachineTemplateParams.push_back(Param->getNameAsString());
}

// A member of a specialization of a class template, no template itself,
// whose class's type arguments are closure types or classes local to a
// function (`Mapped<int, (lambda)>::next`): no member class of that
// specialization can be partially specialized, so its machine is the
// definition of the member class for the whole class template, generic
// over all of its parameters (`template <class T, class F> struct
// Mapped<T, F>::next_machine`), each closure spelled by its parameter's
// name and the other arguments as the specialization has them. Explicit
// specializations serve the class's other specializations. Not for a
// class nested in a class template, a partial specialization's members,
// or a class template with a pack or an unnamed parameter: their members
// are refused as before (templateMembers).
void nameClassClosureParams(LoweringContext &C, FunctionPlan &Plan) {
  const auto *Class =
      dyn_cast<ClassTemplateSpecializationDecl>(Plan.Function->getParent());
  if (Class == nullptr || !isa<CXXMethodDecl>(Plan.Function) ||
      !Class->getSpecializedTemplateOrPartial().is<ClassTemplateDecl *>())
    return;
  const ClassTemplateDecl *Template = Class->getSpecializedTemplate();
  const TemplateParameterList *Params = Template->getTemplateParameters();
  llvm::ArrayRef<TemplateArgument> Args = Class->getTemplateArgs().asArray();
  ClosureNames Closures;
  std::vector<std::string> Names;
  for (unsigned K = 0; K < Params->size() && K < Args.size(); ++K) {
    const NamedDecl *Param = Params->getParam(K);
    if (Param->getIdentifier() == nullptr ||
        Param->isTemplateParameterPack() ||
        isa<TemplateTemplateParmDecl>(Param))
      return;
    Names.push_back(Param->getNameAsString());
    if (Args[K].getKind() != TemplateArgument::Type)
      continue;
    QualType Type = Args[K].getAsType().getCanonicalType();
    const CXXRecordDecl *Closure =
        Type.getNonReferenceType()->getAsCXXRecordDecl();
    if (Closure != nullptr &&
        (Closure->isLambda() || Closure->isLocalClass()) &&
        Closures.count(Closure) == 0)
      Closures[Closure] = closureParamSpelling(Param, Type);
  }
  if (Closures.empty())
    return;
  auto [Head, Written] = machineTemplateParams(C, Params);
  Plan.ClosureParams = std::move(Closures);
  Plan.MachineTemplateHead = "template <" + Head + ">";
  Plan.MachineTemplateParams = std::move(Names);
  PrintingPolicy Policy(C.langOpts());
  Policy.SuppressUnwrittenScope = true; // anonymous and inline namespaces
  llvm::raw_string_ostream Name(Plan.GenericClass);
  Template->printQualifiedName(Name, Policy);
  Name << "<" << Written << ">";
}

// An unnamed by-value parameter of class type of a coroutine lambda is moved
// into the frame natively, as a named one is: it gets a name in the lambda's
// head, written after its type (`[](Noisy param0_) -> asl::Task<int>`), so
// that the ramp passes it and the machine keeps it as a field. For a lambda
// whose head stays the user's text: not one inside another coroutine, whose
// named closure's call operator copies the head as written, nor a generic
// one or one in a template, whose specializations share the head.
// FIXME: in those, such a parameter is still not moved into the machine,
// one move and one destructor fewer than natively (visible only if they
// print or count).
void nameUnnamedLambdaParams(LoweringContext &C, FunctionPlan &Plan) {
  if (Plan.Closure == nullptr || Plan.Nested || Plan.GenericCall)
    return;
  for (const ParmVarDecl *Param : Plan.Function->parameters()) {
    if (Param->getIdentifier() != nullptr ||
        !Param->getType()->isRecordType() ||
        Param->getTypeSourceInfo() == nullptr)
      continue;
    SourceLocation End = Param->getTypeSourceInfo()->getTypeLoc().getEndLoc();
    if (!End.isFileID())
      continue;
    std::string Name = Plan.fresh(
        "param" + std::to_string(Param->getFunctionScopeIndex()) + "_");
    Plan.UnnamedParams[Param] = Name;
    C.rewriter().InsertTextAfterToken(End, " " + Name);
  }
}

} // namespace asynclower
