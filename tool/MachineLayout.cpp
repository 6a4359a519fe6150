//===- MachineLayout.cpp - sizeof the generated machines, from clang -----===//
//
// The size of a machine depends on how the compiler lays out its fields
// (unions, padding, the builder), which async-lower only writes as text. So
// --explain does not estimate it: it parses the lowered file with the same
// compile command and asks clang's record layout, the number the user's
// compiler will also use for this target.
//
//===----------------------------------------------------------------------===//

#include "LowerJobs.h"
#include "Lowering.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/RecordLayout.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/FrontendAction.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <map>

using namespace clang;
using namespace clang::tooling;

namespace asynclower {
namespace {

struct Layout {
  uint64_t Size = 0;
  uint64_t Align = 0;
};
using Layouts = std::map<std::string, Layout>;

class MachineFinder : public RecursiveASTVisitor<MachineFinder> {
public:
  MachineFinder(ASTContext &Ctx, Layouts &Found) : Ctx(Ctx), Found(Found) {}

  bool VisitCXXRecordDecl(CXXRecordDecl *Record) {
    if (!Record->isCompleteDefinition() || Record->isDependentType() ||
        !Record->getIdentifier() ||
        !Ctx.getSourceManager().isInMainFile(Record->getLocation()))
      return true;
    auto It = Found.find(machineKey(Ctx, Record));
    if (It != Found.end()) {
      const ASTRecordLayout &L = Ctx.getASTRecordLayout(Record);
      It->second = {static_cast<uint64_t>(L.getSize().getQuantity()),
                    static_cast<uint64_t>(L.getAlignment().getQuantity())};
    }
    return true;
  }

private:
  ASTContext &Ctx;
  Layouts &Found;
};

class LayoutAction : public ASTFrontendAction {
public:
  explicit LayoutAction(Layouts &Found) : Found(Found) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 llvm::StringRef) override {
    struct Consumer : ASTConsumer {
      explicit Consumer(Layouts &Found) : Found(Found) {}
      void HandleTranslationUnit(ASTContext &Ctx) override {
        if (!Ctx.getDiagnostics().hasErrorOccurred())
          MachineFinder(Ctx, Found).TraverseAST(Ctx);
      }
      Layouts &Found;
    };
    return std::make_unique<Consumer>(Found);
  }

private:
  Layouts &Found;
};

} // namespace

void addMachineSizes(const CompilationDatabase &Compilations,
                     llvm::StringRef Source, const ArgumentsAdjuster &Adjust,
                     LowerJob &Job) {
  Layouts Found;
  for (const ExplainedFunction &F : Job.Result.Explained)
    Found[F.MachineName] = {};

  llvm::SmallString<256> Path(Source);
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  std::unique_ptr<ClangTool> Tool = newToolFor(Compilations, Path, Adjust);
  Tool->mapVirtualFile(Path, Job.Result.Text);
  IgnoringDiagConsumer Quiet;
  Tool->setDiagnosticConsumer(&Quiet);
  struct Factory : FrontendActionFactory {
    explicit Factory(Layouts &Found) : Found(Found) {}
    std::unique_ptr<FrontendAction> create() override {
      return std::make_unique<LayoutAction>(Found);
    }
    Layouts &Found;
  } MakeAction(Found);
  bool Parsed = Tool->run(&MakeAction) == 0;

  for (ExplainedFunction &F : Job.Result.Explained) {
    const Layout &L = Found[F.MachineName];
    if (L.Size == 0)
      F.Text += "  sizeof(" + F.MachineName +
                "): not known; the lowered file " +
                (Parsed ? "has no such class" : "did not parse") + "\n";
    else
      F.Text += "  sizeof(" + F.MachineName + ") = " + std::to_string(L.Size) +
                " bytes, alignof " + std::to_string(L.Align) +
                " (clang's layout of the generated class)\n";
    F.Text += "\n";
  }
}

} // namespace asynclower
