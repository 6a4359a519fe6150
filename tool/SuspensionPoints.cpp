//===- SuspensionPoints.cpp - Each co_await is a state -------------------===//
//
// States are numbered 0, 1, ... in source order, one per co_await, as the C#
// compiler numbers its awaits. Each await belongs to a full-expression: an
// expression statement, a variable's initializer, co_return's operand, the
// condition of an if, switch or loop, or a for's increment.
// ExpressionSpilling.cpp lowers the awaits within one full-expression.
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"
#include "Lowering.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynclower {
namespace {

// True when S, a child of Parent, is a statement of its own there.
bool isStatementPosition(const Stmt *S, const Stmt *Parent) {
  if (isa<CompoundStmt>(Parent))
    return true;
  if (const auto *Case = dyn_cast<SwitchCase>(Parent))
    return Case->getSubStmt() == S;
  if (const auto *Label = dyn_cast<LabelStmt>(Parent))
    return Label->getSubStmt() == S;
  if (const auto *Attributed = dyn_cast<AttributedStmt>(Parent))
    return Attributed->getSubStmt() == S;
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return If->getThen() == S || If->getElse() == S;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getBody() == S;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getBody() == S;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getBody() == S;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Parent))
    return Range->getBody() == S;
  if (const auto *Switch = dyn_cast<SwitchStmt>(Parent))
    return Switch->getBody() == S;
  return false;
}

// The init-statement of an if, switch, for or range-for.
bool isInitStatement(const Stmt *S, const Stmt *Owner) {
  if (const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Owner))
    return Range->getInit() == S;
  if (const auto *If = dyn_cast_or_null<IfStmt>(Owner))
    return If->getInit() == S;
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(Owner))
    return Switch->getInit() == S;
  if (const auto *For = dyn_cast_or_null<ForStmt>(Owner))
    return For->getInit() == S;
  return false;
}

bool isOperatorCoawait(const Expr *E) {
  E = E->IgnoreImplicit();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->getOverloadedOperator() == OO_Coawait;
  return false;
}

// The get_awaiter member functions `x.get_awaiter()` finds on an object of
// class Record, as C++ looks the name up: those Record declares (through a
// using-declaration too), else those of its bases, which it inherits.
// Empty when there are none, or when two different base classes have them
// (the call is ambiguous; a virtual base reached along two paths is one).
llvm::SmallVector<const CXXMethodDecl *, 2>
getAwaiterMembers(const CXXRecordDecl *Record) {
  llvm::SmallVector<const CXXMethodDecl *, 2> Found;
  Record = Record->getDefinition();
  if (Record == nullptr)
    return Found;
  IdentifierInfo &Name = Record->getASTContext().Idents.get("get_awaiter");
  bool Declared = false;
  for (const NamedDecl *D : Record->lookup(DeclarationName(&Name))) {
    Declared = true;
    if (const auto *Shadow = dyn_cast<UsingShadowDecl>(D))
      D = Shadow->getTargetDecl();
    if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
      Found.push_back(Method);
  }
  if (Declared)
    return Found;
  const CXXRecordDecl *Owner = nullptr;
  for (const CXXBaseSpecifier &Base : Record->bases()) {
    const CXXRecordDecl *BaseRecord = Base.getType()->getAsCXXRecordDecl();
    if (BaseRecord == nullptr)
      continue;
    auto Inherited = getAwaiterMembers(BaseRecord);
    if (Inherited.empty())
      continue;
    const CXXRecordDecl *From = Inherited.front()->getParent();
    if (Owner != nullptr &&
        Owner->getCanonicalDecl() != From->getCanonicalDecl())
      return {};
    Owner = From;
    Found = Inherited;
  }
  return Found;
}

bool hasGetAwaiter(QualType Type) {
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  return Record != nullptr && !getAwaiterMembers(Record).empty();
}

// What `Operand.get_awaiter()` returns, which is the awaiter the lowered
// code's asl::get_awaiter(Operand) builds: the overload (declared in the
// operand's class or inherited, getAwaiterMembers) a call on an operand
// of that value category and constness picks (ref-qualified or not; none
// takes arguments). Null when no declared get_awaiter() fits, or its return
// type is not deduced yet. operator co_await may return another type (the
// runtime's wraps the awaiter with what a native handle needs), so the
// machine cannot use the type C++20's co_await found.
QualType getAwaiterResult(const Expr *Operand) {
  QualType Type = Operand->getType().getNonReferenceType();
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr)
    return QualType();
  bool Rvalue = !Operand->isLValue();
  bool Const = Type.isConstQualified();
  const CXXMethodDecl *Found = nullptr;
  int FoundRank = -1;
  for (const CXXMethodDecl *Method : getAwaiterMembers(Record)) {
    if (Method->getNumParams() != 0 || Method->isStatic())
      continue;
    RefQualifierKind Ref = Method->getRefQualifier();
    if ((Ref == RQ_LValue && Rvalue) || (Ref == RQ_RValue && !Rvalue))
      continue;
    if (Const && !Method->isConst())
      continue;
    // As overload resolution ranks these: the exact reference binding, then
    // the one that adds no const.
    int Rank = (Ref != RQ_None ? 2 : 0) + (Method->isConst() == Const ? 1 : 0);
    if (Rank > FoundRank) {
      Found = Method;
      FoundRank = Rank;
    }
  }
  if (Found == nullptr || Found->getReturnType()->isUndeducedType())
    return QualType();
  return Found->getReturnType();
}

// True when `Awaiter{Operand}` may stand for asl::get_awaiter(Operand): the
// operand is a prvalue of the type the awaiter names as its
// `in_place_awaitable`, and the awaiter is an aggregate of that one member
// (asl::task_awaiter). Then a call's result is constructed inside the
// awaiter, instead of in a temporary that is moved in and destroyed.
bool buildsInPlace(QualType Awaiter, const Expr *Operand) {
  const auto *Record = Awaiter->getAsCXXRecordDecl();
  if (Record == nullptr || !Operand->isPRValue() || !Record->hasDefinition() ||
      !Record->isAggregate() || Record->getNumBases() != 0)
    return false;
  if (std::distance(Record->field_begin(), Record->field_end()) != 1)
    return false;
  const TypedefNameDecl *Adopted = nullptr;
  for (const Decl *D : Record->decls())
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(D))
      if (Alias->getIdentifier() && Alias->getName() == "in_place_awaitable")
        Adopted = Alias;
  if (Adopted == nullptr)
    return false;
  ASTContext &Ctx = Record->getASTContext();
  QualType Own = Operand->getType().getUnqualifiedType();
  return Ctx.hasSameType(Adopted->getUnderlyingType(), Own) &&
         Ctx.hasSameType(Record->field_begin()->getType(), Own);
}

// True when the operand of a co_await through get_awaiter() is a temporary
// that must outlive the suspension: natively it lives to the end of the
// full-expression, and an operation object's awaiter often points back at
// it (`co_await Op{fd}`, asio's and cppcoro's pattern). A class prvalue is
// then built in a field, directly (no copy or move), and its awaiter
// obtained from it there. Left as they were: InPlace (asl::Task), whose
// operand is built inside the awaiter and dies with it, and the runtime's
// configured_awaitable<A> when A is a reference or an asl::Task: its
// get_awaiter() then gives an awaiter of the referred object, or one the
// task is moved into, so nothing points back at the wrapper, whose end
// only destroys a moved-from task. A configured_awaitable holding another
// awaitable by value is kept: the inner awaiter may point into it.
bool keepsOperand(const Expr *Operand) {
  if (!Operand->isPRValue())
    return false;
  const CXXRecordDecl *Record =
      Operand->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (Record == nullptr)
    return false;
  const auto *Wrapper = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (Wrapper == nullptr ||
      Wrapper->getQualifiedNameAsString() != "asl::configured_awaitable" ||
      Wrapper->getTemplateArgs().size() != 1 ||
      Wrapper->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return true;
  QualType Held = Wrapper->getTemplateArgs()[0].getAsType();
  if (Held->isReferenceType())
    return false;
  const CXXRecordDecl *Inner = Held->getAsCXXRecordDecl();
  return Inner == nullptr || Inner->getQualifiedNameAsString() != "asl::Task";
}

class Collector {
public:
  Collector(LoweringContext &C, FunctionPlan &Plan) : C(C), Plan(Plan) {}

  bool run() {
    bool Ok = true;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      if (const auto *Await = dyn_cast<CoawaitExpr>(S))
        Ok &= addAwait(Await);
      else if (isa<CoyieldExpr>(S))
        Ok &= C.unsupported(S->getBeginLoc(), "co_yield is not supported");
      else if (const auto *Return = dyn_cast<CoreturnStmt>(S))
        Plan.Returns.push_back(Return);
      else if (isa<BreakStmt, ContinueStmt, GotoStmt>(S))
        Plan.Jumps.push_back(S);
      else if (isa<IndirectGotoStmt>(S))
        Ok &= C.unsupported(S->getBeginLoc(),
                            "computed goto in an async function");
      else if (const auto *New = dyn_cast<CXXNewExpr>(S))
        Ok &= checkNewInitializer(New);
    });
    return Ok;
  }

private:
  // C++17 calls the allocation function of `new T(init)` before the
  // initializer is evaluated ([expr.new]/19; clang-19 allocates, then
  // suspends). The lowering does the same (ExpressionSpilling.cpp,
  // spillNew), except for the shapes newRefusal names: with the standard
  // library's allocation functions such a new-expression is lowered with
  // the await before the allocation (only a failed allocation shows it: a
  // documented deviation); one the program declares (a class's operator
  // new, a global one it replaces in this file) may count or print, so it
  // is refused. The standard library's placement `operator new(size_t,
  // void *)` does nothing, so awaiting first is the same there.
  bool checkNewInitializer(const CXXNewExpr *New) {
    const FunctionDecl *Allocate = New->getOperatorNew();
    if (Allocate == nullptr || Allocate->isReservedGlobalPlacementOperator() ||
        !awaitsInNewInitializer(New))
      return true;
    std::string Why = newRefusal(New);
    const FunctionDecl *Free = New->getOperatorDelete();
    if (Why.empty() || !(declaredByProgram(Allocate) ||
                         (Free != nullptr && declaredByProgram(Free))))
      return true;
    return C.unsupported(
        New->getBeginLoc(),
        "co_await in the initializer of a new-expression whose allocation "
        "function the program declares: C++17 calls it before the "
        "initializer is evaluated, and the lowering cannot allocate first "
        "for " +
            Why +
            "; not supported yet (await into a local before the "
            "new-expression)",
        New->getSourceRange());
  }

  // A declaration of Function outside the system headers (clang declares
  // the global allocation functions itself, at no location).
  bool declaredByProgram(const FunctionDecl *Function) {
    for (const FunctionDecl *Each : Function->redecls())
      if (Each->getLocation().isValid() &&
          !C.sources().isInSystemHeader(Each->getLocation()))
        return true;
    return false;
  }

  bool addAwait(const CoawaitExpr *Await) {
    SourceLocation Loc = Await->getBeginLoc();
    if (Loc.isMacroID())
      return C.expandMacroAround(Loc, "it awaits",
                                 "co_await written inside a macro expansion");

    // A statement expression (`({ co_await e; v; })`, a GNU extension) is
    // an expression holding statements: the lowering would put the await's
    // suspension after the expression that holds it, so its result would
    // be read before the await.
    for (const Stmt *Around = Plan.Tree->parent(Await); Around != nullptr;
         Around = Plan.Tree->parent(Around))
      if (isa<StmtExpr>(Around))
        return C.unsupported(Loc,
                             "co_await inside a statement expression "
                             "('({...})', a GNU extension) is not "
                             "supported",
                             Await->getSourceRange());

    AwaitSite Site;
    Site.Await = Await;
    Site.State = Plan.Awaits.size();
    if (!findFullExpression(Site) || !classifySource(Site))
      return false;
    Plan.Awaits.push_back(std::move(Site));
    return true;
  }

  // The full-expression the await belongs to: climb to the outermost
  // expression, then look at what holds it.
  bool findFullExpression(AwaitSite &Site) {
    const SyntaxTree &Tree = *Plan.Tree;
    const Expr *Root = Site.Await;
    while (const auto *Parent = dyn_cast_or_null<Expr>(Tree.parent(Root)))
      Root = Parent;
    const Stmt *Owner = Tree.parent(Root);
    auto Unsupported = [&](llvm::StringRef Where) {
      return C.unsupported(
          Site.Await->getBeginLoc(),
          ("co_await " + Where + " is not supported yet").str(),
          Site.Await->getSourceRange());
    };

    FullExpression Full;
    Full.Root = Root;
    Full.Owner = Owner;
    if (const VarDecl *Var = Tree.initializedBy(Root)) {
      // [expr.await]/2 forbids this, but clang-19 (and g++) accept it. For
      // a static local, the first call runs the initializer, await included,
      // under the variable's initialization guard, which stays held while
      // the coroutine is suspended (another call meanwhile throws
      // recursive_init_error on the same thread, or blocks on another). A
      // thread_local's guard is set only once its initializer has finished,
      // so each call in the thread runs the initializer again until one has
      // finished. Spilled in front of the declaration, the await would run
      // on every call, so it is refused.
      if (Var->isStaticLocal()) {
        bool Thread = Var->getTLSKind() != VarDecl::TLS_None;
        return C.unsupported(
            Site.Await->getBeginLoc(),
            std::string("co_await in the initializer of a ") +
                (Thread ? "thread_local" : "static") +
                " local: C++20 forbids it ([expr.await]/2); clang-19 "
                "accepts it and " +
                (Thread ? "runs the initializer, await included, on each "
                          "call until one has finished it"
                        : "runs the initializer, await included, on the "
                          "first call only, holding the variable's "
                          "initialization guard while suspended") +
                ", which the lowering does not reproduce",
            Site.Await->getSourceRange());
      }
      // A declaration of several variables: each declarator's initializer is
      // a full-expression of its own, and the declaration is lowered as the
      // sequence of single declarations it is equivalent to
      // (LiftedDeclarations.cpp).
      const auto *Decls = dyn_cast_or_null<DeclStmt>(Owner);
      if (Decls == nullptr)
        return Unsupported("in this position");
      const Stmt *Holder = Tree.parent(Decls);
      const auto *If = dyn_cast_or_null<IfStmt>(Holder);
      const auto *Switch = dyn_cast_or_null<SwitchStmt>(Holder);
      // A condition variable: `if (T x = co_await e)`.
      bool IsCondition =
          (If && If->getConditionVariableDeclStmt() == Decls) ||
          (Switch && Switch->getConditionVariableDeclStmt() == Decls);
      // Not a declaration that is a branch or the body
      // (`if (k) T x(co_await e);`): a statement, below.
      if (IsCondition || ((If != nullptr || Switch != nullptr) &&
                          isInitStatement(Decls, Holder))) {
        Full.Owner = Holder;
        Full.Kind = IsCondition ? FullExpression::Context::Condition
                                : FullExpression::Context::Init;
      } else if (const auto *While = dyn_cast_or_null<WhileStmt>(Holder);
                 While && While->getConditionVariableDeclStmt() == Decls) {
        Full.Owner = While;
        Full.Kind = FullExpression::Context::Condition;
      } else if (const auto *For = dyn_cast_or_null<ForStmt>(Holder);
                 For && For->getConditionVariableDeclStmt() == Decls) {
        Full.Owner = For;
        Full.Kind = FullExpression::Context::Condition;
      } else if (isInitStatement(Decls, Holder)) {
        Full.Owner = Holder; // a for or range-for
        Full.Kind = FullExpression::Context::Init;
      } else if (!isStatementPosition(Decls, Holder)) {
        return Unsupported("in a loop condition variable");
      } else {
        Full.Kind = FullExpression::Context::Initializer;
      }
      Full.Var = Var;
    } else if (isa_and_nonnull<CoreturnStmt>(Owner)) {
      Full.Kind = FullExpression::Context::Return;
    } else if (isInitStatement(Root, Owner)) {
      Full.Kind = FullExpression::Context::Init;
    } else if (const auto *If = dyn_cast_or_null<IfStmt>(Owner);
               If && If->getCond() == Root) {
      Full.Kind = FullExpression::Context::Condition;
    } else if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(Owner);
               Switch && Switch->getCond() == Root) {
      Full.Kind = FullExpression::Context::Condition;
    } else if (const auto *While = dyn_cast_or_null<WhileStmt>(Owner);
               While && While->getCond() == Root) {
      Full.Kind = FullExpression::Context::Condition;
    } else if (const auto *Do = dyn_cast_or_null<DoStmt>(Owner);
               Do && Do->getCond() == Root) {
      Full.Kind = FullExpression::Context::Condition;
    } else if (const auto *For = dyn_cast_or_null<ForStmt>(Owner);
               For && For->getCond() == Root) {
      Full.Kind = FullExpression::Context::Condition;
    } else if (const auto *For = dyn_cast_or_null<ForStmt>(Owner);
               For && For->getInc() == Root) {
      Full.Kind = FullExpression::Context::Increment;
    } else if (Owner != nullptr && isStatementPosition(Root, Owner)) {
      Full.Kind = FullExpression::Context::Statement;
      Full.Owner = Root; // the expression statement itself
    } else if (const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Owner);
               Range && Range->getRangeInit() == Root) {
      Full.Kind = FullExpression::Context::Range;
    } else {
      return Unsupported("in this position");
    }

    // Awaits of one full-expression share its entry.
    for (size_t I = 0; I < Plan.FullExprs.size(); ++I)
      if (Plan.FullExprs[I].Root == Root) {
        Site.FullExpr = I;
        Plan.FullExprs[I].States.push_back(Site.State);
        return true;
      }
    Site.FullExpr = Plan.FullExprs.size();
    Full.States.push_back(Site.State);
    Plan.FullExprs.push_back(std::move(Full));
    return true;
  }

  bool classifySource(AwaitSite &Site) {
    // As written, and the awaiter clang derived from it.
    const Expr *Common = Site.Await->getOperand();
    const Expr *Operand = Site.Await->getCommonExpr();
    QualType AwaiterType;
    if (isOperatorCoawait(Operand)) {
      // C++17 can neither declare nor call operator co_await (co_await is
      // not a keyword there, so `x.operator co_await()` does not parse, and
      // the user's own declaration of it must be hidden from C++17 too).
      // The runtime's awaitables also provide get_awaiter(), which is what
      // their operator co_await calls; a user type does the same to be
      // awaited in lowered code.
      if (!hasGetAwaiter(Common->getType().getNonReferenceType()))
        return C.unsupported(
            Common->getBeginLoc(),
            "type '" + Common->getType().getAsString() +
                "' is awaited through operator co_await, which C++17 "
                "cannot name; give it a get_awaiter() member returning "
                "the awaiter (and declare operator co_await only when "
                "__cpp_impl_coroutine is defined)");
      Site.Source = AwaitSite::Source::GetAwaiter;
      AwaiterType = getAwaiterResult(Common);
      // One that returns a reference gives an object that is the awaiter
      // itself, as an operand naming one is ([expr.await]: no temporary is
      // made for a glvalue): used in place, never copied.
      bool Reference = AwaiterType.isNull()
                           ? Operand->IgnoreImplicit()->isGLValue()
                           : AwaiterType->isReferenceType();
      if (AwaiterType.isNull())
        AwaiterType = Operand->IgnoreImplicit()->getType();
      else if (buildsInPlace(AwaiterType, Common))
        Site.Source = AwaitSite::Source::InPlace;
      if (Reference)
        Site.Source = AwaitSite::Source::Referred;
      Site.KeepsOperand = Site.Source != AwaitSite::Source::InPlace &&
                          keepsOperand(Common);
    } else if (Common->isPRValue()) {
      Site.Source = AwaitSite::Source::Prvalue;
      AwaiterType = Common->getType();
    } else {
      Site.Source = AwaitSite::Source::Lvalue;
      AwaiterType = Common->getType();
    }
    // An awaiter keeps its const (and volatile): its members are called on
    // it as on a `const` object, as natively. One used in place is held by
    // a pointer to const; one the machine makes from a `const` class
    // prvalue (`const Op make();`, a get_awaiter() returning `const Op`)
    // is a `const` field.
    AwaiterType = AwaiterType.getNonReferenceType();
    // The machine destroys its awaiter through asl::destroy, which no
    // class befriends: a destructor only the async function may call
    // (private or protected, the function a friend) cannot be called there
    // (LocalLifting.cpp refuses such a local the same way).
    if (const CXXRecordDecl *Record = AwaiterType->getAsCXXRecordDecl();
        !Site.inPlace() && Record != nullptr &&
        AwaiterType.isDestructedType() != QualType::DK_none &&
        Record->getDestructor() != nullptr &&
        Record->getDestructor()->getAccess() != AS_public)
      return C.unsupported(Site.Await->getBeginLoc(),
                           "the awaiter of this co_await, of type '" +
                               Record->getNameAsString() +
                               "', is kept across it, and its destructor is "
                               "not public; the state machine destroys it "
                               "through the runtime, which cannot call it; "
                               "not supported yet",
                           Site.Await->getSourceRange());
    if (std::string Why = unnameable(AwaiterType); !Why.empty())
      return eraseAwaiter(Site, Why);
    Site.Type = spellType(C.ast(), AwaiterType);
    Site.Stored =
        Site.inPlace() ? C.ast().getPointerType(AwaiterType) : AwaiterType;
    Site.Destructible = !Site.inPlace() &&
                        AwaiterType.isDestructedType() != QualType::DK_none;
    return true;
  }

  // An awaiter of a type the machine cannot name (one holding a lambda's
  // closure type) is built on the heap, where `new auto` deduces its type,
  // and held through asl::erased_awaiter<R>, R being what its await_resume()
  // returns (asl/erased_awaiter.h). An awaiter object the operand names is
  // used where it is, as natively: the erased_awaiter borrows it.
  bool eraseAwaiter(AwaitSite &Site, const std::string &Why) {
    auto Refuse = [&](const std::string &What) {
      return C.unsupported(Site.Await->getBeginLoc(),
                           What + " contains " + Why +
                               ", which the state machine cannot name; "
                               "not supported yet",
                           Site.Await->getSourceRange());
    };
    const auto *Resume = dyn_cast_or_null<CallExpr>(
        Site.Await->getResumeExpr()->IgnoreImplicit());
    if (Resume == nullptr)
      return Refuse("the awaiter's type");
    QualType Result = Resume->getCallReturnType(C.ast());
    if (!unnameable(Result).empty())
      return Refuse("the result of await_resume()");
    Site.Type = "asl::erased_awaiter<" + spellType(C.ast(), Result) + ">";
    // Built by `new auto(asl::get_awaiter(e))`, not in place.
    if (Site.Source == AwaitSite::Source::InPlace)
      Site.Source = AwaitSite::Source::GetAwaiter;
    Site.Erased = true;
    Site.Destructible = true;
    return true;
  }

  LoweringContext &C;
  FunctionPlan &Plan;
};

bool findResultType(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Function = Plan.Function;
  QualType Returned = Function->getReturnType();
  const auto *Task = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Returned->getAsCXXRecordDecl());
  if (Task == nullptr || Task->getQualifiedNameAsString() != "asl::Task" ||
      Task->getTemplateArgs().size() != 1)
    return C.unsupported(Function->getReturnTypeSourceRange().getBegin(),
                         "an async function must return asl::Task<T>");
  // The argument as the user wrote it (std::string, not basic_string<...>).
  QualType Result = Task->getTemplateArgs()[0].getAsType();
  if (const auto *Written = Returned->getAs<TemplateSpecializationType>())
    if (Written->template_arguments().size() == 1)
      Result = Written->template_arguments()[0].getAsType();
  Plan.ReturnsVoid = Result->isVoidType();
  Plan.ResultType = spellWrittenType(C.ast(), Result);
  return true;
}

} // namespace

bool collectSuspensionPoints(LoweringContext &C, FunctionPlan &Plan) {
  if (!findResultType(C, Plan))
    return false;
  Plan.Tree = std::make_unique<SyntaxTree>(Plan.Body);
  return Collector(C, Plan).run();
}

} // namespace asynclower
