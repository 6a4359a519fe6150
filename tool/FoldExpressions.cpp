//===- FoldExpressions.cpp - Folds whose operands await ------------------===//
//
// A fold expression whose pattern (or init) awaits: `(co_await h(xs) +
// ...)`, `(... && co_await ok(xs))`, `((co_await f(xs)), ...)`,
// `(std::cout << ... << co_await h(xs))`. Each specialization knows its
// pack's size, and clang has expanded the fold into a tree of operators
// (`e0 + (e1 + e2)` for a right fold, `((init + e0) + e1)` for a left one),
// all at the fold's text. So, as C# spills an expression it has unrolled,
// the fold is spilled as that tree, one suspension point per element, in
// the order the operators give (left to right; `&&`, `||` and `,` as
// control flow, so that an element a short circuit skips never awaits), and
// then written out unrolled in place of its text: `(spill0_ + (spill1_ +
// awaiter2_.await_resume()))`. Its elements are a PackGroup of their own,
// each read as its replacement or through asl::pack_call
// (PackExpansionOperands.cpp).
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {

// The template's folds that await, and in the specialization the tree each
// expands into: its operators, its elements, its init.
void ExpressionSpiller::findFolds() {
  const FunctionDecl *Pattern = templatePattern(Plan.Function);
  SourceManager &SM = C.sources();
  struct Written {
    const CXXFoldExpr *Fold;
    SourceRange Parens;
    SourceLocation Ellipsis;
    std::vector<const Expr *> Awaits; // in the pattern
    std::vector<const Expr *> Tops;   // in the specialization
  };
  std::vector<Written> Found;
  std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S))
      return;
    // (A node the AST holds twice, as co_return's operand is, once.)
    if (const auto *Fold = dyn_cast<CXXFoldExpr>(S);
        Fold != nullptr && llvm::none_of(Found, [&](const Written &Known) {
          return Known.Fold == Fold;
        })) {
      std::vector<const Expr *> Awaits = awaitsIn(Fold->getPattern());
      bool InitAwaits =
          Fold->getInit() != nullptr && !awaitsIn(Fold->getInit()).empty();
      if (!Awaits.empty() || InitAwaits) {
        Found.push_back({Fold,
                         {SM.getExpansionLoc(Fold->getLParenLoc()),
                          SM.getExpansionLoc(Fold->getRParenLoc())},
                         SM.getExpansionLoc(Fold->getEllipsisLoc()),
                         Awaits,
                         {}});
        notePackRanges(Fold->getPattern());
      }
    }
    for (const Stmt *Child : S->children())
      Find(Child);
  };
  Find(Pattern->getBody());
  if (Found.empty())
    return;

  // In the specialization, each fold's outermost node: inside its
  // parentheses, below a node that is not.
  auto Inside = [&](const Stmt *S, SourceRange P) {
    SourceLocation B = SM.getExpansionLoc(S->getBeginLoc());
    SourceLocation E = SM.getExpansionLoc(S->getEndLoc());
    return B.isValid() && E.isValid() &&
           SM.isBeforeInTranslationUnit(P.getBegin(), B) &&
           SM.isBeforeInTranslationUnit(E, P.getEnd());
  };
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    if (!isa<Expr>(S))
      return;
    const Stmt *Parent = Plan.Tree->parent(S);
    for (Written &Fold : Found)
      if (Inside(S, Fold.Parens) && (Parent == nullptr || !isa<Expr>(Parent) ||
                                     !Inside(Parent, Fold.Parens)))
        Fold.Tops.push_back(cast<Expr>(S));
  });

  for (Written &Fold : Found) {
    // Not in this specialization (a branch if constexpr discards).
    if (Fold.Tops.empty())
      continue;
    if (Fold.Tops.size() > 1) {
      Refused = "a fold expression with a co_await inside a pack expansion "
                "or another fold; not supported yet";
      RefusedAt = Fold.Fold->getBeginLoc();
      return;
    }
    const Expr *Top = Fold.Tops.front();
    SourceRange PatternRange = Fold.Fold->getPattern()->getSourceRange();
    unsigned Index = Folds.size();
    unsigned Group = PackGroups.size();
    PackGroups.push_back({nullptr, SourceRange(), PatternRange, {}, {}, {}});
    auto OperatorOf = [&](const Expr *E, const Expr *&LHS, const Expr *&RHS) {
      if (const auto *Binary = dyn_cast<BinaryOperator>(E);
          Binary != nullptr &&
          SM.getExpansionLoc(Binary->getOperatorLoc()) == Fold.Ellipsis) {
        LHS = Binary->getLHS();
        RHS = Binary->getRHS();
        return true;
      }
      if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E);
          Call != nullptr && Call->getNumArgs() == 2 &&
          SM.getExpansionLoc(Call->getOperatorLoc()) == Fold.Ellipsis) {
        LHS = Call->getArg(0);
        RHS = Call->getArg(1);
        return true;
      }
      return false;
    };
    // An operator node (and the implicit nodes above it), the init, or an
    // element, left to right: the pack's order.
    std::function<void(const Expr *)> Classify = [&](const Expr *N) {
      const Expr *Bare = N->IgnoreImplicit();
      const Expr *LHS = nullptr, *RHS = nullptr;
      if (OperatorOf(Bare, LHS, RHS)) {
        for (const Stmt *X = N; X != Bare; X = *X->child_begin())
          FoldNodeOf[X] = Index;
        FoldNodeOf[Bare] = Index;
        Classify(LHS);
        Classify(RHS);
        return;
      }
      // The init, or the value of an empty fold (`true` for `&&`).
      if (N->getSourceRange() != PatternRange)
        return;
      PackGroup &Elements = PackGroups[Group];
      unsigned K = Elements.Elements.size();
      Elements.Elements.push_back(N);
      Elements.Replaced.emplace_back();
      Elements.Edits.emplace_back();
      markElement(N, Group, K, PatternRange);
    };
    Classify(Top);
    if (PackGroups[Group].Elements.empty()) {
      // No element: the fold is the value of an empty expansion
      // ([temp.variadic]), so its pattern goes, awaits and all: a binary
      // fold keeps its init, whose awaits (if any) are lowered as they
      // stand; a unary one becomes `(true)` for `&&`, `(false)` for `||`,
      // `(void())` for `,` (no other operator may fold an empty pack). The
      // pattern without its co_await keywords would not do: where a part
      // of it does not depend on the pack (`s += co_await later(1)`), the
      // compiler checks that part in the template and rejects it.
      const Expr *Init = Fold.Fold->getInit();
      if (Init == nullptr) {
        BinaryOperatorKind Operator = Fold.Fold->getOperator();
        std::string Value = Operator == BO_LAnd  ? "(true)"
                            : Operator == BO_LOr ? "(false)"
                                                 : "(void())";
        R.ReplaceText(CharSourceRange::getTokenRange(Fold.Parens), Value);
      } else {
        SourceLocation InitBegin = SM.getExpansionLoc(Init->getBeginLoc());
        SourceLocation InitEnd = Lexer::getLocForEndOfToken(
            SM.getExpansionLoc(Init->getEndLoc()), 0, SM, C.langOpts());
        // `(init op ... op pattern)` loses what follows the init, `(pattern
        // op ... op init)` what precedes it.
        if (SM.isBeforeInTranslationUnit(InitBegin, Fold.Ellipsis))
          R.RemoveText(
              CharSourceRange::getCharRange(InitEnd, Fold.Parens.getEnd()));
        else
          R.RemoveText(CharSourceRange::getCharRange(
              Fold.Parens.getBegin().getLocWithOffset(1), InitBegin));
      }
      PackGroups.pop_back();
      std::vector<const Stmt *> Operators;
      for (const auto &[Node, Of] : FoldNodeOf)
        if (Of == Index)
          Operators.push_back(Node);
      for (const Stmt *Node : Operators)
        FoldNodeOf.erase(Node);
      continue;
    }
    Folds.push_back(
        {Top, BinaryOperator::getOpcodeStr(Fold.Fold->getOperator()).str(),
         Group});
  }
}

// The fold whose outermost node E is.
const ExpressionSpiller::Fold *ExpressionSpiller::foldOf(const Expr *E) const {
  for (const Fold &F : Folds)
    if (F.Top == E)
      return &F;
  return nullptr;
}

// A node of a fold as it now reads: an operator node as its operands with
// the operator between them, in parentheses, as the standard spells the
// expansion; an element or the init as nodeText reads it.
std::string ExpressionSpiller::foldText(const Expr *E) {
  if (auto It = FoldReplaced.find(E); It != FoldReplaced.end())
    return It->second;
  auto Node = FoldNodeOf.find(E);
  if (Node == FoldNodeOf.end())
    return nodeText(E);
  const Expr *Bare = E->IgnoreImplicit();
  if (Bare != E)
    return foldText(cast<Expr>(*E->child_begin()));
  const Expr *LHS, *RHS;
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    LHS = Binary->getLHS();
    RHS = Binary->getRHS();
  } else {
    const auto *Call = cast<CXXOperatorCallExpr>(E);
    LHS = Call->getArg(0);
    RHS = Call->getArg(1);
  }
  return "(" + foldText(LHS) + " " + Folds[Node->second].Operator + " " +
         foldText(RHS) + ")";
}

// Writes the fold Top is the outermost node of, spilled, in place of its
// text (its parentheses: FunctionPlan::Folds). From then on its text is the
// rewriter's, as any node's.
void ExpressionSpiller::writeFold(const Expr *Top) {
  for (Fold &F : Folds) {
    if (F.Top != Top || F.Written)
      continue;
    std::string Text = foldText(Top);
    if (!FoldNodeOf.count(Top) || FoldReplaced.count(Top))
      Text = "(" + Text + ")";
    C.replace(Top->getSourceRange(), Text);
    F.Written = true;
  }
}

} // namespace asynclower
