//===- LowerFile.cpp - Run the phases over one translation unit ----------===//
//
// Plans every async function of the main file first, so that all errors
// are reported in one run; writes nothing unless every function lowered.
// Then replaces each function by its machine and ramp, marking the new
// code for OutputLayout.cpp to lay out with libFormat, one chunk at a time.
// The user's code outside the async functions is left as it was.
// FileLowering.h lists the files of the steps.
//
//===----------------------------------------------------------------------===//

#include "LowerFile.h"
#include "FileLowering.h"
#include "LineDirectives.h"
#include "OutputLayout.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Attr.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/ScopeExit.h"

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

} // namespace

FileLowering::FileLowering(ASTContext &Ctx, const LowerOptions &Options,
                           LoweredFile &Out, llvm::StringRef File)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Options(Options), Out(Out),
      File(File.str()), Rewrite(SM, Ctx.getLangOpts()), C(Ctx, Rewrite) {
  C.setMacroExpansion(Options.ExpandMacros ? &Out.MacroNeeds : nullptr,
                      &Options.UnexpandableMacros);
}

std::string FileLowering::generated(const std::string &Text,
                                    const DeclContext *Where) const {
  return markGenerated(Options.LineDirectives ? asGenerated(Text) : Text,
                       nesting(Where));
}

void FileLowering::run() {
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

  std::vector<const FunctionDecl *> Patterns;
  std::vector<const LambdaExpr *> Lambdas;
  std::vector<const FunctionDecl *> Functions =
      findAsyncFunctions(C, Ok, Patterns, Lambdas);
  for (const LambdaExpr *Lambda : Lambdas) {
    GenericLambdas.emplace_back();
    GenericLambdas.back().Lambda = Lambda;
  }
  for (const FunctionDecl *Pattern : Patterns) {
    Machines.emplace_back();
    Machines.back().Pattern = Pattern;
    Machines.back().MachineName =
        C.freshName(machineStem(Pattern) + "_machine");
  }
  std::vector<std::vector<NamedClosure>> Closures =
      nameClosures(C, Functions, Names, UnnamedGeneric);
  setNamedClosures(&Names);
  auto Forget = llvm::make_scope_exit([] { setNamedClosures(nullptr); });
  planFunctions(Functions, Closures);
  std::vector<size_t> Order = nestPlans(Plans);
  setUpGenericLambdas();
  if (Options.LineDirectives)
    for (const FunctionPlan &Plan : Plans)
      if (!Plan.Specialization && !Plan.GenericCall &&
          specializationAround(Plan) == nullptr)
        insertLineMarkers(C, Plan, File);
  for (size_t Index : Order) {
    FunctionPlan &Plan = Plans[Index];
    // A coroutine lambda's body moves into its closure's call operator as
    // text, so a macro that writes the whole lambda can be spelled out
    // first; a function's body is moved from where its braces are written.
    C.setMacroBody(Plan.Closure != nullptr ? nullptr : Plan.Body);
    auto InPlan = C.enterPlan(Plan);
    if (Plan.GenericCall) {
      rewriteGenericCall(Plan);
    } else if (Plan.Specialization) {
      rewriteSpecialization(Plan);
    } else if (const FunctionDecl *Around = specializationAround(Plan)) {
      // A coroutine lambda in a specialization's body, whose text the
      // template's other specializations share: rewritten in the
      // specialization's own rewriter, where the specialization finds its
      // machine as its named closure's call operator.
      C.setRewriter(scratchFor(Around));
      rewriteDefinition(Plan);
      C.setRewriter(Rewrite);
    } else {
      rewriteDefinition(Plan);
    }
  }
  // A pass that asked for macros to be spelled out (MacroExpansion.h) is
  // followed by another.
  if (!Ok || Ctx.getDiagnostics().hasErrorOccurred() || !Out.MacroNeeds.empty())
    return;
  rewriteTemplates();
  finish();
}

const FunctionDecl *
FileLowering::specializationAround(const FunctionPlan &Plan) {
  if (Plan.Closure == nullptr || !Plan.Nested)
    return nullptr;
  // Directly, or through the coroutine lambdas around it.
  const auto *Around = dyn_cast<FunctionDecl>(Plan.Closure->getDeclContext());
  while (Around != nullptr && isa<CXXMethodDecl>(Around) &&
         cast<CXXMethodDecl>(Around)->getParent()->isLambda())
    Around = dyn_cast<FunctionDecl>(
        cast<CXXMethodDecl>(Around)->getParent()->getDeclContext());
  return Around != nullptr && machinesOf(Around) != nullptr ? Around : nullptr;
}

Rewriter &FileLowering::scratchFor(const FunctionDecl *Specialization) {
  std::unique_ptr<Rewriter> &Scratch = Scratches[Specialization];
  if (Scratch == nullptr)
    Scratch = std::make_unique<Rewriter>(SM, Ctx.getLangOpts());
  return *Scratch;
}

void FileLowering::finish() {
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
      Out.Explained.push_back({machineKey(C, Plan), explainFunction(C, Plan)});
    }
  if (Options.Graph == LowerOptions::GraphFormat::Dot)
    Out.Graph = stateGraphDot(C, Plans);
  else if (Options.Graph == LowerOptions::GraphFormat::Mermaid)
    Out.Graph = stateGraphMermaid(C, Plans);
}

namespace {

class LowerConsumer : public ASTConsumer {
public:
  LowerConsumer(const LowerOptions &Options, LoweredFile &Out, std::string File)
      : Options(Options), Out(Out), File(std::move(File)) {}

  void Initialize(ASTContext &Ctx) override {
    Sources = &Ctx.getSourceManager();
    Unit = Ctx.getTranslationUnitDecl();
  }

  // Only the main file's functions are lowered, so the bodies of the
  // functions the headers define are mostly not needed: declarations give
  // every type and signature the lowering reads, and clang still parses
  // the bodies of constexpr functions and of those with a deduced return
  // type. This saves a part of the parse on a file that includes the
  // standard library.
  // FIXME: errors inside the headers' function bodies that are skipped are
  // not reported by the tool; they appear when the lowered file is
  // compiled.
  // A function marked ASL_ASYNC in a header other than a system one keeps
  // its body, so that the tool can refuse it (AsyncFunctions.cpp) rather
  // than leave its coroutine to the C++17 build.
  bool shouldSkipFunctionBody(Decl *D) override {
    if (Sources->isInMainFile(D->getLocation()))
      return false;
    const FunctionDecl *Function = D->getAsFunction();
    if (Function == nullptr)
      return true;
    if (!Sources->isInSystemHeader(D->getLocation()))
      for (const auto *Annotation : Function->specific_attrs<AnnotateAttr>())
        if (Annotation->getAnnotation() == "asl::async")
          return false;
    // A template's body is kept: its specializations for the main file's
    // types may call the main file's templates, each specialization of
    // which needs a machine (std::function's invoker calls a generic
    // coroutine lambda it holds, instantiating its call operator there;
    // docs/design.md, "Generic coroutine lambdas"). So is any body after
    // a declaration of the main file, which it could call.
    return !Function->isTemplated() && !afterMainFileCode();
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // A file with several compile commands is lowered once per command;
    // the last one is the result.
    Out = LoweredFile();
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    FileLowering(Ctx, Options, Out, File).run();
  }

private:
  // Whether the translation unit has a declaration of the main file yet:
  // the declarations added since the last call are looked at once each.
  bool afterMainFileCode() {
    if (SeenMainFile)
      return true;
    // (The unit's first declaration is an implicit one of clang's.)
    const Decl *Next = Checked != nullptr ? Checked->getNextDeclInContext()
                                          : *Unit->decls_begin();
    for (; Next != nullptr; Next = Next->getNextDeclInContext()) {
      Checked = Next;
      if (Sources->isInMainFile(Next->getLocation()))
        return SeenMainFile = true;
    }
    return false;
  }

  const LowerOptions &Options;
  LoweredFile &Out;
  std::string File;
  const SourceManager *Sources = nullptr;
  const TranslationUnitDecl *Unit = nullptr;
  const Decl *Checked = nullptr;
  bool SeenMainFile = false;
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
