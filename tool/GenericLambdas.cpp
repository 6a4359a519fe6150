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
  for (unsigned I = 0; I < Pattern->getNumParams(); ++I) {
    const ParmVarDecl *Param = Pattern->getParamDecl(I);
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
        spellType(C.ast(), Specialization->getParamDecl(I)->getType()) + ">";
  }
  return Condition;
}

} // namespace

GenericLambda *FileLowering::genericLambdaOf(const FunctionDecl *F) {
  const auto *Call = dyn_cast<CXXMethodDecl>(F);
  if (Call == nullptr || !Call->getParent()->isLambda())
    return nullptr;
  for (GenericLambda &G : GenericLambdas)
    if (G.Lambda->getLambdaClass()->getLocation() ==
        Call->getParent()->getLocation())
      return &G;
  return nullptr;
}

// Where each generic lambda's body is, and how many of its specializations'
// plans will add a branch to it.
void FileLowering::setUpGenericLambdas() {
  for (GenericLambda &G : GenericLambdas) {
    const auto *Body = cast<CompoundStmt>(
        cast<CoroutineBodyStmt>(G.Lambda->getCallOperator()->getBody())
            ->getBody());
    G.Range = CharSourceRange::getCharRange(
        Body->getLBracLoc().getLocWithOffset(1), Body->getRBracLoc());
    G.Nested = Names.count(G.Lambda->getLambdaClass()) != 0;
    for (const FunctionPlan &Plan : Plans)
      if (Plan.GenericCall && genericLambdaOf(Plan.Function) == &G)
        ++G.Pending;
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
    MachineText Machine =
        emitMachine(C, Plan, C.text(Plan.Body->getSourceRange()));
    GenericLambda &G = *genericLambdaOf(Plan.Function);
    std::string Ramp = emitRamp(C, Plan);
    // The condition may name a parameter in the lambda's head, which
    // is the file's text.
    C.setRewriter(Rewrite);
    // The plans come last first.
    G.Branches.insert(
        G.Branches.begin(),
        "if constexpr (" +
            genericCallCondition(C, Plan.Function, UnnamedGeneric) + ") {\n" +
            Machine.Class + "\n" + Ramp + "}");
    if (--G.Pending == 0)
      replaceGenericBody(G);
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
                                 : ", one for each set of types its "
                                   "'auto' parameters take in this "
                                   "file.\n");
  for (size_t I = 0; I < G.Branches.size(); ++I)
    Text += (I ? " else " : "") + G.Branches[I];
  if (Options.LineDirectives)
    Text = asGenerated(Text);
  if (G.Nested)
    Text = "\n" + Text; // not on the line of the brace
  else
    Text =
        markGenerated(Text, indentationLevel(C, G.Lambda->getBeginLoc()) + 1);
  Rewriter::RewriteOptions AfterInserts;
  AfterInserts.IncludeInsertsAtBeginOfRange = false;
  Rewrite.ReplaceText(G.Range.getBegin(),
                      Rewrite.getRangeSize(G.Range, AfterInserts), Text);
}

} // namespace asynclower
