//===- AsyncLower.cpp - The async-lower command line ---------------------===//
//
//   async-lower [options] IN.cpp... [-p BUILD_DIR | -- FLAGS]
//
// Inputs are lowered in parallel, one ClangTool each (LowerJobs.cpp); what
// they report and produce is handled in the order they were named, so a
// run's output does not depend on thread timing. An input with errors
// writes nothing and leaves its older output intact; the other inputs are
// still lowered and written, as clang-format -i treats several files.
//
//===----------------------------------------------------------------------===//

#include "DependencyFile.h"
#include "LowerJobs.h"
#include "OutputFiles.h"
#include "UnifiedDiff.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace clang::tooling;

namespace {

// The exit codes, as --help and the README list them.
enum ExitCode {
  Success = 0,
  InputErrorOrDifference = 1,
  UsageOrIOError = 2,
};

llvm::cl::OptionCategory Category("async-lower options");

llvm::cl::opt<std::string>
    OutputFile("o",
               llvm::cl::desc("Write the lowered file here (one input only; "
                              "default: standard output)"),
               llvm::cl::value_desc("file"), llvm::cl::cat(Category));

llvm::cl::opt<std::string> OutputDir(
    "out-dir",
    llvm::cl::desc("Write each lowered file to DIR/<its path relative to the "
                   "current directory>"),
    llvm::cl::value_desc("dir"), llvm::cl::cat(Category));

llvm::cl::opt<bool> Check(
    "check",
    llvm::cl::desc("Write nothing; compare each lowering with the file -o or "
                   "--out-dir names, printing a unified diff when they differ"),
    llvm::cl::cat(Category));

llvm::cl::opt<bool>
    Explain("explain",
            llvm::cl::desc("Print each function's states, what is alive at "
                           "each, its lifted fields and sizeof its machine"),
            llvm::cl::cat(Category));

llvm::cl::opt<asynclower::LowerOptions::GraphFormat> EmitGraph(
    "emit-graph", llvm::cl::desc("Print each function's state diagram"),
    llvm::cl::values(clEnumValN(asynclower::LowerOptions::GraphFormat::Dot,
                                "dot", "Graphviz DOT"),
                     clEnumValN(asynclower::LowerOptions::GraphFormat::Mermaid,
                                "mermaid",
                                "a Mermaid flowchart, for Markdown")),
    llvm::cl::init(asynclower::LowerOptions::GraphFormat::None),
    llvm::cl::cat(Category));

llvm::cl::opt<bool> NoDanglingWarning(
    "Wno-async-dangling",
    llvm::cl::desc("Do not warn when a reference parameter is used after a "
                   "co_await"),
    llvm::cl::cat(Category));

llvm::cl::opt<unsigned>
    Jobs("j",
         llvm::cl::desc("Lower up to N files at once (default: one per "
                        "hardware thread)"),
         llvm::cl::value_desc("N"), llvm::cl::init(0), llvm::cl::cat(Category));

llvm::cl::opt<std::string> DepFile(
    "depfile",
    llvm::cl::desc("With -o: also write a Make/Ninja dependency file naming "
                   "the input and every file it includes"),
    llvm::cl::value_desc("file"), llvm::cl::cat(Category));

llvm::cl::opt<bool> LineDirectives(
    "line-directives",
    llvm::cl::desc("Map each user statement back to its input line with "
                   "#line, for compiler errors and debuggers"),
    llvm::cl::cat(Category));

llvm::cl::extrahelp Examples(R"(
Lowers the ASL_ASYNC functions of C++20 files into C++17 state machines.

Examples:
  async-lower fetch.cpp -o fetch.lowered.cpp
  async-lower fetch.cpp -o fetch.lowered.cpp -- -std=c++20 -Iinclude
  async-lower -p build src/fetch.cpp -o fetch.lowered.cpp
  async-lower -p build src/*.cpp --out-dir lowered   # lowered/src/*.cpp
  async-lower inputs/job_queue.cpp --check -o golden/job_queue.cpp
  async-lower fetch.cpp --explain
  async-lower fetch.cpp --emit-graph=dot | dot -Tpng -o fetch.png
  async-lower fetch.cpp -o fetch.lowered.cpp --depfile fetch.lowered.cpp.d

With neither -p nor --, inputs are parsed as -std=c++20 with the runtime's
headers on the include path. --out-dir mirrors each input's path relative
to the current directory; an input outside it is a usage error. With
--explain or --emit-graph, the lowered code is written only where -o or
--out-dir says, and the report goes to standard output.

An input with errors writes nothing and leaves an older output intact; the
other inputs are still lowered and written.

Exit codes:
  0  every input lowered (with --check: every output is up to date)
  1  an input has errors (clang diagnostics on standard error), or --check
     found a difference (a unified diff on standard output)
  2  bad usage, a missing input, or an output that could not be written
)");

// The runtime headers: installed beside the tool, else the source tree's.
std::string runtimeIncludeDir(const char *Argv0) {
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&runtimeIncludeDir));
  llvm::SmallString<256> Installed(llvm::sys::path::parent_path(Exe));
  llvm::sys::path::append(Installed, "..", "include", "asl", "task.h");
  if (llvm::sys::fs::exists(Installed))
    return llvm::sys::path::parent_path(llvm::sys::path::parent_path(Installed))
        .str();
  return ASL_RUNTIME_INCLUDE_DIR;
}

bool hasFlag(llvm::ArrayRef<const char *> Args, llvm::StringRef Flag) {
  for (llvm::StringRef Arg : Args)
    if (Arg == Flag || Arg.starts_with((Flag + "=").str()))
      return true;
  return false;
}

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "async-lower: error: " << Message << "\n";
  return UsageOrIOError;
}

// Where each input's lowering goes: -o, --out-dir, or "" for standard
// output (or nowhere, with --explain or --emit-graph).
bool planOutputs(const std::vector<std::string> &Sources,
                 std::vector<std::string> &Outputs) {
  for (const std::string &Source : Sources) {
    std::string Output = OutputFile;
    if (!OutputDir.empty()) {
      llvm::Expected<std::string> Mirrored =
          asynclower::mirroredPath(OutputDir, Source);
      if (!Mirrored) {
        usageError(llvm::toString(Mirrored.takeError()));
        return false;
      }
      Output = *Mirrored;
    }
    if (!Output.empty() && llvm::sys::fs::equivalent(Source, Output)) {
      usageError("the output for '" + Source +
                 "' is the input file; it is never overwritten");
      return false;
    }
    Outputs.push_back(Output);
  }
  return true;
}

// --check: 0 when Path holds exactly Text, else 1 with a diff on stdout.
int checkOutput(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> OnDisk =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!OnDisk) {
    llvm::errs() << "async-lower: '" << Path << "' differs: it cannot be read ("
                 << OnDisk.getError().message() << ")\n";
    return InputErrorOrDifference;
  }
  std::string Diff = asynclower::unifiedDiff((*OnDisk)->getBuffer(), Text, Path,
                                             (Path + " (lowered)").str());
  if (Diff.empty())
    return Success;
  llvm::outs() << Diff;
  return InputErrorOrDifference;
}

} // namespace

int main(int argc, const char **argv) {
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "async-lower " << ASL_VERSION << " (LLVM " << LLVM_VERSION_STRING
       << ")\n";
  });

  std::vector<const char *> Args(argv, argv + argc);
  bool HasFlags =
      llvm::is_contained(llvm::ArrayRef(Args), llvm::StringRef("--"));
  if (!HasFlags && !hasFlag(Args, "-p")) {
    Args.push_back("--");
    Args.push_back("-std=c++20");
  }
  int Count = static_cast<int>(Args.size());
  auto Parser = CommonOptionsParser::create(Count, Args.data(), Category,
                                            llvm::cl::OneOrMore);
  if (!Parser) {
    llvm::errs() << llvm::toString(Parser.takeError());
    return UsageOrIOError;
  }

  // Usage: every mistake is reported before anything is lowered.
  const std::vector<std::string> &Sources = Parser->getSourcePathList();
  bool Reporting =
      Explain || EmitGraph != asynclower::LowerOptions::GraphFormat::None;
  if (!OutputFile.empty() && !OutputDir.empty())
    return usageError("-o and --out-dir cannot be used together");
  if (!OutputFile.empty() && Sources.size() != 1)
    return usageError("-o takes exactly one input file; use --out-dir");
  if (Check && OutputFile.empty() && OutputDir.empty())
    return usageError("--check compares with the file -o or --out-dir names");
  if (Sources.size() > 1 && OutputDir.empty() && !Reporting)
    return usageError("several input files need --out-dir");
  if (!DepFile.empty() && (OutputFile.empty() || Check))
    return usageError("--depfile needs -o (and is not used with --check)");
  for (const std::string &Source : Sources)
    if (!llvm::sys::fs::exists(Source))
      return usageError("no such file: '" + Source + "'");
  std::vector<std::string> Outputs;
  if (!planOutputs(Sources, Outputs))
    return UsageOrIOError;

  asynclower::LowerOptions Options;
  Options.WarnDangling = !NoDanglingWarning;
  Options.Explain = Explain;
  Options.Graph = EmitGraph;
  Options.LineDirectives = LineDirectives;
  Options.CollectDependencies = !DepFile.empty();
  ArgumentsAdjuster Adjust =
      getInsertArgumentAdjuster({"-I", runtimeIncludeDir(argv[0]),
                                 "-resource-dir", ASL_CLANG_RESOURCE_DIR},
                                ArgumentInsertPosition::END);

  // Lower every input in parallel; report and write each in input order.
  int Status = Success;
  auto Raise = [&](int Code) { Status = std::max(Status, Code); };
  size_t Index = 0;
  asynclower::lowerInParallel(
      Parser->getCompilations(), Sources, Adjust, Options, Jobs,
      [&](const asynclower::LowerJob &Job) {
        const std::string &Output = Outputs[Index++];
        llvm::outs().flush(); // the previous input's report comes first
        llvm::errs() << Job.Diagnostics;
        if (!Job.Result.Lowered)
          return Raise(InputErrorOrDifference);
        for (const asynclower::ExplainedFunction &F : Job.Result.Explained)
          llvm::outs() << F.Text;
        llvm::outs() << Job.Result.Graph;

        std::string Text = Job.Result.Text;
        if (LineDirectives)
          Text = asynclower::resolveOutputLines(
              Text, Output.empty() ? "<stdout>" : Output);
        if (Check)
          return Raise(checkOutput(Output, Text));
        if (Output.empty()) {
          if (!Reporting)
            llvm::outs() << Text;
          return;
        }
        llvm::Error E = asynclower::writeAtomically(
            Output, Text, /*MakeParents=*/!OutputDir.empty());
        if (!E && !DepFile.empty())
          E = asynclower::writeAtomically(
              DepFile, asynclower::dependencyRule(Output, Job.Dependencies),
              /*MakeParents=*/false);
        if (E) {
          llvm::errs() << "async-lower: error: " << llvm::toString(std::move(E))
                       << "\n";
          Raise(UsageOrIOError);
        }
      });
  return Status;
}
