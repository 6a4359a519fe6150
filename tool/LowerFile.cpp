//===- LowerFile.cpp - Run the phases over one translation unit ----------===//
//
// Plans every async function of the main file first, so that all errors
// are reported in one run; writes nothing unless every function lowered.
// Then replaces each function by its machine and ramp, and lays the new
// code out with clang-format (LLVM style, 80 columns). The user's code
// outside the async functions is left as it was.
//
//===----------------------------------------------------------------------===//

#include "LowerFile.h"
#include "Lowering.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Format/Format.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Core/Replacement.h"

using namespace clang;

namespace asynclower {
namespace {

// Marks generated text until it is formatted; cannot occur in C++ source.
constexpr llvm::StringLiteral BeginMark = "\x01<asl>";
constexpr llvm::StringLiteral EndMark = "\x01</asl>";

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

bool planFunction(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Function = Plan.Function;
  const auto *Coroutine = cast<CoroutineBodyStmt>(Function->getBody());
  Plan.Body = dyn_cast<CompoundStmt>(Coroutine->getBody());
  if (Plan.Body == nullptr)
    return C.unsupported(Function->getLocation(),
                         "function-try-block on an async function");
  const auto *Method = dyn_cast<CXXMethodDecl>(Function);
  if (Method != nullptr && Method->getParent()->isLambda())
    Plan.Closure = Method->getParent();
  else if (!Function->getIdentifier())
    return C.unsupported(Function->getLocation(),
                         "only named functions can be async");
  // A lambda that captures `this` reaches the object of the member function
  // around it; its machine holds that pointer as a member function's does.
  if (Plan.Closure != nullptr &&
      llvm::any_of(Plan.Closure->captures(), [](const LambdaCapture &Capture) {
        return Capture.capturesThis();
      })) {
    for (const DeclContext *Outer = Plan.Closure->getDeclContext();
         Outer != nullptr && Plan.Method == nullptr; Outer = Outer->getParent())
      if (const auto *Around = dyn_cast<CXXMethodDecl>(Outer))
        if (!Around->getParent()->isLambda() && Around->isInstance())
          Plan.Method = Around;
    if (Plan.Method == nullptr)
      return C.unsupported(Function->getLocation(),
                           "a coroutine lambda that captures 'this' outside "
                           "a member function is not supported yet");
  }
  if (Method != nullptr && Plan.Closure == nullptr) {
    Plan.NestIn = Method->getParent();
    if (Method->isInstance())
      Plan.Method = Method;
    if (Method->isOutOfLine() &&
        !C.sources().isInMainFile(Plan.NestIn->getLocation()))
      return C.unsupported(Function->getLocation(),
                           "async member defined outside a class that is "
                           "defined in another file; its machine must be "
                           "declared in the class");
  }

  Plan.Names = C.takenNames();
  Plan.State = Plan.fresh("state_");
  Plan.Builder = "builder_"; // asl::start and the builder name it
  Plan.This = Plan.fresh("this_");
  Plan.Finish = Plan.fresh("finish_");
  Plan.DestroyLive = Plan.fresh("destroy_live");
  Plan.MachineName = C.freshName(
      Plan.Closure ? "lambda_machine" : Function->getName().str() + "_machine");

  if (!collectSuspensionPoints(C, Plan))
    return false;
  for (AwaitSite &Site : Plan.Awaits)
    Site.Field = Plan.fresh("awaiter" + std::to_string(Site.State) + "_");
  return liftLocals(C, Plan) && planTryDispatch(C, Plan);
}

// The range a function definition occupies, from its first token (the
// ASL_ASYNC macro, if written first) to its closing brace.
CharSourceRange definitionRange(LoweringContext &C, const FunctionDecl *F) {
  SourceManager &SM = C.sources();
  SourceLocation Begin = definitionBegin(C, F);
  SourceLocation End = SM.getExpansionLoc(F->getEndLoc());
  return CharSourceRange::getTokenRange(Begin, End);
}

std::string marked(llvm::StringRef Text) {
  return (BeginMark + Text + EndMark).str();
}

// Removes the marks and formats what they enclosed.
llvm::Expected<std::string> formatGenerated(llvm::StringRef Marked,
                                            llvm::StringRef FileName) {
  std::string Code;
  std::vector<tooling::Range> Ranges;
  size_t Pos = 0;
  while (true) {
    size_t Begin = Marked.find(BeginMark, Pos);
    if (Begin == llvm::StringRef::npos)
      break;
    size_t End = Marked.find(EndMark, Begin);
    Code += Marked.substr(Pos, Begin - Pos).str();
    llvm::StringRef Generated = Marked.slice(Begin + BeginMark.size(), End);
    Ranges.emplace_back(Code.size(), Generated.size());
    Code += Generated.str();
    Pos = End + EndMark.size();
  }
  Code += Marked.substr(Pos).str();

  format::FormatStyle Style = format::getLLVMStyle();
  Style.ColumnLimit = 80;
  tooling::Replacements Fixes = format::reformat(Style, Code, Ranges, FileName);
  return tooling::applyAllReplacements(Code, Fixes);
}

class LowerConsumer : public ASTConsumer {
public:
  LowerConsumer(LoweredFiles &Out, std::string File)
      : Out(Out), File(std::move(File)) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    SourceManager &SM = Ctx.getSourceManager();
    Rewriter Rewrite(SM, Ctx.getLangOpts());
    LoweringContext C(Ctx, Rewrite);
    collectIdentifiers(C);

    bool Ok = true;
    std::vector<FunctionPlan> Plans;
    for (const FunctionDecl *Function : findAsyncFunctions(C, Ok)) {
      FunctionPlan Plan;
      Plan.Function = Function;
      if (planFunction(C, Plan))
        Plans.push_back(std::move(Plan));
      else
        Ok = false;
    }
    for (FunctionPlan &Plan : Plans)
      Ok &= rewriteBody(C, Plan);
    if (!Ok || Ctx.getDiagnostics().hasErrorOccurred())
      return;

    for (FunctionPlan &Plan : Plans) {
      std::string Body = C.text(Plan.Body->getSourceRange());
      MachineText Machine = emitMachine(C, Plan, Body);
      std::string Ramp = emitRamp(C, Plan);
      const FunctionDecl *F = Plan.Function;
      // A coroutine lambda keeps its head; its body becomes the machine, a
      // local class, and the ramp's return statement.
      if (Plan.Closure != nullptr) {
        Rewrite.ReplaceText(
            CharSourceRange::getTokenRange(Plan.Body->getSourceRange()),
            marked("{\n" + Machine.Class + "\n" + Ramp + "}"));
        continue;
      }
      if (Plan.NestIn != nullptr && F->isOutOfLine())
        Rewrite.InsertText(
            Plan.NestIn->getBraceRange().getBegin().getLocWithOffset(1),
            marked("\nstruct " + Plan.MachineName + ";\n"));
      std::string Text = Machine.Class + "\n" + Ramp;
      if (!Machine.MoveNext.empty())
        Text += "\n" + Machine.MoveNext;
      Rewrite.ReplaceText(definitionRange(C, F), marked(Text));
    }

    FileID Main = SM.getMainFileID();
    std::string Marked;
    if (const RewriteBuffer *Buffer = Rewrite.getRewriteBufferFor(Main))
      Marked = std::string(Buffer->begin(), Buffer->end());
    else
      Marked = SM.getBufferData(Main).str();
    llvm::Expected<std::string> Formatted = formatGenerated(Marked, File);
    if (!Formatted) {
      llvm::errs() << File << ": error: formatting the output failed: "
                   << llvm::toString(Formatted.takeError()) << "\n";
      return;
    }
    Out[File] = std::move(*Formatted);
  }

private:
  LoweredFiles &Out;
  std::string File;
};

class LowerAction : public ASTFrontendAction {
public:
  explicit LowerAction(LoweredFiles &Out) : Out(Out) {}

  std::unique_ptr<ASTConsumer>
  CreateASTConsumer(CompilerInstance &, llvm::StringRef File) override {
    return std::make_unique<LowerConsumer>(Out, File.str());
  }

private:
  LoweredFiles &Out;
};

class LowerActionFactory : public tooling::FrontendActionFactory {
public:
  explicit LowerActionFactory(LoweredFiles &Out) : Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<LowerAction>(Out);
  }

private:
  LoweredFiles &Out;
};

} // namespace

std::unique_ptr<tooling::FrontendActionFactory>
newLowerActionFactory(LoweredFiles &Out) {
  return std::make_unique<LowerActionFactory>(Out);
}

} // namespace asynclower
