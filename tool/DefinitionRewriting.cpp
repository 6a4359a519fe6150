//===- DefinitionRewriting.cpp - Definitions become machines --------------===//
//
// Replaces an async function's definition by its machine and its ramp:
// in place for a function of a namespace; for a member defined in its
// class, a declaration there and the machine after the outermost class; for
// a coroutine lambda, the text between its braces. Templates and generic
// lambdas are TemplateMachines.cpp's and GenericLambdas.cpp's.
//
//===----------------------------------------------------------------------===//

#include "FileLowering.h"
#include "LineDirectives.h"
#include "OutputLayout.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {

// The range a function definition occupies, from its first token (the
// ASL_ASYNC macro, if written first) to its closing brace: the last
// handler's for a function-try-block, whose end clang does not record on a
// coroutine.
CharSourceRange definitionRange(LoweringContext &C, const FunctionDecl *F) {
  SourceManager &SM = C.sources();
  SourceLocation Begin = definitionBegin(C, F);
  SourceLocation End = F->getEndLoc();
  if (End.isInvalid())
    if (const CompoundStmt *Body = writtenBody(C, F))
      End = Body->getRBracLoc();
  End = SM.getExpansionLoc(End);
  return CharSourceRange::getTokenRange(Begin, End);
}

// The indentation of the line that holds Loc, in LLVM style's levels of
// two columns.
unsigned indentationLevel(LoweringContext &C, SourceLocation Loc) {
  SourceManager &SM = C.sources();
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(Loc));
  size_t Offset = SM.getFileOffset(Loc);
  size_t LineStart = Buffer.rfind('\n', Offset);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  llvm::StringRef Line = Buffer.slice(LineStart, Offset);
  return (Line.size() - Line.ltrim(" ").size()) / 2;
}

// How deep in classes and function bodies a declaration in Context sits:
// each of them indents its members (namespaces and extern blocks do not, in
// LLVM style).
unsigned nesting(const DeclContext *Context) {
  unsigned Depth = 0;
  for (; Context != nullptr; Context = Context->getLexicalParent())
    if (isa<RecordDecl, FunctionDecl>(Context))
      ++Depth;
  return Depth;
}

// What the lowering replaces with generated text: a function's definition,
// or what lies between a coroutine lambda's braces.
CharSourceRange generatedRange(LoweringContext &C, const FunctionPlan &Plan) {
  if (Plan.Closure == nullptr)
    return definitionRange(C, Plan.Function);
  return CharSourceRange::getCharRange(
      Plan.Body->getLBracLoc().getLocWithOffset(1), Plan.Body->getRBracLoc());
}

void FileLowering::rewriteDefinition(FunctionPlan &Plan) {
  Ok &= rewriteBody(C, Plan);
  if (!Ok || Ctx.getDiagnostics().hasErrorOccurred())
    return;
  nameUnnamedLambdaParams(C, Plan);
  std::string Body = bodyText(C, Plan);
  MachineText Machine = emitMachine(
      C, Plan, Body, Options.LineDirectives ? debuggerAliases(Plan) : "");
  std::string Ramp = emitRamp(C, Plan);
  const FunctionDecl *F = Plan.Function;
  // A coroutine lambda keeps its head and braces; what is between them
  // becomes the machine, a local class, and the ramp's return statement,
  // indented one level deeper than the line where the lambda starts.
  // One inside another coroutine is formatted with the text around it.
  if (Plan.Closure != nullptr) {
    std::string Text = Machine.Class + "\n" + Ramp;
    if (Options.LineDirectives)
      Text = asGenerated(Text);
    if (Plan.Nested)
      Text = "\n" + Text; // not on the line of the brace
    else
      Text = markGenerated(
          Text, indentationLevel(C, Plan.Closure->getBeginLoc()) + 1);
    // With line directives, a body on the brace's line has a directive
    // inserted where the range begins; it stays before the generated
    // text (counting it in the range would erase as much of the text
    // after the range).
    // (In a specialization of a template, that coroutine's rewriter.)
    CharSourceRange Range = generatedRange(C, Plan);
    Rewriter::RewriteOptions AfterInserts;
    AfterInserts.IncludeInsertsAtBeginOfRange = false;
    C.rewriter().ReplaceText(
        Range.getBegin(), C.rewriter().getRangeSize(Range, AfterInserts), Text);
    return;
  }
  // An unnamed class is named by an alias before its member's machine.
  std::string Alias;
  if (!Plan.ClassAlias.empty())
    Alias = "using " + Plan.ClassAlias + " = " +
            spellWrittenType(Ctx, Ctx.getRecordType(Plan.NestIn)) + ";\n\n";
  std::vector<Insertion> Friends;
  Ok &= befriendMachine(C, Plan, Friends);
  for (const Insertion &Friend : Friends) {
    Rewrite.InsertText(Friend.At, generated(Friend.Text, Friend.Where));
    Insertions.push_back(Friend.At);
  }
  std::string Declaration =
      (Plan.LocalsName.empty() ? "" : "struct " + Plan.LocalsName + ";\n") +
      "struct " + Plan.MachineName + ";\n";
  bool InClass = isa<CXXRecordDecl>(F->getLexicalDeclContext());
  if (Plan.NestIn != nullptr && !InClass) {
    // Declared next to the function's declaration in the class, with
    // its access: a class befriending the function befriends the machine
    // too, and must be able to name it.
    SourceLocation At = definitionBegin(C, declarationIn(Plan.NestIn, F));
    Rewrite.InsertText(At, generated(Declaration, Plan.NestIn));
    Insertions.push_back(At);
  }
  if (Plan.NestIn != nullptr && InClass && !Plan.DefinedInClass) {
    // The class keeps a declaration; the machine and the ramp follow the
    // outermost class around it, where the class is complete.
    // A friend declaration that is not a definition may not have
    // attributes: a hidden friend's declaration starts at `friend`.
    SourceLocation Begin = definitionBegin(C, F);
    if (!isa<CXXMethodDecl>(F))
      for (const FriendDecl *Friend : Plan.NestIn->friends())
        if (Friend->getFriendDecl() == F)
          Begin = SM.getExpansionLoc(Friend->getFriendLoc());
    std::string Head =
        Lexer::getSourceText(
            CharSourceRange::getCharRange(Begin, Plan.Body->getLBracLoc()), SM,
            C.langOpts())
            .rtrim()
            .str();

    Rewrite.ReplaceText(definitionRange(C, F),
                        generated(Declaration + Head + ";", Plan.NestIn));
    const CXXRecordDecl *Outermost = Plan.NestIn;
    while (const auto *Around =
               dyn_cast<CXXRecordDecl>(Outermost->getLexicalDeclContext()))
      Outermost = Around;
    SourceLocation After = afterClass(C, Outermost);
    std::string Text = "\n\n" + Alias + Machine.Class + "\n" +
                       emitRampAfterClass(C, Plan) + "\n" + Machine.MoveNext;
    // The plans come last first: each goes before those inserted here.
    Rewrite.InsertTextBefore(
        After, generated(Text, Outermost->getLexicalDeclContext()));
    Insertions.push_back(After);
    return;
  }
  std::string Text = Plan.OpenNamespaces + Alias + Machine.Class +
                     Plan.CloseNamespaces + "\n" + Ramp;
  if (!Machine.MoveNext.empty())
    Text += "\n" + Machine.MoveNext;
  Rewrite.ReplaceText(definitionRange(C, F),
                      generated(Text, F->getLexicalDeclContext()));
}

} // namespace asynclower
