//===- FileLowering.h - The lowering of one translation unit -------------===//
//
// What the phases of the file share: every async function's plan, the
// machines of templates and generic lambdas, and the rewriter of the main
// file. LowerFile.cpp runs the steps in order; each step is in the file of
// its phase:
//
//   FunctionPlanning.cpp    a plan for each function (Lowering.h's phases)
//   ClosureNaming.cpp       names of coroutine lambdas inside coroutines
//   ParameterPacks.cpp      specializations with packs: the pack helper
//   DefinitionRewriting.cpp a function's definition becomes machine + ramp
//   GenericLambdas.cpp      a generic lambda's body chooses its machine
//   TemplateMachines.cpp    templates' ramps; specializations' machines
//   LineDirectives.cpp      #line directives around the generated text
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_FILELOWERING_H
#define ASYNC_LOWER_FILELOWERING_H

#include "LowerFile.h"
#include "Lowering.h"

#include "clang/Rewrite/Core/Rewriter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace asynclower {

// An async function template: its ramp, as the template, starts the
// machine template named after it (`twice_machine<T>`), declared before it
// and never defined; each specialization the file instantiates gets an
// explicit specialization of that machine template after the file's own
// code. An async member of a class template likewise: the class template
// declares the machine (`struct get_machine;`), and each specialization of
// the class that instantiates the member defines it (`template <> struct
// Box<int>::get_machine`). docs/design.md, "Templates".
struct TemplateMachines {
  const clang::FunctionDecl *Pattern = nullptr;
  std::string MachineName;
  std::string LocalsName;      // of a member's, if one needs it
  std::string Specializations; // their classes and move_next()s
  llvm::StringSet<> Seen;      // a function template's machines' arguments
  // The machines generic over closure types, by their qualified names
  // (`retry_machine<F>`): specializations given different closures share
  // one when their texts agree.
  llvm::StringMap<std::string> Generic;
};

// A generic coroutine lambda: its call operator is a member template, of
// which each specialization the file instantiates has a machine of its own,
// with concrete types, a class local to the lambda's body as for any
// coroutine lambda. The body chooses among them with `if constexpr` on the
// types of the 'auto' parameters, which it names with decltype: the branches
// not taken are discarded, so each specialization of the body holds only
// its own machine. docs/design.md, "Generic coroutine lambdas". A coroutine
// lambda in a template likewise, one closure type per specialization of the
// function around it, chosen by the template's arguments ("Coroutine
// lambdas inside templates").
struct GenericLambda {
  const clang::LambdaExpr *Lambda = nullptr;
  std::string MachineName;
  std::vector<std::string> Branches; // `if constexpr (...) {...}`, in order
  size_t Pending = 0;  // the plans of its specializations not rewritten yet
  bool Nested = false; // inside a coroutine (NamedClosure)
  // Written with 'auto' for its template parameter list (C++20): each
  // branch declares the list's types as its specialization has them.
  bool Aliases = false;
  clang::CharSourceRange Range; // what lies between its braces
  // Its init-capture packs (in a template with packs), spelled as tuples
  // once: the text around each branch's ramp that opens them again
  // (spellCoroutineInitCapturePacks in InitCapturePacks.cpp).
  bool PacksSpelled = false;
  std::string PackOpen, PackClose;
  // The specialization of an async template whose body holds this
  // instantiation of the lambda (directly, or in coroutine lambdas there),
  // or null. Its branches go to that specialization's rewriter, and choose
  // by the 'auto' parameters' types only ("Coroutine lambdas inside
  // templates").
  const clang::FunctionDecl *Specialization = nullptr;
};

// The lowering of the main file of one parse. Nothing is written unless
// every function lowered: LoweredFile::Lowered says so.
class FileLowering {
public:
  FileLowering(clang::ASTContext &Ctx, const LowerOptions &Options,
               LoweredFile &Out, llvm::StringRef File);

  // Plans every async function, so that all errors are reported in one
  // run; then rewrites each and lays the file out.
  void run();

private:
  // FunctionPlanning.cpp: a plan for each function, given the coroutine
  // lambdas each holds (nameClosures); Ok is false after an error.
  void planFunctions(llvm::ArrayRef<const clang::FunctionDecl *> Functions,
                     std::vector<std::vector<NamedClosure>> &Closures);
  // The generic lambda whose specialization F is, or null.
  GenericLambda *genericLambdaOf(const clang::FunctionDecl *F);
  // The machines of the template whose specialization F is, or null.
  TemplateMachines *machinesOf(const clang::FunctionDecl *F);

  // DefinitionRewriting.cpp: F's definition (or a coroutine lambda's body)
  // replaced by its machine and ramp.
  void rewriteDefinition(FunctionPlan &Plan);
  // GenericLambdas.cpp: one branch of the lambda's body for Plan.
  void setUpGenericLambdas();
  void rewriteGenericCall(FunctionPlan &Plan);
  void replaceGenericBody(GenericLambda &G);
  // TemplateMachines.cpp: a specialization's machine, after the file's code
  // (or before its explicit instantiation); then each template's ramp.
  void rewriteSpecialization(FunctionPlan &Plan);
  void rewriteTemplates();

  // LowerFile.cpp: the rewritten file laid out, and the reports.
  void finish();
  // The specialization of an async template whose body holds Plan's
  // coroutine lambda directly, or null; and the rewriter of each such
  // specialization, which its lambdas are rewritten in too (a template's
  // specializations share its text).
  const clang::FunctionDecl *specializationAround(const FunctionPlan &Plan);
  clang::Rewriter &scratchFor(const clang::FunctionDecl *Specialization);

  // Text generated inside Where, marked for OutputLayout.cpp.
  std::string generated(const std::string &Text,
                        const clang::DeclContext *Where) const;

  clang::ASTContext &Ctx;
  clang::SourceManager &SM;
  const LowerOptions &Options;
  LoweredFile &Out;
  std::string File;
  clang::Rewriter Rewrite;
  LoweringContext C;
  bool Ok = true;

  std::vector<FunctionPlan> Plans;
  ClosureNames Names; // of the coroutine lambdas inside coroutines
  std::vector<TemplateMachines> Machines;
  // One error per template is enough: its specializations share the text.
  llvm::SmallPtrSet<const clang::FunctionDecl *, 4> Failed;
  std::vector<GenericLambda> GenericLambdas;
  // The names given to generic lambdas' unnamed parameters.
  llvm::DenseMap<const clang::ParmVarDecl *, std::string> UnnamedGeneric;
  // Where generated text is inserted besides the functions' definitions.
  std::vector<clang::SourceLocation> Insertions;
  // The ranges the templates' ramps and the generic lambdas' machines
  // replaced (their specializations' plans replaced nothing).
  std::vector<clang::CharSourceRange> TemplateRanges;
  std::map<const clang::FunctionDecl *, std::unique_ptr<clang::Rewriter>>
      Scratches;
};

// FunctionPlanning.cpp
// The word a machine's name starts with: the function's name, or for an
// operator function a spelled-out one, or an empty string when there is none.
std::string machineStem(const clang::FunctionDecl *Function);
// The names of the members every machine has, and of the unnamed parameters
// it keeps.
void nameMembers(LoweringContext &C, FunctionPlan &Plan);
bool planFunction(LoweringContext &C, FunctionPlan &Plan);
// The body of Function as written, with its braces; for a function-try-block
// a block made around its try statement (FunctionPlan::FunctionTryBlock).
// Null if there is none.
const clang::CompoundStmt *writtenBody(LoweringContext &C,
                                       const clang::FunctionDecl *Function,
                                       bool *FunctionTryBlock = nullptr);
// The text of the body with the edits made so far, between braces.
std::string bodyText(LoweringContext &C, const FunctionPlan &Plan);

// ParameterPacks.cpp
void foldRanges(LoweringContext &C, FunctionPlan &Plan);
void packHelper(LoweringContext &C, FunctionPlan &Plan);
// Whether the body's function of Specialization receives its template
// template parameters from tags (after a pack of them).
bool templateTemplateTags(const clang::FunctionDecl *Specialization);
// A generic coroutine lambda's specialization with a pack: its body runs
// in a generic lambda inside move_next().
void genericPackHelper(LoweringContext &C, FunctionPlan &Plan);
void markUnusedPack(std::string &Params, llvm::StringRef Text);
void markUnusedLambdaPack(std::string &Params, llvm::StringRef Text);
// A kept type naming a template parameter pack: the class of kept types
// becomes a template over that pack; false, with an error, where it cannot.
bool templateLocalsOverPack(LoweringContext &C, FunctionPlan &Plan);

// ClosureNaming.cpp
std::vector<std::vector<NamedClosure>>
nameClosures(LoweringContext &C,
             llvm::ArrayRef<const clang::FunctionDecl *> Functions,
             ClosureNames &Names,
             llvm::DenseMap<const clang::ParmVarDecl *, std::string> &Unnamed);
std::vector<size_t> nestPlans(std::vector<FunctionPlan> &Plans);
void nameClosureParams(LoweringContext &C, FunctionPlan &Plan,
                       const clang::TemplateParameterList *Params,
                       llvm::ArrayRef<clang::TemplateArgument> Args);
void nameClassClosureParams(LoweringContext &C, FunctionPlan &Plan);
void nameUnnamedLambdaParams(LoweringContext &C, FunctionPlan &Plan);

// TemplateMachines.cpp
bool templateMembers(LoweringContext &C, FunctionPlan &Plan);
// A template's named parameters as a machine template's head lists them,
// its pack last, each as written without its default argument (`class T,
// int N`), and as its arguments name them (`T, N`).
std::pair<std::string, std::string>
machineTemplateParams(LoweringContext &C,
                      const clang::TemplateParameterList *Params);

// DefinitionRewriting.cpp
clang::CharSourceRange definitionRange(LoweringContext &C,
                                       const clang::FunctionDecl *F);
unsigned indentationLevel(LoweringContext &C, clang::SourceLocation Loc);
unsigned nesting(const clang::DeclContext *Context);
clang::CharSourceRange generatedRange(LoweringContext &C,
                                      const FunctionPlan &Plan);

} // namespace asynclower

#endif
