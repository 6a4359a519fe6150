//===- LocalLifting.cpp - Which locals become fields of the machine ------===//
//
// A local is lifted when its lifetime spans a suspension point: an await
// lies inside its scope, after its declaration. C++ lifetimes are lexical,
// so this is the whole rule; unlike C#, the tool does not look at whether
// the value is read again, because the object itself (and its destructor)
// must survive the suspension.
//
// Two more rules keep destruction order exact, since the lowering destroys
// a lifted object with an explicit call while an ordinary local dies at its
// closing brace. A local with a destructor is also lifted when
//   - a jump in its scope leaves a lifted object with a destructor, or
//   - it is declared after a lifted object with a destructor in the same
//     block, so both are alive at the block's end;
// then both are destroyed explicitly, innermost first. With these rules,
// every local left alone is nested inside all the lifted objects alive with
// it.
//
// The same phase decides whether the machine may start on the caller's stack
// and move to the heap at its first suspension (see asl/builder.h): not if
// the address of a lifted local or parameter may be held across that move.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <functional>

using namespace clang;

namespace asynclower {
namespace {

// The names of the types written in a body (casts, temporaries, templates'
// arguments).
struct TypeNameFinder : RecursiveASTVisitor<TypeNameFinder> {
  llvm::StringSet<> Names;
  bool VisitTagTypeLoc(TagTypeLoc Loc) {
    if (Loc.getDecl()->getIdentifier() != nullptr)
      Names.insert(Loc.getDecl()->getName());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    Names.insert(Loc.getTypedefNameDecl()->getName());
    return true;
  }
  bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc Loc) {
    if (const TemplateDecl *Template =
            Loc.getTypePtr()->getTemplateName().getAsTemplateDecl())
      if (Template->getIdentifier() != nullptr)
        Names.insert(Template->getName());
    return true;
  }
};

bool isDestructible(QualType Type) {
  return Type.isDestructedType() != QualType::DK_none;
}

// The statement a local declared by Decls is scoped to. A declaration
// that is a branch of an if or the body of a switch or loop, perhaps after
// labels (`if (k) T x(...);`, `while (n) x: T y(...);`), is a scope of
// its own: natively its locals die at the end of that sub-statement, in
// the lowering at the end of the braces put around it (replaceStatement).
const Stmt *scopeOf(const SyntaxTree &Tree, const DeclStmt *Decls) {
  const Stmt *Sub = Decls;
  const Stmt *Parent = Tree.parent(Decls);
  while (Parent != nullptr &&
         isa<SwitchCase, LabelStmt, AttributedStmt>(Parent)) {
    Sub = Parent;
    Parent = Tree.parent(Parent);
  }
  bool OwnScope = false;
  if (const auto *If = dyn_cast_or_null<IfStmt>(Parent))
    OwnScope = If->getThen() == Sub || If->getElse() == Sub;
  else if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(Parent))
    OwnScope = Switch->getBody() == Sub;
  else if (const auto *While = dyn_cast_or_null<WhileStmt>(Parent))
    OwnScope = While->getBody() == Sub;
  else if (const auto *Do = dyn_cast_or_null<DoStmt>(Parent))
    OwnScope = Do->getBody() == Sub;
  else if (const auto *For = dyn_cast_or_null<ForStmt>(Parent))
    OwnScope = For->getBody() == Sub;
  else if (const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Parent))
    OwnScope = Range->getBody() == Sub;
  return OwnScope ? Decls : Parent;
}

void addDeclared(FunctionPlan &Plan, const DeclStmt *Decls, const Stmt *Scope) {
  for (const Decl *D : Decls->decls()) {
    const auto *Var = dyn_cast<VarDecl>(D);
    if (Var == nullptr || !Var->hasLocalStorage())
      continue;
    // Each declarator is in scope from the end of its own init-declarator:
    // in `int a = co_await x(), b = a + co_await y();`, a lives across the
    // await in b's initializer.
    SourceLocation Begins =
        Decls->isSingleDecl() ? Decls->getEndLoc() : Var->getEndLoc();
    Plan.Locals.push_back({Var, Scope, Begins, Decls});
    // The names of a tuple-like structured binding are references of their
    // own, which get<I> initializes right after the object.
    if (const auto *Whole = dyn_cast<DecompositionDecl>(Var))
      for (const BindingDecl *Binding : Whole->bindings())
        if (const VarDecl *Holding = Binding->getHoldingVar())
          Plan.Locals.push_back({Holding, Scope, Begins, Decls});
  }
}

void collectLocals(LoweringContext &C, FunctionPlan &Plan) {
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    // A range-for's init-statement declares its locals first, so they die
    // last; the hidden range, begin and end live from after the range
    // expression to the end of the loop; its variable, one iteration.
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(S)) {
      if (const auto *Init = dyn_cast_or_null<DeclStmt>(Range->getInit()))
        addDeclared(Plan, Init, Range);
      SourceLocation Begins = Range->getRangeInit()->getEndLoc();
      for (const DeclStmt *Hidden :
           {Range->getRangeStmt(), Range->getBeginStmt(), Range->getEndStmt()})
        if (Hidden != nullptr)
          if (const auto *Var = dyn_cast<VarDecl>(Hidden->getSingleDecl()))
            Plan.Locals.push_back({Var, Range, Begins});
      return;
    }
    const auto *Decls = dyn_cast<DeclStmt>(S);
    if (Decls == nullptr)
      return;
    const Stmt *Scope = scopeOf(*Plan.Tree, Decls);
    if (const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Scope)) {
      if (Range->getInit() == Decls)
        return; // added with the range-for, before its hidden variables
      if (Range->getLoopVarStmt() == Decls)
        Scope = Range->getBody();
    }
    addDeclared(Plan, Decls, Scope);
  });
  (void)C;
}

// A local as a diagnostic names it: 'name', or for the variable an
// anonymous union or struct declares (which has no name), the members it
// brings into the scope.
std::string describeLocal(const VarDecl *Var) {
  if (!Var->getName().empty())
    return "'" + Var->getNameAsString() + "'";
  const auto *Record = Var->getType()->getAsRecordDecl();
  if (Record == nullptr || !Record->isAnonymousStructOrUnion())
    return "(unnamed)";
  std::string Members;
  for (const FieldDecl *Field : Record->fields()) {
    if (Field->getName().empty())
      continue;
    Members += Members.empty() ? "'" : ", '";
    Members += Field->getNameAsString() + "'";
  }
  return std::string("(the anonymous ") +
         (Record->isUnion() ? "union" : "struct") + " of " + Members + ")";
}

// Why a lifted local cannot be a field yet, or an empty string.
std::string cannotLift(const LocalScope &Local) {
  const VarDecl *Var = Local.Var;
  QualType Type = Var->getType();
  if (Type->isVariablyModifiedType())
    return "a variable-length array";
  if (std::string Why = unnameable(Type); !Why.empty()) {
    // `enum Color {...} col = Green;`: the type of the function that would
    // otherwise move out of it stays, declared by the variable's statement.
    const auto *Written = dyn_cast<ElaboratedType>(Type.getTypePtr());
    if (Written != nullptr && Written->getOwnedTagDecl() != nullptr &&
        Written->getOwnedTagDecl()->getParentFunctionOrMethod() != nullptr)
      return "an object whose type, " + Why +
             ", is declared together with it (declare the type in a "
             "statement of its own)";
    return "an object whose type contains " + Why;
  }
  return {};
}

} // namespace

const Expr *referenceInitializer(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  if (Init == nullptr || !Var->getType()->isReferenceType())
    return Init;
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Init))
    Init = Cleanups->getSubExpr();
  // `T &r{e};` binds r to e as `T &r = e;` would (or to the temporary that
  // e's conversion makes): the list holds nothing else.
  if (const auto *List = dyn_cast<InitListExpr>(Init);
      List != nullptr && List->getNumInits() == 1)
    return List->getInit(0);
  return Var->getInit();
}

// The temporary a reference variable binds, directly or through a base class
// subobject or a member of it (`const Base &r = make_derived();`, `const int
// &n = make_pair().second;`, `const int &n{5};`), a cast to a reference type
// that names the same object or a base of it (`static_cast<const T &>(T())`,
// `const_cast`, a C-style cast, any cast of those kinds), or an element of
// an array prvalue at a constant index (`int &&x = IA{a, b}[1];`, `using IA
// = int[2];`): C++ extends the whole temporary's lifetime to the reference's
// ([class.temporary]). Path holds the steps from the whole to the part the
// reference binds (`.arr`, `[1]`; an anonymous struct or union's member adds
// none). Where it reaches no temporary, Stopped is the expression it could
// not see through.
static const MaterializeTemporaryExpr *
boundTemporary(const VarDecl *Var, llvm::SmallVectorImpl<std::string> *Path,
               const Expr **Stopped = nullptr) {
  const ASTContext &Ctx = Var->getASTContext();
  for (const Expr *E = referenceInitializer(Var); E != nullptr;) {
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      return Temporary->getExtendingDecl() == Var ? Temporary : nullptr;
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E)) {
      E = Cleanups->getSubExpr();
    } else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
      E = Cast->getSubExpr();
    } else if (const auto *Paren = dyn_cast<ParenExpr>(E)) {
      E = Paren->getSubExpr();
    } else if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
               Cast != nullptr && Cast->isGLValue() &&
               (Cast->getCastKind() == CK_NoOp ||
                Cast->getCastKind() == CK_DerivedToBase ||
                Cast->getCastKind() == CK_UncheckedDerivedToBase)) {
      E = Cast->getSubExpr();
    } else if (const auto *Member = dyn_cast<MemberExpr>(E);
               Member != nullptr && !Member->isArrow() &&
               isa<FieldDecl>(Member->getMemberDecl())) {
      const auto *Field = cast<FieldDecl>(Member->getMemberDecl());
      if (Path != nullptr && !Field->isAnonymousStructOrUnion())
        Path->insert(Path->begin(), "." + Field->getNameAsString());
      E = Member->getBase();
    } else if (const auto *Element = dyn_cast<ArraySubscriptExpr>(E)) {
      // The array prvalue decays to a pointer for the subscript; the index
      // is read again where the body uses the reference, so it must be a
      // constant.
      const auto *Decay = dyn_cast<ImplicitCastExpr>(Element->getBase());
      std::optional<llvm::APSInt> Index =
          Element->getIdx()->getIntegerConstantExpr(Ctx);
      if (Decay == nullptr ||
          Decay->getCastKind() != CK_ArrayToPointerDecay || !Index ||
          Element->getIdx()->HasSideEffects(Ctx)) {
        if (Stopped != nullptr)
          *Stopped = E;
        return nullptr;
      }
      if (Path != nullptr)
        Path->insert(Path->begin(), "[" + toString(*Index, 10) + "]");
      E = Decay->getSubExpr();
    } else {
      if (Stopped != nullptr)
        *Stopped = E;
      return nullptr;
    }
  }
  return nullptr;
}

const MaterializeTemporaryExpr *extendedTemporary(const VarDecl *Var) {
  return boundTemporary(Var, nullptr);
}

bool extendsThroughMembers(const VarDecl *Var) {
  // A named std::initializer_list extends its backing array, which is
  // lifted with it (InitializerLists.cpp).
  const Expr *Array = nullptr;
  if (const auto *List = builtInitializerList(Var); List && !Var->isImplicit())
    Array = List->getSubExpr();
  bool Found = false;
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (S == nullptr || Found || isa<LambdaExpr>(S))
      return;
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(S))
      Found = Temporary->getExtendingDecl() == Var &&
              Temporary != extendedTemporary(Var) && Temporary != Array;
    forEachWrittenChild(S, Visit);
  };
  Visit(Var->getInit());
  return Found;
}

const CXXStdInitializerListExpr *builtInitializerList(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  if (Init == nullptr)
    return nullptr;
  // The list may be written with its type, `std::initializer_list<int>{a,
  // b}`: the cast changes nothing, and the list's array lives as long as
  // the variable all the same.
  const Expr *E = Init->IgnoreImplicit()->IgnoreParens();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E);
      Cast != nullptr && Cast->getCastKind() == CK_NoOp)
    E = Cast->getSubExpr()->IgnoreImplicit();
  return dyn_cast<CXXStdInitializerListExpr>(E);
}

namespace {

bool isConditionVariableOf(const Stmt *S, const VarDecl *Var) {
  if (const auto *If = dyn_cast_or_null<IfStmt>(S))
    return If->getConditionVariable() == Var;
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(S))
    return Switch->getConditionVariable() == Var;
  if (const auto *While = dyn_cast_or_null<WhileStmt>(S))
    return While->getConditionVariable() == Var;
  if (const auto *For = dyn_cast_or_null<ForStmt>(S))
    return For->getConditionVariable() == Var;
  return false;
}

// True when leaving the local's scope runs a destructor: its own, or that of
// the temporary it extends.
bool hasDestructor(const VarDecl *Var) {
  if (const auto *Temporary = extendedTemporary(Var))
    return isDestructible(Temporary->getType());
  // A named std::initializer_list: the backing array it keeps alive.
  if (const auto *List = builtInitializerList(Var); List && !Var->isImplicit())
    return isDestructible(List->getSubExpr()->getType());
  return isDestructible(Var->getType());
}

class Lifter {
public:
  Lifter(LoweringContext &C, FunctionPlan &Plan) : C(C), Plan(Plan) {}

  bool run() {
    collectLocals(C, Plan);
    // While the lifting decides, the closure types and the types local to
    // the function are accepted as fields if the hoisting may name them.
    Candidates = hoistCandidates(Plan);
    setHoistCandidates(&Candidates);
    auto Forget = llvm::make_scope_exit([] { setHoistCandidates(nullptr); });

    std::vector<bool> Lift(Plan.Locals.size(), false);
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      for (const AwaitSite &Site : Plan.Awaits)
        if (inScopeAt(C, Plan, Plan.Locals[I], Site.Await) ||
            buildsAcrossAwait(Plan.Locals[I].Var, Site))
          Lift[I] = true;
    // The rest are lifted only to keep the order of destruction exact.
    std::vector<bool> AcrossAwait = Lift;
    // A range-for whose head awaits is spelled out (RangeFor.cpp) with
    // its hidden variables as fields, even if its body does not await.
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      if (Plan.Locals[I].Var->isImplicit() &&
          isa<CXXForRangeStmt>(Plan.Locals[I].Scope) &&
          llvm::any_of(Plan.FullExprs, [&](const FullExpression &Full) {
            return Full.Owner == Plan.Locals[I].Scope;
          }))
        Lift[I] = true;
    for (bool Changed = true; Changed;) {
      bool ForJumps = liftAcrossJumps(Lift);
      bool ForBlockEnds = liftLaterInScope(Lift);
      Changed = ForJumps || ForBlockEnds;
    }
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      if (Lift[I] && staysConstant(Plan.Locals[I])) {
        Lift[I] = AcrossAwait[I] = false;
        if (!llvm::is_contained(Plan.StaticConstants,
                                Plan.Locals[I].Declaration))
          Plan.StaticConstants.push_back(Plan.Locals[I].Declaration);
      }

    // A tuple-like binding's references (right after their object in
    // Plan.Locals) are lifted exactly when the object is.
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      if (isa<DecompositionDecl>(Plan.Locals[I].Var))
        for (size_t J = I + 1;
             J < Plan.Locals.size() && Plan.Locals[J].Var->isImplicit() &&
             Plan.Locals[J].Scope == Plan.Locals[I].Scope;
             ++J)
          Lift[J] = Lift[I];

    // What the machine will name from the body: it is hoisted out of it now
    // (HoistedLocals.cpp), and anything else is refused below.
    std::vector<const VarDecl *> Lifted;
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      if (Lift[I])
        Lifted.push_back(Plan.Locals[I].Var);
    if (!hoistLocals(C, Plan, Lifted))
      return false;
    setHoistCandidates(nullptr);
    // An anonymous union moved whole into the locals class: its members
    // are the machine's base's, and it has no field of its own.
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      if (const RecordDecl *Union =
              Plan.Locals[I].Var->getType()->getAsRecordDecl();
          Lift[I] && Union != nullptr && Union->isAnonymousStructOrUnion() &&
          llvm::any_of(Plan.HoistedTypes, [&](const DeclStmt *Decls) {
            return *Decls->decl_begin() == Union;
          }))
        Lift[I] = false;

    bool Ok = true;
    for (size_t I = 0; I < Plan.Locals.size(); ++I)
      if (Lift[I])
        Ok &= addLifted(Plan.Locals[I], AcrossAwait[I]);
    if (!Ok)
      return false;
    addConditionHeads();
    findPinning();
    return true;
  }

  // A lifted condition variable is constructed before its if or switch, or
  // in each iteration of its while or for, which BodyRewriter does for
  // conditions that are full-expressions; give
  // one to a condition variable whose initializer does not await.
  void addConditionHeads() {
    for (const LiftedLocal &Lifted : Plan.Lifted) {
      const Stmt *Scope = nullptr;
      for (const LocalScope &L : Plan.Locals)
        if (L.Var == Lifted.Var)
          Scope = L.Scope;
      // Only a condition variable: a variable of an if's or switch's
      // init-statement is scoped to the statement too, but is declared by
      // the init-statement (rewriteSelection, StatementHeads.cpp).
      if (!isConditionVariableOf(Scope, Lifted.Var))
        continue;
      bool Known = llvm::any_of(Plan.FullExprs, [&](const FullExpression &F) {
        return F.Var == Lifted.Var;
      });
      if (Known || Lifted.Var->getInit() == nullptr)
        continue;
      FullExpression Head;
      Head.Root = Lifted.Var->getInit();
      Head.Owner = Scope;
      Head.Kind = FullExpression::Context::Condition;
      Head.Var = Lifted.Var;
      Plan.FullExprs.push_back(Head);
    }
  }

private:
  // An aggregate built member by member, one whose reference members
  // extend temporaries, or a named std::initializer_list (whose array's
  // elements are built one by one), has parts that must survive an await
  // in its own initializer (InPlaceAggregates.cpp, ExpressionSpilling.cpp,
  // InitializerLists.cpp).
  bool buildsAcrossAwait(const VarDecl *Var, const AwaitSite &Site) {
    const FullExpression &Full = Plan.FullExprs[Site.FullExpr];
    return Full.Var == Var &&
           Full.Kind == FullExpression::Context::Initializer &&
           (inPlaceAggregate(C.ast(), Var) != nullptr ||
            extendsThroughMembers(Var) ||
            (builtInitializerList(Var) != nullptr && !Var->isImplicit()));
  }

  // Returns true if it lifted more.
  bool liftAcrossJumps(std::vector<bool> &Lift) {
    std::vector<const Stmt *> Jumps(Plan.Jumps.begin(), Plan.Jumps.end());
    Jumps.insert(Jumps.end(), Plan.Returns.begin(), Plan.Returns.end());
    auto Index = [&](const LocalScope *L) { return L - Plan.Locals.data(); };

    bool Any = false;
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (const Stmt *Jump : Jumps) {
        auto Left = leftByJump(C, Plan, Jump);
        bool LeavesLifted = llvm::any_of(Left, [&](const LocalScope *L) {
          return Lift[Index(L)] && hasDestructor(L->Var);
        });
        if (!LeavesLifted)
          continue;
        for (const LocalScope *L : Left)
          if (!Lift[Index(L)] && hasDestructor(L->Var))
            Lift[Index(L)] = Changed = Any = true;
      }
    }
    return Any;
  }

  // The lowering destroys a lifted object just before the `}` of its scope,
  // and C++ destroys the locals it leaves alone at the `}` itself. A local
  // with a destructor declared after a lifted one in the same scope must
  // die first, so it is lifted too (with the rest of its declaration), unless
  // its type cannot be a field: a closure or a local class that the hoisting
  // cannot name (HoistedLocals.cpp). In a block, such a local, and one whose
  // type only the hoisting names, is nested in a block of its own so that it
  // still dies first (ScopeCleanup.cpp); elsewhere (a for, if, switch or
  // while head) the latter is lifted.
  // FIXME: such an unnameable local declared in the head of a for, if,
  // switch or while (after a lifted object declared there too) is destroyed
  // after that lifted object: the reverse of the native order, visible when
  // both destructors have side effects. Wrapping the whole statement in a
  // block that ends before the lifted object's destroy call would fix it.
  // One that a jump (or co_return) leaves together with a lifted object
  // with a destructor is lifted by liftAcrossJumps, and refused (C++ would
  // destroy it at the jump, after the destroy calls placed before it).
  bool liftLaterInScope(std::vector<bool> &Lift) {
    bool Any = false;
    for (size_t I = 0; I < Plan.Locals.size(); ++I) {
      const LocalScope &Later = Plan.Locals[I];
      if (Lift[I] || !cannotLift(Later).empty())
        continue;
      // In a block, one whose type only the hoisting could name stays a
      // local in a block of its own: the machine stays relocatable.
      if (isa<CompoundStmt>(Later.Scope) && needsHoisting(Later.Var))
        continue;
      for (size_t J = 0; J < I; ++J) {
        const LocalScope &Earlier = Plan.Locals[J];
        if (!Lift[J] || Earlier.Scope != Later.Scope)
          continue;
        bool SameDeclaration = Earlier.Begins == Later.Begins ||
                               (Earlier.Declaration != nullptr &&
                                Earlier.Declaration == Later.Declaration);
        if (SameDeclaration ||
            (hasDestructor(Earlier.Var) && hasDestructor(Later.Var))) {
          Lift[I] = Any = true;
          break;
        }
      }
    }
    return Any;
  }

  // True when only the hoisting could name Var's type as a field.
  bool needsHoisting(const VarDecl *Var) {
    setHoistCandidates(nullptr);
    bool Needs = !unnameable(Var->getType()).empty();
    setHoistCandidates(&Candidates);
    return Needs;
  }

  bool addLifted(const LocalScope &Local, bool AcrossAwait) {
    const VarDecl *Var = Local.Var;
    // "'add5', an object whose type contains ..., lives across": the
    // variable's name first, so that it does not read as the type's.
    std::string Why = cannotLift(Local);
    if (!Why.empty())
      Why = describeLocal(Var) + ", " + Why + ",";
    if (!Why.empty() && !AcrossAwait)
      return C.unsupported(Var->getLocation(),
                           Why + " must be destroyed in order with objects "
                               "that live across a co_await (a jump or "
                               "co_return leaves them together); not "
                               "supported yet",
                           Var->getSourceRange());
    if (!Why.empty())
      return C.unsupported(Var->getLocation(),
                           Why + " lives across a co_await; not supported "
                               "yet",
                           Var->getSourceRange());

    // A member type the machine may not name: the class declares the
    // machine its friend, when the lowering can edit it.
    auto Refused = befriendOwnersOf(C, Plan, Var->getType());
    if (!Refused.empty())
      return C.unsupported(Var->getLocation(),
                           "'" + Var->getNameAsString() + "', of type " +
                               Refused.front().first +
                               ", lives across a co_await; not supported " +
                               Refused.front().second,
                           Var->getSourceRange());

    LiftedLocal Lifted;
    Lifted.Var = Var;
    Lifted.Field = fieldName(Var);
    QualType Type = Var->getType();
    using Storage = LiftedLocal::StorageKind;
    const CXXStdInitializerListExpr *List = builtInitializerList(Var);
    if (List != nullptr && !Var->isImplicit()) {
      // A reference bound to the list (`const std::initializer_list<int>
      // &r = {1, 2};`) extends the list and its array: the list is kept as
      // the temporary it binds, below, as for any extended temporary.
      Lifted.Array = backingArray(List, Lifted.Field);
      // The list points into the machine.
      if (Plan.PinnedBecause.empty())
        Plan.PinnedBecause = "std::initializer_list '" +
                             Var->getNameAsString() +
                             "' points to its array in the machine";
      List = nullptr; // the list itself is lifted as any object
    }
    if (List != nullptr) {
      // A range-for over a braced list: its hidden range is kept as the
      // list's backing array, which RangeFor.cpp's loop iterates. The
      // elements are not const, so the array can be built in place; the
      // iterators, of the list's type, still are pointers to const.
      const auto *Array =
          C.ast().getAsConstantArrayType(List->getSubExpr()->getType());
      Type = C.ast().getConstantArrayType(
          Array->getElementType().getUnqualifiedType(), Array->getSize(),
          nullptr, ArraySizeModifier::Normal, 0);
    } else if (Type->isReferenceType()) {
      // A reference is kept as a pointer; one that extends a temporary's
      // lifetime is kept as that temporary: an object of the referred,
      // possibly const, type, or of the temporary's own type where the
      // reference binds a base class subobject or a member of it.
      QualType Referred = Type.getNonReferenceType();
      llvm::SmallVector<std::string, 2> Path;
      if (const auto *Temporary = boundTemporary(Var, &Path)) {
        Lifted.Storage = Storage::Extended;
        Type = Referred;
        // A list the reference extends is made to point to its array
        // (asl::detail::init_list_over), so its field is not const; the
        // body reads it through the reference's name, as a const list.
        if (Lifted.Array)
          Type = Type.getUnqualifiedType();
        // Bound to a part of it: the field holds the whole temporary, and
        // the body reaches the part as the reference did, with its type.
        if (!Path.empty() ||
            !C.ast().hasSameUnqualifiedType(Temporary->getType(), Referred)) {
          Type = Temporary->getType();
          if (std::string Why = unnameable(Type); !Why.empty())
            return C.unsupported(Var->getLocation(),
                                 "reference '" + Var->getNameAsString() +
                                     "' extends a temporary whose type "
                                     "contains " +
                                     Why +
                                     " across a co_await; not supported yet",
                                 Var->getSourceRange());
          std::string Part = Lifted.Field;
          for (const std::string &Step : Path)
            Part += Step;
          // Spelled as a whole type: `int (&)[3]`, not `int[3] &`.
          Lifted.Access =
              "static_cast<" +
              spellWrittenType(C.ast(),
                               C.ast().getLValueReferenceType(Referred)) +
              ">(" + Part + ")";
        }
      } else {
        // Bound to a temporary boundTemporary does not reach, such as an
        // element of an array prvalue at an index that is not a constant:
        // natively the reference keeps that whole temporary alive. Kept as
        // a pointer, it would dangle.
        const Expr *Stopped = nullptr;
        if (extendsThroughMembers(Var)) {
          boundTemporary(Var, nullptr, &Stopped);
          std::string How = "through an expression the lowering does not "
                            "follow";
          if (isa_and_nonnull<ArraySubscriptExpr>(Stopped))
            How = "as an element of an array temporary whose index is not "
                  "a constant";
          else if (const auto *Comma =
                       dyn_cast_or_null<BinaryOperator>(Stopped);
                   Comma != nullptr && Comma->getOpcode() == BO_Comma)
            How = "on the right of a comma";
          else if (isa_and_nonnull<ExplicitCastExpr>(Stopped))
            How = "through a cast to another type than its own or a base "
                  "of it";
          return C.unsupported(
              Var->getLocation(),
              "reference '" + Var->getNameAsString() +
                  "' keeps a temporary alive, bound to it " + How +
                  ", and lives across a co_await; not supported yet "
                  "(bind the temporary itself, or copy the value)",
              Var->getSourceRange());
        }
        Lifted.Storage = Storage::Reference;
        Type = C.ast().getPointerType(Referred);
      }
    } else if (Type->isScalarType() && !Type.isConstQualified() &&
               !Type.isVolatileQualified()) {
      Lifted.Storage = Storage::Scalar;
    }
    // A range-for's hidden variables and a structured binding's object have
    // types the user did not write.
    // A type written with a constant of the function (`std::array<int, n>`,
    // `int buf[n]`) is spelled with its value: the machine cannot see n.
    auto Spell = Var->isImplicit() || isa<DecompositionDecl>(Var) ||
                         namesStaticConstant(
                             spellWrittenType(C.ast(), Type, Lifted.Field))
                     ? spellType
                     : spellWrittenType;
    Lifted.Declarator = Spell(C.ast(), Type, Lifted.Field);
    // `alignas(32) double d[4];` aligns the variable, not its type: the
    // field is declared with it too.
    if ((Lifted.Storage == Storage::Object ||
         Lifted.Storage == Storage::Scalar) &&
        Var->hasAttr<AlignedAttr>()) {
      uint64_t Align = Var->getMaxAlignment() / C.ast().getCharWidth();
      if (Align > uint64_t(C.ast().getTypeAlignInChars(Type).getQuantity()))
        Lifted.Declarator =
            "alignas(" + std::to_string(Align) + ") " + Lifted.Declarator;
    }
    Lifted.Type = Spell(C.ast(), Type, {});
    Lifted.Stored = Type;
    Lifted.Destructible =
        Lifted.Storage != Storage::Reference && isDestructible(Type);
    // The machine destroys what it holds through asl::destroy, which no
    // class befriends: a destructor only the async function may call
    // (private or protected, the function a friend) cannot be called there.
    if (const CXXRecordDecl *Record =
            C.ast().getBaseElementType(Type)->getAsCXXRecordDecl();
        Lifted.Destructible && Record != nullptr &&
        Record->getDestructor() != nullptr &&
        Record->getDestructor()->getAccess() != AS_public)
      return C.unsupported(Var->getLocation(),
                           "'" + Var->getNameAsString() +
                               "' lives across a co_await, and the "
                               "destructor of '" +
                               Record->getNameAsString() +
                               "' is not public; the state machine "
                               "destroys it through the runtime, which "
                               "cannot call it; not supported yet");
    Plan.LiftedIndex[Var] = Plan.Lifted.size();
    Plan.Lifted.push_back(std::move(Lifted));
    return true;
  }

  // The field that holds the backing array of a named std::initializer_list
  // (listConstruction in LiftedDeclarations.cpp builds it,
  // asl::detail::list_over makes the list point to it). Natively the
  // array's elements are const; here they are not, as for a range-for's
  // braced list: a union whose members are all const has a deleted default
  // constructor, and the elements are constructed in place
  // (InitializerLists.cpp). The list only reads them.
  LiftedLocal::BackingArray backingArray(const CXXStdInitializerListExpr *List,
                                         llvm::StringRef ListField) {
    const auto *Native =
        C.ast().getAsConstantArrayType(List->getSubExpr()->getType());
    LiftedLocal::BackingArray Array;
    Array.Size = Native->getSize().getZExtValue();
    Array.Stored = C.ast().getConstantArrayType(
        Native->getElementType().getUnqualifiedType(), Native->getSize(),
        nullptr, ArraySizeModifier::Normal, 0);
    Array.Field = Plan.fresh((ListField.rtrim('_') + "_array_").str());
    Array.Declarator = spellType(C.ast(), Array.Stored, Array.Field);
    Array.Type = spellType(C.ast(), Array.Stored);
    Array.Destructible = isDestructible(Array.Stored);
    return Array;
  }

  // Whether Text names one of the constants made static.
  bool namesStaticConstant(llvm::StringRef Text) const {
    if (Plan.StaticConstants.empty())
      return false;
    for (const DeclStmt *Constants : Plan.StaticConstants)
      for (const Decl *D : Constants->decls()) {
        llvm::StringRef Name = cast<VarDecl>(D)->getName();
        for (size_t At = Text.find(Name); At != llvm::StringRef::npos;
             At = Text.find(Name, At + 1)) {
          auto IsIdentifier = [](char Ch) {
            return llvm::isAlnum(Ch) || Ch == '_';
          };
          size_t End = At + Name.size();
          if ((At == 0 || !IsIdentifier(Text[At - 1])) &&
              (End == Text.size() || !IsIdentifier(Text[End])))
            return true;
        }
      }
    return false;
  }

  // A constant usable in constant expressions (`constexpr int n = 3;`,
  // `const int k = 2;`) would be no constant as a field: `std::array<int,
  // n>`, `case k:` would not compile. Declared static instead, it is the
  // same constant, initialized before the program starts, and a resume
  // point may jump past its declaration. Only when its type has no
  // destructor (a static one would run at exit) and every variable of its
  // statement is such a constant.
  bool staysConstant(const LocalScope &Local) {
    auto Constant = [&](const Decl *D) {
      const auto *Var = dyn_cast<VarDecl>(D);
      return Var != nullptr && !isa<DecompositionDecl>(Var) &&
             Var->isUsableInConstantExpressions(C.ast()) &&
             !Var->getType()->isReferenceType() &&
             !isDestructible(Var->getType());
    };
    const DeclStmt *Decls = Local.Declaration;
    return Decls != nullptr &&
           isa_and_nonnull<CompoundStmt>(Plan.Tree->parent(Decls)) &&
           llvm::all_of(Decls->decls(), Constant);
  }

  // The local's own name, unless the body already uses that name for
  // something else or another field has it (same-named locals in nested
  // scopes, a parameter hidden by a local).
  std::string fieldName(const VarDecl *Var) {
    if (RefsByName.empty())
      indexNames();
    if (isa<DecompositionDecl>(Var))
      return Plan.fresh("bindings" + std::to_string(Plan.Lifted.size()) + "_");
    // A range-for's hidden __range1, __begin1, __end1: range_, begin_, end_.
    if (Var->isImplicit())
      return Plan.fresh(Var->getName().trim("_0123456789").str() + "_");
    llvm::StringRef Name = Var->getName();
    // Its live flag (s_live_ for s) must not be a name the file uses (a
    // local named s_live_ beside s), and it must not hide a type the
    // function names (`Point Point{1, 2};`): in the machine class, the field
    // would change what the type's name means.
    bool Clash =
        Fields.count(Name) != 0 || TypeNames.contains(Name) ||
        (Plan.FileNames != nullptr && Plan.FileNames->contains(liveFlag(Name)));
    auto It = RefsByName.find(Name);
    if (It != RefsByName.end())
      for (const ValueDecl *D : It->second)
        Clash |= D != Var;
    std::string Field = Clash ? Plan.fresh(Name) : Name.str();
    Fields.insert(Field);
    return Field;
  }

  // The names of the classes, enumerations, aliases and templates a type
  // names, its template arguments' included.
  void addTypeNames(QualType Type) {
    while (!Type.isNull()) {
      if (const auto *Typedef = Type->getAs<TypedefType>())
        TypeNames.insert(Typedef->getDecl()->getName());
      QualType Next = Type->getPointeeOrArrayElementType() != Type.getTypePtr()
                          ? QualType(Type->getPointeeOrArrayElementType(), 0)
                          : Type.getNonReferenceType();
      if (Next == Type)
        break;
      Type = Next;
    }
    if (Type.isNull())
      return;
    if (const TagDecl *Tag = Type->getAsTagDecl()) {
      if (Tag->getIdentifier() != nullptr)
        TypeNames.insert(Tag->getName());
      if (const auto *Specialization =
              dyn_cast<ClassTemplateSpecializationDecl>(Tag))
        for (const TemplateArgument &Arg :
             Specialization->getTemplateArgs().asArray())
          if (Arg.getKind() == TemplateArgument::Type)
            addTypeNames(Arg.getAsType());
    }
  }

  void indexNames() {
    for (const ParmVarDecl *Param : Plan.Function->parameters()) {
      Fields.insert(Param->getName());
      addTypeNames(Param->getType());
    }
    for (const LocalScope &Local : Plan.Locals)
      addTypeNames(Local.Var->getType());
    TypeNameFinder Written;
    Written.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
    for (const auto &Name : Written.Names)
      TypeNames.insert(Name.getKey());
    // The members the runtime names: a local of such a name is renamed.
    for (llvm::StringRef Member : machineMemberNames())
      Fields.insert(Member);
    // A coroutine lambda's body becomes a call operator of a class inside
    // the machine (NamedClosure), where a field would hide a global of the
    // same name too, so its names count.
    std::function<void(const Stmt *)> Index = [&](const Stmt *S) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
        if (Ref->getDecl()->getIdentifier())
          RefsByName[Ref->getDecl()->getName()].insert(Ref->getDecl());
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
        if (isa<CoroutineBodyStmt>(Lambda->getBody()))
          Plan.Tree->walk(Lambda->getCompoundStmtBody(), Index,
                          /*IntoLambdas=*/true);
    };
    Plan.Tree->walk(Plan.Body, Index, /*IntoLambdas=*/true);
    RefsByName[""]; // indexed, even if the body names nothing
  }

  // A pointer or reference to a machine field that is held across the
  // first suspension would dangle if the machine then moved to the heap.
  // Any use of a lifted local or by-value parameter other than reading it,
  // assigning to it, or doing either to one of its members or elements may
  // let its address escape (a reference parameter, a member call's `this`),
  // so it keeps the machine in its heap box from the start. So does such a
  // use of a structured binding that names a part of an object the machine
  // holds.
  void findPinning() {
    auto Movable = [&](const ValueDecl *D) {
      // (Not a parameter of a lambda inside the body.)
      if (const auto *Param = dyn_cast<ParmVarDecl>(D))
        return Param->getDeclContext() == Plan.Function &&
               !Param->getType()->isReferenceType();
      if (const auto *Var = dyn_cast<VarDecl>(D))
        return Plan.lifted(Var) != nullptr;
      return false;
    };
    // A structured binding names part of its object, or (tuple-like) what
    // a reference of it refers to, which may be that object or a temporary
    // get<I> returned: its address is a field's when the machine holds that
    // object or temporary. Not when the object is a reference's (`auto &[a,
    // b] = x;`), which the machine keeps as a pointer: binding it to one of
    // the machine's objects already pins (a use of x that is not in place).
    auto IntoLifted = [&](const ValueDecl *D) {
      const auto *Binding = dyn_cast<BindingDecl>(D);
      if (Binding == nullptr)
        return false;
      if (const VarDecl *Holding = Binding->getHoldingVar())
        if (const LiftedLocal *Held = Plan.lifted(Holding);
            Held != nullptr &&
            Held->Storage == LiftedLocal::StorageKind::Extended)
          return true;
      const auto *Whole =
          dyn_cast_or_null<VarDecl>(Binding->getDecomposedDecl());
      const LiftedLocal *Lifted = Whole ? Plan.lifted(Whole) : nullptr;
      return Lifted != nullptr &&
             Lifted->Storage != LiftedLocal::StorageKind::Reference;
    };
    Plan.Tree->walk(
        Plan.Body,
        [&](const Stmt *S) {
          // A coroutine lambda's tasks keep references to what it captures
          // by reference, and to its closure's copies of the rest: the
          // closure may be a field (NamedClosure).
          if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
            if (isa<CoroutineBodyStmt>(Lambda->getBody()))
              for (const LambdaCapture &Capture : Lambda->captures()) {
                if (!Plan.PinnedBecause.empty())
                  break;
                std::string Line =
                    std::to_string(C.line(Lambda->getBeginLoc()));
                if (Capture.getCaptureKind() == LCK_StarThis ||
                    Capture.getCaptureKind() == LCK_ByCopy)
                  Plan.PinnedBecause =
                      "the tasks of the coroutine lambda on line " + Line +
                      " refer to the copies its closure holds";
                else if (Capture.capturesVariable() &&
                         (Movable(Capture.getCapturedVar()) ||
                          IntoLifted(Capture.getCapturedVar())))
                  Plan.PinnedBecause =
                      "'" + Capture.getCapturedVar()->getNameAsString() +
                      "' is captured by reference by the coroutine lambda "
                      "on line " +
                      Line;
              }
          // Any other lambda expression that captures one of the
          // machine's objects by reference holds its address in its
          // closure, which whatever it is given to may keep past the
          // first suspension (a global std::function, a holder, an async
          // function template's F parameter): not when it is called at
          // once and not kept (keptClosure).
          if (const auto *Lambda = dyn_cast<LambdaExpr>(S);
              Lambda != nullptr && Plan.PinnedBecause.empty() &&
              !isa<CoroutineBodyStmt>(Lambda->getBody()) &&
              keptClosure(Lambda))
            for (const LambdaCapture &Capture : Lambda->captures()) {
              if (Capture.getCaptureKind() != LCK_ByRef ||
                  !Capture.capturesVariable() ||
                  Lambda->isInitCapture(&Capture))
                continue;
              const ValueDecl *Var = Capture.getCapturedVar();
              if (!Movable(Var) && !IntoLifted(Var))
                continue;
              Plan.PinnedBecause =
                  "'" + Var->getNameAsString() +
                  "' is captured by reference by the lambda on line " +
                  std::to_string(C.line(Lambda->getBeginLoc())) +
                  ", whose closure may be kept";
              break;
            }
          const auto *Ref = dyn_cast<DeclRefExpr>(S);
          if (!Plan.PinnedBecause.empty() || Ref == nullptr ||
              !(Movable(Ref->getDecl()) || IntoLifted(Ref->getDecl())) ||
              usedInPlace(Ref) || unevaluated(Ref))
            return;
          Plan.PinnedBecause = "the address of '" +
                               Ref->getDecl()->getNameAsString() +
                               "' may be kept (line " +
                               std::to_string(C.line(Ref->getLocation())) + ")";
        },
        /*IntoLambdas=*/true);
    // A closure the machine keeps holds the addresses of what it captures
    // by reference (HoistedLocals.cpp).
    for (const HoistedLambda &Hoisted : Plan.HoistedLambdas)
      for (const LambdaCapture &Capture : Hoisted.Lambda->captures()) {
        if (!Plan.PinnedBecause.empty() || !Capture.capturesVariable() ||
            Capture.getCaptureKind() != LCK_ByRef)
          continue;
        const ValueDecl *Var = Capture.getCapturedVar();
        bool Reference = Hoisted.Lambda->isInitCapture(&Capture);
        if (Reference || Movable(Var) || IntoLifted(Var))
          Plan.PinnedBecause =
              "the lambda on line " +
              std::to_string(C.line(Hoisted.Lambda->getBeginLoc())) +
              ", which the machine keeps, captures '" + Var->getNameAsString() +
              "' by reference";
      }
    // A range-for's iterators may point into the range object itself when
    // the machine holds it (a temporary std::array, a braced list's array).
    for (const LiftedLocal &Local : Plan.Lifted)
      if (Plan.PinnedBecause.empty() && Local.Var->isImplicit() &&
          Local.Var->getName().starts_with("__range") &&
          Local.Storage != LiftedLocal::StorageKind::Reference)
        Plan.PinnedBecause = "the range-for at line " +
                             std::to_string(C.line(Local.Var->getLocation())) +
                             " iterates an object the machine holds";
    // A tuple-like binding's reference (kept as a pointer) may point into
    // the lifted object it was taken from; not when that object is a
    // reference's (`auto &[k, v] = pair;`), kept as a pointer too, whose
    // get<I> results point where it does.
    for (const LiftedLocal &Local : Plan.Lifted) {
      if (!Plan.PinnedBecause.empty() ||
          Local.Storage != LiftedLocal::StorageKind::Reference)
        continue;
      const BindingDecl *Binding = bindingOf(Local.Var);
      const auto *Whole =
          Binding ? dyn_cast_or_null<VarDecl>(Binding->getDecomposedDecl())
                  : nullptr;
      const LiftedLocal *Object = Whole ? Plan.lifted(Whole) : nullptr;
      if (Object != nullptr &&
          Object->Storage == LiftedLocal::StorageKind::Reference)
        continue;
      if (Binding != nullptr)
        Plan.PinnedBecause =
            "the structured binding '" + Binding->getNameAsString() +
            "' may refer into its object (line " +
            std::to_string(C.line(Binding->getLocation())) + ")";
    }
  }

  // Whether the closure of Lambda may outlive the expression it is made
  // in, or its call may return an address: false only when it is called
  // at once (`[&] { return x * 2; }()`), or given to a function of the
  // standard library that calls it and keeps no copy of it
  // (`std::count_if(b, e, [&](int v) { return v < x; })`, `std::sort`),
  // and what the call returns is a number, an enumerator or nothing. A
  // function of the program's own, a constructor, an assignment to an
  // std::function or a call that returns a class may keep it.
  bool keptClosure(const LambdaExpr *Lambda) {
    const Stmt *Child = Lambda;
    const Stmt *Parent = Plan.Tree->parent(Lambda);
    while (isa_and_nonnull<ParenExpr, MaterializeTemporaryExpr,
                           CXXBindTemporaryExpr, ImplicitCastExpr>(Parent)) {
      if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Parent);
          Cast != nullptr && Cast->getCastKind() != CK_NoOp)
        return true;
      Child = Parent;
      Parent = Plan.Tree->parent(Parent);
    }
    const auto *Call = dyn_cast_or_null<CallExpr>(Parent);
    if (Call == nullptr)
      return true;
    QualType Result = Call->getType();
    if (!Call->isPRValue() ||
        !(Result->isVoidType() || Result->isArithmeticType() ||
          Result->isEnumeralType()))
      return true;
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call))
      if (Operator->getOperator() == OO_Call && Operator->getArg(0) == Child)
        return false;
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee == nullptr || !Callee->isInStdNamespace() ||
        !C.sources().isInSystemHeader(Callee->getLocation()))
      return true;
    // (std::function's and std::thread's are constructors, not calls.)
    return false;
  }

  // The binding whose reference Holding is, if it is one.
  const BindingDecl *bindingOf(const VarDecl *Holding) {
    for (const LiftedLocal &Local : Plan.Lifted)
      if (const auto *Whole = dyn_cast<DecompositionDecl>(Local.Var))
        for (const BindingDecl *Binding : Whole->bindings())
          if (Binding->getHoldingVar() == Holding)
            return Binding;
    return nullptr;
  }

  // True when E is inside an operand that is not evaluated (sizeof,
  // alignof, noexcept, typeid of a non-polymorphic object), where no
  // address can be taken.
  bool unevaluated(const Expr *E) {
    for (const Stmt *Up = Plan.Tree->parent(E); Up != nullptr;
         Up = Plan.Tree->parent(Up)) {
      if (const auto *Trait = dyn_cast<UnaryExprOrTypeTraitExpr>(Up))
        return !Trait->isArgumentType() &&
               !Trait->getArgumentExpr()->getType()->isVariablyModifiedType();
      if (isa<CXXNoexceptExpr>(Up))
        return true;
      if (const auto *Typeid = dyn_cast<CXXTypeidExpr>(Up))
        return !Typeid->isPotentiallyEvaluated();
      if (isa<LambdaExpr>(Up) || !isa<Expr>(Up))
        return false;
    }
    return false;
  }

  // True when the object E names is only read or assigned where it is.
  bool usedInPlace(const Expr *E) {
    const SyntaxTree &Tree = *Plan.Tree;
    const Stmt *Parent = Tree.parent(E);
    while (isa_and_nonnull<ParenExpr>(Parent)) {
      E = cast<Expr>(Parent);
      Parent = Tree.parent(Parent);
    }
    if (Parent == nullptr)
      return false;
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Parent)) {
      if (Cast->getCastKind() == CK_LValueToRValue)
        return true;
      // co_return's implicit move: `co_return x;` treats x as an xvalue.
      if (Cast->getCastKind() == CK_NoOp)
        return usedInPlace(Cast);
      // An array's elements are used through the decayed pointer.
      if (Cast->getCastKind() == CK_ArrayToPointerDecay)
        if (const auto *Index =
                dyn_cast_or_null<ArraySubscriptExpr>(Tree.parent(Cast)))
          return Index->getBase() == Cast && usedInPlace(Index);
      return false;
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(Parent))
      return Binary->isAssignmentOp() && Binary->getLHS() == E &&
             !E->getType()->isRecordType();
    if (const auto *Unary = dyn_cast<UnaryOperator>(Parent))
      return Unary->isIncrementDecrementOp();
    if (const auto *Member = dyn_cast<MemberExpr>(Parent))
      return !Member->isArrow() && isa<FieldDecl>(Member->getMemberDecl()) &&
             usedInPlace(Member);
    // co_return copies or moves the value out at once.
    if (isa<CoreturnStmt>(Parent))
      return true;
    // So does a copy or move constructor (a by-value argument, say).
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent))
      return Construct->getNumArgs() == 1 &&
             Construct->getConstructor()->isCopyOrMoveConstructor();
    return false;
  }

  LoweringContext &C;
  FunctionPlan &Plan;
  HoistCandidates Candidates;
  llvm::StringMap<llvm::SmallPtrSet<const ValueDecl *, 2>> RefsByName;
  llvm::StringSet<> Fields;
  llvm::StringSet<> TypeNames; // of the types the function's variables have
};

} // namespace

bool liftLocals(LoweringContext &C, FunctionPlan &Plan) {
  return Lifter(C, Plan).run();
}

} // namespace asynclower
