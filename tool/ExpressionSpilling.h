//===- ExpressionSpilling.h - Awaits inside expressions ------------------===//

#ifndef ASYNC_LOWER_EXPRESSIONSPILLING_H
#define ASYNC_LOWER_EXPRESSIONSPILLING_H

#include "Lowering.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <map>

namespace asynclower {

// True when New's initializer holds a co_await.
bool awaitsInNewInitializer(const clang::CXXNewExpr *New);
// True when New's initializer holds a co_await and the lowering calls the
// allocation function before it, as C++17 does (NewExpressions.cpp,
// spillNew). Otherwise an await there runs before the allocation: a placement
// new-expression of the standard library's `operator new(size_t, void *)`,
// which does nothing, or one that newRefusal refuses.
bool allocatesFirst(const clang::CXXNewExpr *New);
// Why the lowering cannot allocate first for New; empty when it can.
std::string newRefusal(const clang::CXXNewExpr *New);

// The operands of New's initializer, evaluated after the allocation.
llvm::SmallVector<const clang::Expr *, 4>
initializerOperands(const clang::CXXNewExpr *New);
// E's operands in the order they are evaluated.
llvm::SmallVector<const clang::Expr *, 4> evaluationOrder(const clang::Expr *E);

// Lowers the awaits of one full-expression into statements that run before
// it, in C++ evaluation order, editing the expression's text so that what is
// left evaluates the rest. See ExpressionSpilling.cpp.
class ExpressionSpiller {
public:
  ExpressionSpiller(LoweringContext &C, FunctionPlan &Plan);

  // The statements to run first; afterwards the rewritten text of the
  // full-expression's root computes its value.
  std::string linearize(unsigned FullExpr);

  // Destroys the full-expression's awaiters and temporaries, last
  // constructed first: what runs where the full-expression ends.
  std::string epilogue(unsigned FullExpr) const;
  // The same where an exception leaves the full-expression: also the members
  // of an aggregate it was building in place.
  std::string unwind(unsigned FullExpr) const;

  // Why a full-expression cannot be lowered, and where; empty if it can.
  std::string Refused;
  clang::SourceLocation RefusedAt;
  // A macro that writes an await was asked to be spelled out
  // (LoweringContext::expandMacroAround), or refused: the lowering stops.
  bool MacroAsked = false;

private:
  std::string spill(const clang::Expr *E);
  std::string spillNode(const clang::Expr *E);
  void checkCopiesBeforeAwait(const clang::LambdaExpr *Lambda);
  std::string copyEarly(const clang::LambdaCapture &Capture);
  std::string spillShortCircuit(const clang::BinaryOperator *E);
  std::string spillConditional(const clang::ConditionalOperator *E);
  std::string saveCondition(const std::string &Field, const clang::Expr *Cond);
  std::string spillOperands(const clang::Expr *E, bool SaveAll = false);
  using EarlyCopies =
      llvm::DenseMap<const clang::Expr *, const clang::LambdaCapture *>;
  std::string spillOrdered(const clang::Expr *E,
                           llvm::ArrayRef<const clang::Expr *> Order,
                           bool SaveAll, const EarlyCopies &Copies);
  std::string spillOrdered(const clang::Expr *E,
                           llvm::ArrayRef<const clang::Expr *> Order,
                           bool SaveAll) {
    return spillOrdered(E, Order, SaveAll, EarlyCopies());
  }
  std::string spillNew(const clang::CXXNewExpr *New);
  clang::QualType allocationType() const;
  std::string spillValue(const clang::Expr *E);
  void markTemporaries(const clang::Expr *E);
  void markDiscarded(const clang::Expr *Root);
  std::string liftDiscarded(const clang::Expr *Discarded);
  // DefaultArguments.cpp
  void markDefaultArguments(const clang::Expr *Root);
  std::string writeDefaultArguments(const clang::Expr *E);
  std::optional<std::pair<clang::SourceRange, std::string>>
  keepDefaultTemporary(const clang::CXXDefaultArgExpr *Default,
                       const clang::MaterializeTemporaryExpr *Temporary,
                       std::string &Out);
  void markExtended(const clang::Expr *Root, const clang::VarDecl *Var);
  void markWhere(
      const clang::Expr *Root,
      llvm::function_ref<bool(const clang::MaterializeTemporaryExpr *)> Wanted);
  std::string destroyTemporaries(unsigned FullExpr, bool Unwinding) const;

  // InPlaceAggregates.cpp
  std::string buildInPlace(LiftedLocal &Var, const clang::Expr *List);
  std::string buildParts(const clang::Expr *List, const std::string &Path,
                         llvm::StringRef Name, clang::QualType Type);
  const clang::InitListExpr *listInPlace(const clang::Expr *Array,
                                         clang::QualType ArrayType) const;
  // InitializerLists.cpp
  std::string liftListArray(const clang::MaterializeTemporaryExpr *Temporary);
  std::string
  buildArrayTemporary(const clang::MaterializeTemporaryExpr *Temporary,
                      llvm::StringRef Name, std::string &Field,
                      bool &Destructible);
  std::string
  arrayTemporaryName(const clang::MaterializeTemporaryExpr *Temporary,
                     const std::string &Field) const;
  bool listArrayKept(const clang::CXXStdInitializerListExpr *List) const;
  bool
  listArrayOfMember(const clang::MaterializeTemporaryExpr *Temporary) const;
  std::string spillElements(const clang::Expr *Array);
  std::string buildListInPlace(LiftedLocal &Var,
                               const clang::InitListExpr *List);
  std::string liftTemporary(const clang::MaterializeTemporaryExpr *Temporary);
  const clang::Expr *
  addressKeeper(const clang::MaterializeTemporaryExpr *Temporary,
                bool &AsObject) const;
  std::string awaitPrologue(const AwaitSite &Site, const std::string &Operand);

  bool isPure(const clang::Expr *E) const;
  bool isMovable(clang::QualType Type) const;
  bool mayHoldAddress(clang::QualType Type) const;
  const AwaitSite &site(const clang::CoawaitExpr *Await) const;
  // Field: the slot's name when chosen already (earlyCopyField).
  Slot &newSlot(llvm::StringRef Name, enum Slot::Kind Kind,
                clang::QualType Type, llvm::StringRef Field = {});
  std::string use(const Slot &S, bool XValue) const;
  bool isUnmovablePrvalue(const clang::Expr *E) const;
  std::string store(Slot &S, const clang::Expr *Value);
  std::string arrowResult(const clang::CXXOperatorCallExpr *Call);
  std::string constructSlot(const Slot &S, const std::string &Initializer);

  // The elements of the pack expansions among an expression's operands
  // (`g(xs)...` in `f(g(xs)..., co_await h())`), in a specialization with
  // packs: clang makes one node for each element, all at the text of the
  // pattern, which the output keeps (the body runs in the pack helper), so
  // an element is read as `asl::pack_call<K>` of the pattern (or as its
  // field, for a name of the function parameter pack), and the elements
  // the walk replaces (saved, or kept in fields as temporaries) are written
  // together in place of the expansion's text once their parent is done.
  //
  // A node inside an element (an await in `add(1 + co_await h(xs)...)`)
  // is edited in that element only: each element keeps its own edits of
  // the pattern's text (Edits), and reads as that text with them, each
  // part that names a pack and holds no edit read as `asl::pack_call<K>`
  // of its text (elementText).
  struct Edit {
    unsigned Begin = 0, End = 0; // file offsets of the edited characters
    std::string Text;
    // The index of an element of an expansion inside the element's
    // pattern, whose elements all have the text edited; -1 for any other.
    int Sub = -1;
  };
  struct PackGroup {
    const clang::Expr *Parent = nullptr; // none for a fold's elements
    clang::SourceRange Expansion;        // `g(xs)...`
    clang::SourceRange Pattern;          // `g(xs)`
    std::vector<const clang::Expr *> Elements;
    std::vector<std::string> Replaced;    // empty where not replaced
    std::vector<std::vector<Edit>> Edits; // inside each element
  };
  void findPackGroups();
  std::vector<const clang::Expr *> awaitsIn(const clang::Stmt *S);
  std::string expandedPack(const clang::Expr *Pattern);
  void writeNeverAwaited(const clang::Expr *Await, const std::string &Pack);
  const PackGroup *packGroupOf(const clang::Expr *E) const;
  std::string elementText(const PackGroup &Group, unsigned K);
  std::string editedText(const PackGroup &Group, unsigned K,
                         const clang::Expr *Node);
  bool addEdit(std::vector<Edit> &Edits, const clang::Expr *Node,
               const std::string &Text);
  bool editsInside(const std::vector<Edit> &Edits,
                   const clang::Expr *Node) const;
  std::string packCall(unsigned K, const clang::Expr *Node);
  void refuseInsideInner(const clang::Expr *E);
  bool namesPack(llvm::StringRef Text) const;
  // C.text and C.replace, for an element of a pack expansion or a node of
  // an expanded fold too.
  std::string nodeText(const clang::Expr *E);
  void replaceNode(const clang::Expr *E, const std::string &Text);
  // nodeText for a node that shares its text with others, C.text (no
  // parentheses around a comma expression) for any other.
  std::string sharedText(const clang::Expr *E) {
    if (PackInside.count(E) || PackElementOf.count(E) || FoldNodeOf.count(E))
      return nodeText(E);
    return C.text(E->getSourceRange());
  }
  void writePackGroups(const clang::Expr *Parent);
  std::vector<PackGroup> PackGroups;

  // FoldExpressions.cpp: a fold whose pattern or init awaits, expanded by
  // clang into a tree of operators, one node per operator, all at the
  // fold's text. Its elements are a PackGroup of their own (with no
  // Parent); each operator node reads as its operands' texts with the
  // fold's operator between them, in parentheses, so that the fold is
  // written out unrolled, in place of its text, once it is spilled.
  struct Fold {
    const clang::Expr *Top = nullptr; // its outermost node
    std::string Operator;             // `+`, `&&`, `<<`
    unsigned Group = 0;               // its elements
    bool Written = false;
  };
  void findFolds();
  std::string foldText(const clang::Expr *E);
  const Fold *foldOf(const clang::Expr *E) const;
  void writeFold(const clang::Expr *Top);
  std::vector<Fold> Folds;
  // The fold operator nodes (and the implicit nodes above each), with
  // their fold; what replaced one.
  llvm::DenseMap<const clang::Stmt *, unsigned> FoldNodeOf;
  llvm::DenseMap<const clang::Stmt *, std::string> FoldReplaced;
  // The names of the template's packs, which text outside an element's
  // pack calls may not name.
  std::vector<std::string> PackNames;
  void markElement(const clang::Expr *Element, unsigned Group, unsigned K,
                   clang::SourceRange Pattern);
  // Each element, and each node below it at the same text, with its group
  // and its index there.
  llvm::DenseMap<const clang::Stmt *, std::pair<unsigned, unsigned>>
      PackElementOf;
  // The nodes inside an element (an await's operand), with its group and
  // index; and the ranges of the patterns' parts that name a pack, which
  // such a node's text expands as an element's does.
  llvm::DenseMap<const clang::Stmt *, std::pair<unsigned, unsigned>> PackInside;
  std::vector<clang::SourceRange> PackRanges;
  // An expansion inside an element's pattern among the operands of an
  // expression that awaits (`add(note(xs)..., co_await h(xs))...`): its
  // elements (and the nodes below each at its text) with their index there,
  // the nodes inside them, the expansions' text (pattern, whole), and each
  // element's runs of them (keyed by group and element).
  struct InnerRun {
    clang::SourceRange Pattern, Whole;
    std::vector<const clang::Expr *> Elements;
  };
  llvm::DenseMap<const clang::Stmt *, unsigned> InnerElementOf;
  llvm::DenseSet<const clang::Stmt *> InsideInner;
  std::vector<std::pair<clang::SourceRange, clang::SourceRange>>
      InnerExpansions;
  std::map<std::pair<unsigned, unsigned>, std::vector<InnerRun>> InnerRuns;
  void markInnerElements(const clang::Expr *Element, unsigned Group,
                         unsigned K);
  std::string innerText(const PackGroup &Group, unsigned K,
                        const InnerRun &Run);
  // Adds the ranges of Pattern's parts that name a pack to PackRanges.
  void notePackRanges(const clang::Expr *Pattern);

  LoweringContext &C;
  FunctionPlan &Plan;
  clang::Rewriter &R;
  llvm::DenseSet<const clang::Stmt *> HasAwait;
  // The nodes that hold a co_await (HasAwait also holds those above a
  // marked temporary).
  llvm::DenseSet<const clang::Stmt *> Awaits;
  // Temporaries to construct in fields, in evaluation order.
  llvm::DenseSet<const clang::Stmt *> Marked;
  // Class prvalues whose values are discarded, to construct in fields in
  // evaluation order like the marked temporaries (markDiscarded).
  llvm::DenseSet<const clang::Stmt *> MarkedDiscarded;
  // Braced lists whose std::initializer_list is an operand evaluated before
  // an await and used after it: their arrays are kept in fields.
  llvm::DenseSet<const clang::Stmt *> SavedLists;
  // Calls whose default arguments are written, with temporaries in fields.
  llvm::DenseSet<const clang::Stmt *> WritesDefaults;
  // The parents of the nodes of the default argument being written, which
  // Plan.Tree does not hold; its expression's own parent is the call, as a
  // written argument's is (writeDefaultArguments, addressKeeper).
  llvm::DenseMap<const clang::Stmt *, const clang::Stmt *> DefaultParents;
  unsigned Current = 0; // the full-expression at work
};

} // namespace asynclower

#endif
