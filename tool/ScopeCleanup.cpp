//===- ScopeCleanup.cpp - Where lifted objects are destroyed -------------===//
//
// A lifted local lives in the machine, so C++ no longer destroys it when its
// scope ends; the generated code does, in the native order:
//   - at the end of its block, last declared first;
//   - at a break, continue, goto or co_return that leaves its scope, before
//     the jump (C++ destroys what a jump leaves, innermost first);
//   - while an exception leaves its scope, by a guard during the stack
//     unwinding when an object there might observe it, else in each handler
//     of a try whose block declares it, before the handler runs, or in
//     destroy_live() from move_next()'s catch-all (UnwindGuards.cpp);
//   - in destroy_live(), for a machine destroyed while suspended.
// A live flag per object records whether it is constructed, since the last
// two cases may come from anywhere inside its scope.
//
// A local the lowering leaves alone is always nested inside every lifted one
// that is alive with it (LocalLifting.cpp lifts whatever would break this),
// so C++'s own unwinding of it still comes first. One exception: a closure
// or an object of a local class, which the machine cannot name, declared in
// a block after a lifted object with a destructor. The lowering nests it
// instead: it opens a block before its declaration and closes it at the end
// of the enclosing block, after the destroy calls of the lifted objects
// declared after it and before those of the ones declared before it.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include <functional>

using namespace clang;

namespace asynclower {

bool inScopeAt(LoweringContext &C, const FunctionPlan &Plan,
               const LocalScope &Local, const Stmt *Point) {
  return Plan.Tree->contains(Local.Scope, Point) &&
         C.sources().isBeforeInTranslationUnit(Local.Begins,
                                               Point->getBeginLoc());
}

const Stmt *jumpTarget(const FunctionPlan &Plan, const Stmt *Jump) {
  bool IsBreak = isa<BreakStmt>(Jump);
  for (const Stmt *S = Plan.Tree->parent(Jump); S != nullptr;
       S = Plan.Tree->parent(S)) {
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
      return S;
    if (IsBreak && isa<SwitchStmt>(S))
      return S;
  }
  return nullptr;
}

static const Stmt *loopBody(const Stmt *Loop) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return For->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return Do->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return Range->getBody();
  return nullptr;
}

std::vector<const LocalScope *>
leftByJump(LoweringContext &C, const FunctionPlan &Plan, const Stmt *Jump) {
  // Which locals survive the jump, given one that is in scope at it.
  std::function<bool(const LocalScope &)> Survives;
  if (isa<CoreturnStmt>(Jump)) {
    Survives = [](const LocalScope &) { return false; };
  } else if (const auto *Goto = dyn_cast<GotoStmt>(Jump)) {
    const Stmt *Label = Goto->getLabel()->getStmt();
    Survives = [&, Label](const LocalScope &L) {
      return inScopeAt(C, Plan, L, Label);
    };
  } else {
    const Stmt *Target = jumpTarget(Plan, Jump);
    // A loop's own for-init variable is destroyed after the loop statement
    // (where the lowering puts it), so a break does not destroy it early.
    const Stmt *Left = isa<ContinueStmt>(Jump) ? loopBody(Target) : Target;
    // Target by value: the lambda is called after this block ends.
    Survives = [&, Left, Target](const LocalScope &L) {
      return L.Scope == Target || !Plan.Tree->contains(Left, L.Scope);
    };
  }

  std::vector<const LocalScope *> Left;
  for (auto It = Plan.Locals.rbegin(); It != Plan.Locals.rend(); ++It)
    if (inScopeAt(C, Plan, *It, Jump) && !Survives(*It))
      Left.push_back(&*It);
  return Left;
}

HandlerExits handlerExits(LoweringContext &C, const FunctionPlan &Plan,
                          const Stmt *Jump) {
  // The statement the jump stays inside of (null: co_return leaves all).
  const Stmt *Target = nullptr;
  const LabelStmt *Label = nullptr;
  if (const auto *Goto = dyn_cast<GotoStmt>(Jump))
    Label = Goto->getLabel()->getStmt();
  else if (!isa<CoreturnStmt>(Jump))
    Target = jumpTarget(Plan, Jump);

  HandlerExits Exits;
  std::vector<const CXXCatchStmt *> Handlers;
  for (const Stmt *S = Plan.Tree->parent(Jump); S != nullptr;
       S = Plan.Tree->parent(S)) {
    if (S == Target || (Label != nullptr && Plan.Tree->contains(S, Label)))
      break;
    if (const auto *Handler = dyn_cast<CXXCatchStmt>(S)) {
      Handlers.push_back(Handler);
      Exits.Tries.push_back(cast<CXXTryStmt>(Plan.Tree->parent(Handler)));
    }
  }

  // Each local goes with the innermost handler around its scope, or after
  // the last one.
  std::vector<std::vector<const LocalScope *>> Segments(Handlers.size() + 1);
  for (const LocalScope *L : leftByJump(C, Plan, Jump)) {
    size_t Segment = 0;
    while (Segment < Handlers.size() &&
           !Plan.Tree->contains(Handlers[Segment], L->Scope))
      ++Segment;
    Segments[Segment].push_back(L);
  }
  for (const auto &Segment : Segments)
    Exits.Destroys.push_back(destroyCalls(Plan, Segment));
  return Exits;
}

static bool isDestructibleSlot(const FunctionPlan &Plan,
                               llvm::StringRef Field) {
  for (const Slot &S : Plan.Slots)
    if (S.Field == Field)
      return S.Destructible;
  return false;
}

std::string destroyCalls(const FunctionPlan &Plan,
                         llvm::ArrayRef<const LocalScope *> Locals) {
  std::string Calls;
  for (const LocalScope *L : Locals) {
    const LiftedLocal *Lifted = Plan.lifted(L->Var);
    if (Lifted == nullptr)
      continue;
    if (Lifted->Destructible)
      Calls += "asl::destroy(" + Lifted->Field + ", " +
               liveFlag(Lifted->Field) + ");\n";
    // A named std::initializer_list's backing array dies right after it.
    if (Lifted->Array && Lifted->Array->Destructible)
      Calls += "asl::destroy(" + Lifted->Array->Field + ", " +
               liveFlag(Lifted->Array->Field) + ");\n";
    // The temporaries its reference members extend die right after it.
    for (auto It = Lifted->Extended.rbegin(); It != Lifted->Extended.rend();
         ++It)
      if (isDestructibleSlot(Plan, *It))
        Calls += "asl::destroy(" + *It + ", " + liveFlag(*It) + ");\n";
  }
  return Calls;
}

static bool hasDestructor(const VarDecl *Var) {
  QualType Type = Var->getType();
  if (const auto *Temporary = extendedTemporary(Var))
    Type = Temporary->getType();
  else if (const auto *List = builtInitializerList(Var);
           List != nullptr && !Var->isImplicit())
    Type = List->getSubExpr()->getType(); // the array it keeps alive
  return Type.isDestructedType() != QualType::DK_none;
}

// The declaration of Local among Block's statements (under its labels).
static const DeclStmt *declarationIn(const CompoundStmt *Block,
                                     const LocalScope &Local) {
  for (const Stmt *S : Block->body()) {
    while (true) {
      if (const auto *Label = dyn_cast<LabelStmt>(S))
        S = Label->getSubStmt();
      else if (const auto *Case = dyn_cast<SwitchCase>(S))
        S = Case->getSubStmt();
      else if (const auto *Attributed = dyn_cast<AttributedStmt>(S))
        S = Attributed->getSubStmt();
      else
        break;
    }
    if (const auto *Decls = dyn_cast<DeclStmt>(S);
        Decls != nullptr && Decls == Local.Declaration)
      return Decls;
  }
  return nullptr;
}

BlockEnd blockEnd(const FunctionPlan &Plan, const CompoundStmt *Block) {
  // The block's locals in declaration order, in segments: a new one starts
  // at each local left alone that must die before the lifted ones declared
  // before it.
  std::vector<std::vector<const LocalScope *>> Segments(1);
  BlockEnd End;
  bool LiftedBefore = false;
  for (const LocalScope &L : Plan.Locals) {
    if (L.Scope != Block)
      continue;
    const LiftedLocal *Lifted = Plan.lifted(L.Var);
    if (Lifted == nullptr && LiftedBefore && hasDestructor(L.Var))
      if (const DeclStmt *Decls = declarationIn(Block, L)) {
        End.Opens.push_back(Decls->getBeginLoc());
        Segments.emplace_back();
        LiftedBefore = false;
      }
    Segments.back().push_back(&L);
    if (Lifted != nullptr && (Lifted->Destructible ||
                              (Lifted->Array && Lifted->Array->Destructible)))
      LiftedBefore = true;
  }

  // Innermost segment first, each last declared first.
  for (size_t I = Segments.size(); I-- > 0;) {
    std::vector<const LocalScope *> Reversed(Segments[I].rbegin(),
                                             Segments[I].rend());
    End.Text += destroyCalls(Plan, Reversed);
    if (I > 0)
      End.Text += "}\n";
  }
  return End;
}

std::vector<const LocalScope *> scopedTo(const FunctionPlan &Plan,
                                         const Stmt *Scope) {
  std::vector<const LocalScope *> Found;
  for (auto It = Plan.Locals.rbegin(); It != Plan.Locals.rend(); ++It)
    if (It->Scope == Scope)
      Found.push_back(&*It);
  return Found;
}

std::vector<const LocalScope *> declaredInside(const FunctionPlan &Plan,
                                               const Stmt *Region) {
  std::vector<const LocalScope *> Found;
  for (auto It = Plan.Locals.rbegin(); It != Plan.Locals.rend(); ++It)
    if (Plan.Tree->contains(Region, It->Scope))
      Found.push_back(&*It);
  return Found;
}

} // namespace asynclower
