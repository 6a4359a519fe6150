//===- PackExpansionOperands.cpp - Pack expansions among operands ---------===//
//
// An expression with an await and a pack expansion among its operands:
// clang gives one node per element, all with the pattern's text; each
// element is written on its own, as its field or through asl::pack_call,
// with the edits made inside it, its own (docs/design.md, "Parameter
// packs").
//
//===----------------------------------------------------------------------===//

#include "CapturedPacks.h"
#include "ExpressionSpilling.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {

static bool offsets(LoweringContext &C, const Expr *Node, unsigned &Begin,
                    unsigned &End);

// ---- Pack expansions among the operands -------------------------------------

void ExpressionSpiller::findPackGroups() {
  if (Plan.PackHelper.empty())
    return;
  const FunctionDecl *Pattern = templatePattern(Plan.Function);
  if (Pattern == nullptr || Pattern->getBody() == nullptr)
    return;
  // The template's packs; for a coroutine lambda capturing a pack in a
  // template (CapturedPacks.cpp), those of the function around it.
  const FunctionDecl *Templated = Plan.Function;
  if (Plan.Closure != nullptr &&
      Templated->getTemplateSpecializationArgs() == nullptr)
    Templated = dyn_cast<FunctionDecl>(Plan.Closure->getDeclContext());
  if (Templated != nullptr && Templated->isTemplateInstantiation())
    for (const TemplateArgumentOf &Given : templateArgumentsOf(Templated))
      if (Given.Param->isTemplateParameterPack())
        PackNames.push_back(Given.Param->getNameAsString());
  for (const ParmVarDecl *Param : Pattern->parameters())
    if (Param->isParameterPack())
      PackNames.push_back(Param->getNameAsString());
  // A coroutine lambda's, captured (CapturedPacks.cpp).
  for (std::string &Pack : capturedPacks(Plan.Closure))
    PackNames.push_back(std::move(Pack));
  // Folds first: an expansion inside a fold's element is that element's
  // text.
  findFolds();
  // The expansions of the template's text: pattern, pattern with its
  // ellipsis, the expression they are an operand of; whether the pattern is
  // an await.
  struct Expansion {
    SourceRange Pattern, Whole, Parent;
    std::vector<const Expr *> Awaits; // in the pattern
    std::string Expanding;            // a pack it expands (expandedPack)
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
           awaitsIn(Pack->getPattern()), expandedPack(Pack->getPattern())});
      notePackRanges(Pack->getPattern());
    }
    for (const Stmt *Child : S->children())
      Find(Child, S);
  };
  Find(Pattern->getBody(), nullptr);
  if (Expansions.empty())
    return;
  // The expansions inside another's pattern.
  SourceManager &SM = C.sources();
  for (const Expansion &Outer : Expansions)
    for (const Expansion &Inner : Expansions)
      if (Inner.Whole != Outer.Whole &&
          !SM.isBeforeInTranslationUnit(Inner.Whole.getBegin(),
                                        Outer.Pattern.getBegin()) &&
          !SM.isBeforeInTranslationUnit(Outer.Pattern.getEnd(),
                                        Inner.Whole.getEnd()))
        InnerExpansions.push_back({Inner.Pattern, Inner.Whole});
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
        PackGroups.push_back(
            {Parent, Found->Whole, Found->Pattern, {}, {}, {}});
        Open = &PackGroups.back();
      }
      unsigned Group = PackGroups.size() - 1;
      unsigned K = Open->Elements.size();
      Open->Elements.push_back(Operand);
      Open->Replaced.emplace_back();
      Open->Edits.emplace_back();
      markElement(Operand, Group, K, Found->Pattern);
      if (!InnerExpansions.empty())
        markInnerElements(Operand, Group, K);
    }
  });
  // An expansion of awaits of no element, in an expression the
  // specialization has: no await, so the pattern expands to nothing
  // without its co_await, which the machine's body may not have. (A braced
  // list of no element may have become a construction of another range:
  // `all{}` of `std::tuple<> all{co_await h(xs)...}`; what holds the
  // expansion's text is kept.)
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    SourceRange Range = S->getSourceRange();
    if (Range.isInvalid() || Range.getBegin().isMacroID() ||
        Range.getEnd().isMacroID())
      return;
    for (Expansion &Pack : Expansions)
      Pack.ParentKept |=
          !Pack.Expanded && Pack.Whole.getBegin().isFileID() &&
          !SM.isBeforeInTranslationUnit(Pack.Whole.getBegin(),
                                        Range.getBegin()) &&
          !SM.isBeforeInTranslationUnit(Range.getEnd(), Pack.Whole.getEnd());
  });
  // An expansion of no element evaluates nothing of its pattern, so none
  // of its awaits happens; its text stays, and the helper expands it to
  // nothing, with each await written as a call that depends on a pack the
  // expansion expands (asl::never_awaited, asl/builder.h): the compiler
  // then checks no part of the pattern in the template, not even one that
  // does not depend on the pack (`s += co_await one()` in `sum((s +=
  // co_await one(), xs)...)`, which without its co_await is `int +=` a
  // task).
  for (const Expansion &Pack : Expansions)
    if (!Pack.Expanded && Pack.ParentKept)
      for (const Expr *Await : Pack.Awaits)
        writeNeverAwaited(Await, Pack.Expanding);
}

namespace {
// The first parameter pack an expansion's pattern expands, as the template
// argument of asl::never_awaited: `decltype(xs)` for a function parameter
// pack, `Ts` for a type one, `Ns` for a non-type one. An expansion or a
// fold inside the pattern expands packs of its own.
class ExpandedPack : public RecursiveASTVisitor<ExpandedPack> {
public:
  std::string Argument;

  bool TraversePackExpansionExpr(PackExpansionExpr *) { return true; }
  bool TraverseCXXFoldExpr(CXXFoldExpr *) { return true; }
  bool TraverseSizeOfPackExpr(SizeOfPackExpr *) { return true; }
  bool TraversePackExpansionTypeLoc(PackExpansionTypeLoc) { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const ValueDecl *Decl = Ref->getDecl();
    if (const auto *Var = dyn_cast<VarDecl>(Decl);
        Var != nullptr && Var->isParameterPack())
      Argument = "decltype(" + Var->getNameAsString() + ")";
    else if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Decl);
             Value != nullptr && Value->isParameterPack())
      Argument = Value->getNameAsString();
    return Argument.empty();
  }
  bool VisitTemplateTypeParmTypeLoc(TemplateTypeParmTypeLoc Loc) {
    const TemplateTypeParmType *Type = Loc.getTypePtr();
    if (Type->isParameterPack() && Type->getIdentifier() != nullptr)
      Argument = Type->getIdentifier()->getName().str();
    return Argument.empty();
  }
};
} // namespace

std::string ExpressionSpiller::expandedPack(const Expr *Pattern) {
  ExpandedPack Finder;
  Finder.TraverseStmt(const_cast<Expr *>(Pattern));
  return Finder.Argument;
}

// The awaits inside S (a pattern of the template's body), not those of a
// lambda's body.
std::vector<const Expr *> ExpressionSpiller::awaitsIn(const Stmt *S) {
  std::vector<const Expr *> Out;
  std::function<void(const Stmt *)> Find = [&](const Stmt *T) {
    if (T == nullptr || isa<LambdaExpr>(T))
      return;
    if (isa<CoawaitExpr, DependentCoawaitExpr>(T))
      Out.push_back(cast<Expr>(T));
    for (const Stmt *Child : T->children())
      Find(Child);
  };
  Find(S);
  return Out;
}

// Await, in the pattern of an expansion of no element, written as a call
// of asl::never_awaited on its operand, whose template argument, Pack,
// names a pack the expansion expands.
//
// An await a macro writes (`AWAIT(one())`) is spelled out first ("Macros
// in async bodies"), so that it can be edited.
//
// FIXME: a pattern that expands only a pack of templates (`Hs<int>()...`)
// has no type or value naming that pack, so an expansion of no element
// holding an await there is refused, though one with elements lowers; a
// tag of the templates as the template argument would fix it.
void ExpressionSpiller::writeNeverAwaited(const Expr *Await,
                                          const std::string &Pack) {
  SourceLocation Keyword = Await->getBeginLoc(), Last = Await->getEndLoc();
  if (!Keyword.isFileID() || !Last.isFileID()) {
    MacroAsked |= !C.expandMacroAround(
        Keyword.isFileID() ? Last : Keyword,
        "it awaits in the pattern of a pack expansion of no element",
        "a co_await written by a macro in the pattern of a pack expansion "
        "of no element");
    return;
  }
  if (Pack.empty()) {
    if (Refused.empty()) {
      Refused = "a co_await in the pattern of a pack expansion of no "
                "element that expands only a pack of templates; not "
                "supported yet";
      RefusedAt = Keyword;
    }
    return;
  }
  R.ReplaceText(Keyword,
                Lexer::MeasureTokenLength(Keyword, C.sources(), C.langOpts()),
                "asl::never_awaited<" + Pack + ">(");
  R.InsertTextAfterToken(Last, ")");
}

// Element K of Group is Element: it and the nodes below it at the text of
// the pattern (its implicit conversions, temporary and construction) are
// the element; the nodes below those, parts of it.
void ExpressionSpiller::markElement(const Expr *Element, unsigned Group,
                                    unsigned K, SourceRange Pattern) {
  std::function<void(const Stmt *, bool)> Same = [&](const Stmt *T,
                                                     bool Chain) {
    if (T == nullptr || isa<LambdaExpr>(T))
      return;
    const auto *E = dyn_cast<Expr>(T);
    Chain &= E != nullptr && E->getSourceRange() == Pattern;
    (Chain ? PackElementOf : PackInside)[T] = {Group, K};
    for (const Stmt *Below : T->children())
      Same(Below, Chain);
  };
  Same(Element, true);
}

// Inside element K of Group, the runs of elements of an expansion of the
// element's pattern (`note(xs)...` in `add(note(xs)..., co_await
// h(xs))...`): clang expands it in each element, each of its elements at
// its pattern's text. They are operands the walk may save; each is edited
// on its own (an Edit with its index), and the expansion is written with
// its elements (innerText).
void ExpressionSpiller::markInnerElements(const Expr *Element, unsigned Group,
                                          unsigned K) {
  auto PatternOf = [&](const Stmt *S) -> const SourceRange * {
    const auto *E = dyn_cast_or_null<Expr>(S);
    if (E == nullptr)
      return nullptr;
    for (const auto &[Pattern, Whole] : InnerExpansions)
      if (E->getSourceRange() == Pattern)
        return &Pattern;
    return nullptr;
  };
  std::function<void(const Stmt *, unsigned, SourceRange)> Mark =
      [&](const Stmt *S, unsigned J, SourceRange Pattern) {
        if (S == nullptr)
          return;
        const auto *E = dyn_cast<Expr>(S);
        bool Same = E != nullptr && E->getSourceRange() == Pattern;
        if (Same)
          InnerElementOf[S] = J;
        else
          InsideInner.insert(S);
        for (const Stmt *Below : S->children())
          Mark(Below, J, Same ? Pattern : SourceRange());
      };
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S))
      return;
    InnerRun *Open = nullptr;
    for (const Stmt *Child : S->children()) {
      const SourceRange *Pattern = PatternOf(Child);
      if (Pattern == nullptr) {
        Open = nullptr;
        Visit(Child);
        continue;
      }
      std::vector<InnerRun> &Runs = InnerRuns[{Group, K}];
      if (Open == nullptr || Open->Pattern != *Pattern) {
        SourceRange Whole;
        for (const auto &[P, W] : InnerExpansions)
          if (P == *Pattern)
            Whole = W;
        Runs.push_back({*Pattern, Whole, {}});
        Open = &Runs.back();
      }
      Mark(Child, Open->Elements.size(), *Pattern);
      Open->Elements.push_back(cast<Expr>(Child));
    }
  };
  Visit(Element);
}

// The expansion Run inside element K of Group, as its elements now read:
// each saved one as its field, any other through asl::pack_call of its own
// index.
std::string ExpressionSpiller::innerText(const PackGroup &Group, unsigned K,
                                         const InnerRun &Run) {
  std::string Out;
  for (unsigned J = 0; J < Run.Elements.size(); ++J) {
    std::string Text;
    unsigned Begin, End;
    if (offsets(C, Run.Elements[J], Begin, End))
      for (const Edit &E : Group.Edits[K])
        if (E.Sub == static_cast<int>(J) && E.Begin == Begin && E.End == End)
          Text = E.Text;
    if (Text.empty())
      Text = packCall(J, Run.Elements[J]);
    Out += (J ? ", " : "") + Text;
  }
  return Out;
}

const ExpressionSpiller::PackGroup *
ExpressionSpiller::packGroupOf(const Expr *E) const {
  auto It = PackElementOf.find(E);
  if (It == PackElementOf.end() ||
      PackGroups[It->second.first].Parent == nullptr)
    return nullptr;
  return &PackGroups[It->second.first];
}

// Element K as an expression of the pack helper: a name of the function
// parameter pack is its field; anything else calls the K-th of the lambdas
// the pattern expands into, which returns it as the pattern gives it, or,
// where the lowering edited parts of it, reads as the pattern with those
// edits (editedText).
std::string ExpressionSpiller::elementText(const PackGroup &Group, unsigned K) {
  const Expr *Element = Group.Elements[K];
  if (!Group.Edits[K].empty())
    return editedText(Group, K, Element);
  return packCall(K, Element);
}

// Node, element K of a group or a part of it, that holds no edit and names
// a pack: its field, for a name of the function parameter pack; otherwise
// the K-th of the lambdas its text expands into, called.
//
// A temporary made inside the lambda would die when it returns, not where
// the full-expression ends: such a temporary in an expression that awaits
// is built in a field (markTemporaries) where the lowering sees it, and
// refused here where it does not (after the last await of an element).
std::string ExpressionSpiller::packCall(unsigned K, const Expr *Node) {
  const Expr *Bare = Node->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Bare))
    if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      if (auto It = Plan.PackElements.find(Param);
          It != Plan.PackElements.end())
        return It->second;
  std::function<void(const Stmt *)> Temporaries = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S) || !Refused.empty())
      return;
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S);
        Temporary != nullptr &&
        Temporary->getSourceRange() != Node->getSourceRange() &&
        !Marked.count(Temporary)) {
      Refused = "a temporary made inside an element of a pack expansion or "
                "of a fold, after the element's last co_await, in an "
                "expression with a co_await: the lowering would end its "
                "life early; not supported yet (name it first)";
      RefusedAt = Temporary->getBeginLoc();
      return;
    }
    forEachWrittenChild(S, Temporaries);
  };
  Temporaries(Node);
  return "asl::pack_call<" + std::to_string(K) +
         ">([&]() -> decltype(auto) { return (" +
         C.unwidenedText(Node->getSourceRange()) + "); }...)";
}

// The characters of Range's text, as file offsets; false if a macro wrote
// it.
static bool offsets(LoweringContext &C, SourceRange Range, unsigned &Begin,
                    unsigned &End) {
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return false;
  SourceManager &SM = C.sources();
  SourceLocation After =
      Lexer::getLocForEndOfToken(Range.getEnd(), 0, SM, C.langOpts());
  Begin = SM.getFileOffset(Range.getBegin());
  End = SM.getFileOffset(After);
  return Begin < End;
}
static bool offsets(LoweringContext &C, const Expr *Node, unsigned &Begin,
                    unsigned &End) {
  return offsets(C, Node->getSourceRange(), Begin, End);
}

// Records that Node, inside an element, now reads as Text; an edit inside
// it is replaced with it. False if Node's text cannot be edited alone.
bool ExpressionSpiller::addEdit(std::vector<Edit> &Edits, const Expr *Node,
                                const std::string &Text) {
  unsigned Begin, End;
  if (!offsets(C, Node, Begin, End))
    return false;
  for (const Edit &Old : Edits)
    if ((Old.Begin < Begin && Begin < Old.End && Old.End < End) ||
        (Begin < Old.Begin && Old.Begin < End && End < Old.End) ||
        (Old.Begin <= Begin && End <= Old.End &&
         !(Old.Begin == Begin && Old.End == End)))
      return false;
  llvm::erase_if(Edits, [&](const Edit &Old) {
    return Begin <= Old.Begin && Old.End <= End;
  });
  Edits.push_back({Begin, End, Text});
  llvm::sort(Edits,
             [](const Edit &A, const Edit &B) { return A.Begin < B.Begin; });
  return true;
}

bool ExpressionSpiller::editsInside(const std::vector<Edit> &Edits,
                                    const Expr *Node) const {
  unsigned Begin, End;
  if (!offsets(C, Node, Begin, End))
    return false;
  return llvm::any_of(
      Edits, [&](const Edit &E) { return Begin <= E.Begin && E.End <= End; });
}

void ExpressionSpiller::notePackRanges(const Expr *Pattern) {
  if (Pattern == nullptr || !Pattern->containsUnexpandedParameterPack())
    return;
  PackRanges.push_back(Pattern->getSourceRange());
  for (const Stmt *Below : Pattern->children())
    notePackRanges(dyn_cast_or_null<Expr>(Below));
}

// Whether an identifier of Text is the name of one of the template's packs.
// FIXME: Text is scanned for identifiers without lexing it, so a pack's
// name inside a string or character literal of an element (`"xs"`) reads
// as a use of the pack, and the element is refused though it would lower.
bool ExpressionSpiller::namesPack(llvm::StringRef Text) const {
  for (size_t I = 0; I < Text.size();) {
    if (!isAsciiIdentifierStart(Text[I])) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Text.size() && isAsciiIdentifierContinue(Text[J]))
      ++J;
    if (llvm::is_contained(PackNames, Text.substr(I, J - I)))
      return true;
    I = J;
  }
  return false;
}

// Node (element K of Group, or a part of it) as it now reads: the
// pattern's text with the element's edits, each part that names a pack and
// holds no edit read through packCall, the type of a cast or of a
// temporary that names one spelled (`Ts(1, co_await h(xs))`). The text left
// between them may not name a pack, which the helper would leave
// unexpanded.
std::string ExpressionSpiller::editedText(const PackGroup &Group, unsigned K,
                                          const Expr *Node) {
  const std::vector<Edit> &Edits = Group.Edits[K];
  unsigned Begin, End;
  if (!offsets(C, Node, Begin, End)) {
    if (Refused.empty()) {
      Refused = "an element of a pack expansion or of a fold written by a "
                "macro, with a co_await inside it; not supported yet";
      RefusedAt = Node->getBeginLoc();
    }
    return C.unwidenedText(Node->getSourceRange());
  }
  for (const Edit &E : Edits)
    if (E.Sub < 0 && E.Begin <= Begin && End <= E.End)
      return E.Text;
  std::vector<Edit> Pieces;
  for (const Edit &E : Edits)
    if (E.Sub < 0 && Begin <= E.Begin && E.End <= End)
      Pieces.push_back(E);
  // An expansion inside the pattern (`note(xs)...` in `add(note(xs)...,
  // co_await h(xs))`) reads as its elements; one of no element, or none
  // of whose elements was saved, as written (the helper expands it whole).
  unsigned GroupIndex = &Group - PackGroups.data();
  auto Runs = InnerRuns.find({GroupIndex, K});
  for (const auto &[Pattern, Whole] : InnerExpansions) {
    unsigned WB, WE;
    if (!offsets(C, Whole, WB, WE) || WB < Begin || End < WE ||
        llvm::any_of(Pieces, [&](const Edit &P) {
          return P.Begin <= WB && WE <= P.End;
        }))
      continue;
    std::string Text = C.originalText(Whole).str();
    if (Runs != InnerRuns.end())
      for (const InnerRun &Run : Runs->second)
        if (Run.Whole == Whole &&
            llvm::any_of(Edits, [&](const Edit &E) {
              return E.Sub >= 0 && WB <= E.Begin && E.End <= WE;
            }))
          Text = innerText(Group, K, Run);
    Pieces.push_back({WB, WE, Text});
  }
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    const auto *X = dyn_cast_or_null<Expr>(S);
    unsigned B, E;
    if (X == nullptr || isa<LambdaExpr>(X) || !offsets(C, X, B, E))
      return;
    bool Inside = false;
    for (const Edit &Piece : Pieces) {
      if (Piece.Begin <= B && E <= Piece.End)
        return;
      Inside |= B <= Piece.Begin && Piece.End <= E;
    }
    if (!Inside && llvm::is_contained(PackRanges, X->getSourceRange())) {
      Pieces.push_back({B, E, packCall(K, X)});
      return;
    }
    // A cast to a type that names a pack (`static_cast<Ts>(co_await
    // h(xs))`, `Ts(co_await h(xs))`), kept as text around an edit: the
    // element's type, spelled. A functional cast's type must be one name
    // (`unsigned int(x)` is no expression): another is written through the
    // runtime's identity alias, `asl::type_identity_t<unsigned int>`.
    // So is the type of a temporary made from several arguments, or from
    // a braced list, that names a pack (`Ts(1, co_await h(xs))`, `Ts{1,
    // co_await h(xs)}`, `std::pair<Ts, int>(xs, co_await h(xs))`).
    const TypeSourceInfo *WrittenType = nullptr;
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(X);
        Cast != nullptr &&
        isa<CXXNamedCastExpr, CStyleCastExpr, CXXFunctionalCastExpr>(X))
      WrittenType = Cast->getTypeInfoAsWritten();
    else if (const auto *Temporary = dyn_cast<CXXTemporaryObjectExpr>(X))
      WrittenType = Temporary->getTypeSourceInfo();
    if (WrittenType != nullptr) {
      SourceRange Written = WrittenType->getTypeLoc().getSourceRange();
      unsigned TB, TE;
      if (offsets(C, Written, TB, TE) && namesPack(C.originalText(Written))) {
        std::string Type = spellType(C.ast(), WrittenType->getType());
        if (isa<CXXFunctionalCastExpr, CXXTemporaryObjectExpr>(X))
          Type = constructibleType(Type, /*AfterNew=*/false);
        Pieces.push_back({TB, TE, Type});
      }
    }
    forEachWrittenChild(X, Visit);
  };
  Visit(Node);
  llvm::sort(Pieces,
             [](const Edit &A, const Edit &B) { return A.Begin < B.Begin; });

  SourceManager &SM = C.sources();
  FileID File = SM.getFileID(Node->getBeginLoc());
  SourceLocation Start = SM.getLocForStartOfFile(File);
  std::string Out;
  auto Between = [&](unsigned From, unsigned To) {
    std::string Text =
        C.charText(CharSourceRange::getCharRange(Start.getLocWithOffset(From),
                                                 Start.getLocWithOffset(To)),
                   /*InsertsAtEnd=*/false);
    if (namesPack(Text) && Refused.empty()) {
      Refused = "a part of an element of a pack expansion or of a fold "
                "that names a pack outside its operands, other than the "
                "type of a cast or of a temporary, around a co_await; not "
                "supported yet";
      RefusedAt = Node->getBeginLoc();
    }
    Out += Text;
  };
  unsigned At = Begin;
  for (const Edit &Piece : Pieces) {
    if (Piece.Begin < At)
      continue;
    Between(At, Piece.Begin);
    Out += Piece.Text;
    At = Piece.End;
  }
  Between(At, End);
  return Out;
}

// A part of an element of an expansion inside another's pattern (a
// temporary made inside it) cannot be read or edited on its own: the
// inner expansion is written element by element (innerText).
void ExpressionSpiller::refuseInsideInner(const Expr *E) {
  if (!InsideInner.count(E) || !Refused.empty())
    return;
  Refused = "a part of an element of a pack expansion inside the pattern "
            "of another (a temporary made inside it), among the operands "
            "of an expression with a co_await; not supported yet";
  RefusedAt = E->getBeginLoc();
}

// An element reads as what replaced it, or as elementText; a node inside
// one (an await's operand) as the K-th of the lambdas its text expands
// into, when that text names a pack, and otherwise as written, or with the
// edits inside it; a fold's operator as its operands with it between them.
std::string ExpressionSpiller::nodeText(const Expr *E) {
  if (const Fold *F = foldOf(E); F != nullptr && F->Written)
    return C.operandText(E);
  if (FoldNodeOf.count(E))
    return foldText(E);
  if (auto It = PackElementOf.find(E); It != PackElementOf.end()) {
    const PackGroup &Group = PackGroups[It->second.first];
    const std::string &Replaced = Group.Replaced[It->second.second];
    return Replaced.empty() ? elementText(Group, It->second.second) : Replaced;
  }
  if (auto It = PackInside.find(E); It != PackInside.end()) {
    const PackGroup &Group = PackGroups[It->second.first];
    unsigned K = It->second.second;
    // An element of an expansion inside the pattern: as saved, or through
    // asl::pack_call of its own index.
    if (auto Inner = InnerElementOf.find(E); Inner != InnerElementOf.end()) {
      unsigned Begin, End;
      if (offsets(C, E, Begin, End))
        for (const Edit &Saved : Group.Edits[K])
          if (Saved.Sub == static_cast<int>(Inner->second) &&
              Saved.Begin == Begin && Saved.End == End)
            return Saved.Text;
      return packCall(Inner->second, E);
    }
    refuseInsideInner(E);
    if (editsInside(Group.Edits[K], E))
      return editedText(Group, K, E);
    std::string Text = C.operandText(E);
    if (!llvm::is_contained(PackRanges, E->getSourceRange()))
      return Text;
    return packCall(K, E);
  }
  return C.operandText(E);
}

// An element's text is written with the others' (writePackGroups), a
// fold's with its operators (writeFold); a node inside an element is an
// edit of that element only.
void ExpressionSpiller::replaceNode(const Expr *E, const std::string &Text) {
  if (const Fold *F = foldOf(E); F != nullptr && F->Written) {
    C.replace(E->getSourceRange(), Text);
    return;
  }
  if (FoldNodeOf.count(E)) {
    FoldReplaced[E] = Text;
    return;
  }
  if (auto It = PackElementOf.find(E); It != PackElementOf.end()) {
    PackGroups[It->second.first].Replaced[It->second.second] = Text;
    return;
  }
  if (auto It = PackInside.find(E); It != PackInside.end()) {
    PackGroup &Group = PackGroups[It->second.first];
    std::vector<Edit> &Edits = Group.Edits[It->second.second];
    // An element of an expansion inside the pattern, saved: an edit of its
    // own index (all of them share their text).
    unsigned Begin, End;
    if (auto Inner = InnerElementOf.find(E);
        Inner != InnerElementOf.end() && offsets(C, E, Begin, End)) {
      int Sub = static_cast<int>(Inner->second);
      llvm::erase_if(Edits, [&](const Edit &Old) {
        return Old.Sub == Sub && Old.Begin == Begin && Old.End == End;
      });
      Edits.push_back({Begin, End, Text, Sub});
      return;
    }
    refuseInsideInner(E);
    if (!addEdit(Group.Edits[It->second.second], E, Text) && Refused.empty()) {
      Refused = "a part of an element of a pack expansion or of a fold, "
                "written by a macro or overlapping another, would have to "
                "be kept across a co_await; not supported yet";
      RefusedAt = E->getBeginLoc();
    }
    return;
  }
  C.replace(E->getSourceRange(), Text);
}

// The expansions among Parent's operands whose elements were replaced or
// edited: each element as it now reads, in place of the expansion.
void ExpressionSpiller::writePackGroups(const Expr *Parent) {
  for (PackGroup &Group : PackGroups) {
    if (Group.Parent == nullptr || Group.Parent != Parent ||
        (llvm::all_of(Group.Replaced,
                      [](const std::string &Text) { return Text.empty(); }) &&
         llvm::all_of(Group.Edits, [](const std::vector<Edit> &Edits) {
           return Edits.empty();
         })))
      continue;
    std::string Text;
    for (unsigned K = 0; K < Group.Elements.size(); ++K)
      Text +=
          (K ? ", " : "") + (Group.Replaced[K].empty() ? elementText(Group, K)
                                                       : Group.Replaced[K]);
    C.replace(Group.Expansion, Text);
    for (std::string &Replaced : Group.Replaced)
      Replaced.clear();
    for (std::vector<Edit> &Edits : Group.Edits)
      Edits.clear();
  }
}

} // namespace asynclower
