//===- DiscardedBranches.cpp - Names only a discarded branch used ---------===//
//
// A constexpr if whose condition has a value becomes its taken branch
// (StatementHeads.cpp, rewriteConstexprIf), and the discarded branch's text
// is gone. What only that text named is then unused where the native
// build, which still sees it, used it: a variable or a type declared in
// the body, or a label its gotos jumped to. g++ and clang++ would warn
// (-Wunused-variable, -Wunused-but-set-variable, -Wunused-local-typedef,
// -Wunused-label), so such a declaration is marked [[maybe_unused]] and
// such a label, which nothing jumps to any more, is dropped.
//
// In a specialization of a template clang leaves the discarded branch
// empty, so the names are read from the template's own branch, and matched
// to the specialization's declarations by where they are declared.
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "SyntaxWalk.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

#include <map>
#include <set>

using namespace clang;

namespace asynclower {

namespace {

// Where the declarations that a statement names are declared: variables,
// structured bindings, typedefs and aliases, labels.
class DeclarationsNamed : public RecursiveASTVisitor<DeclarationsNamed> {
public:
  std::set<SourceLocation> Found;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    Found.insert(Ref->getDecl()->getLocation());
    return true;
  }
  bool VisitGotoStmt(GotoStmt *Goto) {
    Found.insert(Goto->getLabel()->getLocation());
    return true;
  }
  bool VisitAddrLabelExpr(AddrLabelExpr *Address) {
    Found.insert(Address->getLabel()->getLocation());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    Found.insert(Loc.getTypedefNameDecl()->getLocation());
    return true;
  }
};

// The constexpr ifs of a template's body by where they begin.
class ConstexprIfs : public RecursiveASTVisitor<ConstexprIfs> {
public:
  std::map<SourceLocation, const IfStmt *> At;

  bool VisitIfStmt(IfStmt *If) {
    if (If->isConstexpr())
      At.emplace(If->getBeginLoc(), If);
    return true;
  }
};

// The template whose body a specialization instantiated, if any.
const Stmt *patternBody(const FunctionPlan &Plan) {
  const FunctionDecl *Pattern =
      Plan.Function->getTemplateInstantiationPattern();
  return Pattern != nullptr && Pattern != Plan.Function ? Pattern->getBody()
                                                        : nullptr;
}

} // namespace

bool BodyRewriter::inKeptLambda(const Stmt *S) const {
  for (const HoistedLambda &Hoisted : Plan.HoistedLambdas)
    if (Plan.Tree->contains(Hoisted.Lambda, S))
      return true;
  return false;
}

void BodyRewriter::quietDiscardedBranchNames() {
  std::vector<const IfStmt *> Ifs;
  Plan.Tree->walk(
      Plan.Body,
      [&](const Stmt *S) {
        if (const auto *If = dyn_cast<IfStmt>(S);
            If && constexprCondition(If) && !inKeptLambda(If))
          Ifs.push_back(If);
      },
      /*IntoLambdas=*/true);
  if (Ifs.empty())
    return;
  ConstexprIfs Patterns;
  if (const Stmt *Pattern = patternBody(Plan))
    Patterns.TraverseStmt(const_cast<Stmt *>(Pattern));
  DeclarationsNamed Discarded;
  for (const IfStmt *If : Ifs) {
    bool Then = *constexprCondition(If);
    if (const Stmt *Branch = Then ? If->getElse() : If->getThen())
      Discarded.TraverseStmt(const_cast<Stmt *>(Branch));
    auto Pattern = Patterns.At.find(If->getBeginLoc());
    if (Pattern == Patterns.At.end())
      continue;
    if (const Stmt *Branch =
            Then ? Pattern->second->getElse() : Pattern->second->getThen())
      Discarded.TraverseStmt(const_cast<Stmt *>(Branch));
  }
  // The gotos the output keeps (the walk skips discarded branches).
  std::set<const LabelDecl *> Jumped;
  std::vector<const LabelStmt *> Labels;
  std::vector<const DeclStmt *> Declarations;
  Plan.Tree->walk(
      Plan.Body,
      [&](const Stmt *S) {
        if (const auto *Goto = dyn_cast<GotoStmt>(S))
          Jumped.insert(Goto->getLabel());
        else if (const auto *Address = dyn_cast<AddrLabelExpr>(S))
          Jumped.insert(Address->getLabel());
        else if (const auto *Label = dyn_cast<LabelStmt>(S))
          Labels.push_back(Label);
        else if (const auto *Decls = dyn_cast<DeclStmt>(S))
          Declarations.push_back(Decls);
      },
      /*IntoLambdas=*/true);
  for (const LabelStmt *Label : Labels) {
    if (inKeptLambda(Label) || Jumped.count(Label->getDecl()) ||
        !Discarded.Found.count(Label->getDecl()->getLocation()))
      continue;
    SourceLocation AfterColon = Lexer::findLocationAfterToken(
        Label->getIdentLoc(), tok::colon, C.sources(), C.langOpts(),
        /*SkipTrailingWhitespaceAndNewLine=*/false);
    if (AfterColon.isValid())
      R.RemoveText(
          CharSourceRange::getCharRange(Label->getIdentLoc(), AfterColon));
  }
  auto Named = [&](const Decl *D) {
    if (const auto *Bindings = dyn_cast<DecompositionDecl>(D))
      for (const BindingDecl *Binding : Bindings->bindings())
        if (Discarded.Found.count(Binding->getLocation()))
          return true;
    return isa<VarDecl, TypedefNameDecl>(D) &&
           Discarded.Found.count(D->getLocation());
  };
  for (const DeclStmt *Decls : Declarations) {
    // A lifted variable is a field, which no compiler reports unused, and
    // its declaration is rewritten; a hoisted type leaves the body, and a
    // kept lambda's text moves to its factory, its constexpr ifs as
    // written. (A declaration named elsewhere too is marked all the same:
    // a variable only assigned there is still unused.)
    if (llvm::is_contained(Plan.HoistedTypes, Decls) || inKeptLambda(Decls))
      continue;
    bool Lifted = false, Quiet = false;
    for (const Decl *D : Decls->decls()) {
      if (const auto *Var = dyn_cast<VarDecl>(D); Var && Plan.lifted(Var))
        Lifted = true;
      Quiet = Quiet || Named(D);
    }
    // One that awaits is written again by the spilling.
    bool Awaits = false;
    Plan.Tree->walk(Decls, [&](const Stmt *S) {
      Awaits = Awaits || isa<CoawaitExpr, CoyieldExpr>(S);
    });
    if (!Quiet || Lifted || Awaits || !Decls->getBeginLoc().isFileID())
      continue;
    // An alias declaration takes its attributes after its name.
    const auto *Alias = Decls->isSingleDecl()
                            ? dyn_cast<TypeAliasDecl>(Decls->getSingleDecl())
                            : nullptr;
    if (Alias != nullptr)
      R.InsertTextAfterToken(Alias->getLocation(), " [[maybe_unused]]");
    else
      R.InsertTextBefore(Decls->getBeginLoc(), "[[maybe_unused]] ");
  }
}

} // namespace asynclower
