//===- MachineEmitter.cpp - The class around move_next(), and the ramp ----===//
//
// The machine holds, in this order: the state, the builder, the captured
// `this`, a coroutine lambda's captures (references into the closure), the
// parameters (by value as copies moved from the ramp's, by reference as
// references, as a C++20 coroutine frame would), the lifted locals and the
// awaiters. A lifted object with a constructor lives in an anonymous union,
// so it is constructed where the source declares it and not before; one
// with a destructor has a live flag beside it.
//
// The ramp keeps the function's signature and only starts the machine. A
// coroutine lambda's machine is a class local to its body, and the ramp is
// the return statement after it.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

using namespace clang;

namespace asynclower {
namespace {

std::string field(const std::string &Declarator, bool InUnion,
                  const std::string &Flag) {
  std::string Out =
      InUnion ? "union {\n" + Declarator + ";\n};\n" : Declarator + ";\n";
  if (!Flag.empty())
    Out += "bool " + Flag + " = false;\n";
  return Out;
}

// A destructible lifted object, and where it is constructed. Rank orders
// the temporaries of one full-expression.
struct Destructible {
  SourceLocation Constructed;
  unsigned Rank;
  std::string Field;
  std::string Flag;
};

std::vector<Destructible> destructibles(LoweringContext &C,
                                        const FunctionPlan &Plan) {
  std::vector<Destructible> All;
  // A variable whose reference members extend temporaries is complete only
  // after them, and dies before them.
  for (const LiftedLocal &Local : Plan.Lifted)
    if (Local.Destructible)
      All.push_back({Local.Extended.empty() ? Local.Var->getLocation()
                                            : Local.Var->getEndLoc(),
                     0, Local.Field, liveFlag(Local.Field)});
  // Temporaries follow the locals declared before their full-expression,
  // in the order the generated code constructs them.
  unsigned Rank = 0;
  for (const FunctionPlan::Temporary &Temporary : Plan.Temporaries)
    All.push_back({Plan.FullExprs[Temporary.FullExpr].Root->getBeginLoc(),
                   ++Rank, Temporary.Field, Temporary.Flag});
  std::sort(All.begin(), All.end(),
            [&](const Destructible &A, const Destructible &B) {
              if (A.Constructed == B.Constructed)
                return A.Rank < B.Rank;
              return C.sources().isBeforeInTranslationUnit(A.Constructed,
                                                           B.Constructed);
            });
  return All;
}

// A coroutine lambda's captures stay in the closure, as in C++20, where the
// body reaches them through the closure's `this`: the machine holds a
// reference to each, so the closure must outlive the task, as natively.
struct Capture {
  std::string Name;
  QualType Type; // a reference to what the body names
};

std::vector<Capture> captures(LoweringContext &C, const FunctionPlan &Plan) {
  std::vector<Capture> Out;
  if (Plan.Closure == nullptr)
    return Out;
  bool Mutable = !cast<CXXMethodDecl>(Plan.Function)->isConst();
  for (const LambdaCapture &Capture : Plan.Closure->captures()) {
    if (!Capture.capturesVariable())
      continue;
    const ValueDecl *Var = Capture.getCapturedVar();
    QualType Type = Var->getType().getNonReferenceType();
    if (Capture.getCaptureKind() == LCK_ByCopy && !Mutable)
      Type.addConst();
    Out.push_back(
        {Var->getNameAsString(), C.ast().getLValueReferenceType(Type)});
  }
  return Out;
}

std::string relocatable(LoweringContext &C, const FunctionPlan &Plan) {
  // A class local to a function may not have static data members; the
  // runtime accepts a member type instead (asl/builder.h).
  bool Local = Plan.Closure != nullptr;
  if (!Plan.PinnedBecause.empty())
    return "// Built in its heap box from the start: " + Plan.PinnedBecause +
           (Local ? ".\nusing relocatable = std::false_type;\n"
                  : ".\nstatic constexpr bool relocatable = false;\n");
  std::vector<std::string> Types;
  for (const ParmVarDecl *Param : Plan.Function->parameters())
    if (Param->getIdentifier() && !Param->getType()->isReferenceType())
      Types.push_back(spellWrittenType(C.ast(), Param->getType()));
  for (const LiftedLocal &Local : Plan.Lifted)
    Types.push_back(Local.Type);
  for (const AwaitSite &Site : Plan.Awaits)
    if (Site.Source != AwaitSite::Source::Lvalue)
      Types.push_back(Site.Type);
  for (const Slot &S : Plan.Slots)
    Types.push_back(S.Type);
  std::sort(Types.begin(), Types.end());
  Types.erase(std::unique(Types.begin(), Types.end()), Types.end());

  std::string Out = "// Starts on the caller's stack and moves to the heap at "
                    "its first suspension\n// if all of these may move "
                    "bytewise (see asl::is_relocatable).\n";
  if (Types.empty())
    return Out + (Local ? "using relocatable = std::true_type;\n"
                        : "static constexpr bool relocatable = true;\n");
  Out += Local ? "using relocatable = std::bool_constant<asl::relocatable<"
               : "static constexpr bool relocatable = asl::relocatable<";
  for (size_t I = 0; I < Types.size(); ++I)
    Out += (I ? ", " : "") + Types[I];
  return Out + (Local ? ">>;\n" : ">;\n");
}

std::string constructor(LoweringContext &C, const FunctionPlan &Plan) {
  std::vector<std::string> Params, Inits;
  if (Plan.Method != nullptr) {
    Params.push_back(
        spellWrittenType(C.ast(), Plan.Method->getThisType(), Plan.This));
    Inits.push_back(Plan.This + "(" + Plan.This + ")");
  }
  for (const Capture &Captured : captures(C, Plan)) {
    Params.push_back(spellWrittenType(C.ast(), Captured.Type, Captured.Name));
    Inits.push_back(Captured.Name + "(" + Captured.Name + ")");
  }
  for (const ParmVarDecl *Param : Plan.Function->parameters()) {
    if (!Param->getIdentifier())
      continue;
    std::string Name = Param->getNameAsString();
    QualType Type = Param->getType();
    bool ByLvalueRef = Type->isLValueReferenceType();
    QualType Referenced = Type.getNonReferenceType();
    Params.push_back(spellWrittenType(
        C.ast(), C.ast().getLValueReferenceType(Referenced), Name));
    Inits.push_back(
        Name + (ByLvalueRef ? "(" + Name + ")" : "(std::move(" + Name + "))"));
  }

  std::string Out = Params.size() == 1 ? "explicit " : "";
  Out += Plan.MachineName + "(";
  for (size_t I = 0; I < Params.size(); ++I)
    Out += (I ? ", " : "") + Params[I];
  Out += ")";
  for (size_t I = 0; I < Inits.size(); ++I)
    Out += (I ? ", " : " : ") + Inits[I];
  return Out + " {}\n";
}

} // namespace

MachineText emitMachine(LoweringContext &C, const FunctionPlan &Plan,
                        llvm::StringRef MoveNextBody) {
  const FunctionDecl *Function = Plan.Function;
  auto Cleanup = destructibles(C, Plan);
  std::string Out;

  Out += "// The state machine of " +
         (Plan.Closure ? std::string("the lambda")
                       : Function->getQualifiedNameAsString() + "()") +
         ", line " + std::to_string(C.line(Function->getLocation())) + ". " +
         Plan.State +
         " is -1 while it runs, N while it is suspended "
         "at co_await N, -2 once it has finished.\n";
  std::string Qualifier;
  if (Plan.NestIn != nullptr && Function->isOutOfLine())
    Qualifier =
        spellWrittenType(C.ast(), C.ast().getRecordType(Plan.NestIn)) + "::";
  Out += "struct " + Qualifier + Plan.MachineName + " {\n";
  Out += constructor(C, Plan);
  Out += "~" + Plan.MachineName + "() {" +
         (Cleanup.empty() ? "" : " " + Plan.DestroyLive + "(); ") + "}\n\n";
  Out += relocatable(C, Plan) + "\n";

  Out += "int " + Plan.State + " = -1;\n";
  Out += "asl::task_builder<" + Plan.ResultType + "> " + Plan.Builder + ";\n";
  if (Plan.Method != nullptr)
    Out += spellWrittenType(C.ast(), Plan.Method->getThisType(), Plan.This) +
           ";\n";
  for (const Capture &Captured : captures(C, Plan))
    Out += spellWrittenType(C.ast(), Captured.Type, Captured.Name) + ";\n";
  for (const ParmVarDecl *Param : Function->parameters())
    if (Param->getIdentifier())
      Out +=
          spellWrittenType(C.ast(), Param->getType(), Param->getName()) + ";\n";
  for (const LiftedLocal &Local : Plan.Lifted)
    Out += field(Local.Declarator,
                 Local.Storage == LiftedLocal::StorageKind::Object ||
                     Local.Storage == LiftedLocal::StorageKind::Extended,
                 Local.Destructible ? liveFlag(Local.Field) : "");
  for (const Slot &S : Plan.Slots)
    Out += field(
        S.Type + (S.Kind == Slot::Kind::Pointer ? " *" : " ") + S.Field,
        S.Kind == Slot::Kind::Object, S.Destructible ? liveFlag(S.Field) : "");
  for (const AwaitSite &Site : Plan.Awaits) {
    bool Pointer = Site.Source == AwaitSite::Source::Lvalue;
    Out += field(Site.Type + (Pointer ? " *" : " ") + Site.Field, !Pointer,
                 Site.Destructible ? liveFlag(Site.Field) : "");
  }
  // Members of aggregates built in place, while their initializer runs.
  for (const FunctionPlan::Temporary &Temporary : Plan.Temporaries)
    if (Temporary.Dies == FunctionPlan::Temporary::Lifetime::Member)
      Out += "bool " + Temporary.Flag + " = false;\n";

  // Inside a class the body may use the whole class; at namespace scope it
  // follows the ramp, so a recursive call sees the function declared.
  bool Nested = (Plan.NestIn != nullptr && !Function->isOutOfLine()) ||
                Plan.Closure != nullptr;
  std::string MoveNext;
  MoveNext += "void " + (Nested ? "" : Qualifier + Plan.MachineName + "::") +
              "move_next() {\ntry {\n";
  if (!Plan.Awaits.empty())
    MoveNext += dispatchSwitch(Plan, nullptr);
  MoveNext += MoveNextBody.str() + "\n";
  if (Plan.ReturnsVoid)
    MoveNext += Plan.Builder + ".set_result();\n";
  MoveNext += "} catch (...) {\n";
  if (!Cleanup.empty())
    MoveNext += Plan.DestroyLive + "();\n";
  MoveNext += Plan.Builder + ".set_exception(std::current_exception());\n}\n";
  if (!Plan.Returns.empty())
    MoveNext += Plan.Finish + ":\n";
  MoveNext += Plan.State + " = -2;\n" + Plan.Builder + ".complete();\n}\n";

  if (!Cleanup.empty()) {
    Out += "\n// Destroys the lifted objects still alive, last constructed "
           "first: when an\n// exception leaves the body, or when the task is "
           "destroyed while suspended.\n";
    Out += "void " + Plan.DestroyLive + "() noexcept {\n";
    for (auto It = Cleanup.rbegin(); It != Cleanup.rend(); ++It)
      Out += "asl::destroy(" + It->Field + ", " + It->Flag + ");\n";
    Out += "}\n";
  }
  if (Nested)
    return {Out + "\n" + MoveNext + "};\n", ""};
  return {Out + "\nvoid move_next();\n};\n", "inline " + MoveNext};
}

SourceLocation definitionBegin(LoweringContext &C, const FunctionDecl *F) {
  SourceManager &SM = C.sources();
  SourceLocation Begin = SM.getExpansionLoc(F->getBeginLoc());
  for (const Attr *Attribute : F->attrs()) {
    SourceLocation Loc = SM.getExpansionLoc(Attribute->getRange().getBegin());
    if (SM.isWrittenInMainFile(Loc) && SM.isBeforeInTranslationUnit(Loc, Begin))
      Begin = Loc;
  }
  // An attribute's range starts at its name: step back over the `[[` or
  // `__attribute__((` that opens it.
  llvm::StringRef Before =
      SM.getBufferData(SM.getFileID(Begin)).take_front(SM.getFileOffset(Begin));
  llvm::StringRef Trimmed = Before.rtrim();
  for (llvm::StringRef Opener : {"[[", "__attribute__(("})
    if (Trimmed.ends_with(Opener))
      return Begin.getLocWithOffset(
          -static_cast<int>(Before.size() - Trimmed.size() + Opener.size()));
  return Begin;
}

std::string emitRamp(LoweringContext &C, const FunctionPlan &Plan) {
  // A coroutine lambda's ramp is the return statement in its body.
  if (Plan.Closure != nullptr) {
    std::string Args = Plan.Method != nullptr ? "this" : "";
    for (const Capture &Captured : captures(C, Plan))
      Args += (Args.empty() ? "" : ", ") + Captured.Name;
    for (const ParmVarDecl *Param : Plan.Function->parameters())
      if (Param->getIdentifier())
        Args += (Args.empty() ? "" : ", ") + Param->getNameAsString();
    return "return asl::start<" + Plan.MachineName + ">(" + Args + ");\n";
  }
  SourceManager &SM = C.sources();
  SourceLocation Begin = definitionBegin(C, Plan.Function);
  SourceLocation BodyStart = Plan.Body->getLBracLoc();
  std::string Header =
      Lexer::getSourceText(CharSourceRange::getCharRange(Begin, BodyStart), SM,
                           C.langOpts())
          .str();

  std::string Args;
  if (Plan.Method != nullptr)
    Args = "this";
  for (const ParmVarDecl *Param : Plan.Function->parameters())
    if (Param->getIdentifier())
      Args += (Args.empty() ? "" : ", ") + Param->getNameAsString();
  return Header + "{\nreturn asl::start<" + Plan.MachineName + ">(" + Args +
         ");\n}\n";
}

} // namespace asynclower
