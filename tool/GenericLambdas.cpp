//===- GenericLambdas.cpp - Generic lambdas choose machines ---------------===//
//
// A generic coroutine lambda, or a coroutine lambda inside a template, has
// a call operator for each set of types the file gives it, each with a
// machine of its own. The lambda keeps its head and braces; its body becomes
// `if constexpr` branches on those types, each holding one specialization's
// machine and ramp (docs/design.md, "Generic coroutine lambdas").
//
//===----------------------------------------------------------------------===//

#include "FileLowering.h"
#include "InitCapturePacks.h"
#include "LambdaHeads.h"
#include "LineDirectives.h"
#include "OutputLayout.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace asynclower {
namespace {

// The condition under which a specialization of a generic lambda's call
// operator is the one instantiated: in a template, the template's
// parameters are its arguments (unless Instance: the lambda is one
// specialization's of an async template, with branches of its own); and
// each named parameter whose type depends on template parameters has the
// type it has in the specialization.
//
// An unnamed parameter of the lambda is named in its head (Unnamed, made
// here on first use) so that the condition can name its type: `auto`
// becomes `auto param1_`. The body cannot have used it.
std::string genericCallCondition(
    LoweringContext &C, const FunctionDecl *Specialization, bool Instance,
    llvm::DenseMap<const ParmVarDecl *, std::string> &Unnamed) {
  const auto *Pattern =
      cast<FunctionDecl>(Specialization->getTemplateInstantiationPattern());
  std::string Condition;
  // In a template, the arguments of the function around the lambda.
  const auto *Around = dyn_cast<FunctionDecl>(
      cast<CXXMethodDecl>(Specialization)->getParent()->getDeclContext());
  if (Around != nullptr && Around->isTemplateInstantiation() && !Instance) {
    const TemplateParameterList *Params = templateParameters(Around);
    llvm::ArrayRef<TemplateArgument> Args = templateArguments(Around);
    PrintingPolicy Policy(C.langOpts());
    Policy.FullyQualifiedName = true;
    for (unsigned I = 0; I < Params->size() && I < Args.size(); ++I) {
      std::string Name = Params->getParam(I)->getNameAsString();
      std::string Test;
      if (Args[I].getKind() == TemplateArgument::Pack) {
        // A type parameter pack (AsyncFunctions.cpp, addLambdaInTemplate):
        // all its elements, in order.
        std::string Types;
        for (const TemplateArgument &Element : Args[I].pack_elements())
          Types += (Types.empty() ? "" : ", ") +
                   spellType(C.ast(), Element.getAsType());
        Test = "std::is_same_v<asl::pack_types<" + Name +
               "...>, asl::pack_types<" + Types + ">>";
      } else if (Args[I].getKind() == TemplateArgument::Type) {
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
            Param->getTypeSourceInfo()->getTypeLoc().getEndLoc(), " " + Given);
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

} // namespace

GenericLambda *FileLowering::genericLambdaOf(const FunctionDecl *F) {
  const auto *Call = dyn_cast<CXXMethodDecl>(F);
  if (Call == nullptr || !Call->getParent()->isLambda())
    return nullptr;
  // One in an async template's specialization is that instantiation's
  // closure; one in a template that is no coroutine stands for the
  // closures of all its specializations, all at one place.
  for (GenericLambda &G : GenericLambdas)
    if (G.Lambda->getLambdaClass() == Call->getParent() ||
        (G.Specialization == nullptr &&
         G.Lambda->getLambdaClass()->getLocation() ==
             Call->getParent()->getLocation()))
      return &G;
  return nullptr;
}

// Where each generic lambda's body is, and how many of its specializations'
// plans will add a branch to it.
void FileLowering::setUpGenericLambdas() {
  // The async template's specialization whose body holds the lambda,
  // directly or in coroutine lambdas there (as specializationAround).
  for (GenericLambda &G : GenericLambdas) {
    const auto *Around =
        dyn_cast<FunctionDecl>(G.Lambda->getLambdaClass()->getDeclContext());
    while (Around != nullptr && isa<CXXMethodDecl>(Around) &&
           cast<CXXMethodDecl>(Around)->getParent()->isLambda())
      Around = dyn_cast<FunctionDecl>(
          cast<CXXMethodDecl>(Around)->getParent()->getDeclContext());
    if (Around != nullptr && machinesOf(Around) != nullptr)
      G.Specialization = Around;
  }
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
      if (Plan.GenericCall && genericLambdaOf(Plan.Function) == &G)
        ++G.Pending;
    if (G.Pending == 0)
      replaceGenericBody(G);
  }
}

// A specialization of a generic lambda's call operator: its body's
// text is the lambda's, rewritten on its own; its machine and ramp
// become one branch of the lambda's body.
void FileLowering::rewriteGenericCall(FunctionPlan &Plan) {
  Rewriter Scratch(SM, Ctx.getLangOpts());
  C.setRewriter(Scratch);
  Ok &= rewriteBody(C, Plan);
  if (Ok && !Ctx.getDiagnostics().hasErrorOccurred()) {
    std::string Body = C.text(Plan.Body->getSourceRange());
    markUnusedLambdaPack(Plan.PackParams, Body);
    MachineText Machine = emitMachine(C, Plan, Body);
    GenericLambda &G = *genericLambdaOf(Plan.Function);
    std::string Ramp = emitRamp(C, Plan);
    // The condition may name a parameter in the lambda's head, which
    // is the file's text (or its specialization's).
    Rewriter &Target =
        G.Specialization != nullptr ? scratchFor(G.Specialization) : Rewrite;
    C.setRewriter(Target);
    // Its init-capture packs, spelled as tuples in its head, are opened
    // again around each ramp, which passes their elements.
    if (!G.PacksSpelled) {
      G.PacksSpelled = true;
      spellCoroutineInitCapturePacks(C, G.Lambda, Target, G.PackOpen,
                                     G.PackClose);
    }
    Ramp = G.PackOpen + Ramp + G.PackClose;
    // The plans come last first.
    std::string Aliases;
    if (G.Aliases)
      for (const NamedDecl *Param : G.Lambda->getExplicitTemplateParameters())
        Aliases +=
            "using " + Param->getNameAsString() + " [[maybe_unused]] = " +
            spellType(Ctx,
                      Plan.Function->getTemplateSpecializationArgs()
                          ->get(cast<TemplateTypeParmDecl>(Param)->getIndex())
                          .getAsType()) +
            ";\n";
    G.Branches.insert(
        G.Branches.begin(),
        "if constexpr (" +
            genericCallCondition(C, Plan.Function, G.Specialization != nullptr,
                                 UnnamedGeneric) +
            ") {\n" + Aliases + Machine.Class + "\n" + Ramp + "}");
    if (--G.Pending == 0)
      replaceGenericBody(G);
    C.setRewriter(Rewrite);
    return;
  }
  C.setRewriter(Rewrite);
}

// A generic lambda keeps its head and braces, as any coroutine lambda;
// between them go the branches that choose its machine, once all are
// made (before the coroutine around it is rewritten, which takes the
// text as its named closure's call operator).
void FileLowering::replaceGenericBody(GenericLambda &G) {
  bool InTemplate =
      G.Lambda->getLambdaClass()->getDeclContext()->isDependentContext();
  std::string Text = "// The state machines of the lambda, line " +
                     std::to_string(C.line(G.Lambda->getBeginLoc())) +
                     (InTemplate ? ", one for each specialization of the "
                                   "template around it in this file.\n"
                      : G.Specialization != nullptr
                          ? ", one for each set of types its 'auto' "
                            "parameters take in this specialization of the "
                            "template around it.\n"
                          : ", one for each set of types its "
                            "'auto' parameters take in this "
                            "file.\n");
  // A coroutine lambda is never constexpr (a coroutine may not be,
  // [dcl.constexpr]); its branches alone would make it so implicitly
  // ([expr.prim.lambda.closure]), and clang instantiates a constexpr
  // specialization where it is called, and with it the ramps of the async
  // templates it awaits, before their machines after the file's code are
  // defined. A static local, which a constexpr function may not have
  // before C++23, keeps it not constexpr.
  // (A named closure's call operator template is no lambda's.)
  bool StaysLambda = !G.Nested;
  for (const FunctionPlan &Plan : Plans)
    for (const NamedClosure &Closure : Plan.Closures)
      StaysLambda |= Closure.Lambda == G.Lambda && !Closure.Factory.empty();
  if (StaysLambda && !G.Branches.empty())
    Text += "// A static local keeps it not constexpr, like the coroutine "
            "lambda.\n"
            "[[maybe_unused]] static constexpr bool " +
            C.freshName("not_constexpr_") + " = true;\n";
  for (size_t I = 0; I < G.Branches.size(); ++I)
    Text += (I ? " else " : "") + G.Branches[I];
  // In an async template's specialization, its text is the
  // specialization's own.
  Rewriter &Target =
      G.Specialization != nullptr ? scratchFor(G.Specialization) : Rewrite;
  if (G.Branches.empty()) {
    Rewriter &Before = C.rewriter();
    C.setRewriter(Target);
    Text = neverCalledBody(C, G.Lambda, UnnamedGeneric);
    C.setRewriter(Before);
  }
  if (Options.LineDirectives)
    Text = asGenerated(Text);
  if (G.Nested)
    Text = "\n" + Text; // not on the line of the brace
  else
    Text =
        markGenerated(Text, indentationLevel(C, G.Lambda->getBeginLoc()) + 1);
  Rewriter::RewriteOptions AfterInserts;
  AfterInserts.IncludeInsertsAtBeginOfRange = false;
  Target.ReplaceText(G.Range.getBegin(),
                     Target.getRangeSize(G.Range, AfterInserts), Text);
}

} // namespace asynclower
