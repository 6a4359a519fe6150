//===- DependencyFile.cpp - Make-style dependency files -------------------===//

#include "DependencyFile.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace asynclower {
namespace {

// Records each file the first time the preprocessor enters it. Built-in
// pseudo-files (<built-in>, <command line>) have no file entry and are left
// out.
class EnteredFiles : public PPCallbacks {
public:
  EnteredFiles(SourceManager &SM, std::vector<std::string> &Files)
      : SM(SM), Files(Files) {}

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind, FileID) override {
    if (Reason != EnterFile)
      return;
    OptionalFileEntryRef Entry =
        SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(Loc)));
    if (!Entry)
      return;
    llvm::StringRef Name = Entry->getName();
    if (Seen.insert(Name).second)
      Files.push_back(Name.str());
  }

private:
  SourceManager &SM;
  std::vector<std::string> &Files;
  llvm::StringSet<> Seen;
};

class DependencyAction : public WrapperFrontendAction {
public:
  DependencyAction(std::unique_ptr<FrontendAction> Inner, FileDependencies &Out)
      : WrapperFrontendAction(std::move(Inner)), Out(Out) {}

  bool BeginSourceFileAction(CompilerInstance &CI) override {
    if (!WrapperFrontendAction::BeginSourceFileAction(CI))
      return false;
    std::vector<std::string> &Files = Out[getCurrentFile().str()];
    Files.clear();
    CI.getPreprocessor().addPPCallbacks(
        std::make_unique<EnteredFiles>(CI.getSourceManager(), Files));
    return true;
  }

private:
  FileDependencies &Out;
};

class DependencyActionFactory : public tooling::FrontendActionFactory {
public:
  DependencyActionFactory(std::unique_ptr<FrontendActionFactory> Inner,
                          FileDependencies &Out)
      : Inner(std::move(Inner)), Out(Out) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<DependencyAction>(Inner->create(), Out);
  }

private:
  std::unique_ptr<FrontendActionFactory> Inner;
  FileDependencies &Out;
};

// Make reads a space, '#' and '$' specially in a rule; Ninja's depfile
// parser follows the same escapes.
std::string escaped(llvm::StringRef Path) {
  std::string Text;
  for (char Ch : Path) {
    if (Ch == ' ' || Ch == '#')
      Text += '\\';
    else if (Ch == '$')
      Text += '$';
    Text += Ch;
  }
  return Text;
}

} // namespace

std::unique_ptr<tooling::FrontendActionFactory>
collectDependencies(std::unique_ptr<tooling::FrontendActionFactory> Inner,
                    FileDependencies &Out) {
  return std::make_unique<DependencyActionFactory>(std::move(Inner), Out);
}

std::string dependencyRule(llvm::StringRef Target,
                           const std::vector<std::string> &Files) {
  std::string Rule = escaped(Target) + ":";
  for (const std::string &File : Files)
    Rule += " \\\n  " + escaped(File);
  return Rule + "\n";
}

} // namespace asynclower
