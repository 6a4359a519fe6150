//===- DanglingReferences.cpp - -Wasync-dangling -------------------------===//
//
// A reference parameter names an object of the caller. A coroutine keeps
// the reference, not the object, so when the caller passed a temporary or a
// local it has since left, a use after the function resumed reads a dead
// object: the C++ Core Guidelines' CP.53, which neither the native build nor
// the lowered one diagnoses. This warns at the first such use:
//
//   Tracked  each parameter of reference type; and each local of pointer or
//            reference type whose initializer designates a tracked
//            variable's object or part of it (&p, p.member, p[i], (*q).m).
//   After    a use of a tracked variable follows a suspension when an await
//            ends before it in source order, or when both sit in one loop
//            body (the next iteration runs the use after the await).
//   Report   once per variable, at its first such use in source order, with
//            a note at the await it follows; once per place in the source,
//            though every specialization of a template is checked.
//
// The same rule covers a local pointer or reference set (initialized or
// assigned) to designate a local of the function, as in `p = &x;`, when a
// use after a suspension lies outside that local's scope: the object is
// gone, in the native build and in the lowered one alike.
//
// The order is textual, not per path: a use in the else branch of an if
// whose then branch awaits counts as after that await. Pointer parameters
// and views (std::string_view, std::span) are not tracked: whether they
// point at the caller's locals is not visible here.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace asynclower {
namespace {

bool isLoop(const Stmt *S) {
  return isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
}

// The variable whose object E designates, or a part of it, if E is written
// that way: x, &x, x.m, x[i], &x.m[i], *x for a tracked pointer x.
const VarDecl *designatedVariable(const Expr *E) {
  while (E != nullptr) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_AddrOf && Unary->getOpcode() != UO_Deref)
        return nullptr;
      E = Unary->getSubExpr();
    } else if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
    } else if (const auto *List = dyn_cast<InitListExpr>(E);
               List != nullptr && List->getNumInits() == 1) {
      E = List->getInit(0); // `int &r{x};`, `int *p{&x};`
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

class DanglingChecker {
public:
  DanglingChecker(LoweringContext &C, const FunctionPlan &Plan,
                  llvm::DenseSet<SourceLocation> &Reported)
      : C(C), Plan(Plan), Reported(Reported) {}

  void run() {
    for (const ParmVarDecl *Param : Plan.Function->parameters())
      if (Param->getType()->isReferenceType())
        Origin[Param] = Param;
    for (const LocalScope &Local : Plan.Locals) {
      const VarDecl *Var = Local.Var;
      if (!Var->getType()->isReferenceType() &&
          !Var->getType()->isPointerType())
        continue;
      if (const VarDecl *From = designatedVariable(Var->getInit()))
        if (auto It = Origin.find(From); It != Origin.end())
          Origin[Var] = It->second;
    }
    collectPointersToLocals();
    if ((Origin.empty() && PointsTo.empty()) || Plan.Awaits.empty())
      return;

    llvm::DenseSet<const VarDecl *> Warned;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Ref = dyn_cast<DeclRefExpr>(S);
      const auto *Var =
          Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
      if (Var == nullptr || Warned.count(Var) || isUnevaluated(Ref))
        return;
      const LocalScope *Gone = nullptr;
      if (!Origin.count(Var)) {
        Gone = targetOutOfScope(Var, Ref);
        if (Gone == nullptr)
          return;
      }
      bool InLoop = false;
      const CoawaitExpr *Await = suspensionBefore(Ref, InLoop);
      if (Await == nullptr)
        return;
      Warned.insert(Var);
      // Specializations of one template share its text, and its warnings.
      if (!Reported.insert(loc(Ref->getLocation())).second)
        return;
      if (Gone != nullptr)
        reportLocal(Ref, Var, Gone->Var, Await, InLoop);
      else
        report(Ref, Var, Await, InLoop);
    });
  }

private:
  // Each local pointer or reference, and the locals it is set to designate.
  void collectPointersToLocals() {
    llvm::DenseMap<const VarDecl *, const LocalScope *> Scopes;
    for (const LocalScope &Local : Plan.Locals)
      Scopes[Local.Var] = &Local;
    auto Record = [&](const VarDecl *Pointer, const Expr *Value) {
      if (Pointer == nullptr || !Scopes.count(Pointer) ||
          (!Pointer->getType()->isPointerType() &&
           !Pointer->getType()->isReferenceType()))
        return;
      const VarDecl *Target = designatedVariable(Value);
      if (Target != nullptr && Target != Pointer && Scopes.count(Target) &&
          !Target->getType()->isReferenceType())
        PointsTo[Pointer].push_back(Scopes[Target]);
    };
    for (const LocalScope &Local : Plan.Locals)
      Record(Local.Var, Local.Var->getInit());
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Assign = dyn_cast<BinaryOperator>(S);
      if (Assign == nullptr || Assign->getOpcode() != BO_Assign)
        return;
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(Assign->getLHS()->IgnoreParenImpCasts()))
        Record(dyn_cast<VarDecl>(Ref->getDecl()), Assign->getRHS());
    });
  }

  // A local that Var was set to designate and whose scope Use is outside.
  const LocalScope *targetOutOfScope(const VarDecl *Var,
                                     const DeclRefExpr *Use) {
    auto It = PointsTo.find(Var);
    if (It == PointsTo.end())
      return nullptr;
    for (const LocalScope *Target : It->second)
      if (!Plan.Tree->contains(Target->Scope, Use))
        return Target;
    return nullptr;
  }

  SourceLocation loc(SourceLocation L) {
    return C.sources().getExpansionLoc(L);
  }

  bool before(SourceLocation A, SourceLocation B) {
    return C.sources().isBeforeInTranslationUnit(loc(A), loc(B));
  }

  // sizeof, alignof, noexcept and decltype read no object.
  bool isUnevaluated(const Stmt *Use) {
    for (const Stmt *S = Plan.Tree->parent(Use); S != nullptr;
         S = Plan.Tree->parent(S))
      if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr>(S))
        return true;
    return false;
  }

  // The await a use follows, per the rule above, or null. InLoop says the
  // use follows it only on a later iteration of a loop.
  const CoawaitExpr *suspensionBefore(const DeclRefExpr *Use, bool &InLoop) {
    const CoawaitExpr *Last = nullptr;
    for (const AwaitSite &Site : Plan.Awaits)
      if (before(Site.Await->getEndLoc(), Use->getLocation()))
        Last = Site.Await;
    InLoop = false;
    if (Last != nullptr)
      return Last;
    InLoop = true;
    for (const Stmt *S = Plan.Tree->parent(Use); S != nullptr;
         S = Plan.Tree->parent(S)) {
      if (!isLoop(S))
        continue;
      for (const AwaitSite &Site : Plan.Awaits)
        if (Plan.Tree->contains(S, Site.Await))
          return Site.Await;
    }
    return nullptr;
  }

  void report(const DeclRefExpr *Use, const VarDecl *Var,
              const CoawaitExpr *Await, bool InLoop) {
    DiagnosticsEngine &Diags = C.ast().getDiagnostics();
    const VarDecl *Param = Origin[Var];
    std::string Message;
    if (Var == Param)
      Message = "reference parameter '" + Var->getNameAsString() +
                "' is used after a suspension point; the caller's object "
                "it refers to may be gone when the function resumes";
    else
      Message = "'" + Var->getNameAsString() + "' " +
                (Var->getType()->isPointerType() ? "points" : "refers") +
                " into the object of reference parameter '" +
                Param->getNameAsString() +
                "' and is used after a suspension point; that object may "
                "be gone when the function resumes";
    unsigned Warning = Diags.getCustomDiagID(DiagnosticsEngine::Warning,
                                             "%0 [-Wasync-dangling]");
    Diags.Report(loc(Use->getLocation()), Warning)
        << Message << Use->getSourceRange();
    note(Await, InLoop);
  }

  void reportLocal(const DeclRefExpr *Use, const VarDecl *Var,
                   const VarDecl *Target, const CoawaitExpr *Await,
                   bool InLoop) {
    DiagnosticsEngine &Diags = C.ast().getDiagnostics();
    unsigned Warning = Diags.getCustomDiagID(
        DiagnosticsEngine::Warning,
        "'%0' %1 local '%2', whose scope has ended, and is used after a "
        "suspension point [-Wasync-dangling]");
    Diags.Report(loc(Use->getLocation()), Warning)
        << Var->getNameAsString()
        << (Var->getType()->isPointerType() ? "points to" : "refers to")
        << Target->getNameAsString() << Use->getSourceRange();
    note(Await, InLoop);
  }

  void note(const CoawaitExpr *Await, bool InLoop) {
    DiagnosticsEngine &Diags = C.ast().getDiagnostics();
    unsigned Note = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    Diags.Report(loc(Await->getBeginLoc()), Note)
        << (InLoop ? "the loop may suspend here; its next iteration uses it "
                     "after resuming"
                   : "the function may suspend here, before the use")
        << Await->getSourceRange();
  }

  LoweringContext &C;
  const FunctionPlan &Plan;
  llvm::DenseSet<SourceLocation> &Reported; // the uses warned about
  // Local pointers and references, and the locals they were set to.
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<const LocalScope *, 2>>
      PointsTo;
  // Each tracked variable, and the reference parameter it leads back to.
  llvm::DenseMap<const VarDecl *, const VarDecl *> Origin;
};

} // namespace

void warnDanglingReferences(LoweringContext &C,
                            llvm::ArrayRef<FunctionPlan> Plans) {
  llvm::DenseSet<SourceLocation> Reported;
  for (const FunctionPlan &Plan : Plans)
    DanglingChecker(C, Plan, Reported).run();
}

} // namespace asynclower
