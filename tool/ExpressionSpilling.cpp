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
#include "UnwindGuards.h"

#include "clang/AST/DeclCXX.h"

#include <functional>

using namespace clang;

namespace asynclower {
namespace {

// Whether the glvalue E is (part of) a temporary: through members, array
// elements, casts and std::move or std::forward, down to a
// materialized prvalue.
bool inTemporary(const Expr *E) {
  for (;;) {
    E = E->IgnoreParens();
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      E = Member->getBase();
    else if (const auto *Cast = dyn_cast<CastExpr>(E))
      E = Cast->getSubExpr();
    else if (const auto *Element = dyn_cast<ArraySubscriptExpr>(E))
      E = Element->getBase();
    else if (const auto *Call = dyn_cast<CallExpr>(E);
             Call != nullptr && Call->getNumArgs() == 1 &&
             (Call->getBuiltinCallee() == Builtin::BImove ||
              Call->getBuiltinCallee() == Builtin::BIforward))
      E = Call->getArg(0);
    else
      return isa<MaterializeTemporaryExpr>(E);
  }
}

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

} // namespace

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
      return Group.Parent != nullptr &&
             Full.Root->getSourceRange().fullyContains(
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
  // A temporary made inside an element of a pack expansion or a fold (not
  // the whole element) lives to the end of the full-expression, as
  // natively: built in a field at its place in the order, since the
  // element's parts that name a pack are read through lambdas that would
  // end it early (packCall).
  if (!PackGroups.empty())
    markWhere(Full.Root, [&](const MaterializeTemporaryExpr *Temporary) {
      return PackInside.count(Temporary) != 0;
    });
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
  if (!Folds.empty())
    writeFold(E);
  return Out;
}

std::string ExpressionSpiller::spillNode(const Expr *E) {
  if (!HasAwait.count(E))
    return {};
  if (MarkedDiscarded.erase(E))
    return liftDiscarded(E);
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
    std::string Awaited = sharedText(Operand);
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
    // An awaiter the operand names inside a temporary the machine keeps
    // (`co_await Holder{...}.op`) is used in place, by its address: a
    // pointer into the machine, which may not move then. (One in a lifted
    // local pins through the local's name: LocalLifting.cpp, findPinning.)
    if (Site.inPlace() && Plan.PinnedBecause.empty() && inTemporary(Operand))
      Plan.PinnedBecause = "the awaiter of the co_await at line " +
                           std::to_string(C.line(Await->getBeginLoc())) +
                           " is part of a temporary the machine keeps";
    // An awaiter that completes at once stays in the machine to the end
    // of the full-expression, and what its await_resume() returns may
    // point into it (a reference, a pointer, a string_view or span-like
    // class over its member array); kept anywhere while a later await of
    // the same full-expression first suspends, it must not move.
    if (Plan.PinnedBecause.empty() && !Site.Erased &&
        Plan.FullExprs[Site.FullExpr].States.size() > 1 &&
        (Await->isGLValue() || mayHoldAddress(Await->getType())))
      Plan.PinnedBecause = "what the awaiter of the co_await at line " +
                           std::to_string(C.line(Await->getBeginLoc())) +
                           " returns may point into it, and another await "
                           "of its expression may suspend first";
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

  // The statements that evaluate Discarded, the left side of a comma whose
  // right side awaits, for its effects, before the await. A class prvalue
  // with a destructor there (`T("a")`, `T{1}`, `k ? T(1) : T(2)`, a call
  // returning one) is a temporary of the full-expression: it dies at its
  // end, after the await, so it is constructed in a field with a live flag
  // (destroyed where the full-expression ends, or by the machine's
  // destructor), not written as a statement of its own, where it would die
  // at the `;`. The same through a cast to void (`(void)T("a")`) and in the
  // operands of a comma nested there, each a discarded value too. (A
  // lambda whose captures have destructors is such a temporary, but its
  // closure type is one the machine cannot name: newSlot refuses it.)
  auto Keepable = [&](const Expr *Bare) {
    return Bare->isPRValue() && Bare->getType()->isRecordType() &&
           Bare->getType().isDestructedType() != QualType::DK_none &&
           sharedText(Bare) != "void()";
  };
  auto VoidCast = [](const Expr *Bare) -> const Expr * {
    const auto *Cast = dyn_cast<ExplicitCastExpr>(Bare);
    return Cast != nullptr && Cast->getCastKind() == CK_ToVoid
               ? Cast->getSubExpr()
               : nullptr;
  };
  auto Comma = [](const Expr *Bare) {
    const auto *Binary = dyn_cast<BinaryOperator>(Bare);
    return Binary != nullptr && Binary->getOpcode() == BO_Comma ? Binary
                                                                : nullptr;
  };
  std::function<bool(const Expr *)> HoldsKept = [&](const Expr *E) {
    const Expr *Bare = E->IgnoreParens();
    if (const Expr *Sub = VoidCast(Bare))
      return HoldsKept(Sub);
    if (const BinaryOperator *Nested = Comma(Bare))
      return HoldsKept(Nested->getLHS()) || HoldsKept(Nested->getRHS());
    return Keepable(Bare);
  };
  // Done already when its text is `void()`: the left side of a nested
  // comma that was spilled itself (`(T("a"), use(T("b")))`, whose `T("b")`
  // is kept in a field).
  std::function<std::string(const Expr *, bool)> KeepDiscarded =
      [&](const Expr *Discarded, bool Top) -> std::string {
    const Expr *Bare = Discarded->IgnoreParens();
    std::string Text = sharedText(Discarded);
    // (Or one whose parts were all kept: `(void(), void())`.)
    auto AllKept = [](llvm::StringRef Rest) {
      while (!Rest.empty())
        if (!Rest.consume_front("void()") && !Rest.consume_front("(void)")) {
          if (!llvm::StringRef("(), \n").contains(Rest.front()))
            return false;
          Rest = Rest.drop_front();
        }
      return true;
    };
    if ((!Text.empty() && AllKept(Text)) || sharedText(Bare) == "void()")
      return "";
    if (!HoldsKept(Bare))
      return Top || Discarded->getType()->isVoidType()
                 ? Text + ";\n"
                 : "static_cast<void>(" + Text + ");\n";
    if (const Expr *Sub = VoidCast(Bare))
      return KeepDiscarded(Sub, false);
    if (const BinaryOperator *Nested = Comma(Bare)) {
      // (In order: the fields are destroyed last made first.)
      std::string Left = KeepDiscarded(Nested->getLHS(), false);
      return Left + KeepDiscarded(Nested->getRHS(), false);
    }
    Slot &Kept = newSlot("temporary", Slot::Kind::Object, Bare->getType());
    return store(Kept, Bare);
  };

  std::string Out;
  for (int I = 0; I <= End; ++I) {
    if (const LambdaCapture *Copy = Copies.lookup(Order[I])) {
      Out += copyEarly(*Copy);
      continue;
    }
    bool Save = (I < End || SaveLast) && !isPure(Order[I]);
    // A braced list made into an std::initializer_list operand: its array
    // is kept in a field (InitializerLists.cpp), and the list made from it
    // again after the await is the same list, so it is not saved itself;
    // nor is one written with its type, `std::initializer_list<int>{a, b}`
    // (the cast changes nothing).
    const Expr *Operand = Order[I]->IgnoreImplicit();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Operand);
        Cast != nullptr && Cast->getCastKind() == CK_NoOp)
      Operand = Cast->getSubExpr()->IgnoreImplicit();
    const auto *SavedList =
        Save ? dyn_cast<CXXStdInitializerListExpr>(Operand) : nullptr;
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
      Out += KeepDiscarded(Order[I], true);
      replaceNode(Order[I], "void()");
    } else if (Save) {
      Out += spillValue(Order[I]);
    }
  }
  return Out;
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
// expression evaluates, and those awaits may change what Cond reads. The
// value converts as the condition does: through static_cast<bool> only
// where that calls an explicit conversion (as in a statement's condition,
// BodyRewriter::evaluateCondition); otherwise the assignment converts it.
std::string ExpressionSpiller::saveCondition(const std::string &Field,
                                             const Expr *Cond) {
  std::string Value = sharedText(Cond);
  if (needsExplicitConversion(Cond))
    Value = "static_cast<bool>(" + Value + ")";
  std::string Out = Field + " = " + Value + ";\n";
  replaceNode(Cond, Field);
  return Out;
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
  // `new auto` deduces its type (asl/erased_awaiter.h); `auto` drops the
  // const of a `const` class prvalue, which is written again.
  QualType Awaiter = Site.Await->getCommonExpr()->getType();
  std::string Qualifiers = Awaiter.isConstQualified() ? "const " : "";
  if (Awaiter.isVolatileQualified())
    Qualifiers += "volatile ";
  auto Build = [&](const std::string &Awaiter) {
    return Site.Erased ? "new " + Qualifiers + "auto(" + Awaiter + ")"
                       : Awaiter;
  };
  std::string Built = constructibleType(Site.Type, /*AfterNew=*/true);
  switch (Site.Source) {
  case AwaitSite::Source::GetAwaiter:
    Out += "::new (asl::place(" + Site.Field + ")) " + Built + "(" +
           Build("asl::get_awaiter(" + Operand + ")") + ");\n";
    break;
  case AwaitSite::Source::InPlace:
    // Braces: the awaiter is an aggregate, so the operand's result (a
    // call's) is constructed in the awaiter's member, never moved.
    Out += "::new (asl::place(" + Site.Field + ")) " + Built + "{" +
           Build(Operand) + "};\n";
    break;
  case AwaitSite::Source::Prvalue:
    Out += "::new (asl::place(" + Site.Field + ")) " + Built + "(" +
           Build(Operand) + ");\n";
    break;
  case AwaitSite::Source::Lvalue:
  case AwaitSite::Source::Referred: {
    // An xvalue operand (`std::move(op)`, `Holder{}.op`) is the awaiter
    // itself, as an lvalue is ([expr.await]: no temporary is made for a
    // glvalue), and its member functions are called on it as an lvalue;
    // std::addressof does not take an rvalue: asl::bound_address does. So
    // is the object a reference get_awaiter() returns refers to.
    bool Referred = Site.Source == AwaitSite::Source::Referred;
    std::string Object =
        Referred ? "asl::get_awaiter(" + Operand + ")" : Operand;
    bool Xvalue = Referred || Site.Await->getOperand()->isXValue();
    if (Site.Erased)
      Out += "::new (asl::place(" + Site.Field + ")) " + Built +
             "(asl::borrowed_awaiter, " +
             (Xvalue ? "*asl::bound_address(" + Object + ")" : Object) +
             ");\n";
    else
      Out += Site.Field + " = " +
             (Xvalue ? "asl::bound_address(" : "std::addressof(") + Object +
             ");\n";
    break;
  }
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
  // The objects live on, and the machine may move: the unwind guards
  // must not touch them (UnwindGuards.h).
  Out += ReleaseMark;
  Out += "return;\n";
  Out += Site.Label + ":\n";
  Out += Plan.State + " = -1;\n";
  Out += Plan.Builder + ".rethrow_if_suspend_failed();\n";
  Out += "}\n";
  return Out;
}

} // namespace asynclower
