//===- LowerJobs.cpp - Lower several files in parallel -------------------===//

#include "LowerJobs.h"
#include "DependencyFile.h"

#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::tooling;

namespace asynclower {

// The physical file system each tool gets keeps its own working directory:
// the default one would chdir the whole process, under the other jobs.
std::unique_ptr<ClangTool> newToolFor(const CompilationDatabase &Compilations,
                                      llvm::StringRef Source,
                                      const ArgumentsAdjuster &Adjust) {
  auto Tool = std::make_unique<ClangTool>(
      Compilations, std::vector<std::string>{Source.str()},
      std::make_shared<PCHContainerOperations>(),
      llvm::vfs::createPhysicalFileSystem());
  Tool->appendArgumentsAdjuster(Adjust);
  Tool->setPrintErrorMessage(false);
  return Tool;
}

std::string absoluteSourcePath(llvm::StringRef Source) {
  llvm::SmallString<256> Path(Source);
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

namespace {

// One lowering of Job.Source, read as Text when Text is not empty; what it
// finds replaces what Job held.
void lowerPass(const CompilationDatabase &Compilations,
               const ArgumentsAdjuster &Adjust, const LowerOptions &Options,
               llvm::StringRef Text, LowerJob &Job) {
  Job.Diagnostics.clear();
  Job.Dependencies.clear();
  Job.Result = LoweredFile();
  // Buffered, so that the main thread can print each file's diagnostics
  // whole and in order; coloured when they will end up on a terminal.
  llvm::raw_string_ostream Diagnostics(Job.Diagnostics);
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
  DiagOpts->ShowColors = llvm::errs().has_colors();
  Diagnostics.enable_colors(DiagOpts->ShowColors);
  TextDiagnosticPrinter Printer(Diagnostics, DiagOpts.get());
  // A copy of the text is mapped over the file as an absolute path, which
  // the tool is then given, as ClangTool looks a source up by its absolute
  // path in any case.
  std::string Path = Text.empty() ? Job.Source : absoluteSourcePath(Job.Source);
  std::unique_ptr<ClangTool> Tool = newToolFor(Compilations, Path, Adjust);
  Tool->setDiagnosticConsumer(&Printer);
  if (!Text.empty())
    Tool->mapVirtualFile(Path, Text);

  std::unique_ptr<FrontendActionFactory> Factory =
      newLowerActionFactory(Options, Job.Result, Diagnostics);
  FileDependencies Read;
  if (Options.CollectDependencies)
    Factory = collectDependencies(std::move(Factory), Read);
  // A failed run (clang's own errors, or the lowering's) writes
  // nothing, even if some compile command of the file lowered.
  if (Tool->run(Factory.get()) != 0)
    Job.Result.Lowered = false;
  if (!Read.empty()) // one entry: the tool runs over Job.Source only
    Job.Dependencies = std::move(Read.begin()->second);
}

// Lowers Job.Source; while a pass asks for macro invocations to be spelled
// out (MacroExpansion.h), lowers again a copy of its text where they are.
// Only the last pass's diagnostics are kept: it reports everything the
// earlier ones did, at the same lines.
void lowerOne(const CompilationDatabase &Compilations,
              const ArgumentsAdjuster &Adjust, const LowerOptions &Options,
              LowerJob &Job) {
  // A function's phases stop at its first failure, so each phase that
  // meets a macro can cost a pass (the macros of one phase, and of all the
  // functions, are spelled out together). Each pass spells out at least one
  // invocation more, so the passes end; this bounds the time a file with
  // many can take.
  // FIXME: a file whose macros are met by several phases is parsed once
  // more per phase, which makes it slow to lower, and one that needs more
  // than MaxPasses is refused. The later phases could go on collecting
  // the invocations they meet, so that one more parse would do.
  constexpr unsigned MaxPasses = 12;
  LowerOptions Pass = Options;
  Pass.ExpandMacros = true;
  std::string Text;
  for (unsigned Done = 1;; ++Done) {
    lowerPass(Compilations, Adjust, Pass, Text, Job);
    if (Job.Result.MacroNeeds.empty())
      break;
    ExpandedMacros Expanded =
        Done == MaxPasses
            ? ExpandedMacros()
            : expandMacros(Compilations, Job.Source, Adjust, Text,
                           Job.Result.MacroNeeds, Pass.UnexpandableMacros);
    // The last pass refuses what is still inside macros.
    if (Expanded.Text.empty()) {
      Pass.ExpandMacros = false;
      continue;
    }
    Text = std::move(Expanded.Text);
    Pass.UnexpandableMacros = std::move(Expanded.Unexpandable);
  }
  if (Job.Result.Lowered && Options.Explain)
    addMachineSizes(Compilations, Job.Source, Adjust, Job);
}

} // namespace

void lowerInParallel(const CompilationDatabase &Compilations,
                     llvm::ArrayRef<std::string> Sources,
                     const ArgumentsAdjuster &Adjust,
                     const LowerOptions &Options, unsigned Threads,
                     llvm::function_ref<void(const LowerJob &)> Done) {
  std::vector<LowerJob> Jobs(Sources.size());
  for (size_t I = 0; I < Sources.size(); ++I)
    Jobs[I].Source = Sources[I];
  // One file alone gives the threads to its formatting instead, and the
  // process ends after it, so its AST need not be freed.
  if (Jobs.size() == 1) {
    LowerOptions Alone = Options;
    Alone.FormatThreads = Threads;
    Alone.FreeAST = false;
    lowerOne(Compilations, Adjust, Alone, Jobs[0]);
    return Done(Jobs[0]);
  }

  // Each task writes only its own element of Jobs. Waiting on its future
  // makes those writes visible here, and waiting in input order hands the
  // jobs to Done in that order, each as soon as it and those before it end.
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Threads));
  std::vector<std::shared_future<void>> Finished;
  for (LowerJob &Job : Jobs)
    Finished.push_back(
        Pool.async([&Compilations, &Adjust, &Options, Target = &Job] {
          lowerOne(Compilations, Adjust, Options, *Target);
        }));
  for (size_t I = 0; I < Jobs.size(); ++I) {
    Finished[I].wait();
    Done(Jobs[I]);
  }
}

} // namespace asynclower
