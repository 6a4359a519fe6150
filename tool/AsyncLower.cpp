//===- AsyncLower.cpp - The async-lower command line ---------------------===//
//
//   async-lower IN.cpp -o OUT.cpp [-p BUILD_DIR | -- FLAGS]
//
// Exit codes: 0 lowered; 1 the input has errors (reported as clang
// diagnostics); 2 bad usage or a file could not be written. Nothing is
// written unless the whole file lowered, and the input is never modified.
//
//===----------------------------------------------------------------------===//

#include "DependencyFile.h"
#include "LowerFile.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

using namespace clang::tooling;

namespace {

llvm::cl::OptionCategory Category("async-lower options");

llvm::cl::opt<std::string>
    OutputFile("o",
               llvm::cl::desc("Write the lowered file here (default: "
                              "standard output)"),
               llvm::cl::value_desc("file"), llvm::cl::cat(Category));

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
Lowers the ASL_ASYNC functions of a C++20 file into C++17 state machines.

Examples:
  async-lower fetch.cpp -o fetch.lowered.cpp
  async-lower fetch.cpp -o fetch.lowered.cpp -- -std=c++20 -Iinclude
  async-lower -p build src/fetch.cpp -o fetch.lowered.cpp
  async-lower fetch.cpp -o fetch.lowered.cpp --depfile fetch.lowered.cpp.d

With neither -p nor --, the input is parsed as -std=c++20 with the
runtime's headers on the include path.

Exit codes: 0 lowered, 1 the input has errors, 2 usage or I/O error.
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

// Writes through a temporary file and a rename, so that a reader never sees
// half a file and an error leaves the old file intact.
bool writeAtomically(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp)) {
    llvm::errs() << "async-lower: error: cannot write '" << Path
                 << "': " << EC.message() << "\n";
    return false;
  }
  {
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Text;
    Out.close();
    if (Out.has_error()) {
      llvm::errs() << "async-lower: error: cannot write '" << Path
                   << "': " << Out.error().message() << "\n";
      Out.clear_error();
      llvm::sys::fs::remove(Temp);
      return false;
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::errs() << "async-lower: error: cannot write '" << Path
                 << "': " << EC.message() << "\n";
    llvm::sys::fs::remove(Temp);
    return false;
  }
  return true;
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
    return 2;
  }
  const std::vector<std::string> &Sources = Parser->getSourcePathList();
  if (!OutputFile.empty() && Sources.size() != 1) {
    llvm::errs() << "async-lower: error: -o takes exactly one input file\n";
    return 2;
  }
  if (!OutputFile.empty() &&
      llvm::sys::fs::equivalent(Sources[0], OutputFile)) {
    llvm::errs() << "async-lower: error: -o '" << OutputFile
                 << "' is the input file; it is never overwritten\n";
    return 2;
  }
  if (!DepFile.empty() && OutputFile.empty()) {
    llvm::errs() << "async-lower: error: --depfile needs -o\n";
    return 2;
  }

  for (const std::string &Source : Sources)
    if (!llvm::sys::fs::exists(Source)) {
      llvm::errs() << "async-lower: error: no such file: '" << Source << "'\n";
      return 2;
    }

  ClangTool Tool(Parser->getCompilations(), Sources);
  Tool.appendArgumentsAdjuster(
      getInsertArgumentAdjuster({"-I", runtimeIncludeDir(argv[0]),
                                 "-resource-dir", ASL_CLANG_RESOURCE_DIR},
                                ArgumentInsertPosition::END));

  asynclower::LoweredFiles Lowered;
  asynclower::FileDependencies Dependencies;
  asynclower::LowerOptions Options;
  Options.LineDirectives = LineDirectives;
  auto Factory = asynclower::newLowerActionFactory(Lowered, Options);
  if (!DepFile.empty())
    Factory = asynclower::collectDependencies(std::move(Factory), Dependencies);
  int Status = Tool.run(Factory.get());
  if (Status != 0 || Lowered.size() != Sources.size())
    return 1;

  for (auto &[File, Text] : Lowered) {
    if (OutputFile.empty()) {
      if (LineDirectives)
        Text = asynclower::resolveOutputLines(Text, "<stdout>");
      llvm::outs() << Text;
      continue;
    }
    if (LineDirectives)
      Text = asynclower::resolveOutputLines(Text, OutputFile);
    if (!writeAtomically(OutputFile, Text))
      return 2;
    if (!DepFile.empty() &&
        !writeAtomically(DepFile, asynclower::dependencyRule(
                                      OutputFile, Dependencies[File])))
      return 2;
  }
  return 0;
}
