//===- PackExpansionOperands.cpp - Pack expansions among operands ---------===//
//
// An expression with an await and a pack expansion among its operands:
// clang gives one node per element, all with the pattern's text; each
// element is written on its own, as its field or through asl::pack_call
// (docs/design.md, "Parameter packs").
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {

// ---- Pack expansions among the operands -------------------------------------

void ExpressionSpiller::findPackGroups() {
  if (Plan.PackHelper.empty())
    return;
  const FunctionDecl *Pattern = templatePattern(Plan.Function);
  if (Pattern == nullptr || Pattern->getBody() == nullptr)
    return;
  // The expansions of the template's text: pattern, pattern with its
  // ellipsis, the expression they are an operand of; whether the pattern is
  // an await.
  struct Expansion {
    SourceRange Pattern, Whole, Parent;
    bool Awaits = false;
    bool Expanded = false, ParentKept = false; // in the specialization
  };
  std::vector<Expansion> Expansions;
  std::function<void(const Stmt *, const Stmt *)> Find = [&](const Stmt *S,
                                                             const Stmt *Up) {
    if (S == nullptr)
      return;
    const auto *Pack = dyn_cast<PackExpansionExpr>(S);
    // (A node the AST holds twice, as co_return's operand is, once.)
    if (Pack != nullptr &&
        llvm::none_of(Expansions, [&](const Expansion &Known) {
          return Known.Whole == Pack->getSourceRange();
        })) {
      Expansions.push_back(
          {Pack->getPattern()->getSourceRange(), Pack->getSourceRange(),
           Up != nullptr ? Up->getSourceRange() : SourceRange(),
           isa<CoawaitExpr, DependentCoawaitExpr>(Pack->getPattern())});
      std::function<void(const Stmt *)> Named = [&](const Stmt *T) {
        const auto *E = dyn_cast_or_null<Expr>(T);
        if (E == nullptr || !E->containsUnexpandedParameterPack())
          return;
        PackRanges.push_back(E->getSourceRange());
        for (const Stmt *Below : E->children())
          Named(Below);
      };
      Named(Pack->getPattern());
    }
    for (const Stmt *Child : S->children())
      Find(Child, S);
  };
  Find(Pattern->getBody(), nullptr);
  if (Expansions.empty())
    return;
  // In the specialization, a run of operands of one node at a pattern's
  // text. (A node inside an element is no parent of one: expansions inside
  // an element are the element's text. An await's operand is visited once
  // for each of the await's parts that hold it.)
  llvm::DenseSet<const Stmt *> Seen;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Parent = dyn_cast<Expr>(S);
    if (Parent == nullptr || PackElementOf.count(S) || PackInside.count(S) ||
        !Seen.insert(S).second)
      return;
    for (Expansion &Pack : Expansions)
      Pack.ParentKept |= Parent->getSourceRange() == Pack.Parent;
    PackGroup *Open = nullptr;
    for (const Stmt *Child : S->children()) {
      const auto *Operand = dyn_cast_or_null<Expr>(Child);
      Expansion *Found = nullptr;
      if (Operand != nullptr)
        for (Expansion &Pack : Expansions)
          if (Operand->getSourceRange() == Pack.Pattern)
            Found = &Pack;
      if (Found == nullptr) {
        Open = nullptr;
        continue;
      }
      Found->Expanded = true;
      if (Open == nullptr || Open->Pattern != Found->Pattern) {
        PackGroups.push_back({Parent, Found->Whole, Found->Pattern, {}, {}});
        Open = &PackGroups.back();
      }
      unsigned Group = PackGroups.size() - 1;
      unsigned K = Open->Elements.size();
      Open->Elements.push_back(Operand);
      Open->Replaced.emplace_back();
      // The element's implicit conversions, temporary and construction.
      std::function<void(const Stmt *, bool)> Same = [&](const Stmt *T,
                                                         bool Chain) {
        if (T == nullptr || isa<LambdaExpr>(T))
          return;
        const auto *E = dyn_cast<Expr>(T);
        Chain &= E != nullptr && E->getSourceRange() == Found->Pattern;
        (Chain ? PackElementOf : PackInside)[T] = {Group, K};
        for (const Stmt *Below : T->children())
          Same(Below, Chain);
      };
      Same(Operand, true);
    }
  });
  // An expansion of awaits of no element, in an expression the
  // specialization has: no await, so the pattern expands to nothing
  // without its co_await, which the machine's body may not have.
  for (const Expansion &Pack : Expansions)
    if (Pack.Awaits && !Pack.Expanded && Pack.ParentKept) {
      SourceLocation Keyword = Pack.Pattern.getBegin();
      R.ReplaceText(
          Keyword,
          Lexer::MeasureTokenLength(Keyword, C.sources(), C.langOpts()), "");
    }
}

const ExpressionSpiller::PackGroup *
ExpressionSpiller::packGroupOf(const Expr *E) const {
  auto It = PackElementOf.find(E);
  return It == PackElementOf.end() ? nullptr : &PackGroups[It->second.first];
}

// Element K as an expression of the pack helper: a name of the function
// parameter pack is its field; anything else calls the K-th of the lambdas
// the pattern expands into, which returns it as the pattern gives it.
std::string ExpressionSpiller::elementText(const PackGroup &Group, unsigned K) {
  const Expr *Element = Group.Elements[K]->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Element))
    if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      if (auto It = Plan.PackElements.find(Param);
          It != Plan.PackElements.end())
        return It->second;
  return "asl::pack_call<" + std::to_string(K) +
         ">([&]() -> decltype(auto) { return (" + C.text(Group.Pattern) +
         "); }...)";
}

// An element reads as what replaced it, or as elementText; a node inside
// one (an await's operand) as the K-th of the lambdas its text expands
// into, when that text names a pack, and otherwise as written.
std::string ExpressionSpiller::nodeText(const Expr *E) {
  if (auto It = PackElementOf.find(E); It != PackElementOf.end()) {
    const PackGroup &Group = PackGroups[It->second.first];
    const std::string &Replaced = Group.Replaced[It->second.second];
    return Replaced.empty() ? elementText(Group, It->second.second) : Replaced;
  }
  if (auto It = PackInside.find(E); It != PackInside.end()) {
    std::string Text = C.operandText(E);
    if (!llvm::is_contained(PackRanges, E->getSourceRange()))
      return Text;
    return "asl::pack_call<" + std::to_string(It->second.second) +
           ">([&]() -> decltype(auto) { return (" + Text + "); }...)";
  }
  return C.operandText(E);
}

// An element's text is written with the others' (writePackGroups); a node
// inside one has the text of the pattern, which no single element may edit.
void ExpressionSpiller::replaceNode(const Expr *E, const std::string &Text) {
  if (auto It = PackElementOf.find(E); It != PackElementOf.end()) {
    PackGroups[It->second.first].Replaced[It->second.second] = Text;
    return;
  }
  if (PackInside.count(E) && Refused.empty()) {
    Refused = "a part of an element of a pack expansion (not the whole "
              "element) would have to be kept across a co_await; not "
              "supported yet";
    RefusedAt = E->getBeginLoc();
  }
  C.replace(E->getSourceRange(), Text);
}

// The expansions among Parent's operands whose elements were replaced: each
// element as it now reads, in place of the expansion.
void ExpressionSpiller::writePackGroups(const Expr *Parent) {
  for (PackGroup &Group : PackGroups) {
    if (Group.Parent != Parent ||
        llvm::all_of(Group.Replaced,
                     [](const std::string &Text) { return Text.empty(); }))
      continue;
    std::string Text;
    for (unsigned K = 0; K < Group.Elements.size(); ++K)
      Text +=
          (K ? ", " : "") + (Group.Replaced[K].empty() ? elementText(Group, K)
                                                       : Group.Replaced[K]);
    C.replace(Group.Expansion, Text);
    for (std::string &Replaced : Group.Replaced)
      Replaced.clear();
  }
}

} // namespace asynclower
