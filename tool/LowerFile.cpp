//===- LowerFile.cpp - Run the phases over one translation unit ----------===//
//
// Plans every async function of the main file first, so that all errors
// are reported in one run; writes nothing unless every function lowered.
// Then replaces each function by its machine and ramp, marking the new
// code for OutputLayout.cpp to lay out with libFormat, one chunk at a time.
// The user's code outside the async functions is left as it was.
//
//===----------------------------------------------------------------------===//

#include "LowerFile.h"
#include "LambdaHeads.h"
#include "LineDirectives.h"
#include "Lowering.h"
#include "OutputLayout.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/ScopeExit.h"

#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace clang;

namespace asynclower {
namespace {

void collectIdentifiers(LoweringContext &C) {
  SourceManager &SM = C.sources();
  FileID Main = SM.getMainFileID();
  llvm::StringRef Buffer = SM.getBufferData(Main);
  Lexer Lex(SM.getLocForStartOfFile(Main), C.langOpts(), Buffer.begin(),
            Buffer.begin(), Buffer.end());
  Token Tok;
  do {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::raw_identifier))
      C.takenNames().insert(Tok.getRawIdentifier());
  } while (Tok.isNot(tok::eof));
}

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

// The expanded folds of a specialization with packs (FunctionPlan::Folds).
void foldRanges(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Specialization = Plan.Function;
  const FunctionDecl *Pattern = templatePattern(Specialization);
  if (Pattern == nullptr || !Pattern->getBody() || !Specialization->getBody())
    return;
  SourceManager &SM = C.sources();
  std::vector<SourceRange> Parens;
  std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
    if (S == nullptr)
      return;
    if (const auto *Fold = dyn_cast<CXXFoldExpr>(S))
      Parens.push_back({SM.getExpansionLoc(Fold->getLParenLoc()),
                        SM.getExpansionLoc(Fold->getRParenLoc())});
    for (const Stmt *Child : S->children())
      Find(Child);
  };
  Find(Pattern->getBody());
  if (Parens.empty())
    return;
  auto Inside = [&](SourceRange R, SourceRange P) {
    SourceLocation B = SM.getExpansionLoc(R.getBegin());
    SourceLocation E = SM.getExpansionLoc(R.getEnd());
    return B.isValid() && E.isValid() &&
           SM.isBeforeInTranslationUnit(P.getBegin(), B) &&
           SM.isBeforeInTranslationUnit(E, P.getEnd());
  };
  auto &Out = Plan.Folds;
  for (const SourceRange &P : Parens)
    Out.push_back({SourceRange(), P});
  // The outermost node inside a fold's parentheses: its parent is no
  // expression, or reaches outside them.
  std::function<void(const Stmt *, const Stmt *)> Walk =
      [&](const Stmt *S, const Stmt *Parent) {
        if (S == nullptr)
          return;
        if (isa<Expr>(S))
          for (const SourceRange &P : Parens)
            if (Inside(S->getSourceRange(), P) &&
                (Parent == nullptr || !isa<Expr>(Parent) ||
                 !Inside(Parent->getSourceRange(), P)))
              Out.push_back({S->getSourceRange(), P});
        for (const Stmt *Child : S->children())
          Walk(Child, S);
      };
  Walk(Specialization->getBody(), nullptr);
}

// A specialization of a template with parameter packs: the body, whose
// text expands them (`g(xs...)`, `sizeof...(Ts)`, folds), becomes a member
// function template of the machine, which move_next() calls with each
// template parameter pack as a tag from which it is deduced, and with the
// elements of the function parameter pack, each a field of its own, by
// reference (docs/design.md, "Parameter packs").
void packHelper(LoweringContext &C, FunctionPlan &Plan) {
  std::vector<std::string> TemplateParams, FunctionParams, CallArgs, Declvals;
  std::vector<std::string> Explicit; // template template parameters
  std::string ExplicitArgs;
  for (const TemplateArgumentOf &Given : templateArgumentsOf(Plan.Function)) {
    const NamedDecl *Param = Given.Param;
    const TemplateArgument &Arg = *Given.Arg;
    // A template template parameter (or a pack of them) is given
    // explicitly, so that the body names the argument template itself, as
    // natively (an alias template would be a template of its own): these
    // come first among the helper's parameters.
    if (isa<TemplateTemplateParmDecl>(Param)) {
      if (Param->getIdentifier() == nullptr)
        continue;
      Explicit.push_back(C.originalText(SourceRange(Param->getBeginLoc(),
                                                    Param->getLocation()))
                             .str());
      PrintingPolicy Policy(C.langOpts());
      Policy.FullyQualifiedName = true;
      auto Spell = [&](const TemplateArgument &Template) {
        std::string Name;
        llvm::raw_string_ostream Stream(Name);
        Template.print(Policy, Stream, /*IncludeType=*/false);
        ExplicitArgs += (ExplicitArgs.empty() ? "" : ", ") + Name;
      };
      if (Arg.getKind() == TemplateArgument::Pack)
        for (const TemplateArgument &Element : Arg.pack_elements())
          Spell(Element);
      else
        Spell(Arg);
      continue;
    }
    if (!Param->isTemplateParameterPack() ||
        Arg.getKind() != TemplateArgument::Pack)
      continue;
    std::string Name = Param->getNameAsString();
    // A pack of `auto`, or of a type that depends on the template's
    // parameters (`T... Vs`): each element is printed with its type.
    if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
        Value != nullptr && (Value->getType()->getContainedAutoType() ||
                             Value->getType()->isDependentType())) {
      TemplateParams.push_back("auto... " + Name);
      FunctionParams.push_back("asl::auto_values<" + Name + "...>");
      std::string Tag = "asl::auto_values<";
      PrintingPolicy Policy(C.langOpts());
      Policy.FullyQualifiedName = true;
      bool First = true;
      for (const TemplateArgument &Element : Arg.pack_elements()) {
        Tag += First ? "" : ", ";
        First = false;
        llvm::raw_string_ostream Stream(Tag);
        Element.print(Policy, Stream, /*IncludeType=*/true);
      }
      CallArgs.push_back(Tag + ">{}");
      Declvals.push_back(CallArgs.back());
      continue;
    }
    if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param)) {
      std::string Type = spellType(C.ast(), Value->getType());
      TemplateParams.push_back(Type + "... " + Name);
      FunctionParams.push_back("asl::pack_values<" + Type + ", " + Name +
                               "...>");
      std::string Tag = "asl::pack_values<" + Type;
      PrintingPolicy Policy(C.langOpts());
      Policy.FullyQualifiedName = true;
      for (const TemplateArgument &Element : Arg.pack_elements()) {
        Tag += ", ";
        llvm::raw_string_ostream Stream(Tag);
        Element.print(Policy, Stream, /*IncludeType=*/false);
      }
      CallArgs.push_back(Tag + ">{}");
      Declvals.push_back(CallArgs.back());
      continue;
    }
    TemplateParams.push_back("class... " + Name);
    FunctionParams.push_back("asl::pack_types<" + Name + "...>");
    std::string Tag = "asl::pack_types<";
    bool First = true;
    for (const TemplateArgument &Element : Arg.pack_elements()) {
      Tag += (First ? "" : ", ") + spellType(C.ast(), Element.getAsType());
      First = false;
    }
    CallArgs.push_back(Tag + ">{}");
    Declvals.push_back(CallArgs.back());
  }
  // The function parameter pack: the pattern has one parameter where the
  // specialization has one for each element.
  const FunctionDecl *Pattern = templatePattern(Plan.Function);
  unsigned Patterned = Pattern != nullptr ? Pattern->getNumParams() : 0;
  unsigned Count = Plan.Function->getNumParams();
  for (unsigned I = 0, At = 0; Pattern != nullptr && I < Patterned; ++I) {
    const ParmVarDecl *Param = Pattern->getParamDecl(I);
    if (!Param->isParameterPack()) {
      ++At;
      continue;
    }
    unsigned Elements = Count + 1 - Patterned;
    std::string Name = Param->getNameAsString();
    std::string Types = Plan.fresh(Name + "_types_");
    TemplateParams.push_back("class... " + Types);
    FunctionParams.push_back("asl::pack_types<" + Types + "...>");
    FunctionParams.push_back("asl::pack_param_t<" + Types + ">... " + Name);
    std::string Tag = "asl::pack_types<";
    std::vector<std::string> Refs, Unevaluated;
    for (unsigned K = 0; K < Elements; ++K) {
      const ParmVarDecl *Element = Plan.Function->getParamDecl(At + K);
      std::string Field = Plan.fresh(Name + std::to_string(K) + "_");
      Plan.PackElements[Element] = Field;
      Plan.PackDeclaredTypes[Element] = Types;
      Tag += (K ? ", " : "") + spellType(C.ast(), Element->getType());
      Unevaluated.push_back("std::declval<asl::pack_param_t<" +
                            spellType(C.ast(), Element->getType()) + ">>()");
      Refs.push_back(Element->getType()->isRValueReferenceType()
                         ? "std::move(" + Field + ")"
                         : Field);
    }
    CallArgs.push_back(Tag + ">{}");
    CallArgs.insert(CallArgs.end(), Refs.begin(), Refs.end());
    Declvals.push_back(Tag + ">{}");
    Declvals.insert(Declvals.end(), Unevaluated.begin(), Unevaluated.end());
    At += Elements;
  }
  if (TemplateParams.empty() && Explicit.empty())
    return;
  TemplateParams.insert(TemplateParams.begin(), Explicit.begin(),
                        Explicit.end());
  if (!Explicit.empty())
    Plan.PackExplicitArgs = "<" + ExplicitArgs + ">";
  foldRanges(C, Plan);
  Plan.PackHelper = Plan.fresh("move_next_");
  auto Join = [](const std::vector<std::string> &Parts) {
    std::string Out;
    for (const std::string &Part : Parts)
      Out += (Out.empty() ? "" : ", ") + Part;
    return Out;
  };
  Plan.PackTemplateParams = Join(TemplateParams);
  Plan.PackParams = Join(FunctionParams);
  Plan.PackArgs = Join(CallArgs);
  Plan.PackDeclvals = Join(Declvals);
}

// A specialization of a generic coroutine lambda's call operator with a
// parameter pack (`auto... xs`): its machine is a class local to the
// lambda's body, which may not have the member function template that a
// template's machine runs its body in ([temp.mem]/2), but may have a
// generic lambda. So move_next() runs the body in one, `[this](auto
// &&...xs) {...}`, called with the elements' fields: a by-value element as
// an lvalue, a reference one as its own reference (moved for an rvalue
// reference), so that `xs` is a pack of lvalues of the elements' types, as
// natively (docs/design.md, "Generic coroutine lambdas"). The lambda has
// no template parameter list, so `decltype(xs)` names the helper's
// parameters' types: the same as natively for a pack of references, and a
// reference where a by-value pack has none; there it becomes
// `std::remove_reference_t<decltype(xs)>`.
void genericPackHelper(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Pattern =
      Plan.Function->getTemplateInstantiationPattern();
  if (Pattern == nullptr)
    return;
  unsigned Patterned = Pattern->getNumParams();
  unsigned Count = Plan.Function->getNumParams();
  std::string Params, Args;
  for (unsigned I = 0, At = 0; I < Patterned; ++I) {
    const ParmVarDecl *Param = Pattern->getParamDecl(I);
    if (!Param->isParameterPack()) {
      ++At;
      continue;
    }
    unsigned Elements = Count + 1 - Patterned;
    std::string Name = Param->getNameAsString();
    Params += (Params.empty() ? "" : ", ") + ("auto &&..." + Name);
    for (unsigned K = 0; K < Elements; ++K) {
      const ParmVarDecl *Element = Plan.Function->getParamDecl(At + K);
      std::string Field = Plan.fresh(Name + std::to_string(K) + "_");
      Plan.PackElements[Element] = Field;
      Plan.PackDeclaredTypes[Element] =
          Element->getType()->isReferenceType()
              ? "decltype(" + Name + ")"
              : "std::remove_reference_t<decltype(" + Name + ")>";
      Args += (Args.empty() ? "" : ", ") +
              (Element->getType()->isRValueReferenceType()
                   ? "std::move(" + Field + ")"
                   : Field);
    }
    At += Elements;
  }
  if (Params.empty())
    return;
  foldRanges(C, Plan);
  Plan.PackHelper = "[this]";
  Plan.PackParams = Params;
  Plan.PackArgs = Args;
}

// Whether Text holds the identifier Name.
bool mentions(llvm::StringRef Text, llvm::StringRef Name) {
  auto Identifier = [](char Ch) {
    return std::isalnum(static_cast<unsigned char>(Ch)) || Ch == '_';
  };
  for (size_t At = Text.find(Name); At != llvm::StringRef::npos;
       At = Text.find(Name, At + 1))
    if ((At == 0 || !Identifier(Text[At - 1])) &&
        (At + Name.size() == Text.size() ||
         !Identifier(Text[At + Name.size()])))
      return true;
  return false;
}

// The pack helper's function parameter pack (`asl::pack_param_t<T>...
// xs`, in Params), and a kept lambda's factory's, is unused where the text
// that follows no longer names it: its elements read as their fields there
// (`xs0_`), or the lambdas that name it are made by their factories. It is
// then declared [[maybe_unused]], for -Wunused-parameter.
void markUnusedPack(std::string &Params, llvm::StringRef Text) {
  size_t Pack = Params.find("asl::pack_param_t<");
  size_t Dots = Params.rfind("... ");
  if (Pack == std::string::npos || Dots == std::string::npos || Dots < Pack)
    return;
  if (mentions(Text, Params.substr(Dots + 4)))
    return;
  Params.insert(Pack, "[[maybe_unused]] ");
}

// A generic lambda's pack helper's pack (`auto &&...xs`, genericPackHelper)
// likewise.
void markUnusedLambdaPack(std::string &Params, llvm::StringRef Text) {
  size_t Dots = Params.rfind("...");
  if (Dots == std::string::npos || mentions(Text, Params.substr(Dots + 3)))
    return;
  Params.insert(0, "[[maybe_unused]] ");
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

bool planFunction(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Function = Plan.Function;
  const auto *Coroutine = cast<CoroutineBodyStmt>(Function->getBody());
  Plan.Body = dyn_cast<CompoundStmt>(Coroutine->getBody());
  // A function-try-block's handlers sit outside the braces the lowering
  // moves into the machine; clang wraps the try in braces of its own,
  // written nowhere.
  if (Plan.Body == nullptr || Plan.Body->getLBracLoc().isInvalid())
    return C.unsupported(Function->getLocation(),
                         "an async function whose body is a "
                         "function-try-block is not supported yet; put a "
                         "try block inside the braces instead");
  // A parameter is a field of the same name, which the body uses as is.
  for (const ParmVarDecl *Param : Function->parameters())
    if (Param->getIdentifier() &&
        llvm::is_contained(machineMemberNames(), Param->getName()))
      return C.unsupported(Param->getLocation(),
                           "parameter '" + Param->getName().str() +
                               "' has the name of a member the state machine "
                               "needs; rename it");
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
                           "a member function is not supported yet");
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
  if (Plan.NestIn != nullptr && InClass)
    for (const DeclContext *Around = Plan.NestIn;
         const auto *Record = dyn_cast<CXXRecordDecl>(Around);
         Around = Around->getLexicalParent())
      if (Record->isLocalClass() ||
          (Record->getIdentifier() == nullptr &&
           Record->getTypedefNameForAnonDecl() == nullptr))
        Plan.DefinedInClass = true;
  // A specialization's machine goes after the file's code, in the
  // namespaces of its template (TemplateMachines).
  if (Plan.NestIn == nullptr && Plan.Closure == nullptr && !Plan.Specialization)
    reopenNamespaces(Plan);

  nameMembers(C, Plan);
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
  for (size_t I = 0; I < Functions.size(); ++I) {
    const auto *Coroutine = cast<CoroutineBodyStmt>(Functions[I]->getBody());
    std::vector<std::pair<const LambdaExpr *, const VarDecl *>> Found;
    findNestedLambdas(Coroutine->getBody(), Found);
    for (auto [Lambda, Var] : Found) {
      NamedClosure Closure;
      Closure.Lambda = Lambda;
      Closure.Name = C.freshName(
          (Var != nullptr ? Var->getName() : llvm::StringRef("lambda")).str() +
          "_closure");
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
          Around->getParent()->isLambda())
        nameClosureFactory(C, Closure, Var);
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

// The range a function definition occupies, from its first token (the
// ASL_ASYNC macro, if written first) to its closing brace.
CharSourceRange definitionRange(LoweringContext &C, const FunctionDecl *F) {
  SourceManager &SM = C.sources();
  SourceLocation Begin = definitionBegin(C, F);
  SourceLocation End = SM.getExpansionLoc(F->getEndLoc());
  return CharSourceRange::getTokenRange(Begin, End);
}

// The indentation of the line that holds Loc, in LLVM style's levels of
// two columns.
unsigned indentationLevel(LoweringContext &C, SourceLocation Loc) {
  SourceManager &SM = C.sources();
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(Loc));
  size_t Offset = SM.getFileOffset(Loc);
  size_t LineStart = Buffer.rfind('\n', Offset);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  llvm::StringRef Line = Buffer.slice(LineStart, Offset);
  return (Line.size() - Line.ltrim(" ").size()) / 2;
}

// How deep in classes and function bodies a declaration in Context sits:
// each of them indents its members (namespaces and extern blocks do not, in
// LLVM style).
unsigned nesting(const DeclContext *Context) {
  unsigned Depth = 0;
  for (; Context != nullptr; Context = Context->getLexicalParent())
    if (isa<RecordDecl, FunctionDecl>(Context))
      ++Depth;
  return Depth;
}

// What the lowering replaces with generated text: a function's definition,
// or what lies between a coroutine lambda's braces.
CharSourceRange generatedRange(LoweringContext &C, const FunctionPlan &Plan) {
  if (Plan.Closure == nullptr)
    return definitionRange(C, Plan.Function);
  return CharSourceRange::getCharRange(
      Plan.Body->getLBracLoc().getLocWithOffset(1), Plan.Body->getRBracLoc());
}

// With line directives: the user's code after each generated text maps to
// the input again.
// Templates: the ranges the templates' ramps and the generic lambdas'
// machines replaced (their specializations' plans replaced nothing).
void resumeInputAfterGenerated(LoweringContext &C,
                               llvm::ArrayRef<FunctionPlan> Plans,
                               llvm::ArrayRef<SourceLocation> Insertions,
                               llvm::ArrayRef<CharSourceRange> Templates,
                               llvm::StringRef File) {
  std::vector<SourceLocation> Starts, Ends;
  for (CharSourceRange Generated : Templates) {
    Starts.push_back(Generated.getBegin());
    Ends.push_back(Generated.isCharRange()
                       ? Generated.getEnd()
                       : Lexer::getLocForEndOfToken(Generated.getEnd(), 0,
                                                    C.sources(), C.langOpts()));
  }
  for (const FunctionPlan &Plan : Plans) {
    // Its text is inside the generated text of the coroutine around it.
    // FIXME: a specialization's machine gets no line directives of its own
    // (its text is the template's, rewritten once per specialization): a
    // debugger steps through it in the lowered file.
    if (Plan.Nested || Plan.Specialization || Plan.GenericCall)
      continue;
    CharSourceRange Generated = generatedRange(C, Plan);
    Starts.push_back(Generated.getBegin());
    Ends.push_back(Generated.isCharRange()
                       ? Generated.getEnd()
                       : Lexer::getLocForEndOfToken(Generated.getEnd(), 0,
                                                    C.sources(), C.langOpts()));
  }
  // After text inserted into the user's code: a machine's declaration in
  // its class, a friend declaration, a machine after its class.
  for (SourceLocation At : Insertions)
    if (!llvm::is_contained(Ends, At))
      Ends.push_back(At);
  for (SourceLocation End : Ends)
    resumeInput(C, End, Starts, File);
  // Generated text also starts where it is inserted.
  std::vector<SourceLocation> AllStarts = Starts;
  AllStarts.insert(AllStarts.end(), Insertions.begin(), Insertions.end());
  std::vector<CharSourceRange> Replaced(Templates.begin(), Templates.end());
  for (const FunctionPlan &Plan : Plans)
    if (!Plan.Nested && !Plan.Specialization && !Plan.GenericCall)
      Replaced.push_back(generatedRange(C, Plan));
  markLinesBeforeGenerated(C, AllStarts, Replaced, Ends, File);
}

// An async function template: its ramp, as the template, starts the
// machine template named after it (`twice_machine<T>`), declared before it
// and never defined; each specialization the file instantiates gets an
// explicit specialization of that machine template after the file's own
// code. An async member of a class template likewise: the class template
// declares the machine (`struct get_machine;`), and each specialization of
// the class that instantiates the member defines it (`template <> struct
// Box<int>::get_machine`). docs/design.md, "Templates".
struct TemplateMachines {
  const FunctionDecl *Pattern = nullptr;
  std::string MachineName;
  std::string LocalsName;      // of a member's, if one needs it
  std::string Specializations; // their classes and move_next()s
  llvm::StringSet<> Seen;      // a function template's machines' arguments
  // The machines generic over closure types, by their arguments (`<F>`):
  // specializations given different closures share one when their texts
  // agree.
  llvm::StringMap<std::string> Generic;
};

// A generic coroutine lambda: its call operator is a member template, of
// which each specialization the file instantiates has a machine of its own,
// with concrete types, a class local to the lambda's body as for any
// coroutine lambda. The body chooses among them with `if constexpr` on the
// types of the 'auto' parameters, which it names with decltype: the branches
// not taken are discarded, so each specialization of the body holds only
// its own machine. docs/design.md, "Generic coroutine lambdas". A coroutine
// lambda in a template likewise, one closure type per specialization of the
// function around it, chosen by the template's arguments ("Coroutine
// lambdas inside templates").
struct GenericLambda {
  const LambdaExpr *Lambda = nullptr;
  std::string MachineName;
  std::vector<std::string> Branches; // `if constexpr (...) {...}`, in order
  size_t Pending = 0;    // the plans of its specializations not rewritten yet
  bool Nested = false;   // inside a coroutine (NamedClosure)
  // Written with 'auto' for its template parameter list (C++20): each
  // branch declares the list's types as its specialization has them.
  bool Aliases = false;
  CharSourceRange Range; // what lies between its braces
};

// The condition under which a specialization of a generic lambda's call
// operator is the one instantiated: in a template, the template's
// parameters are its arguments; and each named parameter whose type depends
// on template parameters has the type it has in the specialization.
//
// An unnamed parameter of the lambda is named in its head (Unnamed, made
// here on first use) so that the condition can name its type: `auto`
// becomes `auto param1_`. The body cannot have used it.
std::string genericCallCondition(
    LoweringContext &C, const FunctionDecl *Specialization,
    llvm::DenseMap<const ParmVarDecl *, std::string> &Unnamed) {
  const auto *Pattern =
      cast<FunctionDecl>(Specialization->getTemplateInstantiationPattern());
  std::string Condition;
  // In a template, the arguments of the function around the lambda.
  const auto *Around = dyn_cast<FunctionDecl>(
      cast<CXXMethodDecl>(Specialization)->getParent()->getDeclContext());
  if (Around != nullptr && Around->isTemplateInstantiation()) {
    const TemplateParameterList *Params = templateParameters(Around);
    llvm::ArrayRef<TemplateArgument> Args = templateArguments(Around);
    PrintingPolicy Policy(C.langOpts());
    Policy.FullyQualifiedName = true;
    for (unsigned I = 0; I < Params->size() && I < Args.size(); ++I) {
      std::string Name = Params->getParam(I)->getNameAsString();
      std::string Test;
      if (Args[I].getKind() == TemplateArgument::Type) {
        Test = "std::is_same_v<" + Name + ", " +
               spellType(C.ast(), Args[I].getAsType()) + ">";
      } else {
        std::string Value;
        llvm::raw_string_ostream Stream(Value);
        Args[I].print(Policy, Stream, /*IncludeType=*/false);
        Test = "(" + Name + " == " + Value + ")";
      }
      Condition += (Condition.empty() ? "" : " && ") + Test;
    }
  }
  unsigned Elements =
      Specialization->getNumParams() + 1 - Pattern->getNumParams();
  for (unsigned I = 0, At = 0; I < Pattern->getNumParams(); ++I) {
    const ParmVarDecl *Param = Pattern->getParamDecl(I);
    // A parameter pack: the types of all its elements, in order.
    if (Param->isParameterPack()) {
      std::string Types;
      for (unsigned K = 0; K < Elements; ++K)
        Types +=
            (K ? ", " : "") +
            spellType(C.ast(), Specialization->getParamDecl(At + K)->getType());
      At += Elements;
      Condition +=
          (Condition.empty() ? "" : " && ") +
          ("std::is_same_v<asl::pack_types<decltype(" +
           Param->getNameAsString() + ")...>, asl::pack_types<" + Types + ">>");
      continue;
    }
    unsigned Index = At++;
    if (!Param->getType()->isDependentType())
      continue;
    std::string Name = Param->getNameAsString();
    if (Param->getIdentifier() == nullptr) {
      std::string &Given = Unnamed[Param];
      if (Given.empty()) {
        Given = C.freshName("param" + std::to_string(I) + "_");
        C.rewriter().InsertTextAfterToken(
            Param->getTypeSourceInfo()->getTypeLoc().getEndLoc(),
            " " + Given);
      }
      Name = Given;
    }
    Condition +=
        (Condition.empty() ? "" : " && ") +
        std::string("std::is_same_v<decltype(") + Name + "), " +
        spellType(C.ast(), Specialization->getParamDecl(Index)->getType()) +
        ">";
  }
  return Condition;
}

// The body of a generic coroutine lambda that the file never calls: no
// specialization of its call operator is instantiated, natively either, so
// it has no machine. The body must still compile as a template's that is
// never instantiated: a static_assert that fails if it were (it depends on
// a parameter), each parameter used, and no return where g++ would report
// one missing (std::terminate does not return).
std::string
neverCalledBody(LoweringContext &C, const LambdaExpr *Lambda,
                llvm::DenseMap<const ParmVarDecl *, std::string> &Unnamed) {
  std::string Dependent, Uses;
  for (const ParmVarDecl *Param : Lambda->getCallOperator()->parameters()) {
    std::string Name = Param->getNameAsString();
    if (Param->getIdentifier() == nullptr) {
      if (!Param->getType()->isDependentType())
        continue;
      // Named in the lambda's head as for a branch's condition.
      std::string &Given = Unnamed[Param];
      if (Given.empty()) {
        Given = C.freshName(
            "param" + std::to_string(Param->getFunctionScopeIndex()) + "_");
        C.rewriter().InsertTextAfterToken(
            Param->getTypeSourceInfo()->getTypeLoc().getEndLoc(), " " + Given);
      }
      Name = Given;
    }
    if (Param->isParameterPack()) {
      Uses += "((void)" + Name + ", ...);\n";
      if (Dependent.empty())
        Dependent = "decltype(" + Name + ")...";
      continue;
    }
    Uses += "(void)" + Name + ";\n";
    if (Dependent.empty() && Param->getType()->isDependentType())
      Dependent = "decltype(" + Name + ")";
  }
  // Its captures are unused too.
  for (const LambdaCapture &Capture : Lambda->explicit_captures())
    if (Capture.capturesThis())
      Uses += "(void)this;\n";
    else if (Capture.capturesVariable())
      Uses += "(void)" + Capture.getCapturedVar()->getNameAsString() + ";\n";
  return "// The file never calls this lambda: its call operator is never "
         "instantiated, natively either, and has no state machine.\n"
         "static_assert(std::is_void_v<asl::pack_types<" +
         Dependent + ">>, \"never instantiated\");\n" + Uses +
         "std::terminate();\n";
}

// The namespaces from the translation unit down to Context: the text that
// opens them, and the one that closes them.
std::pair<std::string, std::string>
namespacesOf(const DeclContext *Context, const DeclContext *Stop = nullptr) {
  std::string Open, Close;
  for (const DeclContext *D = Context->getRedeclContext();
       D != nullptr && (Stop == nullptr || !D->Equals(Stop));
       D = D->getParent()) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(D);
    if (Namespace == nullptr)
      continue;
    std::string Head =
        Namespace->isInline() ? "inline namespace " : "namespace ";
    if (!Namespace->isAnonymousNamespace())
      Head += Namespace->getName().str() + " ";
    Open = Head + "{\n" + Open;
    Close += "}\n";
  }
  return {Open, Close};
}

// The innermost namespace whose braces hold Loc, or the translation unit.
const DeclContext *namespaceAt(LoweringContext &C, SourceLocation Loc) {
  const DeclContext *Found = C.ast().getTranslationUnitDecl();
  for (bool Deeper = true; Deeper;) {
    Deeper = false;
    for (const Decl *D : Found->decls()) {
      const auto *Namespace = dyn_cast<NamespaceDecl>(D);
      if (Namespace != nullptr &&
          C.sources().isBeforeInTranslationUnit(Namespace->getBeginLoc(),
                                                Loc) &&
          C.sources().isBeforeInTranslationUnit(Loc, Namespace->getEndLoc())) {
        Found = Namespace;
        Deeper = true;
        break;
      }
    }
  }
  return Found;
}

// A specialization of a function template whose named type parameters
// take closure types (`retry<(lambda at ...)>`) or classes local to a
// function: its machine is generic over those parameters
// (FunctionPlan::MachineTemplateHead), each such type spelled by its
// parameter's name there. Not for members, whose machines are explicit
// specializations of member classes, nor for packs.
void nameClosureParams(FunctionPlan &Plan, const TemplateParameterList *Params,
                       llvm::ArrayRef<TemplateArgument> Args) {
  if (isa<CXXMethodDecl>(Plan.Function))
    return;
  std::string Head;
  for (unsigned K = 0; K < Params->size() && K < Args.size(); ++K) {
    const auto *Param = dyn_cast<TemplateTypeParmDecl>(Params->getParam(K));
    if (Param == nullptr || Param->getIdentifier() == nullptr ||
        Param->isParameterPack() || Args[K].getKind() != TemplateArgument::Type)
      continue;
    QualType Type = Args[K].getAsType().getCanonicalType();
    const CXXRecordDecl *Closure = Type->getAsCXXRecordDecl();
    if (Closure == nullptr ||
        !(Closure->isLambda() || Closure->isLocalClass()) ||
        Type.hasQualifiers() || Plan.ClosureParams.count(Closure) != 0)
      continue;
    Plan.ClosureParams[Closure] = Param->getNameAsString();
    Head += (Head.empty() ? "" : ", ") + ("class " + Param->getNameAsString());
  }
  if (!Head.empty())
    Plan.MachineTemplateHead = "template <" + Head + ">";
}

// The members of a specialization's machine that stand for the template's
// parameters, which the body's text names: `using T = int;` and
// `static constexpr int N = 3;`.
bool templateMembers(LoweringContext &C, FunctionPlan &Plan) {
  PrintingPolicy Policy(C.langOpts());
  Policy.FullyQualifiedName = true;
  // The body's function receives the template template parameters as
  // explicit template arguments, in order: after a pack of them, another
  // could not be given.
  const NamedDecl *TemplatePack = nullptr;
  for (const TemplateArgumentOf &Given : templateArgumentsOf(Plan.Function)) {
    const NamedDecl *Param = Given.Param;
    const TemplateArgument &Arg = *Given.Arg;
    if (isa<TemplateTemplateParmDecl>(Param) && Param->getIdentifier()) {
      if (TemplatePack != nullptr)
        return C.unsupported(
            Param->getLocation(),
            "an async function in a template with a template template "
            "parameter after a pack of them ('" +
                TemplatePack->getNameAsString() +
                "'); its body's function receives them explicitly, in "
                "order; not supported yet");
      if (Param->isTemplateParameterPack())
        TemplatePack = Param;
    }
    // The machine, after the file's code, cannot name a class local to a
    // function or a closure type.
    // Without the file's path, which a closure's spelling holds.
    PrintingPolicy Short(C.langOpts());
    Short.AnonymousTagLocations = false;
    Short.SuppressTagKeyword = true;
    if (Arg.getKind() == TemplateArgument::Type)
      if (std::string Why = unnameable(Arg.getAsType()); !Why.empty()) {
        return C.unsupported(
            C.sources().getExpansionLoc(
                Plan.Function->getPointOfInstantiation()),
            "a specialization of an async template whose template argument '" +
                Arg.getAsType().getAsString(Short) + "' is, or holds, " + Why +
                ": its machine, after the file's code, could not name it; "
                "not supported yet");
      }
    if (Arg.getKind() == TemplateArgument::Pack) {
      for (const TemplateArgument &Element : Arg.pack_elements()) {
        // A pack of `auto` is passed as a tag of values, each printed with
        // its type: integers, characters, enumerators and booleans.
        if (Element.getKind() != TemplateArgument::Type &&
            Element.getKind() != TemplateArgument::Integral &&
            Element.getKind() != TemplateArgument::Template)
          return C.unsupported(
              C.sources().getExpansionLoc(
                  Plan.Function->getPointOfInstantiation()),
              "a specialization of an async template whose non-type "
              "parameter pack ('" +
                  Param->getNameAsString() +
                  "') has an element of other than integral or enumeration "
                  "type; not supported yet");
        if (Element.getKind() == TemplateArgument::Type)
          if (std::string Why = unnameable(Element.getAsType());
              !Why.empty())
            return C.unsupported(
                C.sources().getExpansionLoc(
                    Plan.Function->getPointOfInstantiation()),
                "a specialization of an async template whose template "
                "argument '" +
                    Element.getAsType().getAsString(Short) +
                    "' is, or holds, " + Why +
                    ": its machine, after the file's code, could not name "
                    "it; not supported yet");
      }
      continue; // a parameter of the body's function (packHelper)
    }
    if (Arg.getKind() == TemplateArgument::Template)
      continue; // likewise
    // The body cannot name an unnamed one (`class = std::enable_if_t<...>`).
    if (Param->getIdentifier() == nullptr)
      continue;
    std::string Name = Param->getNameAsString();
    // A closure's parameter is the machine template's own (ClosureParams).
    if (Arg.getKind() == TemplateArgument::Type &&
        llvm::is_contained(llvm::make_second_range(Plan.ClosureParams), Name))
      continue;
    if (Arg.getKind() == TemplateArgument::Type) {
      Plan.TemplateMembers +=
          "using " + Name + " = " + spellType(C.ast(), Arg.getAsType()) + ";\n";
    } else if (Arg.getKind() == TemplateArgument::Integral) {
      std::string Value;
      llvm::raw_string_ostream Stream(Value);
      Arg.print(Policy, Stream, /*IncludeType=*/false);
      Plan.TemplateMembers += "static constexpr " +
                              spellType(C.ast(), Arg.getIntegralType()) + " " +
                              Name + " = " + Value + ";\n";
    } else if (Arg.getKind() == TemplateArgument::NullPtr ||
               (Arg.getKind() == TemplateArgument::Declaration &&
                !isa<TemplateParamObjectDecl>(Arg.getAsDecl()))) {
      // A pointer, a reference or a pointer to member (`auto` deduced to
      // one too): a constant of the parameter's type with the argument's
      // value, `static constexpr const char *Text = greeting;`, which the
      // body may use where it used the parameter, a template argument
      // included.
      QualType Type = Arg.getKind() == TemplateArgument::NullPtr
                          ? Arg.getNullPtrType()
                          : Arg.getParamTypeForDecl();
      std::string Value = spellAddressArgument(C.ast(), Arg);
      Plan.TemplateMembers += "static constexpr " +
                              spellType(C.ast(), Type, Name) + " = " + Value +
                              ";\n";
    } else {
      return C.unsupported(Param->getLocation(),
                           "an async function in a template with a non-type "
                           "parameter ('" +
                               Name +
                               "') whose argument is of a kind C++17 "
                               "lacks (an object of class type, a "
                               "floating-point value, a subobject's "
                               "address); not supported yet");
    }
  }
  return true;
}

class LowerConsumer : public ASTConsumer {
public:
  LowerConsumer(const LowerOptions &Options, LoweredFile &Out, std::string File)
      : Options(Options), Out(Out), File(std::move(File)) {}

  void Initialize(ASTContext &Ctx) override {
    Sources = &Ctx.getSourceManager();
  }

  // Only the main file's functions are lowered, so the bodies of the
  // functions the headers define are not needed: declarations give every
  // type and signature the lowering reads, and clang still parses the bodies
  // of constexpr functions and of those with a deduced return type. This
  // saves a sixth of the parse on a file that includes the standard library.
  // FIXME: errors inside the headers' function bodies, and in the template
  // instantiations of such bodies that the main file causes, are not
  // reported by the tool; they appear when the lowered file is compiled.
  bool shouldSkipFunctionBody(Decl *D) override {
    return !Sources->isInMainFile(D->getLocation());
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // A file with several compile commands is lowered once per command;
    // the last one is the result.
    Out = LoweredFile();
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    SourceManager &SM = Ctx.getSourceManager();
    Rewriter Rewrite(SM, Ctx.getLangOpts());
    LoweringContext C(Ctx, Rewrite);
    C.setMacroExpansion(Options.ExpandMacros ? &Out.MacroNeeds : nullptr,
                        &Options.UnexpandableMacros);
    collectIdentifiers(C);
    // The marks around generated text must be found only where the tool put
    // them.
    llvm::StringRef Input = SM.getBufferData(SM.getMainFileID());
    if (size_t At = findGeneratedMark(Input); At != llvm::StringRef::npos) {
      C.unsupported(
          SM.getLocForStartOfFile(SM.getMainFileID()).getLocWithOffset(At),
          "the input holds the control bytes async-lower marks generated "
          "text with");
      return;
    }

    bool Ok = true;
    std::vector<FunctionPlan> Plans;
    std::vector<const FunctionDecl *> Patterns;
    std::vector<const LambdaExpr *> Lambdas;
    std::vector<const FunctionDecl *> Functions =
        findAsyncFunctions(C, Ok, Patterns, Lambdas);
    std::vector<GenericLambda> GenericLambdas;
    // The names given to generic lambdas' unnamed parameters.
    llvm::DenseMap<const ParmVarDecl *, std::string> UnnamedGeneric;
    for (const LambdaExpr *Lambda : Lambdas) {
      GenericLambdas.emplace_back();
      GenericLambdas.back().Lambda = Lambda;
    }
    // A lambda in a template has a closure type for each specialization of
    // the function around it, each where the lambda is written.
    auto GenericLambdaOf = [&](const FunctionDecl *F) -> GenericLambda * {
      const auto *Call = dyn_cast<CXXMethodDecl>(F);
      if (Call == nullptr || !Call->getParent()->isLambda())
        return nullptr;
      for (GenericLambda &G : GenericLambdas)
        if (G.Lambda->getLambdaClass()->getLocation() ==
            Call->getParent()->getLocation())
          return &G;
      return nullptr;
    };
    std::vector<TemplateMachines> Machines;
    for (const FunctionDecl *Pattern : Patterns) {
      Machines.emplace_back();
      Machines.back().Pattern = Pattern;
      Machines.back().MachineName =
          C.freshName(machineStem(Pattern) + "_machine");
    }
    auto MachinesOf = [&](const FunctionDecl *F) -> TemplateMachines * {
      if (!F->isTemplateInstantiation())
        return nullptr;
      const FunctionDecl *Pattern = templatePattern(F);
      for (TemplateMachines &M : Machines)
        if (Pattern != nullptr &&
            Pattern->getCanonicalDecl() == M.Pattern->getCanonicalDecl())
          return &M;
      return nullptr;
    };
    // One error per template is enough: its specializations share the text.
    llvm::SmallPtrSet<const FunctionDecl *, 4> Failed;
    ClosureNames Names;
    std::vector<std::vector<NamedClosure>> Closures =
        nameClosures(C, Functions, Names, UnnamedGeneric);
    setNamedClosures(&Names);
    auto Forget = llvm::make_scope_exit([] { setNamedClosures(nullptr); });
    for (size_t I = 0; I < Functions.size(); ++I) {
      FunctionPlan Plan;
      Plan.Function = Functions[I];
      Plan.Closures = std::move(Closures[I]);
      // The machines of a generic lambda's specializations share a name:
      // each is in a block of its own.
      GenericLambda *Generic = GenericLambdaOf(Functions[I]);
      if (Generic != nullptr && !Generic->MachineName.empty())
        Plan.MachineName = Generic->MachineName;
      // A nested lambda's machine is named after its closure: child_machine.
      else if (const auto *Call = dyn_cast<CXXMethodDecl>(Functions[I]))
        if (auto It = Names.find(Call->getParent()); It != Names.end())
          Plan.MachineName = C.freshName(
              llvm::StringRef(It->second).drop_back(strlen("closure")).str() +
              "machine");
      if (Generic != nullptr) {
        Plan.GenericCall = true;
        if (Plan.MachineName.empty())
          Plan.MachineName = C.freshName("lambda_machine");
        Generic->MachineName = Plan.MachineName;
      }
      TemplateMachines *Machine = MachinesOf(Functions[I]);
      if (Machine != nullptr) {
        if (Failed.contains(Machine->Pattern))
          continue;
        Plan.Specialization = true;
        Plan.MachineName = Machine->MachineName;
        Plan.SharedLocalsName = &Machine->LocalsName;
        if (Functions[I]->getPrimaryTemplate() != nullptr) {
          // The machine template has a parameter for each named parameter
          // of the function template only: the ramp cannot pass the others.
          const TemplateParameterList *Params =
              templateParameters(Functions[I]);
          llvm::ArrayRef<TemplateArgument> Args =
              templateArguments(Functions[I]);
          std::vector<TemplateArgument> Named;
          for (unsigned K = 0; K < Params->size() && K < Args.size(); ++K)
            if (Params->getParam(K)->getIdentifier() != nullptr)
              Named.push_back(Args[K]);
          nameClosureParams(Plan, Params, Args);
          setPlanClosureNames(&Plan.ClosureParams);
          Plan.MachineArgs = spellTemplateArguments(Ctx, Named);
          setPlanClosureNames(nullptr);
          // A member template's specializations in different
          // specializations of its class are different machines.
          std::string Key = Plan.MachineArgs;
          if (const auto *Class = dyn_cast<ClassTemplateSpecializationDecl>(
                  Functions[I]->getDeclContext()))
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
        }
      }
      setPlanClosureNames(&Plan.ClosureParams);
      bool Planned = (Machine == nullptr || templateMembers(C, Plan)) &&
                     planFunction(C, Plan);
      setPlanClosureNames(nullptr);
      // The class of the types and lambdas it keeps is no template, and
      // could not name the closures.
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
    std::vector<size_t> Order = nestPlans(Plans);
    // A generic lambda keeps its head and braces, as any coroutine lambda;
    // between them go the branches that choose its machine, once all are
    // made (before the coroutine around it is rewritten, which takes the
    // text as its named closure's call operator).
    auto ReplaceGenericBody = [&](GenericLambda &G) {
      bool InTemplate =
          G.Lambda->getLambdaClass()->getDeclContext()->isDependentContext();
      std::string Text = "// The state machines of the lambda, line " +
                         std::to_string(C.line(G.Lambda->getBeginLoc())) +
                         (InTemplate ? ", one for each specialization of the "
                                       "template around it in this file.\n"
                                     : ", one for each set of types its "
                                       "'auto' parameters take in this "
                                       "file.\n");
      for (size_t I = 0; I < G.Branches.size(); ++I)
        Text += (I ? " else " : "") + G.Branches[I];
      if (G.Branches.empty())
        Text = neverCalledBody(C, G.Lambda, UnnamedGeneric);
      if (Options.LineDirectives)
        Text = asGenerated(Text);
      if (G.Nested)
        Text = "\n" + Text; // not on the line of the brace
      else
        Text = markGenerated(Text,
                             indentationLevel(C, G.Lambda->getBeginLoc()) + 1);
      Rewriter::RewriteOptions AfterInserts;
      AfterInserts.IncludeInsertsAtBeginOfRange = false;
      Rewrite.ReplaceText(G.Range.getBegin(),
                          Rewrite.getRangeSize(G.Range, AfterInserts), Text);
    };
    for (GenericLambda &G : GenericLambdas) {
      const auto *Body = cast<CompoundStmt>(
          cast<CoroutineBodyStmt>(G.Lambda->getCallOperator()->getBody())
              ->getBody());
      G.Range = CharSourceRange::getCharRange(
          Body->getLBracLoc().getLocWithOffset(1), Body->getRBracLoc());
      G.Nested = Names.count(G.Lambda->getLambdaClass()) != 0;
      // Its head as written, or in a factory's lambda, is C++17 once its
      // template parameter list is written with 'auto'; in a named
      // closure's member template the list stays.
      bool Factory = false;
      for (const FunctionPlan &Plan : Plans)
        for (const NamedClosure &Closure : Plan.Closures)
          Factory |= Closure.Lambda == G.Lambda && !Closure.Factory.empty();
      G.Aliases = !G.Lambda->getExplicitTemplateParameters().empty() &&
                  (!G.Nested || Factory);
      if (!G.Nested) {
        std::vector<HeadEdit> Cxx17;
        cxx17LambdaHead(C, G.Lambda, Cxx17);
        for (const auto &[Range, Replacement] : Cxx17)
          Rewrite.ReplaceText(Range, Replacement);
      }
      for (const FunctionPlan &Plan : Plans)
        if (Plan.GenericCall && GenericLambdaOf(Plan.Function) == &G)
          ++G.Pending;
      if (G.Pending == 0)
        ReplaceGenericBody(G);
    }
    // Where generated text is inserted besides the functions' definitions.
    std::vector<SourceLocation> Insertions;
    if (Options.LineDirectives)
      for (const FunctionPlan &Plan : Plans)
        if (!Plan.Specialization && !Plan.GenericCall)
          insertLineMarkers(C, Plan, File);
    auto Generated = [&](const std::string &Text, const DeclContext *Where) {
      return markGenerated(Options.LineDirectives ? asGenerated(Text) : Text,
                           nesting(Where));
    };
    for (size_t Index : Order) {
      FunctionPlan &Plan = Plans[Index];
      C.setMacroBody(Plan.Body);
      auto InPlan = C.enterPlan(Plan);
      // A specialization of a generic lambda's call operator: its body's
      // text is the lambda's, rewritten on its own; its machine and ramp
      // become one branch of the lambda's body.
      if (Plan.GenericCall) {
        Rewriter Scratch(SM, Ctx.getLangOpts());
        C.setRewriter(Scratch);
        Ok &= rewriteBody(C, Plan);
        if (Ok && !Ctx.getDiagnostics().hasErrorOccurred()) {
          std::string Body = C.text(Plan.Body->getSourceRange());
          markUnusedLambdaPack(Plan.PackParams, Body);
          MachineText Machine = emitMachine(C, Plan, Body);
          GenericLambda &G = *GenericLambdaOf(Plan.Function);
          std::string Ramp = emitRamp(C, Plan);
          // The condition may name a parameter in the lambda's head, which
          // is the file's text.
          C.setRewriter(Rewrite);
          // The plans come last first.
          std::string Aliases;
          if (G.Aliases)
            for (const NamedDecl *Param :
                 G.Lambda->getExplicitTemplateParameters())
              Aliases +=
                  "using " + Param->getNameAsString() + " [[maybe_unused]] = " +
                  spellType(
                      Ctx,
                      Plan.Function->getTemplateSpecializationArgs()
                          ->get(cast<TemplateTypeParmDecl>(Param)->getIndex())
                          .getAsType()) +
                  ";\n";
          G.Branches.insert(
              G.Branches.begin(),
              "if constexpr (" +
                  genericCallCondition(C, Plan.Function, UnnamedGeneric) +
                  ") {\n" + Aliases + Machine.Class + "\n" + Ramp + "}");
          if (--G.Pending == 0)
            ReplaceGenericBody(G);
          continue;
        }
        C.setRewriter(Rewrite);
        continue;
      }
      // A specialization of a function template: its body's text is the
      // template's, rewritten on its own; its machine goes after the file's
      // code.
      if (Plan.Specialization) {
        Rewriter Scratch(SM, Ctx.getLangOpts());
        C.setRewriter(Scratch);
        setPlanClosureNames(&Plan.ClosureParams);
        auto Unname =
            llvm::make_scope_exit([] { setPlanClosureNames(nullptr); });
        Ok &= rewriteBody(C, Plan);
        pinForOwnConstructors(C, Plan);
        if (Ok && !Ctx.getDiagnostics().hasErrorOccurred()) {
          std::string Body = C.text(Plan.Body->getSourceRange());
          for (HoistedLambda &Hoisted : Plan.HoistedLambdas) {
            size_t At = Hoisted.Packs ? Hoisted.Definition.find(Plan.PackParams)
                                      : std::string::npos;
            if (At == std::string::npos)
              continue;
            std::string Params = Plan.PackParams;
            markUnusedPack(
                Params,
                llvm::StringRef(Hoisted.Definition).substr(At + Params.size()));
            Hoisted.Definition.replace(At, Plan.PackParams.size(), Params);
          }
          markUnusedPack(Plan.PackParams, Body);
          MachineText Machine = emitMachine(C, Plan, Body);
          std::string Text = Machine.Class + "\n" + Machine.MoveNext + "\n";
          const FunctionDecl *F = Plan.Function;
          // A machine generic over closures is written once for the
          // specializations it serves, which must agree on it.
          if (!Plan.MachineTemplateHead.empty()) {
            auto [It, New] =
                MachinesOf(F)->Generic.insert({Plan.MachineArgs, Text});
            if (!New && It->second != Text)
              Ok = C.unsupported(
                  SM.getExpansionLoc(F->getPointOfInstantiation()),
                  "specializations of an async template given different "
                  "closure types or local classes, whose machines differ "
                  "otherwise (" +
                      Plan.MachineArgs +
                      "); not supported yet: their machine is one template "
                      "generic over those types");
            if (!New) {
              C.setRewriter(Rewrite);
              continue;
            }
          }
          if (F->getTemplateSpecializationKind() ==
              TSK_ExplicitInstantiationDefinition) {
            // An explicit instantiation definition instantiates the ramp
            // at once, and with it asl::start<...>, which needs the machine
            // complete: it goes just before the `template` that starts the
            // instantiation, in the namespace that holds it.
            SourceLocation Name =
                SM.getExpansionLoc(F->getPointOfInstantiation());
            llvm::StringRef Before = SM.getBufferData(SM.getFileID(Name))
                                         .take_front(SM.getFileOffset(Name));
            size_t Keyword = Before.rfind("template");
            SourceLocation At = Keyword == llvm::StringRef::npos
                                    ? Name
                                    : Name.getLocWithOffset(-static_cast<int>(
                                          Before.size() - Keyword));
            const DeclContext *Around = namespaceAt(C, At);
            auto [Open, Close] =
                F->isCXXClassMember()
                    ? std::pair<std::string, std::string>()
                    : namespacesOf(F->getDeclContext(), Around);
            Rewrite.InsertTextBefore(
                At, Generated(Open + Text + Close + "\n", Around));
            Insertions.push_back(At);
          } else {
            // The plans come last first.
            std::string &All = MachinesOf(F)->Specializations;
            All = Text + All;
          }
        }
        C.setRewriter(Rewrite);
        continue;
      }
      Ok &= rewriteBody(C, Plan);
      pinForOwnConstructors(C, Plan);
      if (!Ok || Ctx.getDiagnostics().hasErrorOccurred())
        continue;
      nameUnnamedLambdaParams(C, Plan);
      std::string Body = C.text(Plan.Body->getSourceRange());
      MachineText Machine = emitMachine(
          C, Plan, Body, Options.LineDirectives ? debuggerAliases(Plan) : "");
      std::string Ramp = emitRamp(C, Plan);
      const FunctionDecl *F = Plan.Function;
      // A coroutine lambda keeps its head and braces; what is between them
      // becomes the machine, a local class, and the ramp's return statement,
      // indented one level deeper than the line where the lambda starts.
      // One inside another coroutine is formatted with the text around it.
      if (Plan.Closure != nullptr) {
        std::string Text = Machine.Class + "\n" + Ramp;
        if (Options.LineDirectives)
          Text = asGenerated(Text);
        if (Plan.Nested)
          Text = "\n" + Text; // not on the line of the brace
        else
          Text = markGenerated(
              Text, indentationLevel(C, Plan.Closure->getBeginLoc()) + 1);
        // With line directives, a body on the brace's line has a directive
        // inserted where the range begins; it stays before the generated
        // text (counting it in the range would erase as much of the text
        // after the range).
        CharSourceRange Range = generatedRange(C, Plan);
        Rewriter::RewriteOptions AfterInserts;
        AfterInserts.IncludeInsertsAtBeginOfRange = false;
        Rewrite.ReplaceText(Range.getBegin(),
                            Rewrite.getRangeSize(Range, AfterInserts), Text);
        continue;
      }
      std::vector<Insertion> Friends;
      Ok &= befriendMachine(C, Plan, Friends);
      for (const Insertion &Friend : Friends) {
        Rewrite.InsertText(Friend.At, Generated(Friend.Text, Friend.Where));
        Insertions.push_back(Friend.At);
      }
      std::string Declaration =
          (Plan.LocalsName.empty() ? "" : "struct " + Plan.LocalsName + ";\n") +
          "struct " + Plan.MachineName + ";\n";
      bool InClass = isa<CXXRecordDecl>(F->getLexicalDeclContext());
      if (Plan.NestIn != nullptr && !InClass) {
        // Declared next to the function's declaration in the class, with
        // its access: a class befriending the function befriends the machine
        // too, and must be able to name it.
        SourceLocation At = definitionBegin(C, declarationIn(Plan.NestIn, F));
        Rewrite.InsertText(At, Generated(Declaration, Plan.NestIn));
        Insertions.push_back(At);
      }
      if (Plan.NestIn != nullptr && InClass && !Plan.DefinedInClass) {
        // The class keeps a declaration; the machine and the ramp follow the
        // outermost class around it, where the class is complete.
        // A friend declaration that is not a definition may not have
        // attributes: a hidden friend's declaration starts at `friend`.
        SourceLocation Begin = definitionBegin(C, F);
        if (!isa<CXXMethodDecl>(F))
          for (const FriendDecl *Friend : Plan.NestIn->friends())
            if (Friend->getFriendDecl() == F)
              Begin = SM.getExpansionLoc(Friend->getFriendLoc());
        std::string Head =
            Lexer::getSourceText(
                CharSourceRange::getCharRange(Begin, Plan.Body->getLBracLoc()),
                SM, C.langOpts())
                .rtrim()
                .str();

        Rewrite.ReplaceText(definitionRange(C, F),
                            Generated(Declaration + Head + ";", Plan.NestIn));
        const CXXRecordDecl *Outermost = Plan.NestIn;
        while (const auto *Around =
                   dyn_cast<CXXRecordDecl>(Outermost->getLexicalDeclContext()))
          Outermost = Around;
        SourceLocation After = afterClass(C, Outermost);
        std::string Text = "\n\n" + Machine.Class + "\n" +
                           emitRampAfterClass(C, Plan) + "\n" +
                           Machine.MoveNext;
        // The plans come last first: each goes before those inserted here.
        Rewrite.InsertTextBefore(
            After, Generated(Text, Outermost->getLexicalDeclContext()));
        Insertions.push_back(After);
        continue;
      }
      std::string Text = Plan.OpenNamespaces + Machine.Class +
                         Plan.CloseNamespaces + "\n" + Ramp;
      if (!Machine.MoveNext.empty())
        Text += "\n" + Machine.MoveNext;
      Rewrite.ReplaceText(definitionRange(C, F),
                          Generated(Text, F->getLexicalDeclContext()));
    }
    // A pass that asked for macros to be spelled out (MacroExpansion.h) is
    // followed by another.
    if (!Ok || Ctx.getDiagnostics().hasErrorOccurred() ||
        !Out.MacroNeeds.empty())
      return;
    // Each function template becomes the declaration of its machine
    // template and its ramp; each member of a class template its ramp, its
    // class declaring its machine. The specializations follow the file's
    // code.
    std::string AtEnd;
    std::vector<CharSourceRange> TemplateRanges;
    for (const GenericLambda &G : GenericLambdas)
      if (!G.Nested)
        TemplateRanges.push_back(G.Range);
    for (TemplateMachines &M : Machines) {
      const FunctionDecl *Pattern = M.Pattern;
      const auto *Method = dyn_cast<CXXMethodDecl>(Pattern);
      FunctionPlan Ramp;
      Ramp.Function = Pattern;
      Ramp.MachineName = M.MachineName;
      Ramp.Body = cast<CompoundStmt>(
          cast<CoroutineBodyStmt>(Pattern->getBody())->getBody());
      if (Method != nullptr && Method->isInstance())
        Ramp.Method = Method;
      nameMembers(C, Ramp);
      const FunctionTemplateDecl *Template =
          Pattern->getDescribedFunctionTemplate();
      if (Method != nullptr && Template == nullptr) {
        std::string Declaration =
            (M.LocalsName.empty() ? "" : "struct " + M.LocalsName + ";\n") +
            "struct " + M.MachineName + ";\n";
        std::string Text = emitRamp(C, Ramp);
        if (Method->isOutOfLine()) {
          SourceLocation At =
              definitionBegin(C, declarationIn(Method->getParent(), Method));
          Rewrite.InsertText(At, Generated(Declaration, Method->getParent()));
          Insertions.push_back(At);
        } else {
          Text = Declaration + Text;
        }
        Rewrite.ReplaceText(definitionRange(C, Pattern),
                            Generated(Text, Pattern->getLexicalDeclContext()));
        TemplateRanges.push_back(definitionRange(C, Pattern));
        AtEnd += M.Specializations;
        continue;
      }
      // A function template defined outside its namespace declares its
      // machine template in that namespace (a member template's is a member
      // of its class).
      if (Method == nullptr)
        reopenNamespaces(Ramp);
      std::string Params, Args;
      for (const NamedDecl *Param : *Template->getTemplateParameters()) {
        if (Param->getIdentifier() == nullptr)
          continue;
        // Without its default argument, which the function template has;
        // a declarator may go on after the name (`int (*F)(int)`).
        SourceRange Written = Param->getSourceRange();
        Written.setEnd(Param->getLocation());
        if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param))
          if (SourceLocation End =
                  Value->getTypeSourceInfo()->getTypeLoc().getEndLoc();
              SM.isBeforeInTranslationUnit(Written.getEnd(), End))
            Written.setEnd(End);
        Params += (Params.empty() ? "" : ", ") + C.originalText(Written).str();
        Args += (Args.empty() ? "" : ", ") + Param->getNameAsString() +
                (Param->isTemplateParameterPack() ? "..." : "");
      }
      // One defined after its class template begins with the class
      // template's parameters (`template <class T> template <class U>`).
      SourceLocation Begin = SM.getExpansionLoc(
          Pattern->getNumTemplateParameterLists() > 0
              ? Pattern->getTemplateParameterList(0)->getTemplateLoc()
              : Template->getBeginLoc());
      std::string Head =
          Lexer::getSourceText(
              CharSourceRange::getCharRange(Begin, definitionBegin(C, Pattern)),
              SM, C.langOpts())
              .str();
      std::string Declaration =
          Ramp.OpenNamespaces +
          (M.LocalsName.empty() || Method == nullptr
               ? ""
               : "template <" + Params + "> struct " + M.LocalsName + ";\n") +
          "template <" + Params + "> struct " + M.MachineName + ";\n" +
          Ramp.CloseNamespaces + "\n";
      std::string Text =
          Head + emitRamp(C, Ramp, M.MachineName + "<" + Args + ">");
      // A member template's machine template is a member of its class,
      // declared next to the member's declaration there.
      const FunctionTemplateDecl *InClass = nullptr;
      if (Method != nullptr && Method->isOutOfLine())
        for (const RedeclarableTemplateDecl *D : Template->redecls())
          if (D->getLexicalDeclContext()->Equals(Method->getParent()))
            InClass = cast<FunctionTemplateDecl>(D);
      if (InClass != nullptr) {
        SourceLocation At = SM.getExpansionLoc(InClass->getBeginLoc());
        Rewrite.InsertText(At, Generated(Declaration, Method->getParent()));
        Insertions.push_back(At);
      } else {
        Text = Declaration + Text;
      }
      CharSourceRange Range = definitionRange(C, Pattern);
      Range.setBegin(Begin);
      Rewrite.ReplaceText(Range,
                          Generated(Text, Pattern->getLexicalDeclContext()));
      TemplateRanges.push_back(Range);
      if (M.Specializations.empty())
        continue;
      if (Method != nullptr) {
        AtEnd += M.Specializations;
        continue;
      }
      auto [Open, Close] = namespacesOf(Pattern->getDeclContext());
      AtEnd += Open + M.Specializations + Close + "\n";
    }
    if (!AtEnd.empty()) {
      SourceLocation End = SM.getLocForEndOfFile(SM.getMainFileID());
      Rewrite.InsertTextAfter(
          End,
          Generated("\n// The machines of the specializations of the async "
                    "templates, after every\n// type they keep "
                    "(docs/design.md, \"Templates\").\n" +
                        AtEnd,
                    Ctx.getTranslationUnitDecl()));
      Insertions.push_back(End);
    }
    if (Options.LineDirectives)
      resumeInputAfterGenerated(C, Plans, Insertions, TemplateRanges, File);

    FileID Main = SM.getMainFileID();
    std::string Marked;
    if (const RewriteBuffer *Buffer = Rewrite.getRewriteBufferFor(Main))
      Marked = std::string(Buffer->begin(), Buffer->end());
    else
      Marked = SM.getBufferData(Main).str();
    if (Options.LineDirectives)
      Marked = startOfInput(File) + Marked;
    llvm::Expected<std::string> Formatted =
        formatGenerated(Marked, File, Options.FormatThreads);
    if (!Formatted) {
      llvm::errs() << File << ": error: formatting the output failed: "
                   << llvm::toString(Formatted.takeError()) << "\n";
      return;
    }
    Out.Text = withLineEndingsOf(SM.getBufferData(Main), std::move(*Formatted));
    Out.Lowered = true;

    // Reports about the plans; none of them changes the lowered text.
    if (Options.WarnDangling)
      warnDanglingReferences(C, Plans);
    if (Options.Explain)
      for (const FunctionPlan &Plan : Plans) {
        auto InPlan = C.enterPlan(Plan);
        Out.Explained.push_back(
            {machineKey(C, Plan), explainFunction(C, Plan)});
      }
    if (Options.Graph == LowerOptions::GraphFormat::Dot)
      Out.Graph = stateGraphDot(C, Plans);
    else if (Options.Graph == LowerOptions::GraphFormat::Mermaid)
      Out.Graph = stateGraphMermaid(C, Plans);
  }

private:
  const LowerOptions &Options;
  LoweredFile &Out;
  std::string File;
  const SourceManager *Sources = nullptr;
};

class LowerAction : public ASTFrontendAction {
public:
  LowerAction(const LowerOptions &Options, LoweredFile &Out)
      : Options(Options), Out(Out) {}

  std::unique_ptr<ASTConsumer>
  CreateASTConsumer(CompilerInstance &, llvm::StringRef File) override {
    return std::make_unique<LowerConsumer>(Options, Out, File.str());
  }

  // The consumer chooses which bodies (LowerConsumer::shouldSkipFunctionBody).
  bool BeginSourceFileAction(CompilerInstance &Compiler) override {
    Compiler.getFrontendOpts().SkipFunctionBodies = true;
    Compiler.getFrontendOpts().DisableFree = !Options.FreeAST;
    return true;
  }

private:
  const LowerOptions &Options;
  LoweredFile &Out;
};

class LowerActionFactory : public tooling::FrontendActionFactory {
public:
  LowerActionFactory(const LowerOptions &Options, LoweredFile &Out,
                     llvm::raw_ostream &Verbose)
      : Options(Options), Out(Out), Verbose(Verbose) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<LowerAction>(Options, Out);
  }

  // As the default, but the "N errors generated." line goes to Verbose
  // rather than straight to standard error, so that files lowered in
  // parallel report in the order they were named.
  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    CompilerInstance Compiler(std::move(PCHContainerOps));
    Compiler.setInvocation(std::move(Invocation));
    Compiler.setFileManager(Files);
    Compiler.setVerboseOutputStream(Verbose);
    std::unique_ptr<FrontendAction> Action = create();
    Compiler.createDiagnostics(DiagConsumer, /*ShouldOwnClient=*/false);
    if (!Compiler.hasDiagnostics())
      return false;
    Compiler.createSourceManager(*Files);
    bool Success = Compiler.ExecuteAction(*Action);
    Files->clearStatCache();
    return Success;
  }

private:
  const LowerOptions &Options;
  LoweredFile &Out;
  llvm::raw_ostream &Verbose;
};

} // namespace

std::unique_ptr<tooling::FrontendActionFactory>
newLowerActionFactory(const LowerOptions &Options, LoweredFile &Out,
                      llvm::raw_ostream &Verbose) {
  return std::make_unique<LowerActionFactory>(Options, Out, Verbose);
}

} // namespace asynclower
