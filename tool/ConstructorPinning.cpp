//===- ConstructorPinning.cpp - Objects that may record their address ----===//
//
// A machine whose fields may all move bytewise starts on the caller's stack
// and is copied into a heap box at its first suspension (asl/builder.h,
// docs/design.md "Where the machine lives"). The runtime's test for "may
// move bytewise" is a type trait, asl::is_relocatable, true by default for a
// trivially copyable type. A trait cannot see what a constructor does with
// `this`, though: a trivially copyable class may still have a constructor
// of its own that records the object's address (a sensor that registers
// itself, an operation submitted as it is built, the result later written
// through the recorded pointer). Natively the object never moves, so the
// pointer stays good; after the copy into the box it would point into the
// dead stack copy.
//
// So a machine is built in its box from the start when a lifted local, an
// inline awaiter or a saved value of a trivially copyable class type holds
// an object that a constructor written in the program initializes (the
// class itself, a base, a member or an array element), or a default member
// initializer that uses the object (`char *pos = buf;`). The standard
// library's and the runtime's constructors are trusted not to keep `this`,
// and so is a class for which the program declares an explicit
// specialization of asl::is_relocatable: the way to say "it may move".
// An awaiter's await_ready() is another member function the machine calls
// on the stack, before the move: one that records the awaiter's address
// (an intrusive wait list that enlists as it tests) pins the machine too,
// unless all it does with the object is read and write its members (the
// usual `return ready_;`) and call member functions that do the same. So
// does such an await_resume() when another await of its full-expression
// may suspend first: an awaiter that completes at once runs it on the
// stack and stays in the machine to the end of the full-expression.
// (await_suspend() runs only after the move, on the awaiter in the box.)
// And such an object made in place by a function of the program's (its
// result object is the field, and so is a factory's named return value
// under NRVO) pins the machine when that function may let the object's
// address go, by the same rule (resultMayBeKept): called directly, as an
// operator, a conversion or an overrider of a virtual function, as the
// await_resume() of an await whose result it is (also the result
// initializing a local: await_resume() runs on the stack when the awaiter
// completes at once), as the awaiter the operand or operator co_await
// makes, as a saved value, as a default member initializer, or through the
// standard library (std::invoke, std::apply, std::visit, std::function,
// std::bind, std::mem_fn), whose result is whatever the function it calls
// returns.
// Member calls written in the body are handled with the other ways an
// address can escape (LocalLifting.cpp, findPinning).
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"
#include "RuntimeDecls.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"

#include <functional>

using namespace clang;

namespace asynclower {
namespace {

// The functions of the program's (not the standard library's or the
// runtime's) that return a class by value, by the class's canonical type:
// the candidates for a result the standard library hands back. Every
// function the file declares, specializations of templates and the call
// operators of lambdas (a generic one's specializations) too.
class ProgramFactories : public RecursiveASTVisitor<ProgramFactories> {
public:
  using Map = llvm::DenseMap<const Type *,
                             llvm::SmallSetVector<const FunctionDecl *, 4>>;

  ProgramFactories(const SourceManager &SM, Map &Found)
      : SM(SM), Found(Found) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (D != nullptr && !isa<TranslationUnitDecl>(D) &&
        trustedDeclaration(SM, D))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitFunctionDecl(FunctionDecl *Function) {
    add(Function);
    return true;
  }

  // A lambda's call operator is not a declaration the traversal visits.
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    if (const FunctionTemplateDecl *Generic =
            Lambda->getDependentCallOperator()) {
      for (const FunctionDecl *Each : Generic->specializations())
        add(Each);
      return true;
    }
    add(Lambda->getCallOperator());
    return true;
  }

private:
  void add(const FunctionDecl *Function) {
    QualType Result = Function->getReturnType();
    if (Function->isDependentContext() || Result->isDependentType() ||
        Result->getAsCXXRecordDecl() == nullptr)
      return;
    Found[Result->getCanonicalTypeUnqualified().getTypePtr()].insert(
        Function->getCanonicalDecl());
  }

  const SourceManager &SM;
  Map &Found;
};

class ConstructorPinning {
public:
  ConstructorPinning(LoweringContext &C, FunctionPlan &Plan)
      : C(C), Plan(Plan) {
    findRelocatableTrait();
  }

  void run() {
    for (const LiftedLocal &Local : Plan.Lifted) {
      std::string What = "'" + Local.Var->getNameAsString() + "'";
      pinIf(Local.Stored, What, Local.Var->getLocation());
      if (Local.Storage == LiftedLocal::StorageKind::Object ||
          Local.Storage == LiftedLocal::StorageKind::Extended)
        pinIfMadeKept(Local.Stored, Local.Var->getInit(), What,
                      Local.Var->getLocation());
    }
    for (const AwaitSite &Site : Plan.Awaits)
      if (!Site.heldByPointer() && !Site.Erased) {
        pinIf(Site.Stored, "the awaiter", Site.Await->getBeginLoc());
        // Made by a call: the operand's (also as the member of an awaiter
        // built in place), or operator co_await's (get_awaiter()'s).
        if (Site.Source == AwaitSite::Source::Prvalue ||
            Site.Source == AwaitSite::Source::InPlace)
          pinIfMadeKept(Site.Stored, Site.Await->getOperand(), "the awaiter",
                        Site.Await->getBeginLoc());
        else if (Site.Source == AwaitSite::Source::GetAwaiter)
          pinIfMadeKept(Site.Stored, Site.Await->getCommonExpr(), "the awaiter",
                        Site.Await->getBeginLoc());
        pinIfMemberMayKeepThis(Site, Site.Await->getReadyExpr(), "await_ready");
        // An awaiter that completes at once runs await_resume() on the
        // stack too, and stays in the machine to the end of its
        // full-expression, whose next await may move it first.
        if (Plan.FullExprs[Site.FullExpr].States.size() > 1)
          pinIfMemberMayKeepThis(Site, Site.Await->getResumeExpr(),
                                 "await_resume");
      }
    for (const Slot &S : Plan.Slots)
      if (S.Kind != Slot::Kind::Pointer) {
        SourceLocation At = Plan.FullExprs[S.FullExpr].Root->getBeginLoc();
        pinIf(S.Stored, "a value saved", At);
        if (S.Kind == Slot::Kind::Object)
          pinIfMadeKept(S.Stored, S.Value, "a value saved", At);
      }
  }

  // For constructorMayKeepThis.
  const CXXRecordDecl *keeperOf(QualType Type) {
    if (declaredRelocatable(C.ast().getBaseElementType(Type)))
      return nullptr;
    return ownConstructor(Type);
  }

private:
  void pinIf(QualType Type, const std::string &What, SourceLocation At) {
    if (!Plan.PinnedBecause.empty() || Type.isNull() ||
        !Type.isTriviallyCopyableType(C.ast()))
      return;
    QualType Element = C.ast().getBaseElementType(Type); // of an array too
    if (Element->getAsCXXRecordDecl() == nullptr ||
        declaredRelocatable(Element))
      return;
    if (const CXXRecordDecl *Own = ownConstructor(Element))
      Plan.PinnedBecause = "a constructor of '" + Own->getNameAsString() +
                           "' may keep the address of " + What + " at line " +
                           std::to_string(C.line(At));
  }

  // An object made in place by a function that may keep its address
  // (resultMayBeKept): a factory's named return value.
  void pinIfMadeKept(QualType Type, const Expr *Init, const std::string &What,
                     SourceLocation At) {
    if (!Plan.PinnedBecause.empty() || Type.isNull() || Init == nullptr ||
        !Type.isTriviallyCopyableType(C.ast()) ||
        C.ast().getBaseElementType(Type)->getAsCXXRecordDecl() == nullptr ||
        declaredRelocatable(C.ast().getBaseElementType(Type)))
      return;
    llvm::SmallPtrSet<const Decl *, 4> Seen;
    if (std::string Who = resultMayBeKept(Init, Seen); !Who.empty())
      Plan.PinnedBecause = Who + " may keep the address of what it makes, " +
                           What + " at line " + std::to_string(C.line(At));
  }

  // The awaiter's await_ready() runs on the machine's field while the
  // machine is still on the stack; so does await_resume() when the awaiter
  // completes at once. (await_suspend() runs on the awaiter in the box:
  // the machine moves before calling it, asl/builder.h.)
  void pinIfMemberMayKeepThis(const AwaitSite &Site, const Expr *Call,
                              llvm::StringRef Name) {
    QualType Type = Site.Stored;
    if (!Plan.PinnedBecause.empty() || Type.isNull() || Call == nullptr ||
        !Type.isTriviallyCopyableType(C.ast()) || declaredRelocatable(Type))
      return;
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call->IgnoreImplicit());
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    if (Method == nullptr ||
        trustedDeclaration(C.sources(), Method->getParent()))
      return;
    llvm::SmallPtrSet<const CXXMethodDecl *, 4> Seen;
    if (mayKeepThis(Method, Seen))
      Plan.PinnedBecause = "'" + Method->getParent()->getNameAsString() +
                           "::" + Name.str() +
                           "' may keep the address of the awaiter at line " +
                           std::to_string(C.line(Site.Await->getBeginLoc()));
  }

  // Whether Method may let the object's address (or a member's) escape:
  // it uses `this` other than to read or assign a member or to call a
  // member function that does no more; one whose body the file does not
  // have may do anything. Constructors' uses are ownConstructor's.
  bool mayKeepThis(const CXXMethodDecl *Method,
                   llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Seen) {
    if (!Seen.insert(Method).second)
      return false;
    if (Method->isStatic() ||
        trustedDeclaration(C.sources(), Method->getParent()))
      return false;
    const FunctionDecl *Defined = nullptr;
    if (!Method->hasBody(Defined))
      return true;
    return usesBeyondMembers(Defined->getBody(), nullptr, Seen);
  }

  // Whether E is the object: `this`, or the variable Var when given.
  static bool isObject(const Expr *E, const VarDecl *Var) {
    E = E->IgnoreParenImpCasts();
    if (Var == nullptr)
      return isa<CXXThisExpr>(E);
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    return Ref != nullptr && Ref->getDecl() == Var;
  }

  // A member of the object, reached through `this` (or Var) and members
  // only (`value`, `this->node.count`, `b.node.count`), or null.
  static const MemberExpr *memberOf(const Expr *E, const VarDecl *Var) {
    const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParens());
    if (Member == nullptr || !isa<FieldDecl>(Member->getMemberDecl()))
      return nullptr;
    // `->` leaves the object unless it follows `this` itself: `next->value`
    // is another object's member.
    const Expr *Base = Member->getBase()->IgnoreParenImpCasts();
    if (Var == nullptr && isa<CXXThisExpr>(Base))
      return Member;
    if (!Member->isArrow() && ((Var != nullptr && isObject(Base, Var)) ||
                               memberOf(Base, Var) != nullptr))
      return Member;
    return nullptr;
  }

  // Whether S may let the object's address (or a member's) escape: the
  // object is `this`, or the variable Var when given.
  bool usesBeyondMembers(const Stmt *S, const VarDecl *Var,
                         llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Seen) {
    if (S == nullptr)
      return false;
    // Reading a scalar member, or assigning one: no address leaves.
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S))
      if (Cast->getCastKind() == CK_LValueToRValue &&
          memberOf(Cast->getSubExpr(), Var) != nullptr)
        return false;
    if (const auto *Assign = dyn_cast<BinaryOperator>(S))
      if (Assign->isAssignmentOp() && memberOf(Assign->getLHS(), Var) &&
          Assign->getType()->isScalarType())
        return usesBeyondMembers(Assign->getRHS(), Var, Seen);
    if (const auto *Step = dyn_cast<UnaryOperator>(S))
      if (Step->isIncrementDecrementOp() && memberOf(Step->getSubExpr(), Var))
        return false;
    // A trivial copy of the object or of a member (`return state;`).
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(S))
      if (const CXXConstructorDecl *Ctor = Copy->getConstructor();
          Ctor->isTrivial() && Ctor->isCopyOrMoveConstructor() &&
          Copy->getNumArgs() == 1) {
        const Expr *From = Copy->getArg(0)->IgnoreParenImpCasts();
        if (isObject(From, Var) || memberOf(From, Var) != nullptr)
          return false;
      }
    // A member function called on the object or on a member of it: what
    // it does with its own `this` counts.
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
      if (const Expr *Object = Call->getImplicitObjectArgument();
          (isObject(Object, Var) ||
           memberOf(Object->IgnoreParenImpCasts(), Var) != nullptr) &&
          Call->getMethodDecl() != nullptr) {
        if (mayKeepThis(Call->getMethodDecl(), Seen))
          return true;
        for (const Expr *Arg : Call->arguments())
          if (usesBeyondMembers(Arg, Var, Seen))
            return true;
        return false;
      }
    // A factory's named return value, returned (in place: NRVO).
    if (const auto *Return = dyn_cast<ReturnStmt>(S))
      if (Var != nullptr && Return->getNRVOCandidate() == Var)
        return false;
    if (const auto *E = dyn_cast<Expr>(S); E != nullptr && isObject(E, Var))
      return true;
    for (const Stmt *Child : S->children())
      if (usesBeyondMembers(Child, Var, Seen))
        return true;
    return false;
  }

  // Whether a function that makes the object E initializes may keep its
  // address (docs/design.md, "Where the machine lives"). E is a prvalue
  // whose result object is the machine's field: so is a factory's named
  // return value, which compilers build in place (NRVO) when the class is
  // returned in memory, and which the factory may enlist (`Big b{}; g =
  // &b; return b;`, `b.enlist()`). Also through a conversion function, a
  // braced aggregate's members and their default member initializers, an
  // implicit default constructor's, a `?:`, a comma, an await (its
  // await_resume() makes the result), a factory returning another
  // factory's result, or the standard library (libraryResultMayBeKept).
  // A function whose body the file does not have, or a call through a
  // pointer, may do anything. Constructors are ownConstructor's. Returns
  // who may keep it, or "".
  std::string resultMayBeKept(const Expr *E,
                              llvm::SmallPtrSetImpl<const Decl *> &Seen) {
    if (E == nullptr)
      return {};
    for (const Expr *Last = nullptr; E != Last;) {
      Last = E;
      E = E->IgnoreImplicit()->IgnoreParens();
      if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
          Cast && (Cast->getCastKind() == CK_NoOp ||
                   Cast->getCastKind() == CK_UserDefinedConversion))
        E = Cast->getSubExpr();
      if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(E))
        E = Default->getExpr();
      if (const auto *Comma = dyn_cast<BinaryOperator>(E);
          Comma && Comma->getOpcode() == BO_Comma)
        E = Comma->getRHS();
      // `Big b = co_await BigReady{};`: await_resume() makes b.
      if (const auto *Await = dyn_cast<CoroutineSuspendExpr>(E))
        E = Await->getResumeExpr();
    }
    if (const auto *Choice = dyn_cast<AbstractConditionalOperator>(E)) {
      std::string Who = resultMayBeKept(Choice->getTrueExpr(), Seen);
      return Who.empty() ? resultMayBeKept(Choice->getFalseExpr(), Seen) : Who;
    }
    if (const auto *List = dyn_cast<InitListExpr>(E)) {
      for (const Expr *Init : List->inits())
        if (std::string Who = resultMayBeKept(Init, Seen); !Who.empty())
          return Who;
      return {};
    }
    if (const auto *List = dyn_cast<CXXParenListInitExpr>(E)) {
      for (const Expr *Init : List->getInitExprs())
        if (std::string Who = resultMayBeKept(Init, Seen); !Who.empty())
          return Who;
      return {};
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      if (const CXXConstructorDecl *Ctor = Construct->getConstructor();
          Ctor->isDefaultConstructor() && !Ctor->isUserProvided())
        return defaultMembersMayBeKept(Ctor->getParent(), Seen);
    const auto *Call = dyn_cast<CallExpr>(E);
    if (Call == nullptr || !Call->isPRValue() ||
        C.ast().getBaseElementType(Call->getType())->getAsCXXRecordDecl() ==
            nullptr)
      return {};
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee == nullptr)
      return "a call through a pointer";
    if (C.sources().isInSystemHeader(Callee->getLocation()))
      return libraryResultMayBeKept(Call, Callee, Seen);
    if (std::string Who = factoryMayKeep(Callee, Seen); !Who.empty())
      return Who;
    // A virtual function's overrider may be the one called.
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    const auto *Member =
        dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParenImpCasts());
    if (Method == nullptr || !Method->isVirtual() ||
        (Member != nullptr && Member->hasQualifier()))
      return {};
    for (const FunctionDecl *Other : factoriesOf(Call->getType()))
      if (const auto *Overrider = dyn_cast<CXXMethodDecl>(Other);
          Overrider && overrides(Overrider, Method))
        if (std::string Who = factoryMayKeep(Overrider, Seen); !Who.empty())
          return Who;
    return {};
  }

  // Whether Callee, a function of the program's returning a class by
  // value, may keep the address of its result: its named return value
  // lets it go, or what it returns is another such factory's result.
  std::string factoryMayKeep(const FunctionDecl *Callee,
                             llvm::SmallPtrSetImpl<const Decl *> &Seen) {
    if (trustedDeclaration(C.sources(), Callee) ||
        !Seen.insert(Callee->getCanonicalDecl()).second)
      return {};
    std::string Who = "'" + Callee->getNameAsString() + "'";
    const FunctionDecl *Defined = nullptr;
    if (!Callee->hasBody(Defined) || Defined->getBody() == nullptr)
      return Who;
    std::string Found;
    std::function<void(const Stmt *)> Returns = [&](const Stmt *S) {
      // (Not a lambda's own returns.)
      if (S == nullptr || !Found.empty() || isa<LambdaExpr>(S))
        return;
      if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
        llvm::SmallPtrSet<const CXXMethodDecl *, 4> Methods;
        if (const VarDecl *Named = Return->getNRVOCandidate()) {
          if (usesBeyondMembers(Defined->getBody(), Named, Methods) ||
              !resultMayBeKept(Named->getInit(), Seen).empty())
            Found = Who;
        } else if (!resultMayBeKept(Return->getRetValue(), Seen).empty()) {
          Found = Who;
        }
        return;
      }
      for (const Stmt *Child : S->children())
        Returns(Child);
    };
    Returns(Defined->getBody());
    return Found;
  }

  // The standard library's std::invoke, std::apply, std::visit, a
  // std::function's, std::bind's or std::mem_fn's call return what the
  // function they call returns, made in place as a direct call's result.
  // Which function that is cannot be followed through the library's
  // templates (a std::function's target was chosen anywhere), so any of
  // the program's functions returning the same class counts
  // (conservative: `std::exchange(big, {})` pins too when one of them may
  // keep its result).
  // FIXME: a factory of another file that this file does not declare,
  // reached only through a pointer or a std::function made there, is not
  // seen, and does not pin.
  std::string
  libraryResultMayBeKept(const CallExpr *Call, const FunctionDecl *Library,
                         llvm::SmallPtrSetImpl<const Decl *> &Seen) {
    for (const FunctionDecl *Factory : factoriesOf(Call->getType()))
      if (std::string Who = factoryMayKeep(Factory, Seen); !Who.empty()) {
        std::string Name = Library->getNameAsString();
        if (const auto *Method = dyn_cast<CXXMethodDecl>(Library))
          Name = Method->getParent()->getNameAsString() + "::" + Name;
        return Who + " (through the standard library's '" + Name + "')";
      }
    return {};
  }

  // The default member initializers an implicit default constructor of
  // Record runs, of its bases and members too (`Big big = make_big();`).
  std::string
  defaultMembersMayBeKept(const CXXRecordDecl *Record,
                          llvm::SmallPtrSetImpl<const Decl *> &Seen) {
    if (Record == nullptr || !Record->hasDefinition() ||
        trustedDeclaration(C.sources(), Record) ||
        !Seen.insert(Record->getCanonicalDecl()).second)
      return {};
    Record = Record->getDefinition();
    for (const CXXBaseSpecifier &Base : Record->bases())
      if (std::string Who = defaultMembersMayBeKept(
              Base.getType()->getAsCXXRecordDecl(), Seen);
          !Who.empty())
        return Who;
    for (const FieldDecl *Field : Record->fields()) {
      std::string Who =
          Field->hasInClassInitializer()
              ? resultMayBeKept(Field->getInClassInitializer(), Seen)
              : defaultMembersMayBeKept(
                    C.ast()
                        .getBaseElementType(Field->getType())
                        ->getAsCXXRecordDecl(),
                    Seen);
      if (!Who.empty())
        return Who;
    }
    return {};
  }

  static bool overrides(const CXXMethodDecl *Method,
                        const CXXMethodDecl *Base) {
    for (const CXXMethodDecl *Overridden : Method->overridden_methods())
      if (Overridden->getCanonicalDecl() == Base->getCanonicalDecl() ||
          overrides(Overridden, Base))
        return true;
    return false;
  }

  // The program's functions returning Type by value (ProgramFactories),
  // found once per function lowered.
  llvm::ArrayRef<const FunctionDecl *> factoriesOf(QualType Type) {
    if (!Scanned) {
      ProgramFactories(C.sources(), Factories)
          .TraverseDecl(C.ast().getTranslationUnitDecl());
      Scanned = true;
    }
    auto Found =
        Factories.find(Type->getCanonicalTypeUnqualified().getTypePtr());
    if (Found == Factories.end())
      return {};
    return Found->second.getArrayRef();
  }

  // The class in an object of Type that a constructor of the program's own
  // initializes, or null.
  const CXXRecordDecl *ownConstructor(QualType Type) {
    const auto *Record =
        C.ast().getBaseElementType(Type)->getAsCXXRecordDecl();
    if (Record == nullptr || !Record->hasDefinition() ||
        trustedDeclaration(C.sources(), Record))
      return nullptr;
    Record = Record->getDefinition();
    for (const CXXConstructorDecl *Ctor : Record->ctors())
      if (Ctor->isUserProvided())
        return Record;
    for (const Decl *Member : Record->decls())
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Member))
        if (isa<CXXConstructorDecl>(Template->getTemplatedDecl()))
          return Record;
    for (const CXXBaseSpecifier &Base : Record->bases())
      if (const CXXRecordDecl *Own = ownConstructor(Base.getType()))
        return Own;
    for (const FieldDecl *Field : Record->fields()) {
      if (Field->hasInClassInitializer() &&
          mentionsThis(Field->getInClassInitializer()))
        return Record;
      if (!Field->getType()->isReferenceType())
        if (const CXXRecordDecl *Own = ownConstructor(Field->getType()))
          return Own;
    }
    return nullptr;
  }

  // A default member initializer that uses the object (`char *pos = buf;`)
  // runs in the implicit constructor, with the same effect.
  static bool mentionsThis(const Stmt *S) {
    if (S == nullptr)
      return false;
    if (isa<CXXThisExpr>(S))
      return true;
    for (const Stmt *Child : S->children())
      if (mentionsThis(Child))
        return true;
    return false;
  }

  // An explicit specialization `asl::is_relocatable<Type>` in the program.
  bool declaredRelocatable(QualType Type) {
    if (Trait == nullptr)
      return false;
    QualType Wanted = C.ast().getCanonicalType(Type.getUnqualifiedType());
    for (const ClassTemplateSpecializationDecl *Spec :
         Trait->specializations())
      if (Spec->isExplicitSpecialization() &&
          Spec->getTemplateArgs().size() == 1 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
          C.ast().getCanonicalType(Spec->getTemplateArgs()[0].getAsType()) ==
              Wanted)
        return true;
    return false;
  }

  void findRelocatableTrait() {
    if (const auto *Template =
            runtimeMember<ClassTemplateDecl>(C.ast(), "is_relocatable"))
      Trait = Template->getCanonicalDecl();
  }

  LoweringContext &C;
  FunctionPlan &Plan;
  const ClassTemplateDecl *Trait = nullptr;
  ProgramFactories::Map Factories;
  bool Scanned = false;
};

} // namespace

void pinForOwnConstructors(LoweringContext &C, FunctionPlan &Plan) {
  ConstructorPinning(C, Plan).run();
}

const CXXRecordDecl *constructorMayKeepThis(LoweringContext &C,
                                            FunctionPlan &Plan, QualType Type) {
  return ConstructorPinning(C, Plan).keeperOf(Type);
}

} // namespace asynclower
