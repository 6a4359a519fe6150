//===- LowerJobs.cpp - Lower several files in parallel -------------------===//

#include "LowerJobs.h"
#include "DependencyFile.h"

#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
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

namespace {

void lowerOne(const CompilationDatabase &Compilations,
              const ArgumentsAdjuster &Adjust, const LowerOptions &Options,
              LowerJob &Job) {
  // Buffered, so that the main thread can print each file's diagnostics
  // whole and in order; coloured when they will end up on a terminal.
  llvm::raw_string_ostream Diagnostics(Job.Diagnostics);
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
  DiagOpts->ShowColors = llvm::errs().has_colors();
  Diagnostics.enable_colors(DiagOpts->ShowColors);
  TextDiagnosticPrinter Printer(Diagnostics, DiagOpts.get());
  std::unique_ptr<ClangTool> Tool =
      newToolFor(Compilations, Job.Source, Adjust);
  Tool->setDiagnosticConsumer(&Printer);

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
