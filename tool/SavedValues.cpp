//===- SavedValues.cpp - Operands saved across an await -------------------===//
//
// The fields that keep operands and temporaries evaluated before an await
// of the same full-expression (slots), how they are stored and read, and
// which temporaries must live in one (marked, then lifted).
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"
#include "RuntimeDecls.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace asynclower {

namespace {

// The call of an overloaded `->` that E is (through implicit conversions and
// the materialization of its result). Its source range is `w->`: the object
// and the arrow, no text that names the call's result, so a saved result is
// written `field->` and computed by arrowResult.
const CXXOperatorCallExpr *overloadedArrow(const Expr *E) {
  const auto *Call = dyn_cast<CXXOperatorCallExpr>(E->IgnoreImplicit());
  return Call != nullptr && Call->getOperator() == OO_Arrow ? Call : nullptr;
}

// True when Type is, or holds as a template argument, a class of the
// program's own (not the standard library's or the runtime's): a closure
// type, a user's class, std::pair<Visitor, int>, std::_Bind<Visitor(int)>
// (a function type's return and parameter types count).
bool ofTheProgram(const SourceManager &SM, QualType Type) {
  if (const auto *Function = Type->getAs<FunctionProtoType>())
    return ofTheProgram(SM, Function->getReturnType()) ||
           llvm::any_of(Function->getParamTypes(), [&](QualType Param) {
             return ofTheProgram(SM, Param);
           });
  const CXXRecordDecl *Record =
      Type.getNonReferenceType()->getBaseElementTypeUnsafe()
          ->getAsCXXRecordDecl();
  if (Record == nullptr)
    return false;
  if (!trustedDeclaration(SM, Record))
    return true;
  const auto *Instance = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (Instance == nullptr)
    return false;
  for (const TemplateArgument &Argument : Instance->getTemplateArgs().asArray())
    for (const TemplateArgument &Each :
         Argument.getKind() == TemplateArgument::Pack
             ? Argument.pack_elements()
             : llvm::ArrayRef<TemplateArgument>(Argument))
      if (Each.getKind() == TemplateArgument::Type &&
          ofTheProgram(SM, Each.getAsType()))
        return true;
  return false;
}

} // namespace

// ---- Saving values ----------------------------------------------------------

bool copiesNothing(const LambdaExpr *Lambda) {
  return llvm::all_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
    return (Capture.getCaptureKind() == LCK_ByRef ||
            Capture.getCaptureKind() == LCK_This) &&
           !Lambda->isInitCapture(&Capture);
  });
}

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

// Marks the temporaries bound to references within E, and the class
// prvalues whose values are discarded there (markDiscarded), with the nodes
// above them, as points the walk must evaluate in order, like awaits.
void ExpressionSpiller::markTemporaries(const Expr *E) {
  markWhere(E, [](const MaterializeTemporaryExpr *) { return true; });
  markDiscarded(E);
  markDefaultArguments(E);
}

// Marks, under Root, the class prvalues with a destructor whose values are
// discarded: the left side of a comma (`(Tr("d"), i++) < 4`, `f((T("a"),
// 1))`) and the operand of a cast to void, through parentheses, casts to
// void and the operands of a comma nested there. C++ materializes no
// temporary there that the AST shows, yet the object is one of the
// full-expression, which dies at its end: Root, saved before an await,
// would destroy it before the await. An await's operand is left out (it is
// marked when the await is spilled), and so is a lambda's body. When Root
// is itself the left side of a comma (spillOrdered), the chain of discarded
// values it starts (through parentheses, casts to void and commas) is kept
// there (KeepDiscarded), so only what lies under that chain is marked.
void ExpressionSpiller::markDiscarded(const Expr *Root) {
  llvm::DenseSet<const Stmt *> Chain;
  const auto *Above = dyn_cast_or_null<BinaryOperator>(Plan.Tree->parent(Root));
  if (Above != nullptr && Above->getOpcode() == BO_Comma &&
      Above->getLHS() == Root) {
    std::function<void(const Expr *)> Follow = [&](const Expr *E) {
      Chain.insert(E);
      const Expr *Bare = E->IgnoreParens();
      Chain.insert(Bare);
      if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Bare);
          Cast != nullptr && Cast->getCastKind() == CK_ToVoid)
        Follow(Cast->getSubExpr());
      if (const auto *Comma = dyn_cast<BinaryOperator>(Bare);
          Comma != nullptr && Comma->getOpcode() == BO_Comma) {
        Follow(Comma->getLHS());
        Follow(Comma->getRHS());
      }
    };
    Follow(Root);
  }
  std::function<void(const Expr *)> Discard = [&](const Expr *E) {
    const Expr *Bare = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Bare);
        Cast != nullptr && Cast->getCastKind() == CK_ToVoid)
      return Discard(Cast->getSubExpr());
    if (const auto *Comma = dyn_cast<BinaryOperator>(Bare);
        Comma != nullptr && Comma->getOpcode() == BO_Comma) {
      Discard(Comma->getLHS());
      return Discard(Comma->getRHS());
    }
    if (!Bare->isPRValue() || !Bare->getType()->isRecordType() ||
        Bare->getType().isDestructedType() == QualType::DK_none ||
        MarkedDiscarded.count(Bare))
      return;
    MarkedDiscarded.insert(Bare);
    for (const Stmt *Up = Bare; Up != nullptr; Up = Plan.Tree->parent(Up)) {
      HasAwait.insert(Up);
      if (Up == Root)
        break;
    }
  };
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (S == nullptr || isa<LambdaExpr>(S) || isa<CoawaitExpr>(S))
      return;
    forEachWrittenChild(S, Visit);
    if (Chain.count(S))
      return;
    if (const auto *Comma = dyn_cast<BinaryOperator>(S);
        Comma != nullptr && Comma->getOpcode() == BO_Comma)
      Discard(Comma->getLHS());
    // (Root itself cast to void is a discarded operand: spillOrdered.)
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(S);
        Cast != nullptr && Cast->getCastKind() == CK_ToVoid &&
        S != Root->IgnoreParens())
      Discard(Cast->getSubExpr());
  };
  Visit(Root);
}

// Constructs a discarded class prvalue that markDiscarded marked in a field
// with a live flag, after what it needs, where it is evaluated; the field
// is destroyed where the full-expression ends (or by the machine's
// destructor), as spillOrdered keeps the left side of a comma whose right
// side awaits. Its text becomes `void()`, with the casts to void and the
// parentheses around it.
std::string ExpressionSpiller::liftDiscarded(const Expr *Discarded) {
  std::string Out = spill(Discarded);
  Slot &Kept = newSlot("temporary", Slot::Kind::Object, Discarded->getType());
  Out += store(Kept, Discarded);
  const Expr *Written = Discarded;
  for (const Stmt *Up = Plan.Tree->parent(Written);;
       Up = Plan.Tree->parent(Up)) {
    const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(Up);
    if (!isa_and_nonnull<ParenExpr>(Up) &&
        (Cast == nullptr || Cast->getCastKind() != CK_ToVoid))
      break;
    Written = cast<Expr>(Up);
  }
  replaceNode(Written, "void()");
  return Out;
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
    // Not the closure of a lambda that copies nothing and that the
    // machine does not keep (`[&] { return x > 2; }() && co_await f()`):
    // it holds only references, so nothing can tell that it dies before
    // the await once its call's result is saved, and a closure type is one
    // the machine could not name to keep it. The machine keeps the closure
    // of one that copies something (HoistedLocals.cpp, savedBeforeAwait),
    // whose copies die after the await, as natively, and a coroutine
    // lambda's, whose task reads the captures through it.
    if (const auto *Lambda =
            dyn_cast<LambdaExpr>(Temporary->getSubExpr()->IgnoreImplicit());
        Lambda != nullptr && copiesNothing(Lambda) &&
        !isa<CoroutineBodyStmt>(Lambda->getBody()) &&
        llvm::none_of(Plan.HoistedLambdas, [&](const HoistedLambda &Kept) {
          return Kept.Lambda == Lambda;
        }))
      return;
    // Of the backing arrays of braced lists made into an
    // std::initializer_list, not one a variable extends (the variable's
    // array is), unless through a member of the aggregate the variable
    // being initialized is (listArrayOfMember), nor one whose list is read
    // only before the await and whose elements die without effects
    // (listArrayKept).
    if (Temporary->getType()->isArrayType()) {
      const auto *List =
          dyn_cast_or_null<CXXStdInitializerListExpr>(Plan.Tree->parent(S));
      if (List != nullptr &&
          (Temporary->getExtendingDecl() != nullptr
               ? !listArrayOfMember(Temporary)
               : !listArrayKept(List) && !SavedLists.count(List)))
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

// True when Temporary, the backing array of an std::initializer_list, is
// one the lifted variable the current full-expression initializes extends
// through a member of an aggregate (`L l{{1, 2}, 3};`, L having an
// std::initializer_list<int> member), not that of the variable's own list
// (`std::initializer_list<int> xs = {1, 2};`, lifted with it): natively it
// lives as long as the variable, as a temporary bound to a reference member
// does ([dcl.init.list]), so it is built in a field that dies right after
// the variable (liftListArray).
bool ExpressionSpiller::listArrayOfMember(
    const MaterializeTemporaryExpr *Temporary) const {
  const VarDecl *Var = Plan.FullExprs[Current].Var;
  if (Var == nullptr || Temporary->getExtendingDecl() != Var ||
      Plan.FullExprs[Current].Kind != FullExpression::Context::Initializer ||
      Plan.lifted(Var) == nullptr)
    return false;
  const CXXStdInitializerListExpr *Own = builtInitializerList(Var);
  return Own == nullptr ||
         Own->getSubExpr()->IgnoreImplicit() != Temporary->IgnoreImplicit();
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
  // (Written with its type, `std::initializer_list<int>{a, b}`, it is the
  // same list.)
  const Stmt *Parent = Plan.Tree->parent(List);
  while (isa_and_nonnull<ImplicitCastExpr, MaterializeTemporaryExpr,
                         CXXBindTemporaryExpr, ParenExpr,
                         CXXFunctionalCastExpr>(Parent))
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

// The use of a temporary kept in a field that may keep its address after
// returning, so that the temporary must not move with the machine when the
// machine moves to the heap at its first suspension; null when it is only
// read, or a member of it read, or copied. A call is such a use when the
// temporary is an argument passed by reference or the object of a member
// function (`this`) and the call returns a pointer or a reference, which
// may point into the temporary (`P{5}.data()`), or is a function or
// constructor of the program's own, whatever it returns: its task may hold
// the address (an async member's task holds `this`: `co_await
// P{5}.get()`; an async function's task holds its reference parameters:
// `co_await g(Point{1, 2})`), and so may any other function, in a global
// that a later part of the full-expression reads (`enlist(Tag{5}) +
// co_await f() + read_enlisted()`). The standard library and the runtime
// are trusted to keep no address in what they return otherwise
// (std::function copies the closure it is given), as in
// ConstructorPinning.cpp, but for a function template of theirs given a
// temporary of the program's own class, which it may call. So is an array
// of the temporary decayed to a pointer (`first(Arr{{4, 5, 6}}.a, co_await
// f())`), but for reading an element; the decay is returned.
// AsObject tells which: the temporary is the call's object.
const Expr *
ExpressionSpiller::addressKeeper(const MaterializeTemporaryExpr *Temporary,
                                 bool &AsObject) const {
  // A temporary of a default argument being written is in no body: its
  // parents, up to the call, are DefaultParents'.
  auto ParentOf = [&](const Stmt *S) {
    if (const Stmt *Parent = DefaultParents.lookup(S))
      return Parent;
    return Plan.Tree->parent(S);
  };
  const Stmt *Parent = ParentOf(Temporary);
  const MemberExpr *Member = nullptr;
  for (;;) {
    if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
        Cast != nullptr && (Cast->getCastKind() == CK_NoOp ||
                            Cast->getCastKind() == CK_DerivedToBase ||
                            Cast->getCastKind() == CK_UncheckedDerivedToBase)) {
      Parent = ParentOf(Parent);
      continue;
    }
    if (isa_and_nonnull<ParenExpr>(Parent)) {
      Parent = ParentOf(Parent);
      continue;
    }
    // A member of the temporary read in place (`P{5}.x`).
    if (const auto *Field = dyn_cast_or_null<MemberExpr>(Parent);
        Field != nullptr && !Field->isArrow() &&
        isa<FieldDecl>(Field->getMemberDecl())) {
      Parent = ParentOf(Parent);
      continue;
    }
    break;
  }
  // An array of the temporary (an array prvalue, or a member array of a
  // class prvalue) decayed to a pointer, which may be kept anywhere (a
  // saved operand, a string_view over `Key{...}.text`, a global), unless
  // it only reads an element (`Arr{{1, 2}}.a[1]`).
  if (const auto *Decay = dyn_cast_or_null<ImplicitCastExpr>(Parent);
      Decay != nullptr && Decay->getCastKind() == CK_ArrayToPointerDecay) {
    const auto *Index =
        dyn_cast_or_null<ArraySubscriptExpr>(ParentOf(Decay));
    const auto *Read = Index ? dyn_cast_or_null<ImplicitCastExpr>(
                                   ParentOf(Index))
                             : nullptr;
    if (Index != nullptr && Index->getBase() == Decay && Read != nullptr &&
        Read->getCastKind() == CK_LValueToRValue)
      return nullptr;
    return Decay;
  }
  // The object of a member call (`P{5}.get()`).
  if (const auto *Method = dyn_cast_or_null<MemberExpr>(Parent);
      Method != nullptr && !Method->isArrow() &&
      isa<CXXMethodDecl>(Method->getMemberDecl())) {
    Member = Method;
    Parent = ParentOf(Parent);
  }
  SourceManager &SM = C.sources();
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Parent)) {
    if (Member != nullptr && Call->getCallee()->IgnoreParens() != Member)
      return nullptr;
    AsObject = Member != nullptr;
    QualType Result = Call->getCallReturnType(C.ast());
    if (Result->isReferenceType() || Result->isPointerType() ||
        Result->isMemberPointerType())
      return Call;
    // A generic function of the library (a function template: std::invoke,
    // std::visit, std::apply, std::mem_fn's call) may call the program's
    // own code with the temporary, a member of its class that keeps `this`
    // (an async member's task does): `co_await std::visit(Visitor{5}, v)`.
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee != nullptr && trustedDeclaration(SM, Callee) &&
        !(Callee->getPrimaryTemplate() != nullptr &&
          ofTheProgram(SM, Temporary->getType())))
      return nullptr;
    return Call;
  }
  if (Member != nullptr) // a member function's address, not a call
    return nullptr;
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
    if (bool AsObject = false;
        const Expr *Keeper = addressKeeper(Temporary, AsObject))
      Plan.PinnedBecause =
          std::string(
              isa<ImplicitCastExpr>(Keeper)
                  ? "an array of a temporary kept in the machine decays to "
                    "a pointer that may be kept"
              : AsObject ? "a member function called on a temporary kept "
                           "in the machine may keep its address"
                         : "a temporary kept in the machine is passed by "
                           "reference to a call that may keep the "
                           "reference") +
          " (line " + std::to_string(C.line(Keeper->getBeginLoc())) + ")";
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
    // (An element of a pack expansion is written with the others.)
    replaceNode(Temporary, arrayTemporaryName(Temporary, Field));
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

std::string ExpressionSpiller::store(Slot &S, const Expr *Value) {
  S.Value = Value;
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
    // A lambda's closure, which its factory builds in the field.
    if (std::string Built = closureBuiltAt(Plan, Value, Text, S.Field);
        !Built.empty())
      return Built + ";\n" +
             (S.Destructible ? liveFlag(S.Field) + " = true;\n" : "");
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
  // Destroyed through asl::destroy, which cannot call a destructor only
  // the async function may call (LocalLifting.cpp).
  if (const CXXRecordDecl *Record =
          C.ast().getBaseElementType(Stored)->getAsCXXRecordDecl();
      S.Destructible && Record != nullptr &&
      Record->getDestructor() != nullptr &&
      Record->getDestructor()->getAccess() != AS_public && Refused.empty()) {
    Refused = "a value of type '" + Record->getNameAsString() +
              "' is kept across a co_await, and its destructor is not "
              "public; the state machine destroys it through the runtime, "
              "which cannot call it; not supported yet";
    RefusedAt = Plan.FullExprs[Current].Root->getBeginLoc();
  }
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

// Whether a value of Type may hold an address: a pointer, or a class
// with a pointer or reference among its members or bases, at any depth
// (std::string_view, a span-like aggregate, a closure capturing by
// reference); not a class with a destructor of its own, which owns what
// it points to (std::string, std::vector, asl::Task).
bool ExpressionSpiller::mayHoldAddress(QualType Type) const {
  Type = C.ast().getBaseElementType(Type.getNonReferenceType());
  if (Type->isPointerType() || Type->isReferenceType())
    return true;
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr || !Record->hasDefinition() ||
      !Record->hasTrivialDestructor())
    return false;
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (mayHoldAddress(Base.getType()))
      return true;
  for (const FieldDecl *Field : Record->fields())
    if (Field->getType()->isReferenceType() ||
        mayHoldAddress(Field->getType()))
      return true;
  return false;
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
    return copiesNothing(Lambda);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return isa<FunctionDecl, EnumConstantDecl>(Ref->getDecl()) ||
           (E->isGLValue() && isa<VarDecl>(Ref->getDecl()));
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return E->isGLValue() &&
           (Member->isArrow()
                ? isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts())
                : isPure(Member->getBase()));
  // The callee of a call naming a function is read after the await (a
  // builtin, `__builtin_expect` or std::move to clang, may only be called
  // by name, and C++20 leaves the address of a standard function
  // unspecified); so is the object of a member inherited from a base
  // (`put(co_await n)` calls `this->Base::put`): the same base of the same
  // object after it.
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
      Cast != nullptr && (Cast->getCastKind() == CK_FunctionToPointerDecay ||
                          Cast->getCastKind() == CK_BuiltinFnToFnPtr ||
                          Cast->getCastKind() == CK_NoOp ||
                          Cast->getCastKind() == CK_DerivedToBase ||
                          Cast->getCastKind() == CK_UncheckedDerivedToBase))
    return isPure(Cast->getSubExpr());
  // A name of overloaded functions, resolved where the template is
  // instantiated.
  if (isa<UnresolvedLookupExpr>(E))
    return true;
  // A scalar constant without side effects (`-1`, a literal converted to
  // the parameter's type in `__builtin_expect(co_await n, 1)`, `sizeof(T)`,
  // `N * 2`): evaluated after the await it has the same value.
  return E->isPRValue() && E->getType()->isScalarType() &&
         !E->isValueDependent() &&
         E->isEvaluatable(C.ast(), Expr::SE_NoSideEffects);
}

} // namespace asynclower
