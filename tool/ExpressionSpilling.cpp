//===- ExpressionSpilling.cpp - Awaits inside expressions ----------------===//
//
// C# "spills" an expression that contains an await: every operand that is
// evaluated before the await is saved in a temporary first, the await
// becomes a statement, and the rest of the expression reads the saved
// values. The same is done here, with C++'s rules:
//
//   - Evaluation order is C++17's where it is fixed: the right side of `=`
//     and of every compound assignment first; E1[E2], <<, >>, member access
//     and the callee before its arguments, braced lists, left to right.
//     Where C++ leaves it unspecified (function arguments, the operands of
//     + and friends), clang-19's order is kept: left to right. The output
//     spells the order out, so it holds whatever compiles it (g++ 12 gets
//     some fixed orders wrong on its own, and evaluates arguments right to
//     left).
//   - Operands evaluated before the last await of their expression are
//     saved. Where the order is unspecified, the awaited operand and those
//     after it but the last are saved too; otherwise the rest is evaluated
//     inline after the await, as written. Names of
//     variables, `this`, functions and constants are not saved: reading
//     them later gives the same object; nor is a lambda that copies
//     nothing, which built later gives the same closure.
//   - A saved prvalue lives in a machine field (a union member constructed
//     in place), a saved glvalue as its address. A temporary bound to a
//     reference is constructed in a field too, at its place in the
//     evaluation order. All of them, and the
//     awaiters, are temporaries of the full-expression: they are destroyed
//     where it ends, last constructed first.
//   - `&&`, `||` and `?:` with an await in an operand that may not run
//     keep their operator: the operand that decides (the left side of `&&`,
//     the condition of `?:`) is saved in a bool field, the awaits of an
//     operand that may not run go in an if on that field, so that an await
//     not taken is never evaluated and its awaiter never constructed, and
//     the expression becomes `field && rest`, `field ? rest : rest`, where
//     each rest is what is left of its operand once its awaits are done.
//     The temporaries bound to references in the deciding operand (the
//     object of `Tmp().ok() && co_await p`) are built in fields, so they
//     live to the end of the full-expression, after the await. Those an
//     operand creates after its last await are created by the rest, in the
//     full-expression, so they exist only if it runs and die where it ends,
//     after the ones created later in it, as natively; a class prvalue ?:
//     still initializes its destination directly.
//   - A new-expression whose initializer awaits allocates first, as C++17
//     does, into an asl::allocation field, and constructs with placement
//     new after the awaits; an exception in between frees the storage with
//     the matching operator delete (spillNew).
//   - A lambda-expression's operands are its init-captures' values, which
//     the function evaluates in the order of the captures: those before the
//     last await are saved like any operand, and the init-capture is
//     initialized from its field.
//
// A saved class prvalue is moved into the place that uses it (a function
// parameter, say), where the native build constructs that place directly:
// one more move constructor call than natively, the price of a field. A
// parameter only exists once its call starts, after the awaits of the later
// arguments, so this cannot be avoided for arguments (nor for init-captures,
// members of a closure that is only built with its last one). The members of a
// lifted aggregate variable can be built in place, and are
// (InPlaceAggregates.cpp).
//
// Temporaries bound to reference members of the aggregate a variable's
// initializer builds live as long as that variable. For a lifted variable
// they are built in fields too, in evaluation order, and die right after it.
//
// The backing array of a braced list made into an std::initializer_list is
// a temporary of the same kind, marked the same way when the list is
// evaluated before an await, unless nothing can tell when it dies
// (listArrayKept): its elements have no destructor and the standard
// library receives it without returning what could point into it. It is
// built in a field in evaluation order, its elements in place, and the list
// is made from it again (InitializerLists.cpp). An array prvalue bound to a
// reference (`pair(IP{1, 2}, co_await n)`, `using IP = int[2]`) is built in
// a field the same way; one that initializes an array element of an
// aggregate is not kept whole (C++ initializes no array from another), but
// its elements are (spillElements).
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"
#include "RuntimeDecls.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynclower {
namespace {

bool isAssignment(const Expr *E) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    return Binary->isAssignmentOp();
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E))
    return Call->isAssignmentOp();
  return false;
}

// True when Operand is the left side of a comma operator E.
bool isDiscarded(const Expr *E, const Expr *Operand) {
  const auto *Comma = dyn_cast<BinaryOperator>(E);
  return Comma != nullptr && Comma->getOpcode() == BO_Comma &&
         Comma->getLHS() == Operand;
}

// The call of an overloaded `->` that E is (through implicit conversions and
// the materialization of its result). Its source range is `w->`: the object
// and the arrow, no text that names the call's result, so a saved result is
// written `field->` and computed by arrowResult.
const CXXOperatorCallExpr *overloadedArrow(const Expr *E) {
  const auto *Call = dyn_cast<CXXOperatorCallExpr>(E->IgnoreImplicit());
  return Call != nullptr && Call->getOperator() == OO_Arrow ? Call : nullptr;
}

// True when C++ leaves the order of E's operands unspecified: the arguments
// of a call or of a constructor called with parentheses, and the operands of
// the operators that do not sequence them (+, ==, ...).
bool unsequenced(const Expr *E) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    switch (Binary->getOpcode()) {
    case BO_Comma:
    case BO_LAnd:
    case BO_LOr:
    case BO_Shl:
    case BO_Shr:
    case BO_PtrMemD:
    case BO_PtrMemI:
      return false;
    default:
      return !Binary->isAssignmentOp();
    }
  }
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E)) {
    switch (Call->getOperator()) {
    case OO_Comma:
    case OO_AmpAmp:
    case OO_PipePipe:
    case OO_LessLess:
    case OO_GreaterGreater:
    case OO_Subscript:
    case OO_ArrowStar:
      return false;
    default:
      return !Call->isAssignmentOp();
    }
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return !Construct->isListInitialization();
  return isa<CallExpr>(E);
}

// The operands of New's initializer, evaluated after the allocation. The
// initializer itself is the construction of the new object in its storage,
// not a value that could be saved.
llvm::SmallVector<const Expr *, 4> initializerOperands(const CXXNewExpr *New) {
  llvm::SmallVector<const Expr *, 4> Order;
  const Expr *Init = New->getInitializer();
  if (Init == nullptr)
    return Order;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
      Construct != nullptr && !isa<CXXTemporaryObjectExpr>(Construct))
    Order.append(Construct->arg_begin(), Construct->arg_end());
  else if (const auto *Parens = dyn_cast<ParenListExpr>(Init)) {
    for (unsigned I = 0; I < Parens->getNumExprs(); ++I)
      Order.push_back(Parens->getExpr(I));
  } else if (const auto *List = dyn_cast<InitListExpr>(Init))
    Order.append(List->inits().begin(), List->inits().end());
  else if (const auto *ParenList = dyn_cast<CXXParenListInitExpr>(Init))
    Order.append(ParenList->getInitExprs().begin(),
                 ParenList->getInitExprs().end());
  else
    Order.push_back(Init);
  return Order;
}

// E's operands in the order they are evaluated.
llvm::SmallVector<const Expr *, 4> evaluationOrder(const Expr *E) {
  llvm::SmallVector<const Expr *, 4> Order;
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    if (Binary->isAssignmentOp())
      return {Binary->getRHS(), Binary->getLHS()};
    return {Binary->getLHS(), Binary->getRHS()};
  }
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Call->isAssignmentOp() && Call->getNumArgs() == 2)
      return {Call->getArg(1), Call->getArg(0)};
    for (const Expr *Arg : Call->arguments())
      Order.push_back(Arg);
    return Order;
  }
  // The object a member function is called on, then the arguments.
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    const Expr *Callee = Call->getCallee()->IgnoreParens();
    if (const auto *Member = dyn_cast<MemberExpr>(Callee))
      Order.push_back(Member->getBase());
    // `(object.*pointer)(args)`: a bound member function is no value that
    // could be saved; its object and its pointer are, in that order.
    if (const auto *Bound = dyn_cast<BinaryOperator>(Callee);
        Bound != nullptr && Bound->isPtrMemOp()) {
      Order.push_back(Bound->getLHS());
      Order.push_back(Bound->getRHS());
    }
    for (const Expr *Arg : Call->arguments())
      Order.push_back(Arg);
    return Order;
  }
  // A new-expression: the array size, then the placement arguments (the
  // order of clang-19, which C++ does not fix), then, after the allocation,
  // the arguments of its initializer.
  if (const auto *New = dyn_cast<CXXNewExpr>(E)) {
    if (std::optional<const Expr *> Size = New->getArraySize(); Size && *Size)
      Order.push_back(*Size);
    for (const Expr *Arg : New->placement_arguments())
      Order.push_back(Arg);
    Order.append(initializerOperands(New));
    return Order;
  }
  // A lambda-expression initializes its closure's members in the order of
  // its captures; the function evaluates the init-captures' values (the
  // element of `n{value}`, whose braces stay where they are).
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Lambda->isInitCapture(&Capture))
        Order.push_back(
            initCaptureValue(cast<VarDecl>(Capture.getCapturedVar())));
    return Order;
  }
  forEachWrittenChild(E, [&](const Stmt *Child) {
    if (const auto *Operand = dyn_cast_or_null<Expr>(Child))
      Order.push_back(Operand);
  });
  return Order;
}

// A name that means the same object in a lambda without captures. Read
// there again, a global's value may have changed since the allocation
// (another task may have assigned it while this one was suspended): so one
// passed by value must be constant, and one passed by reference is the
// same object whatever it holds (ByReference).
bool namesGlobal(const Expr *E, bool ByReference) {
  E = E->IgnoreParenImpCasts();
  if (isa<IntegerLiteral, CXXNullPtrLiteralExpr, CXXBoolLiteralExpr>(E))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  if (Ref == nullptr)
    return false;
  if (isa<EnumConstantDecl>(Ref->getDecl()))
    return true;
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  return Var != nullptr && Var->hasGlobalStorage() &&
         !Var->isLocalVarDeclOrParm() &&
         (ByReference || Var->getType().isConstQualified() ||
          Var->isConstexpr());
}

// How the generated code calls Function, an allocation or deallocation
// function: `::operator new` or `Node::operator delete`.
std::string allocationCallee(ASTContext &Ctx, const FunctionDecl *Function) {
  std::string Name = Function->getNameAsString();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
    return spellType(Ctx, Ctx.getRecordType(Method->getParent())) + "::" + Name;
  return "::" + Name;
}

} // namespace

std::vector<const LambdaCapture *>
copiesBeforeAwait(const FunctionPlan &Plan, const LambdaExpr *Lambda) {
  std::vector<const LambdaCapture *> Copies;
  const LambdaCapture *LastAwait = nullptr;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture) &&
        llvm::any_of(Plan.Awaits, [&](const AwaitSite &Site) {
          return Plan.Tree->contains(
              initCaptureValue(cast<VarDecl>(Capture.getCapturedVar())),
              Site.Await);
        }))
      LastAwait = &Capture;
  if (LastAwait == nullptr)
    return Copies;
  for (const LambdaCapture &Capture : Lambda->captures()) {
    if (&Capture == LastAwait)
      break;
    if (!Capture.isExplicit() || Lambda->isInitCapture(&Capture))
      continue;
    if (Capture.getCaptureKind() == LCK_StarThis) {
      Copies.push_back(&Capture);
      continue;
    }
    if (Capture.getCaptureKind() != LCK_ByCopy)
      continue;
    // An array only of trivially copyable elements: the closure, made by
    // its factory, copies it again from the field (HoistedLocals.cpp),
    // which only such elements cannot tell.
    const ValueDecl *Var = Capture.getCapturedVar();
    QualType Type = Var->getType().getNonReferenceType();
    if (!Type->isArrayType() ||
        Var->getASTContext().getBaseElementType(Type).isTriviallyCopyableType(
            Var->getASTContext()))
      Copies.push_back(&Capture);
  }
  return Copies;
}

void planEarlyCopies(FunctionPlan &Plan) {
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Lambda = dyn_cast<LambdaExpr>(S);
    if (Lambda == nullptr)
      return;
    for (const LambdaCapture *Capture : copiesBeforeAwait(Plan, Lambda))
      Plan.EarlyCopies[Capture] = Plan.fresh(
          (Capture->capturesVariable()
               ? "copy_" + Capture->getCapturedVar()->getNameAsString()
               : std::string("copy_this")) +
          "_");
  });
}

const std::string &earlyCopyField(const FunctionPlan &Plan,
                                  const LambdaCapture *Capture) {
  auto It = Plan.EarlyCopies.find(Capture);
  assert(It != Plan.EarlyCopies.end() && "planEarlyCopies names every copy");
  return It->second;
}

bool awaitsInNewInitializer(const CXXNewExpr *New) {
  std::function<bool(const Stmt *)> Find = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S))
      return false;
    if (isa<CoawaitExpr>(S))
      return true;
    return llvm::any_of(S->children(), Find);
  };
  return Find(New->getInitializer());
}

bool allocatesFirst(const CXXNewExpr *New) {
  const FunctionDecl *Allocate = New->getOperatorNew();
  return Allocate != nullptr &&
         !Allocate->isReservedGlobalPlacementOperator() &&
         awaitsInNewInitializer(New) && newRefusal(New).empty();
}

std::string newRefusal(const CXXNewExpr *New) {
  QualType Type = New->getAllocatedType();
  if (New->isArray()) {
    std::optional<const Expr *> Size = New->getArraySize();
    if (!Size || *Size == nullptr)
      return "an array new-expression whose size its initializer gives";
    if (Type->isArrayType())
      return "a new-expression of an array of arrays";
    // Itanium and Microsoft ABIs alike: a cookie when the elements have a
    // destructor or the usual operator delete[] wants the size.
    if (New->doesUsualArrayDeleteWantSize() || Type.isDestructedType())
      return "an array new-expression of a type with a destructor (or "
             "whose operator delete[] takes the size): its allocation begins "
             "with an array cookie, the element count laid out as the C++ "
             "ABI says, which the lowering cannot write portably";
  }
  const FunctionDecl *Delete = New->getOperatorDelete();
  if (New->getNumPlacementArgs() > 0 && Delete != nullptr) {
    // The placement delete takes the pointer, then one parameter for each
    // placement argument.
    bool Matched = Delete->getNumParams() == New->getNumPlacementArgs() + 1;
    for (unsigned I = 0; I != New->getNumPlacementArgs(); ++I) {
      bool ByReference =
          Matched && Delete->getParamDecl(I + 1)->getType()->isReferenceType();
      if (!namesGlobal(New->getPlacementArg(I), ByReference))
        return "a placement new-expression whose operator delete, called "
               "if the initializer throws, takes placement arguments other "
               "than literals, enumerators, constant globals or globals it "
               "takes by reference";
    }
  }
  return {};
}

ExpressionSpiller::ExpressionSpiller(LoweringContext &C, FunctionPlan &Plan)
    : C(C), Plan(Plan), R(C.rewriter()) {
  for (const AwaitSite &Site : Plan.Awaits)
    for (const Stmt *S = Site.Await; S != nullptr; S = Plan.Tree->parent(S)) {
      if (!HasAwait.insert(S).second)
        break;
      if (!isa<Expr>(S))
        break;
    }
  Awaits = HasAwait;
  findPackGroups();
}

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

const AwaitSite &ExpressionSpiller::site(const CoawaitExpr *Await) const {
  for (const AwaitSite &Site : Plan.Awaits)
    if (Site.Await == Await)
      return Site;
  llvm_unreachable("every co_await has a site");
}

std::string ExpressionSpiller::linearize(unsigned FullExpr) {
  Current = FullExpr;
  const FullExpression &Full = Plan.FullExprs[FullExpr];
  if (Full.Kind == FullExpression::Context::Initializer) {
    // Temporaries bound to the variable's reference members are built in
    // fields, in order, as the awaits are.
    markExtended(Full.Root, Full.Var);
    // A braced list with a pack expansion among its elements, whose
    // elements share the pattern's text, is saved and moved as a whole
    // (writePackGroups) rather than built member by member.
    bool Expands = llvm::any_of(PackGroups, [&](const PackGroup &Group) {
      return Full.Root->getSourceRange().fullyContains(
          Group.Parent->getSourceRange());
    });
    if (LiftedLocal *Var = Plan.lifted(Full.Var); Var != nullptr && !Expands) {
      if (const Expr *List = inPlaceAggregate(C.ast(), Full.Var);
          List != nullptr && Var->Storage == LiftedLocal::StorageKind::Object)
        return buildInPlace(*Var, List);
      if (Var->Array)
        if (const InitListExpr *List =
                listInPlace(builtInitializerList(Full.Var)->getSubExpr(),
                            Var->Array->Stored))
          return buildListInPlace(*Var, List);
    }
  }
  return spill(Full.Root);
}

std::string ExpressionSpiller::epilogue(unsigned FullExpr) const {
  return destroyTemporaries(FullExpr, /*Unwinding=*/false);
}

std::string ExpressionSpiller::unwind(unsigned FullExpr) const {
  return destroyTemporaries(FullExpr, /*Unwinding=*/true);
}

// Last constructed first. Members of an aggregate built in place belong to
// it once it is complete, so they die here only when an exception cuts its
// initializer short; temporaries it extends die with it (destroyCalls).
std::string ExpressionSpiller::destroyTemporaries(unsigned FullExpr,
                                                  bool Unwinding) const {
  using Lifetime = FunctionPlan::Temporary::Lifetime;
  std::string Out;
  for (auto It = Plan.Temporaries.rbegin(); It != Plan.Temporaries.rend();
       ++It) {
    if (It->FullExpr != FullExpr || It->Dies == Lifetime::Variable ||
        (It->Dies == Lifetime::Member && !Unwinding))
      continue;
    Out += "asl::destroy(" + It->Field + ", " + It->Flag + ");\n";
  }
  return Out;
}

// ---- The walk ---------------------------------------------------------------

std::string ExpressionSpiller::spill(const Expr *E) {
  std::string Out = spillNode(E);
  if (!PackGroups.empty())
    writePackGroups(E);
  return Out;
}

std::string ExpressionSpiller::spillNode(const Expr *E) {
  if (!HasAwait.count(E))
    return {};
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
    if (Marked.count(Temporary))
      return liftTemporary(Temporary);
  if (const auto *Await = dyn_cast<CoawaitExpr>(E)) {
    const AwaitSite &Site = site(Await);
    const Expr *Operand = Await->getOperand();
    // The operand is evaluated before the await suspends; its temporaries
    // bound to references must survive it, so they are constructed in
    // fields, in evaluation order with the rest of the operand.
    markTemporaries(Operand);
    std::string Out = spill(Operand);
    std::string Awaited =
        PackInside.count(Operand) || PackElementOf.count(Operand)
            ? nodeText(Operand)
            : C.text(Operand->getSourceRange());
    if (Site.KeepsOperand) {
      // A temporary the awaiter is obtained from lives in a field to the
      // end of the full-expression (SuspensionPoints.cpp, keepsOperand),
      // constructed before its awaiter, so destroyed after it.
      Slot &Kept = newSlot("awaitable", Slot::Kind::Object,
                           Operand->getType().getUnqualifiedType());
      Out += store(Kept, Operand);
      Awaited = "std::move(" + Kept.Field + ")";
      // The awaiter may point into it: neither may move.
      if (Plan.PinnedBecause.empty())
        Plan.PinnedBecause = "the awaiter of the co_await at line " +
                             std::to_string(C.line(Await->getBeginLoc())) +
                             " may point into its operand, which the "
                             "machine keeps";
    }
    Out += awaitPrologue(Site, Awaited);
    std::string Awaiter =
        Site.heldByPointer() ? "(*" + Site.Field + ")" : Site.Field;
    replaceNode(Await, Awaiter + ".await_resume()");
    return Out;
  }
  // A call whose default arguments create temporaries: its explicit
  // arguments are saved, then the defaults written (DefaultArguments.cpp).
  if (WritesDefaults.count(E)) {
    std::string Out = spillOperands(E, /*SaveAll=*/true);
    return Out + writeDefaultArguments(E);
  }
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
    checkCopiesBeforeAwait(Lambda);
  if (const auto *New = dyn_cast<CXXNewExpr>(E); New && allocatesFirst(New))
    return spillNew(New);
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    if (Binary->isLogicalOp() && HasAwait.count(Binary->getRHS()))
      return spillShortCircuit(Binary);
  if (const auto *Conditional = dyn_cast<ConditionalOperator>(E))
    if (HasAwait.count(Conditional->getTrueExpr()) ||
        HasAwait.count(Conditional->getFalseExpr()))
      return spillConditional(Conditional);
  return spillOperands(E);
}

// Every operand evaluated before the last one holding an await is saved.
// An assignment also saves its awaited right side before the left side is
// evaluated (C++17 sequences the right side first).
//
// Where the order of the operands is unspecified (call arguments, +) and one
// of them awaits, the operands after it are evaluated in order too: all but
// the last one that is not a name or a literal are saved (the awaited one
// included), so that g++, which evaluates arguments right to left, keeps
// clang's left-to-right order.
//
// SaveAll saves every operand that has effects, for what E does after the
// last one (writing default arguments) that must come after them all.
std::string ExpressionSpiller::spillOperands(const Expr *E, bool SaveAll) {
  auto Order = evaluationOrder(E);
  // A lambda's captures by copy before an init-capture that awaits are
  // made in their order among the init-captures (copyEarly).
  EarlyCopies Copies;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    std::vector<const LambdaCapture *> Early = copiesBeforeAwait(Plan, Lambda);
    if (!Early.empty()) {
      Order.clear();
      const Expr *const *Init = Lambda->capture_init_begin();
      for (const LambdaCapture &Capture : Lambda->captures()) {
        const Expr *Value = *Init++;
        if (Lambda->isInitCapture(&Capture)) {
          Order.push_back(
              initCaptureValue(cast<VarDecl>(Capture.getCapturedVar())));
        } else if (llvm::is_contained(Early, &Capture) && Value != nullptr) {
          Order.push_back(Value);
          Copies[Value] = &Capture;
        }
      }
    }
  }
  return spillOrdered(E, Order, SaveAll, Copies);
}

// The same with the operands of E given, in their order, and the captures
// by copy among them that are made early.
std::string ExpressionSpiller::spillOrdered(const Expr *E,
                                            llvm::ArrayRef<const Expr *> Order,
                                            bool SaveAll,
                                            const EarlyCopies &Copies) {
  int Last = -1;
  for (size_t I = 0; I < Order.size(); ++I)
    if (HasAwait.count(Order[I]))
      Last = I;
  bool SaveLast =
      SaveAll || (isAssignment(E) && Last == 0 && !isPure(Order[1]));
  // The end of the operands saved: Last, or the last operand after it that
  // has effects.
  int End = SaveAll ? static_cast<int>(Order.size()) - 1 : Last;
  bool AnyAwait = llvm::any_of(
      Order, [&](const Expr *Operand) { return Awaits.count(Operand); });
  if (AnyAwait && unsequenced(E))
    for (size_t I = Last + 1; I < Order.size(); ++I)
      if (!isPure(Order[I]))
        End = I;
  // A value of a class that cannot be moved is not saved when only the
  // order asks for it, rather than refusing the expression: that operand
  // and the ones after it are left in the order of the compiler that builds
  // the output (a shortcoming under g++ only).
  // The elements of a pack expansion are saved all or none: one of them
  // saved is written beside the others in place of the expansion
  // (writePackGroups), which must then give the same values.
  auto GroupAt = [&](int I) {
    return I >= 0 && I < static_cast<int>(Order.size()) ? packGroupOf(Order[I])
                                                        : nullptr;
  };
  if (const PackGroup *Group = GroupAt(End))
    while (GroupAt(End + 1) == Group)
      ++End;
  for (int I = std::max(Last, 0); I < End; ++I)
    if (isUnmovablePrvalue(Order[I])) {
      End = std::max(I, Last);
      break;
    }
  if (const PackGroup *Group = GroupAt(End);
      Group != nullptr && GroupAt(End + 1) == Group && End > Last)
    while (End > Last && GroupAt(End) == Group)
      --End;

  std::string Out;
  for (int I = 0; I <= End; ++I) {
    if (const LambdaCapture *Copy = Copies.lookup(Order[I])) {
      Out += copyEarly(*Copy);
      continue;
    }
    bool Save = (I < End || SaveLast) && !isPure(Order[I]);
    // A braced list made into an std::initializer_list operand: its array
    // is kept in a field (InitializerLists.cpp), and the list made from it
    // again after the await is the same list, so it is not saved itself.
    const auto *SavedList =
        Save ? dyn_cast<CXXStdInitializerListExpr>(Order[I]->IgnoreImplicit())
             : nullptr;
    if (SavedList != nullptr)
      SavedLists.insert(SavedList);
    // Temporaries bound to references inside a saved operand must outlive
    // the await that follows; they are constructed as it is evaluated.
    if (Save)
      markTemporaries(Order[I]);
    Out += spill(Order[I]);
    if (SavedList != nullptr)
      continue;
    if (Save && isDiscarded(E, Order[I])) {
      // The comma operator's left side is evaluated for its effects only.
      Out += C.text(Order[I]->getSourceRange()) + ";\n";
      C.replace(Order[I]->getSourceRange(), "void()");
    } else if (Save) {
      Out += spillValue(Order[I]);
    }
  }
  return Out;
}

// A capture by copy (`[x, n = co_await f()]`, or `*this`) copies its
// variable when the closure is built, in the order of the captures, so
// natively before the await of a later init-capture; left in the lambda's
// text, the copy would be made after it, and see what the await changed.
// An explicit one is made in a field at its place among the init-captures
// (copyEarly), and the closure's member moved from it (an array's copied,
// by the factory that makes the closure). What remains is refused: a copy
// of an array of elements that are not trivially copyable (an init-capture
// cannot move an array, and the factory's second copy would show), and an
// implicit copy ([=]) before the await, which clang does not make (it
// orders implicit captures after the written ones).
void ExpressionSpiller::checkCopiesBeforeAwait(const LambdaExpr *Lambda) {
  const LambdaCapture *LastAwait = nullptr;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture) &&
        HasAwait.count(
            initCaptureValue(cast<VarDecl>(Capture.getCapturedVar()))))
      LastAwait = &Capture;
  if (LastAwait == nullptr)
    return;
  for (const LambdaCapture &Capture : Lambda->captures()) {
    if (&Capture == LastAwait || !Refused.empty())
      return;
    bool Copies = Capture.getCaptureKind() == LCK_StarThis ||
                  (Capture.getCaptureKind() == LCK_ByCopy &&
                   !Lambda->isInitCapture(&Capture));
    if (!Copies)
      continue;
    bool Array = Capture.capturesVariable() &&
                 Capture.getCapturedVar()
                     ->getType()
                     .getNonReferenceType()
                     ->isArrayType();
    if (Capture.isExplicit() &&
        llvm::is_contained(copiesBeforeAwait(Plan, Lambda), &Capture))
      continue;
    std::string What =
        Capture.capturesVariable()
            ? "'" + Capture.getCapturedVar()->getNameAsString() + "'"
            : "'*this'";
    Refused = std::string("a lambda that captures ") +
              (Array ? "the array " : "") + What +
              (Array ? ", whose elements are not trivially copyable," : "") +
              " by copy before an init-capture that awaits; not supported "
              "yet (natively the copy is made before the co_await)";
    RefusedAt = Capture.getLocation();
  }
}

// The copy made natively as the closure is built: in a field, from the
// object as the machine names it, direct-initialized as the closure's
// member is. The lambda's capture (ClosureCaptures.cpp, recapture), its named
// closure or its factory's call moves the member from it, so the copy is
// made once, as natively, and moved once more; the moved-from field dies
// with the full-expression's other temporaries.
// FIXME: the member is declared by an init-capture, so a copy of a const
// variable is not const in a mutable lambda (natively it is). A valid
// program cannot modify it either way; only what depends on the member's
// constness (an overload taking `const T &` or `T &`, decltype) differs.
std::string ExpressionSpiller::copyEarly(const LambdaCapture &Capture) {
  QualType Type;
  std::string Source;
  if (Capture.getCaptureKind() == LCK_StarThis) {
    Type = Plan.ThisType->getPointeeType();
    Source = "*" + Plan.This;
  } else {
    const auto *Var = cast<VarDecl>(Capture.getCapturedVar());
    Type = Var->getType().getNonReferenceType();
    const LiftedLocal *Lifted = Plan.lifted(Var);
    Source = Lifted != nullptr ? Lifted->use() : Var->getNameAsString();
  }
  bool Scalar = Type->isScalarType();
  Slot &Copy =
      newSlot("copy", Scalar ? Slot::Kind::Scalar : Slot::Kind::Object, Type,
              earlyCopyField(Plan, &Capture));
  if (Scalar)
    return Copy.Field + " = " + Source + ";\n";
  // An array of trivially copyable elements (copiesBeforeAwait), copied
  // element by element as the closure's member is.
  if (Type->isArrayType())
    return "asl::init_from_array(" + Copy.Field + ", " + Source + ");\n";
  return constructSlot(Copy, "(" + Source + ")");
}

// `a && b` and `a || b` whose right side awaits: a's value is saved in a
// bool field, b's awaits run in an if, only where C++ evaluates b, and the
// expression becomes `field && b'`, b' being what is left of b once its
// awaits are done. What b computes after its last await so stays in the
// full-expression: its temporaries are created only if b runs, and die
// where the full-expression ends, after those created later in it, as
// natively. (A by-value argument of a call there stays a parameter of that
// call in the full-expression too.)
std::string ExpressionSpiller::spillShortCircuit(const BinaryOperator *E) {
  bool And = E->getOpcode() == BO_LAnd;
  // The left side is evaluated in a statement of its own, before the await;
  // its temporaries bound to references (the object of `Tmp().ok()`) live
  // to the end of the full-expression, so they are constructed in fields.
  Slot &Saved = newSlot("condition", Slot::Kind::Scalar, C.ast().BoolTy);
  std::string Field = Saved.Field;
  markTemporaries(E->getLHS());
  std::string Out = spill(E->getLHS());
  Out += saveCondition(Field, E->getLHS());
  std::string Right = spill(E->getRHS());
  Out += "if (" + std::string(And ? "" : "!") + Field + ") {\n" + Right + "}\n";
  return Out;
}

// `c ? t : f` whose second or third operand awaits: as `&&`, c's value is
// saved, the awaits of the operand chosen run in an if, and the expression
// becomes `field ? t' : f'`, which keeps the value category and type of the
// original: a class prvalue still initializes its destination directly
// (`Item x = k ? Item(1) : Item(co_await n);` builds x in place, with no
// move, as natively), and the temporaries of t' or f' die where the
// full-expression ends.
std::string ExpressionSpiller::spillConditional(const ConditionalOperator *E) {
  Slot &Saved = newSlot("condition", Slot::Kind::Scalar, C.ast().BoolTy);
  std::string Field = Saved.Field;
  markTemporaries(E->getCond());
  std::string Out = spill(E->getCond());
  Out += saveCondition(Field, E->getCond());
  std::string True = spill(E->getTrueExpr());
  std::string False = spill(E->getFalseExpr());
  if (True.empty())
    Out += "if (!" + Field + ") {\n" + False + "}\n";
  else if (False.empty())
    Out += "if (" + Field + ") {\n" + True + "}\n";
  else
    Out += "if (" + Field + ") {\n" + True + "} else {\n" + False + "}\n";
  return Out;
}

// Saves the value of Cond (the left side of `&&`, the first operand of
// `?:`) in the bool Field, which then stands in Cond's place: the value
// decides both which awaits run and, later, which operand the rest of the
// expression evaluates, and those awaits may change what Cond reads.
std::string ExpressionSpiller::saveCondition(const std::string &Field,
                                             const Expr *Cond) {
  std::string Out =
      Field + " = static_cast<bool>(" + C.text(Cond->getSourceRange()) + ");\n";
  C.replace(Cond->getSourceRange(), Field);
  return Out;
}

// ---- New-expressions -------------------------------------------------------

// `new Node(co_await f())`: C++17 calls the allocation function first, then
// evaluates the initializer ([expr.new]/19), so the machine allocates into
// an asl::allocation field, awaits, and constructs with placement new:
//
//   ::new (asl::place(allocation0_)) asl::allocation(
//       sizeof(Node),
//       [](void *p, std::size_t) noexcept { Node::operator delete(p); });
//   allocation0_.address = Node::operator new(allocation0_.size);
//   allocation0_live_ = true;
//   ... the await ...
//   n = asl::constructed(allocation0_live_,
//                        ::new (allocation0_.address) Node(awaiter0_...));
//
// with the functions the expression selects: a class's or the global
// operator new, with the alignment of an over-aligned type and the placement
// arguments, and the matching operator delete with the arguments it takes.
// The allocation is a temporary of the full-expression: an exception from
// the initializer (the await's, an argument's, the constructor's) destroys
// it, which frees the storage, as natively; asl::constructed clears its live
// flag once the object is built. Destroying the task while it is suspended
// there does not free it, as natively (Plan.Abandoned). An allocation
// function that may return null (`noexcept`, `new (std::nothrow)`) skips the
// initializer, awaits included, and the expression is null.
std::string ExpressionSpiller::spillNew(const CXXNewExpr *New) {
  ASTContext &Ctx = C.ast();
  QualType Type = New->getAllocatedType();
  std::string TypeText = spellType(Ctx, Type);
  std::string Out;

  // The array size first (as clang does), then the placement arguments,
  // left to right: those before the last that awaits are saved.
  std::string Count, Size = "sizeof(" + TypeText + ")";
  if (New->isArray()) {
    const Expr *N = *New->getArraySize();
    const Expr *Written = N->IgnoreImpCasts();
    Out += spill(N);
    if (!Awaits.count(N) && Written->isIntegerConstantExpr(Ctx)) {
      Count = C.text(Written->getSourceRange());
      Size = "sizeof(" + TypeText + "[" + Count + "])";
    } else {
      // Converted to std::size_t, the type the new-expression converts it
      // to, whatever its own (bool, char, __int128, an enumeration, a class
      // with a conversion function): asl::array_new_size computes from
      // that what clang-19 does.
      Slot &Saved = newSlot("count", Slot::Kind::Scalar, C.ast().getSizeType());
      Out += Saved.Field + " = " + C.operandText(Written) + ";\n";
      Count = Saved.Field;
      unsigned Minimum = 0;
      if (const auto *List =
              dyn_cast_or_null<InitListExpr>(New->getInitializer()))
        Minimum = List->getNumInits();
      Size = "asl::array_new_size(" + Count + ", sizeof(" + TypeText + "), " +
             std::to_string(Minimum) + ")";
    }
  }
  std::string Align = "std::align_val_t(alignof(" + TypeText + "))";
  std::vector<std::string> Args{Size};
  if (New->passAlignment())
    Args.push_back(Align);
  llvm::SmallVector<const Expr *, 4> Placement(New->placement_arguments());
  int LastAwait = -1;
  for (size_t I = 0; I < Placement.size(); ++I)
    if (HasAwait.count(Placement[I]))
      LastAwait = I;
  for (size_t I = 0; I < Placement.size(); ++I) {
    bool Save = static_cast<int>(I) < LastAwait && !isPure(Placement[I]);
    if (Save)
      markTemporaries(Placement[I]);
    Out += spill(Placement[I]);
    if (Save)
      Out += spillValue(Placement[I]);
    Args.push_back(C.operandText(Placement[I]));
  }

  // The deallocation function, as natively called if the initializer
  // throws: a placement one takes the placement arguments (names of globals,
  // newRefusal), a usual one the size and alignment it asks for.
  std::string Release = "nullptr";
  if (const FunctionDecl *Free = New->getOperatorDelete()) {
    std::vector<std::string> FreeArgs{"p"};
    bool UsesSize = false;
    for (unsigned I = 1; I < Free->getNumParams(); ++I) {
      QualType Param = Free->getParamDecl(I)->getType();
      if (New->getNumPlacementArgs() > 0 && !(I == 1 && New->passAlignment()))
        continue;
      UsesSize |= !Param->isEnumeralType();
      FreeArgs.push_back(Param->isEnumeralType() ? Align : "size");
    }
    if (New->getNumPlacementArgs() > 0)
      for (const Expr *Arg : New->placement_arguments())
        FreeArgs.push_back(C.originalText(Arg->getSourceRange()).str());
    Release = std::string("[](void *p, std::size_t") +
              (UsesSize ? " size" : "") + ") noexcept { " +
              allocationCallee(Ctx, Free) + "(" + llvm::join(FreeArgs, ", ") +
              "); }";
  }

  QualType Allocation = allocationType();
  if (Allocation.isNull()) {
    if (Refused.empty()) {
      Refused = "a new-expression whose initializer awaits needs "
                "asl::allocation (include <asl/task.h>)";
      RefusedAt = New->getBeginLoc();
    }
    return Out;
  }
  Slot &Storage = newSlot("allocation", Slot::Kind::Object, Allocation);
  std::string Field = Storage.Field;
  std::string Flag = liveFlag(Field);
  Args.front() = Field + ".size";
  Out += "// allocates first, as `new` does: its initializer awaits\n";
  Out += "::new (asl::place(" + Field + ")) asl::allocation(" + Size + ", " +
         Release + ");\n";
  Out += Field + ".address = " + allocationCallee(Ctx, New->getOperatorNew()) +
         "(" + llvm::join(Args, ", ") + ");\n";
  Out += Flag + " = true;\n";
  Plan.Abandoned.push_back(Flag);

  std::string Rest = spillOrdered(New, initializerOperands(New), false);
  bool MayBeNull = New->shouldNullCheckAllocation();
  if (MayBeNull)
    Out += "if (" + Field + ".address != nullptr) {\n" + Rest + "}\n";
  else
    Out += Rest;

  // The initializer as written (edited by the walk): its parentheses or
  // braces.
  const Expr *Init = New->getInitializer();
  SourceRange InitRange = Init->getSourceRange();
  if (New->getInitializationStyle() == CXXNewInitializationStyle::Parens)
    InitRange = New->getDirectInitRange();
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
    InitRange = Construct->getParenOrBraceRange();
  std::string Built = "::new (" + Field + ".address) " + TypeText +
                      (New->isArray() ? "[" + Count + "]" : "") +
                      C.text(InitRange);
  std::string Value = "asl::constructed(" + Flag + ", " + Built + ")";
  if (MayBeNull)
    Value = "(" + Field + ".address != nullptr ? " + Value + " : nullptr)";
  C.replace(New->getSourceRange(), Value);
  return Out;
}

// asl::allocation, which the runtime's headers declare (asl/builder.h).
QualType ExpressionSpiller::allocationType() const {
  if (const auto *Record = runtimeMember<CXXRecordDecl>(C.ast(), "allocation"))
    return C.ast().getRecordType(Record);
  return {};
}

// ---- Saving values ----------------------------------------------------------

// Saves the value of E, whose own awaits and temporaries are done.
std::string ExpressionSpiller::spillValue(const Expr *E) {
  std::string Out;
  // A temporary, now named by its field: the same object however often it
  // is read, also through a cast that only adds const or names a base (the
  // object of a const member function).
  const Expr *Bare = E->IgnoreParens();
  while (const auto *Cast = dyn_cast<ImplicitCastExpr>(Bare)) {
    if (Cast->getCastKind() != CK_NoOp &&
        Cast->getCastKind() != CK_DerivedToBase &&
        Cast->getCastKind() != CK_UncheckedDerivedToBase)
      break;
    Bare = Cast->getSubExpr()->IgnoreParens();
  }
  if (Marked.count(Bare))
    return Out;
  QualType Type = E->getType();
  if (E->isPRValue() && Type->isVoidType()) {
    Out += nodeText(E) + ";\n";
    replaceNode(E, "void()");
    return Out;
  }
  if (E->isPRValue() && Type->isArrayType())
    return spillElements(E);
  auto Kind = E->isGLValue()         ? Slot::Kind::Pointer
              : Type->isScalarType() ? Slot::Kind::Scalar
                                     : Slot::Kind::Object;
  // A saved class prvalue is moved to where it is used.
  if (Kind == Slot::Kind::Object && !isMovable(Type) && Refused.empty()) {
    Refused = "a value of type '" + Type.getAsString() +
              "', which cannot be moved, is evaluated before a co_await in "
              "the same expression and would have to be kept and moved; "
              "not supported yet";
    RefusedAt = E->getBeginLoc();
  }
  Slot &Saved = newSlot("spill", Kind, Type);
  Out += store(Saved, E);
  replaceNode(E, use(Saved, E->isXValue()) + (overloadedArrow(E) ? "->" : ""));
  return Out;
}

// An array prvalue, the braced list of an aggregate's array element
// (`{"cat", "dog"}` in `Roster{{"cat", "dog"}, co_await count()}`, or
// `{1, x}`), whose awaits and temporaries are done: C++ initializes no
// array from another, so it is not kept whole, but its elements are, each
// saved where it stands (literals are left as written), inside braces that
// stay where they are.
std::string ExpressionSpiller::spillElements(const Expr *Array) {
  std::string Out;
  for (const Expr *Element : evaluationOrder(Array))
    if (!isPure(Element))
      Out += spillValue(Element);
  return Out;
}

// Marks the temporaries bound to references within E (and the nodes above
// them) as points the walk must evaluate in order, like awaits.
void ExpressionSpiller::markTemporaries(const Expr *E) {
  markWhere(E, [](const MaterializeTemporaryExpr *) { return true; });
  markDefaultArguments(E);
}

// Marks the temporaries that Var extends through reference members in its
// initializer Root, so that the walk builds them in fields, in order (not
// the one a reference variable binds directly: that one is the variable).
void ExpressionSpiller::markExtended(const Expr *Root, const VarDecl *Var) {
  markWhere(Root, [&](const MaterializeTemporaryExpr *Temporary) {
    return Temporary->getExtendingDecl() == Var &&
           Temporary != extendedTemporary(Var);
  });
}

// Marks each temporary under Root that Wanted accepts, and every node from it
// up to Root. An await's operand is left out: it is marked when the await is
// spilled.
void ExpressionSpiller::markWhere(
    const Expr *Root,
    llvm::function_ref<bool(const MaterializeTemporaryExpr *)> Wanted) {
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S) || isa<CoawaitExpr>(S))
      return;
    forEachWrittenChild(S, Visit);
    const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S);
    if (Temporary == nullptr || Temporary->getSourceRange().isInvalid() ||
        Marked.count(Temporary) || !Wanted(Temporary))
      return;
    // Of the backing arrays of braced lists made into an
    // std::initializer_list, not one a variable extends (the variable's
    // array is), nor one whose list is read only before the await and
    // whose elements die without effects (listArrayKept).
    if (Temporary->getType()->isArrayType()) {
      const auto *List =
          dyn_cast_or_null<CXXStdInitializerListExpr>(Plan.Tree->parent(S));
      if (List != nullptr &&
          (Temporary->getExtendingDecl() != nullptr ||
           (!listArrayKept(List) && !SavedLists.count(List))))
        return;
    }
    Marked.insert(Temporary);
    for (const Stmt *Up = Temporary; Up != nullptr;
         Up = Plan.Tree->parent(Up)) {
      HasAwait.insert(Up);
      if (Up == Root)
        break;
    }
  };
  Visit(Root);
}

// True when the backing array of the std::initializer_list List makes, the
// list evaluated before an await, is kept in a field (liftListArray), so
// that it lives to the end of the full-expression, past the await, as
// natively. It is unless neither its early death nor its address can be
// seen: its elements have no destructor, the standard library or the
// runtime receives the list, and what it returns cannot point into the
// array (std::vector<int>{1, 2} copies the elements, std::max({a, b})
// returns a number). A function of the program's own may keep the list
// anywhere, and std::minmax({a, b}) returns references into it.
bool ExpressionSpiller::listArrayKept(
    const CXXStdInitializerListExpr *List) const {
  if (C.ast()
          .getBaseElementType(List->getSubExpr()->getType())
          .isDestructedType())
    return true;
  const Stmt *Parent = Plan.Tree->parent(List);
  while (isa_and_nonnull<ImplicitCastExpr, MaterializeTemporaryExpr,
                         CXXBindTemporaryExpr, ParenExpr>(Parent))
    Parent = Plan.Tree->parent(Parent);
  SourceManager &SM = C.sources();
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Parent))
    return !trustedDeclaration(SM, Construct->getConstructor()->getParent());
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    QualType Result = Call->getType();
    return Callee == nullptr || !trustedDeclaration(SM, Callee) ||
           !Call->isPRValue() ||
           !(Result->isVoidType() || Result->isArithmeticType() ||
             Result->isEnumeralType());
  }
  return true;
}

// The call a temporary is passed to by reference when what it returns may
// keep that reference after it returns, so that the temporary, kept in a
// field, must not move with the machine: a function of the program's own
// that returns a class (an async function's task holds its reference
// parameters: `co_await g(Point{1, 2})`, `co_await run(const F &)` given a
// lambda), or a constructor of a class of the program's own. The standard
// library and the runtime are trusted not to (std::function copies the
// closure it is given), as in ConstructorPinning.cpp. Null otherwise.
const Expr *ExpressionSpiller::referenceKeeper(
    const MaterializeTemporaryExpr *Temporary) const {
  const Stmt *Parent = Plan.Tree->parent(Temporary);
  while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(Parent))
    Parent = Plan.Tree->parent(Parent);
  SourceManager &SM = C.sources();
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Call->getType()->isRecordType() ||
        (Callee != nullptr && trustedDeclaration(SM, Callee)))
      return nullptr;
    return Call;
  }
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Parent)) {
    const CXXConstructorDecl *Constructor = Construct->getConstructor();
    if (Constructor->isCopyOrMoveConstructor() ||
        trustedDeclaration(SM, Constructor->getParent()))
      return nullptr;
    return Construct;
  }
  return nullptr;
}

// Constructs a temporary in a field after whatever its initializer needs,
// and names the field where the temporary was.
std::string
ExpressionSpiller::liftTemporary(const MaterializeTemporaryExpr *Temporary) {
  if (Temporary->getType()->isArrayType() &&
      isa<CXXStdInitializerListExpr>(Plan.Tree->parent(Temporary)))
    return liftListArray(Temporary);
  // An std::initializer_list bound to a reference parameter: its array is
  // kept, and the list, made from it again where it is used, is the same.
  if (isa<CXXStdInitializerListExpr>(Temporary->getSubExpr()->IgnoreImplicit()))
    return spill(Temporary->getSubExpr());
  // One bound to a reference member of an aggregate lives as long as the
  // variable the aggregate initializes, not to the end of the
  // full-expression; that variable is the one being initialized here, since
  // the walk marks no others.
  const VarDecl *Extender = Plan.FullExprs[Current].Var;
  bool Extended = Temporary->getExtendingDecl() != nullptr;
  if (Extended && (Temporary->getExtendingDecl() != Extender ||
                   Plan.lifted(Extender) == nullptr)) {
    if (Refused.empty()) {
      Refused = "a temporary whose lifetime a variable extends (through a "
                "reference member of an aggregate) is created before a "
                "co_await in the same expression; not supported yet";
      RefusedAt = Temporary->getBeginLoc();
    }
    Extended = false;
  }
  const Expr *Init = Temporary->getSubExpr();
  std::string Out, Field;
  bool Destructible = false;
  if (Temporary->getType()->isArrayType()) {
    // An array prvalue bound to a reference or converted to a pointer
    // (`pair(IP{1, 2}, co_await n)`, with `using IP = int[2]`).
    Out = buildArrayTemporary(Temporary, "array", Field, Destructible);
  } else {
    Out = spill(Init);
    Slot &Saved = newSlot("temporary", Slot::Kind::Object,
                          Temporary->getType().getUnqualifiedType());
    Out += store(Saved, Init);
    Field = Saved.Field;
    Destructible = Saved.Destructible;
  }
  if (!Extended && Plan.PinnedBecause.empty())
    if (const Expr *Keeper = referenceKeeper(Temporary))
      Plan.PinnedBecause =
          "a temporary kept in the machine is passed by reference to a call "
          "that may keep the reference (line " +
          std::to_string(C.line(Keeper->getBeginLoc())) + ")";
  if (Extended) {
    // The variable's reference member refers into the machine.
    if (Plan.PinnedBecause.empty())
      Plan.PinnedBecause = "a reference member of '" +
                           Extender->getNameAsString() +
                           "' is bound to a temporary kept in the machine";
    if (Destructible)
      Plan.Temporaries.back().Dies =
          FunctionPlan::Temporary::Lifetime::Variable;
    Plan.lifted(Extender)->Extended.push_back(Field);
  }
  if (Temporary->getType()->isArrayType()) {
    C.replace(Temporary->getSourceRange(),
              arrayTemporaryName(Temporary, Field));
    return Out;
  }
  // The object of a further overloaded `->` (one that returns a class by
  // value, whose own operator-> the arrow then calls) keeps its arrow.
  replaceNode(Temporary,
              (Temporary->isXValue() ? "std::move(" + Field + ")" : Field) +
                  (overloadedArrow(Init) ? "->" : ""));
  return Out;
}

// How the rest of the expression names an array temporary kept in Field.
// The field's elements are not const; an xvalue keeps the native type
// (what a forwarding reference deduces), unless it decays to a pointer.
std::string
ExpressionSpiller::arrayTemporaryName(const MaterializeTemporaryExpr *Temporary,
                                      const std::string &Field) const {
  const auto *Decay = dyn_cast<ImplicitCastExpr>(Plan.Tree->parent(Temporary));
  if (!Temporary->isXValue() ||
      (Decay != nullptr && Decay->getCastKind() == CK_ArrayToPointerDecay))
    return Field;
  QualType Native = Temporary->getType();
  if (!C.ast().getBaseElementType(Native).hasQualifiers())
    return "std::move(" + Field + ")";
  return "static_cast<" +
         spellType(C.ast(), C.ast().getRValueReferenceType(Native)) + ">(" +
         Field + ")";
}

// The result of the overloaded `->` calls of Call's chain, down to the
// object the first one is called on or to a temporary of the chain already
// kept in a field (whose text, `field->`, is that object and its arrow):
// `(w).operator->()`, and for a drill-down through a class whose own
// operator-> continues, `(w).operator->().operator->()`.
std::string ExpressionSpiller::arrowResult(const CXXOperatorCallExpr *Call) {
  std::string Calls;
  std::string Object;
  for (const CXXOperatorCallExpr *Arrow = Call; Arrow != nullptr;) {
    Calls += ".operator->()";
    const Expr *Arg = Arrow->getArg(0);
    Arrow = overloadedArrow(Arg);
    bool Kept = false;
    for (const Expr *E = Arg; Arrow != nullptr && E != Arrow && !Kept;) {
      Kept = isa<MaterializeTemporaryExpr>(E) && Marked.count(E);
      if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
        E = Cast->getSubExpr();
      else if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
        E = Temporary->getSubExpr();
      else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
        E = Bind->getSubExpr();
      else
        break;
    }
    if (Arrow != nullptr && !Kept)
      continue;
    Object = C.text(Arg->getSourceRange());
    if (Kept)
      Object = llvm::StringRef(Object).rtrim().drop_back(2).str();
    break;
  }
  return "(" + Object + ")" + Calls;
}

std::string ExpressionSpiller::store(const Slot &S, const Expr *Value) {
  const CXXOperatorCallExpr *Arrow = overloadedArrow(Value);
  std::string Text = Arrow ? arrowResult(Arrow) : nodeText(Value);
  switch (S.Kind) {
  case Slot::Kind::Scalar:
    return S.Field + " = " + Text + ";\n";
  case Slot::Kind::Pointer:
    // std::addressof takes only lvalues: an xvalue (`std::move(s)`, the
    // object of `(co_await f()).g()`) goes through asl::bound_address.
    return S.Field + " = " +
           (Value->isXValue() ? "asl::bound_address(" : "std::addressof(") +
           Text + ");\n";
  case Slot::Kind::Object: {
    bool Braced = isa<InitListExpr>(Value->IgnoreImplicit());
    return constructSlot(S, Braced ? Text : "(" + Text + ")");
  }
  }
  llvm_unreachable("slot kinds are covered");
}

std::string ExpressionSpiller::constructSlot(const Slot &S,
                                             const std::string &Initializer) {
  std::string Out =
      constructAt(C.ast(), S.Stored, S.Field, S.Type, Initializer) + ";\n";
  if (S.Destructible)
    Out += liveFlag(S.Field) + " = true;\n";
  return Out;
}

// A saved operand where it is used. No object of array type is saved whole:
// an array prvalue's elements are (spillElements), an array temporary is
// built in a field (liftTemporary), an array glvalue is kept by its address.
std::string ExpressionSpiller::use(const Slot &S, bool XValue) const {
  switch (S.Kind) {
  case Slot::Kind::Scalar:
    return S.Field;
  case Slot::Kind::Pointer:
    return XValue ? "std::move(*" + S.Field + ")" : "(*" + S.Field + ")";
  case Slot::Kind::Object:
    return "std::move(" + S.Field + ")";
  }
  llvm_unreachable("slot kinds are covered");
}

Slot &ExpressionSpiller::newSlot(llvm::StringRef Name, enum Slot::Kind Kind,
                                 QualType Type, llvm::StringRef Field) {
  Slot S;
  S.Kind = Kind;
  S.FullExpr = Current;
  S.Field = Field.str();
  if (S.Field.empty())
    S.Field = Plan.fresh((Name + llvm::Twine(Plan.Slots.size()) + "_").str());
  QualType Stored = Type.getNonReferenceType();
  if (Kind != Slot::Kind::Pointer)
    Stored = Stored.getUnqualifiedType();
  if (std::string Why = unnameable(Stored); !Why.empty() && Refused.empty()) {
    Refused = "a value kept across a co_await has a type that contains " + Why +
              ", which the state machine cannot name; not supported "
              "yet";
    RefusedAt = Plan.FullExprs[Current].Root->getBeginLoc();
  }
  S.Type = spellType(C.ast(), Stored);
  S.Stored =
      Kind == Slot::Kind::Pointer ? C.ast().getPointerType(Stored) : Stored;
  S.Destructible = Kind == Slot::Kind::Object &&
                   Stored.isDestructedType() != QualType::DK_none;
  if (Kind == Slot::Kind::Pointer && Plan.PinnedBecause.empty())
    Plan.PinnedBecause =
        "an operand is kept by reference across a co_await (line " +
        std::to_string(C.line(Plan.FullExprs[Current].Root->getBeginLoc())) +
        ")";
  if (S.Destructible)
    Plan.Temporaries.push_back({S.Field, liveFlag(S.Field), Current});
  Plan.Slots.push_back(std::move(S));
  return Plan.Slots.back();
}

bool ExpressionSpiller::isUnmovablePrvalue(const Expr *E) const {
  return E->isPRValue() && !E->getType()->isVoidType() &&
         !E->getType()->isScalarType() && !isMovable(E->getType());
}

// Has a move or copy constructor that is not deleted.
bool ExpressionSpiller::isMovable(QualType Type) const {
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr || !Record->hasDefinition())
    return true;
  if (Record->needsImplicitMoveConstructor() ||
      Record->needsImplicitCopyConstructor())
    return !Record->defaultedMoveConstructorIsDeleted() ||
           !Record->defaultedCopyConstructorIsDeleted();
  for (const CXXConstructorDecl *Constructor : Record->ctors())
    if (Constructor->isCopyOrMoveConstructor() && !Constructor->isDeleted())
      return true;
  return false;
}

// Re-evaluating these later yields the same value or object.
bool ExpressionSpiller::isPure(const Expr *E) const {
  E = E->IgnoreParens();
  if (HasAwait.count(E))
    return false;
  if (isa<CXXThisExpr, IntegerLiteral, FloatingLiteral, CharacterLiteral,
          StringLiteral, CXXBoolLiteralExpr, CXXNullPtrLiteralExpr,
          CXXDefaultArgExpr, CXXDefaultInitExpr>(E))
    return true;
  // A lambda that copies nothing (`[](int x) {...}(co_await n)`, `[&]`):
  // building its closure later yields one that does the same, and a closure
  // type is one the machine could not name to keep it.
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E->IgnoreImplicit()))
    return llvm::all_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
      return (Capture.getCaptureKind() == LCK_ByRef ||
              Capture.getCaptureKind() == LCK_This) &&
             !Lambda->isInitCapture(&Capture);
    });
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return isa<FunctionDecl, EnumConstantDecl>(Ref->getDecl()) ||
           (E->isGLValue() && isa<VarDecl>(Ref->getDecl()));
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return E->isGLValue() &&
           (Member->isArrow()
                ? isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts())
                : isPure(Member->getBase()));
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
    return (Cast->getCastKind() == CK_FunctionToPointerDecay ||
            Cast->getCastKind() == CK_NoOp) &&
           isPure(Cast->getSubExpr());
  return false;
}

// ---- The await itself
// ---------------------------------------------------------

// C#'s expansion: get the awaiter; if it is not complete, store the state,
// register the continuation and return; resume at the label.
std::string ExpressionSpiller::awaitPrologue(const AwaitSite &Site,
                                             const std::string &Operand) {
  std::string Original = C.originalText(Site.Await->getSourceRange()).str();
  std::string Line = std::to_string(C.line(Site.Await->getBeginLoc()));
  std::string Out =
      Original.find('\n') == std::string::npos && Original.size() <= 60
          ? "// " + Original + " (line " + Line + ")\n"
          : "// co_await at line " + Line + "\n";

  // An awaiter whose type cannot be named is built on the heap, where
  // `new auto` deduces its type (asl/erased_awaiter.h).
  auto Build = [&](const std::string &Awaiter) {
    return Site.Erased ? "new auto(" + Awaiter + ")" : Awaiter;
  };
  switch (Site.Source) {
  case AwaitSite::Source::GetAwaiter:
    Out += "::new (asl::place(" + Site.Field + ")) " + Site.Type + "(" +
           Build("asl::get_awaiter(" + Operand + ")") + ");\n";
    break;
  case AwaitSite::Source::InPlace:
    // Braces: the awaiter is an aggregate, so the operand's result (a
    // call's) is constructed in the awaiter's member, never moved.
    Out += "::new (asl::place(" + Site.Field + ")) " + Site.Type + "{" +
           Build(Operand) + "};\n";
    break;
  case AwaitSite::Source::Prvalue:
    Out += "::new (asl::place(" + Site.Field + ")) " + Site.Type + "(" +
           Build(Operand) + ");\n";
    break;
  case AwaitSite::Source::Lvalue:
    if (Site.Erased)
      Out += "::new (asl::place(" + Site.Field + ")) " + Site.Type +
             "(asl::borrowed_awaiter, " + Operand + ");\n";
    else
      Out += Site.Field + " = std::addressof(" + Operand + ");\n";
    break;
  }
  if (Site.Destructible) {
    Out += liveFlag(Site.Field) + " = true;\n";
    Plan.Temporaries.push_back(
        {Site.Field, liveFlag(Site.Field), Site.FullExpr});
  }

  std::string A = Site.heldByPointer() ? "(*" + Site.Field + ")" : Site.Field;
  Out += "if (!" + A + ".await_ready()) {\n";
  Out += Plan.State + " = " + std::to_string(Site.State) + ";\n";
  Out += Plan.Builder + ".await_on_completed(" + A + ", *this);\n";
  Out += "return;\n";
  Out += Site.Label + ":\n";
  Out += Plan.State + " = -1;\n";
  Out += Plan.Builder + ".rethrow_if_suspend_failed();\n";
  Out += "}\n";
  return Out;
}

} // namespace asynclower
