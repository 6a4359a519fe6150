//===- MachineEmitter.cpp - The class around move_next(), and the ramp ----===//
//
// The machine holds the builder, the captured `this`, a coroutine lambda's
// captures (references into the closure), the parameters (by value as copies
// moved from the ramp's, by reference as references, as a C++20 coroutine
// frame would), the lifted locals, and what a full-expression keeps across
// its awaits (awaiters and saved operands); then the state and the live
// flags. A lifted object with a constructor lives in an anonymous
// union, so it is constructed where the source declares it and not before;
// one with a destructor has a live flag.
//
// The layout is chosen for size, as a compiler lays out a coroutine frame:
// what two different full-expressions keep is never alive at once (each is
// destroyed by the end of its full-expression, except a temporary bound to
// a lifted variable's reference member), so the N-th field of every
// full-expression shares one union; the fields of one full-expression never
// share. Members are sorted by alignment, largest first, so that no padding
// falls between them, except the parameters whose destructors run when the
// machine is destroyed: they keep their order, so they are destroyed in the
// order a coroutine frame destroys them. The state and the flags come last.
//
// The ramp keeps the function's signature and only starts the machine. A
// coroutine lambda's machine is a class local to its body, and the ramp is
// the return statement after it.
//
//===----------------------------------------------------------------------===//

#include "CapturedPacks.h"
#include "LambdaHeads.h"
#include "Lowering.h"
#include "UnwindGuards.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <cstdint>

using namespace clang;

namespace asynclower {
namespace {

// A data member of the machine as it is laid out: its declaration, the
// initializer the constructor gives it, and its alignment.
struct Member {
  std::string Declaration;
  std::string Initializer; // empty when the constructor does not name it
  uint64_t Align = 0;      // in bytes; 0 when not known (a dependent type)
  bool KeepsPlace = false; // destroyed with the machine: not reordered
};

// Whether an object of type Type is, or holds in a template argument, a
// closure type that a machine generic over closures names by a parameter
// (FunctionPlan::ClosureParams).
bool holdsClosureParam(const FunctionPlan &Plan, QualType Type) {
  if (Plan.ClosureParams.empty())
    return false;
  const CXXRecordDecl *Record =
      Type.getCanonicalType()->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  if (Record == nullptr)
    return false;
  if (Plan.ClosureParams.count(Record) != 0)
    return true;
  const auto *Class = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (Class == nullptr)
    return false;
  for (const TemplateArgument &Arg : Class->getTemplateArgs().asArray())
    if (Arg.getKind() == TemplateArgument::Type &&
        holdsClosureParam(Plan, Arg.getAsType()))
      return true;
  return false;
}

// The alignment of a field of type Type, or 0 where the type is dependent
// or incomplete and its alignment is known only when instantiated. In a
// machine generic over closures, an object of one is laid out as one of a
// dependent type: the specializations that share the machine have closures
// of different alignments.
uint64_t alignmentOf(ASTContext &Ctx, const FunctionPlan &Plan,
                     QualType Type) {
  if (Type.isNull() || Type->isDependentType() || Type->isIncompleteType() ||
      holdsClosureParam(Plan, Type))
    return 0;
  if (Type->isReferenceType())
    Type = Ctx.getPointerType(Type.getNonReferenceType());
  return Ctx.getTypeAlignInChars(Type).getQuantity();
}

// Sorts by alignment, largest (or unknown) first, keeping the order of
// equals and the relative order of the members that keep their place.
void sortByAlignment(std::vector<Member> &Members) {
  std::vector<Member> Kept, Moved;
  for (Member &M : Members)
    (M.KeepsPlace ? Kept : Moved).push_back(std::move(M));
  auto Key = [](const Member &M) {
    return M.Align == 0 ? UINT64_MAX : M.Align;
  };
  // std::sort with the original position as the tie-break: stable, and
  // without std::stable_sort's deprecated temporary buffer.
  std::vector<size_t> Order(Moved.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  std::sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    return Key(Moved[A]) != Key(Moved[B]) ? Key(Moved[A]) > Key(Moved[B])
                                          : A < B;
  });
  std::vector<Member> Sorted;
  for (size_t I : Order)
    Sorted.push_back(std::move(Moved[I]));
  Moved = std::move(Sorted);
  // The kept members go first among those of their alignment or less.
  Members.clear();
  size_t Next = 0;
  for (Member &K : Kept) {
    while (Next < Moved.size() && Key(Moved[Next]) > Key(K))
      Members.push_back(std::move(Moved[Next++]));
    Members.push_back(std::move(K));
  }
  for (; Next < Moved.size(); ++Next)
    Members.push_back(std::move(Moved[Next]));
}

// A destructible lifted object, and where it is constructed. Rank orders
// the temporaries of one full-expression.
struct Destructible {
  SourceLocation Constructed;
  unsigned Rank;
  std::string Field;
  std::string Flag;
};

std::vector<Destructible> destructibles(LoweringContext &C,
                                        const FunctionPlan &Plan) {
  std::vector<Destructible> All;
  // A variable whose reference members extend temporaries is complete only
  // after them, and dies before them.
  for (const LiftedLocal &Local : Plan.Lifted) {
    if (Local.Destructible)
      All.push_back({Local.Extended.empty() ? Local.Var->getLocation()
                                            : Local.Var->getEndLoc(),
                     0, Local.Field, liveFlag(Local.Field)});
    // A named std::initializer_list's array, built before the list.
    if (Local.Array && Local.Array->Destructible)
      All.push_back({Local.Var->getLocation(), 0, Local.Array->Field,
                     liveFlag(Local.Array->Field)});
  }
  // Temporaries follow the locals declared before their full-expression,
  // in the order the generated code constructs them.
  unsigned Rank = 0;
  for (const FunctionPlan::Temporary &Temporary : Plan.Temporaries)
    All.push_back({Plan.FullExprs[Temporary.FullExpr].Root->getBeginLoc(),
                   ++Rank, Temporary.Field, Temporary.Flag});
  std::sort(All.begin(), All.end(),
            [&](const Destructible &A, const Destructible &B) {
              if (A.Constructed == B.Constructed)
                return A.Rank < B.Rank;
              return C.sources().isBeforeInTranslationUnit(A.Constructed,
                                                           B.Constructed);
            });
  return All;
}

// A coroutine lambda's captures stay in the closure, as in C++20, where the
// body reaches them through the closure's `this`: the machine holds a
// reference to each, so the closure must outlive the task, as natively.
struct Capture {
  std::string Name;
  QualType Type; // a reference to what the body names
  // For an element of a pack (its name is then `xs1_`), the pack's name.
  std::string Pack;
  // The alias of its type, without the reference and const, where the
  // machine names that through the variable (CaptureAliases).
  std::string Alias;
  const ValueDecl *Var = nullptr;
};

// Whether Type is, or holds in a template argument, a lambda's closure
// type (through references, pointers and arrays).
bool holdsLambda(QualType Type) {
  Type = Type.getCanonicalType().getNonReferenceType();
  while (Type->isPointerType() || Type->isArrayType())
    Type = Type->isPointerType()
               ? Type->getPointeeType()
               : QualType(Type->getArrayElementTypeNoTypeQual(), 0);
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr)
    return false;
  if (Record->isLambda())
    return true;
  const auto *Held = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  return Held != nullptr &&
         llvm::any_of(flattenedArguments(Held->getTemplateArgs().asArray()),
                      [](const TemplateArgument &Part) {
                        return Part.getKind() == TemplateArgument::Type &&
                               holdsLambda(Part.getAsType());
                      });
}

// A coroutine lambda outside a coroutine that captures a variable whose
// type is, or holds, a lambda's closure type that nothing names (`[inner]`,
// `[&pr]` of a `std::pair` holding one): its machine, a class local to the
// lambda's body, names that type through the variable, by an alias
// declared before it, `using inner_type = std::remove_reference_t<
// decltype(inner)>;` (decltype of a captured variable's name is its
// declared type). Not inside the machine: there `inner` would find the
// member of that name, which g++ rejects as changing its meaning. Set
// while emitMachine writes such a lambda's machine, by variable.
thread_local const llvm::DenseMap<const ValueDecl *, std::string>
    *CaptureAliases = nullptr;

std::vector<Capture> captures(LoweringContext &C, const FunctionPlan &Plan) {
  std::vector<Capture> Out;
  if (Plan.Closure == nullptr)
    return Out;
  bool Mutable = !cast<CXXMethodDecl>(Plan.Function)->isConst();
  // The closure's fields have the captures' types: a by-reference capture
  // of a copy held by a lambda around it that is not mutable is const.
  auto Field = Plan.Closure->field_begin();
  for (const LambdaCapture &Capture : Plan.Closure->captures()) {
    QualType FieldType = (*Field++)->getType();
    if (!Capture.capturesVariable())
      continue;
    const ValueDecl *Var = Capture.getCapturedVar();
    QualType Type = FieldType.getNonReferenceType();
    if (Capture.getCaptureKind() == LCK_ByCopy && !Mutable)
      Type.addConst();
    Out.push_back({capturedName(Plan.Closure, Capture),
                   C.ast().getLValueReferenceType(Type),
                   capturedPackElement(Plan.Closure, Capture) < 0
                       ? std::string()
                       : Var->getNameAsString(),
                   "", Var});
    if (CaptureAliases != nullptr)
      if (auto It = CaptureAliases->find(Var); It != CaptureAliases->end())
        Out.back().Alias = It->second;
  }
  return Out;
}

// The aliases of the captures' types that the machine names through their
// variables (CaptureAliases), and their declarations.
std::string aliasCaptures(LoweringContext &C, const FunctionPlan &Plan,
                          llvm::DenseMap<const ValueDecl *, std::string> &Out) {
  if (Plan.Closure == nullptr || Plan.Nested)
    return {};
  std::string Declarations;
  for (const Capture &Captured : captures(C, Plan)) {
    if (!Captured.Pack.empty() || !holdsLambda(Captured.Type) ||
        unnameable(Captured.Type).empty())
      continue;
    const ValueDecl *Var = Captured.Var;
    if (!isa_and_nonnull<VarDecl>(Var) || Out.count(Var) != 0)
      continue;
    std::string Alias = C.freshName(Captured.Name + "_type");
    Out[Var] = Alias;
    Declarations += "using " + Alias +
                    " = std::remove_reference_t<decltype(" +
                    Var->getNameAsString() + ")>;\n";
  }
  if (Declarations.empty())
    return {};
  return "// The types of captures that hold closures, which only their "
         "variables name.\n" +
         Declarations + "\n";
}

// The declaration of Captured, a member or a parameter of the machine.
std::string declareCapture(ASTContext &Ctx, const Capture &Captured) {
  if (Captured.Alias.empty())
    return spellWrittenType(Ctx, Captured.Type, Captured.Name);
  bool Const = Captured.Type.getNonReferenceType().isConstQualified();
  return (Const ? "const " : "") + Captured.Alias + " &" + Captured.Name;
}

// True when S, or anything inside it, is an await, a co_return or a jump:
// a statement the body could suspend, finish or leave in order at.
bool mayAwaitOrLeave(const Stmt *S) {
  if (S == nullptr)
    return false;
  if (isa<CoawaitExpr, DependentCoawaitExpr, CoyieldExpr, CoreturnStmt,
          ReturnStmt, GotoStmt, IndirectGotoStmt, BreakStmt, ContinueStmt,
          LabelStmt, CXXThrowExpr>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (mayAwaitOrLeave(Child))
      return true;
  return false;
}

// The await every call of the function begins with: the body's first
// statements up to it are declarations and expressions that neither await
// nor leave, and it is the whole of its statement (`co_await e;`,
// `T v = co_await e;`), so no condition or operand order can skip it.
// Null when there is none such.
const AwaitSite *awaitAtEntry(const FunctionPlan &Plan) {
  for (const Stmt *S : Plan.Body->body()) {
    const Expr *Whole = nullptr;
    if (const auto *E = dyn_cast<Expr>(S)) {
      Whole = E;
    } else if (const auto *D = dyn_cast<DeclStmt>(S); D && D->isSingleDecl()) {
      if (const auto *Var = dyn_cast<VarDecl>(D->getSingleDecl()))
        Whole = Var->getInit();
    } else if (!isa<DeclStmt, NullStmt>(S)) {
      return nullptr; // control flow
    }
    if (!mayAwaitOrLeave(S))
      continue;
    const auto *Await =
        Whole ? dyn_cast<CoawaitExpr>(Whole->IgnoreImplicit()) : nullptr;
    // Its operand is evaluated before it: an await there runs first.
    if (Await == nullptr || mayAwaitOrLeave(Await->getOperand()))
      return nullptr;
    for (const AwaitSite &Site : Plan.Awaits)
      if (Site.Await == Await)
        return Site.Erased ? nullptr : &Site;
    return nullptr;
  }
  return nullptr;
}

std::string relocatable(LoweringContext &C, const FunctionPlan &Plan) {
  // A class local to a function, or unnamed, or nested in such a class, may
  // not have static data members; the runtime accepts a member type instead
  // (asl/builder.h). So is the machine of a coroutine lambda and that of a
  // member of such a class, which the class keeps inside it.
  bool Local = Plan.Closure != nullptr;
  for (const DeclContext *D = Plan.NestIn;
       const auto *Record = dyn_cast_or_null<CXXRecordDecl>(D);
       D = D->getParent())
    Local |= Record->getIdentifier() == nullptr || Record->isLocalClass();
  // In a generic lambda the machine is a class of a template, whose member
  // alias g++ reports as an unused local typedef (-Wunused-local-typedefs):
  // only asl::start's instantiation uses it.
  std::string Alias = Plan.GenericCall ? "using relocatable [[maybe_unused]] = "
                                       : "using relocatable = ";
  if (!Plan.PinnedBecause.empty())
    return "// Built in its heap box from the start: " + Plan.PinnedBecause +
           (Local ? ".\n" + Alias + "std::false_type;\n"
                  : ".\nstatic constexpr bool relocatable = false;\n");
  std::vector<std::string> Types;
  // A parameter's copy with a destructor dies natively with the frame,
  // when the task is destroyed, after its result: its machine may not
  // finish on the stack (asl::parameter_copy).
  for (const ParmVarDecl *Param : Plan.Function->parameters()) {
    QualType Type = Param->getType();
    if (Plan.paramName(Param).empty() || Type->isReferenceType())
      continue;
    std::string Spelled = spellWrittenType(C.ast(), Type);
    if (Type->isDependentType() || Type.isDestructedType())
      Spelled = "asl::parameter_copy<" + Spelled + ">";
    Types.push_back(Spelled);
  }
  for (const LiftedLocal &Local : Plan.Lifted)
    Types.push_back(Local.Type);
  for (const AwaitSite &Site : Plan.Awaits)
    if (!Site.heldByPointer())
      Types.push_back(Site.Type);
  for (const Slot &S : Plan.Slots)
    Types.push_back(S.Type);
  std::sort(Types.begin(), Types.end());
  Types.erase(std::unique(Types.begin(), Types.end()), Types.end());

  std::string Out = "// Starts on the caller's stack and moves to the heap at "
                    "its first suspension\n// if all of these may move "
                    "bytewise (see asl::is_relocatable)";
  // A call that begins by awaiting what usually suspends is built in its
  // box at once: moving the machine it has just written on the stack
  // costs more than the allocation it rarely saves (asl/builder.h).
  std::string Entry;
  if (const AwaitSite *First = awaitAtEntry(Plan)) {
    Out += " and if the\n// await every call begins with may complete at "
           "once (see\n// asl::is_usually_suspending)";
    Entry = "!asl::usually_suspends<" + First->Type + ">";
  }
  Out += ".\n";
  if (Types.empty() && Entry.empty())
    return Out + (Local ? Alias + "std::true_type;\n"
                        : "static constexpr bool relocatable = true;\n");
  std::string Condition;
  if (!Types.empty()) {
    Condition = "asl::relocatable<";
    for (size_t I = 0; I < Types.size(); ++I)
      Condition += (I ? ", " : "") + Types[I];
    Condition += ">";
  }
  if (!Entry.empty())
    Condition += (Condition.empty() ? "" : " && ") + Entry;
  return Out +
         (Local ? Alias + "std::bool_constant<" + Condition + ">;\n"
                : "static constexpr bool relocatable = " + Condition + ";\n");
}

// The members of the machine after the builder, in their order: `this`,
// the parameters, the lifted locals, and the unions of what
// full-expressions keep across their awaits.
std::vector<Member> members(LoweringContext &C, const FunctionPlan &Plan) {
  ASTContext &Ctx = C.ast();
  std::vector<Member> Members;
  if (Plan.Method != nullptr) {
    QualType This = Plan.ThisType;
    Members.push_back({spellWrittenType(Ctx, This, Plan.This) + ";\n",
                       Plan.This + "(" + Plan.This + ")",
                       alignmentOf(Ctx, Plan, This)});
  }
  for (const Capture &Captured : captures(C, Plan))
    Members.push_back(
        {declareCapture(Ctx, Captured) + ";\n",
         Captured.Name + "(" + Captured.Name + ")",
         alignmentOf(Ctx, Plan, Captured.Type)});
  for (const ParmVarDecl *Param : Plan.Function->parameters()) {
    std::string Name = Plan.paramName(Param);
    if (Name.empty())
      continue;
    QualType Type = Param->getType();
    bool ByLvalueRef = Type->isLValueReferenceType();
    Members.push_back(
        {spellWrittenType(Ctx, Type, Name) + ";\n",
         Name + (ByLvalueRef ? "(" + Name + ")" : "(std::move(" + Name + "))"),
         alignmentOf(Ctx, Plan, Type),
         !Type->isReferenceType() &&
             (Type->isDependentType() || holdsClosureParam(Plan, Type) ||
              Type.isDestructedType() != QualType::DK_none)});
  }
  for (const LiftedLocal &Local : Plan.Lifted) {
    bool InUnion = Local.Storage == LiftedLocal::StorageKind::Object ||
                   Local.Storage == LiftedLocal::StorageKind::Extended;
    Members.push_back({InUnion ? "union {\n" + Local.Declarator + ";\n};\n"
                               : Local.Declarator + ";\n",
                       "", alignmentOf(Ctx, Plan, Local.Stored)});
    if (Local.Array)
      Members.push_back({"union {\n" + Local.Array->Declarator + ";\n};\n", "",
                         alignmentOf(Ctx, Plan, Local.Array->Stored)});
  }

  // What each full-expression keeps: its saved operands and temporaries in
  // the order they are made, then its awaiters. A temporary bound to a
  // reference member of a lifted variable lives as long as that variable,
  // so it has a field of its own.
  llvm::StringSet<> OutliveTheirExpression;
  for (const LiftedLocal &Local : Plan.Lifted)
    for (const std::string &Field : Local.Extended)
      OutliveTheirExpression.insert(Field);
  std::vector<std::vector<Member>> Kept(Plan.FullExprs.size());
  for (const Slot &S : Plan.Slots) {
    // A declarator, not `type name`: a function pointer's name goes inside
    // its type (`int (*spill0_)(int)`).
    Member Field{spellType(Ctx, S.Stored, S.Field) + ";\n", "",
                 alignmentOf(Ctx, Plan, S.Stored)};
    if (!OutliveTheirExpression.contains(S.Field)) {
      Kept[S.FullExpr].push_back(std::move(Field));
      continue;
    }
    if (S.Kind == Slot::Kind::Object)
      Field.Declaration = "union {\n" + Field.Declaration + "};\n";
    Members.push_back(std::move(Field));
  }
  for (const AwaitSite &Site : Plan.Awaits)
    Kept[Site.FullExpr].push_back(
        {Site.Type + (Site.heldByPointer() ? " *" : " ") + Site.Field + ";\n",
         "", alignmentOf(Ctx, Plan, Site.Stored)});
  for (size_t Layer = 0;; ++Layer) {
    Member Union{"union {\n", "", 1};
    bool Any = false;
    for (const std::vector<Member> &Fields : Kept) {
      if (Layer >= Fields.size())
        continue;
      Any = true;
      Union.Declaration += Fields[Layer].Declaration;
      if (Union.Align != 0)
        Union.Align = Fields[Layer].Align == 0
                          ? 0
                          : std::max(Union.Align, Fields[Layer].Align);
    }
    if (!Any)
      break;
    Union.Declaration += "};\n";
    Members.push_back(std::move(Union));
  }
  sortByAlignment(Members);
  return Members;
}

// The live flags of the lifted objects, in the order of their fields.
std::vector<std::string> liveFlags(const FunctionPlan &Plan) {
  std::vector<std::string> Flags;
  for (const LiftedLocal &Local : Plan.Lifted) {
    if (Local.Destructible)
      Flags.push_back(liveFlag(Local.Field));
    if (Local.Array && Local.Array->Destructible)
      Flags.push_back(liveFlag(Local.Array->Field));
  }
  for (const Slot &S : Plan.Slots)
    if (S.Destructible)
      Flags.push_back(liveFlag(S.Field));
  for (const AwaitSite &Site : Plan.Awaits)
    if (Site.Destructible)
      Flags.push_back(liveFlag(Site.Field));
  // Members of aggregates built in place, while their initializer runs.
  for (const FunctionPlan::Temporary &Temporary : Plan.Temporaries)
    if (Temporary.Dies == FunctionPlan::Temporary::Lifetime::Member)
      Flags.push_back(Temporary.Flag);
  return Flags;
}

// Whether the machine is a member template's definition for a
// specialization of its class template, `template <> template <class F>
// struct Box<int>::with_machine` (nameClosureParams in ClosureNaming.cpp):
// clang++-19 never finishes instantiating such a class with a default
// member initializer (`int state_ = -1;`), so its state and flags are
// initialized by its constructor instead.
bool initializedInConstructor(const FunctionPlan &Plan) {
  return llvm::StringRef(Plan.MachineTemplateHead).starts_with("template <> ");
}

std::string constructor(LoweringContext &C, const FunctionPlan &Plan,
                        const std::vector<Member> &Members) {
  std::vector<std::string> Params, Inits;
  if (Plan.Method != nullptr)
    Params.push_back(spellWrittenType(C.ast(), Plan.ThisType, Plan.This));
  for (const Capture &Captured : captures(C, Plan))
    Params.push_back(declareCapture(C.ast(), Captured));
  for (const ParmVarDecl *Param : Plan.Function->parameters()) {
    std::string Name = Plan.paramName(Param);
    if (Name.empty())
      continue;
    QualType Referenced = Param->getType().getNonReferenceType();
    Params.push_back(spellWrittenType(
        C.ast(), C.ast().getLValueReferenceType(Referenced), Name));
  }
  for (const Member &M : Members)
    if (!M.Initializer.empty())
      Inits.push_back(M.Initializer);
  if (initializedInConstructor(Plan)) {
    Inits.push_back(Plan.State + "(-1)");
    for (const std::string &Flag : liveFlags(Plan))
      Inits.push_back(Flag + "(false)");
  }

  std::string Out = Params.size() == 1 ? "explicit " : "";
  Out += Plan.MachineName + "(";
  for (size_t I = 0; I < Params.size(); ++I)
    Out += (I ? ", " : "") + Params[I];
  Out += ")";
  for (size_t I = 0; I < Inits.size(); ++I)
    Out += (I ? ", " : " : ") + Inits[I];
  return Out + " {}\n";
}

// Whether the return type Call's declarator spells names one of Call's
// parameters (`[](auto v) -> asl::Task<decltype(v)>`): written in front of
// the parameters, it would name what is not declared yet.
bool returnTypeNamesParameter(const CXXMethodDecl *Call, TypeLoc Return) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const CXXMethodDecl *Call;
    bool Found = false;
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        Found |= llvm::is_contained(Call->parameters(), Param);
      return !Found;
    }
  } Find;
  Find.Call = Call;
  Find.TraverseTypeLoc(Return);
  return Find.Found;
}

// The factory of a generic coroutine lambda inside a coroutine lambda
// (NamedClosure::Factory), before the machine: the lambda as written, its
// body its machines and ramps. A static local, which the machine, a class
// local to the same function, may call.
std::string closureFactory(LoweringContext &C, const NamedClosure &Closure) {
  const LambdaExpr *Lambda = Closure.Lambda;
  SourceManager &SM = C.sources();
  FunctionTypeLoc Declarator = Lambda->getCallOperator()->getFunctionTypeLoc();
  SourceLocation AfterParams = Lexer::getLocForEndOfToken(
      Declarator.getRParenLoc(), 0, SM, C.langOpts());
  std::string Specifiers =
      Lexer::getSourceText(
          CharSourceRange::getCharRange(
              AfterParams, Lambda->getCompoundStmtBody()->getLBracLoc()),
          SM, C.langOpts())
          .str();
  std::vector<HeadEdit> Cxx17;
  cxx17LambdaHead(C, Lambda, Cxx17);
  Specifiers = applyHeadEdits(C, Specifiers, AfterParams, Cxx17);
  return "// Makes the closure of the generic coroutine lambda on line " +
         std::to_string(C.line(Lambda->getBeginLoc())) +
         ", which the machine keeps: a class local to a function, as the "
         "machine is, cannot have the call operator template a generic "
         "lambda's closure has.\nstatic constexpr auto " +
         Closure.Factory + " = [](" + Closure.FactoryParams + ") {\nreturn " +
         C.originalText(Lambda->getIntroducerRange()).str() +
         Closure.LambdaParams + Specifiers + Closure.Body + ";\n};\n\n";
}

// The class a coroutine lambda inside the body becomes (NamedClosure): a
// member for each capture, in the closure's order, named as the lambda's
// body names it (the object `this` points to: the machine's This), and the
// call operator, whose body is the lambda's machine and ramp.
std::string closureClass(LoweringContext &C, const FunctionPlan &Plan,
                         const NamedClosure &Closure) {
  ASTContext &Ctx = C.ast();
  const LambdaExpr *Lambda = Closure.Lambda;
  const CXXMethodDecl *Call = Lambda->getCallOperator();
  std::string Out = "// The closure of the coroutine lambda on line " +
                    std::to_string(C.line(Lambda->getBeginLoc())) +
                    ", as a class the machine can keep.\n";
  Out += "struct " + Closure.Name + " {\n";
  // The closure's own fields have the captures' types: a reference to what
  // a by-reference capture names (const for a copy in a lambda around that
  // is not mutable), or the type of a copy.
  auto Field = Lambda->getLambdaClass()->field_begin();
  for (const LambdaCapture &Capture : Lambda->captures()) {
    QualType Type = (*Field++)->getType();
    std::string Name;
    if (Capture.getCaptureKind() == LCK_This)
      Name = Plan.This;
    else if (Capture.getCaptureKind() == LCK_StarThis)
      Name = Closure.ThisCopy;
    else
      Name = capturedName(Lambda->getLambdaClass(), Capture);
    Out += spellWrittenType(Ctx, Type, Name) + ";\n";
  }
  FunctionTypeLoc Declarator = Call->getFunctionTypeLoc();
  std::string Result =
      C.originalText(Declarator.getReturnLoc().getSourceRange()).str();
  std::string Params =
      C.originalText({Declarator.getLParenLoc(), Declarator.getRParenLoc()})
          .str();
  std::string Except;
  if (Declarator.getExceptionSpecRange().isValid())
    Except = " " + C.originalText(Declarator.getExceptionSpecRange()).str();
  if (!Closure.TemplateHead.empty()) {
    Out += Closure.TemplateHead;
    Params = Closure.Params;
  }
  // The lambda's return type is a trailing one: where it names a
  // parameter, so is the call operator's (and the invoker's, which takes
  // the same parameters).
  bool Trailing = returnTypeNamesParameter(Call, Declarator.getReturnLoc());
  std::string Front = Trailing ? "auto" : Result;
  std::string Back = Trailing ? " -> " + Result : "";
  Out += Front + " operator()" + Params + (Call->isConst() ? " const" : "") +
         Except + Back;
  if (Closure.Invoker.empty())
    return Out + " " + Closure.Body + "\n};\n\n";

  // A captureless generic lambda converts to a pointer to any
  // specialization of its call operator ([expr.prim.lambda.closure]/9): a
  // conversion function template to a pointer to the static Invoker's same
  // specialization, deduced from the pointer's type. Its body is the call
  // operator's as it is: the branch conditions compare the parameters'
  // declared types, which a starter taking references would change.
  // FIXME: so the body's text, its machines, is written twice in the output;
  // and the alias Invoker_pointer is not a fresh name: a name of the file
  // spelled so, used in the lambda's body, would find the alias instead.
  if (!Closure.TemplateHead.empty()) {
    std::string Args;
    llvm::StringRef Names = llvm::StringRef(Closure.TemplateHead)
                                .drop_front(strlen("template <"))
                                .rtrim("\n")
                                .drop_back();
    llvm::SmallVector<llvm::StringRef, 4> Each;
    Names.split(Each, ", ");
    for (llvm::StringRef Name : Each)
      Args += (Args.empty() ? "" : ", ") + Name.rsplit(' ').second.str() +
              (Name.contains("...") ? "..." : "");
    Out += " " + Closure.Body + "\n";
    Out += "// Its conversion to a pointer to function, as a captureless "
           "generic lambda's: to a pointer to the same specialization of " +
           Closure.Invoker + ", which does what the call operator does.\n";
    Out += Closure.TemplateHead + "static " + Front + " " + Closure.Invoker +
           Params + Except + Back + " " + Closure.Body + "\n";
    std::string Pointer = Closure.Invoker + "_pointer";
    Out += Closure.TemplateHead + "using " + Pointer + " = " +
           (Trailing ? "auto" : Result) + " (*)" + Params + Except + Back +
           ";\n";
    Out += Closure.TemplateHead + "constexpr operator " + Pointer + "<" + Args +
           ">() const noexcept { return " + Closure.Invoker + "<" + Args +
           ">; }\n";
    return Out + "};\n\n";
  }

  // A captureless lambda converts to a pointer to a function that does what
  // its call operator does ([expr.prim.lambda.closure]): here the static
  // Invoker, which as the call operator passes its parameters to the static
  // Starter, whose body is the lambda's machine and ramp. Starter takes them
  // by reference, as the machine's constructor does, so neither path copies
  // or moves a parameter more than the native build.
  std::string Args, StarterParams;
  for (const ParmVarDecl *Param : Call->parameters()) {
    if (Param->getName().empty())
      continue; // the ramp passes only the parameters it names
    std::string Name = Param->getNameAsString();
    Args += (Args.empty() ? "" : ", ") + Name;
    QualType ByReference =
        Ctx.getLValueReferenceType(Param->getType().getNonReferenceType());
    StarterParams += (StarterParams.empty() ? "" : ", ") +
                     spellWrittenType(Ctx, ByReference, Name);
  }
  std::string Forward =
      " {\nreturn " + Closure.Starter + "(" + Args + ");\n}\n";
  Out += Forward;
  Out += "// Its conversion to a pointer to function, as a captureless "
         "lambda's: the pointer and the call operator both call " +
         Closure.Starter + ", which starts the machine.\n";
  Out += "static " + Front + " " + Closure.Invoker + Params + Except + Back +
         Forward;
  Out += "constexpr operator decltype(&" + Closure.Invoker +
         ")() const noexcept { return " + Closure.Invoker + "; }\n";
  // The starter takes references: there the type the lambda returns is
  // spelled out, not the declarator's (decltype of a parameter would differ).
  std::string StarterResult =
      Trailing ? spellType(Ctx, Call->getReturnType()) : Result;
  Out += "static " + StarterResult + " " + Closure.Starter + "(" +
         StarterParams +
         ") " + Closure.Body + "\n";
  return Out + "};\n\n";
}

} // namespace

// `Doc::` for the classes of a member (or hidden friend) that are defined
// outside the class they belong to, after it or where the function was
// defined; empty for those defined inside a local or unnamed class, and
// for functions of a namespace.
static std::string memberQualifier(LoweringContext &C,
                                   const FunctionPlan &Plan) {
  if (Plan.NestIn == nullptr || Plan.DefinedInClass)
    return {};
  if (!Plan.GenericClass.empty())
    return Plan.GenericClass + "::";
  if (!Plan.ClassAlias.empty())
    return Plan.ClassAlias + "::";
  return spellWrittenType(C.ast(), C.ast().getRecordType(Plan.NestIn)) + "::";
}

// `template <> `, before the head of a specialization's machine, twice for
// a member template of a class template's specialization (`template <>
// template <> struct Repo<int>::get_machine<long>`).
// A class nested in a specialization counts as well (`template <> template
// <> struct Outer<int>::Inner::get_machine<long>`).
static std::string specializationHead(const FunctionPlan &Plan) {
  if (!Plan.Specialization)
    return {};
  bool InClassSpecialization = false;
  for (const DeclContext *D = Plan.NestIn;
       D != nullptr && isa<CXXRecordDecl>(D); D = D->getParent())
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D))
      // An explicit specialization's members are an ordinary class's.
      InClassSpecialization |=
          Spec->getSpecializationKind() != TSK_ExplicitSpecialization;
  if (!Plan.MachineArgs.empty() && InClassSpecialization)
    return "template <> template <> ";
  return "template <> ";
}

// The locals class, as the machine's base names it.
static std::string localsBase(LoweringContext &C, const FunctionPlan &Plan) {
  if (!Plan.Specialization || Plan.NestIn == nullptr)
    return Plan.LocalsName + Plan.LocalsPackArgs;
  return memberQualifier(C, Plan) + Plan.LocalsName + Plan.MachineArgs;
}

// The function, as the comments over its machine name it: a member of a
// class given closures by the class's parameters (`Select<T, F>::next()`),
// which name them as the machine does.
static std::string describedName(const FunctionPlan &Plan) {
  if (!Plan.GenericClass.empty())
    return Plan.GenericClass + "::" + Plan.Function->getNameAsString() + "()";
  return Plan.Function->getQualifiedNameAsString() + Plan.MachineArgs + "()";
}

static std::string emitLocals(LoweringContext &C, const FunctionPlan &Plan) {
  if (Plan.LocalsName.empty())
    return {};
  std::string Name =
      Plan.Closure ? std::string("the lambda") : describedName(Plan);
  std::string Types = "The types that " + Name + " declares";
  std::string Lambdas = "functions making the lambdas whose closures its "
                        "machine keeps (C++17 names a closure type only as "
                        "what a function returns)";
  std::string Out = "// ";
  if (Plan.HoistedLambdas.empty())
    Out += Types + ", moved out of its body so that its machine can name them";
  else if (Plan.HoistedTypes.empty())
    Out += "For " + Name + ", " + Lambdas;
  else
    Out += Types + ", moved out of its body, and " + Lambdas;
  Out += ".\n";
  std::string Qualifier = memberQualifier(C, Plan);
  // A specialization's, in a class, specializes what the class declares.
  std::string Head, Arguments;
  if (Plan.Specialization && Plan.NestIn != nullptr) {
    Head = specializationHead(Plan);
    Arguments = Plan.MachineArgs;
  }
  // Its types name the template's pack, which only a template can have.
  if (!Plan.LocalsPack.empty())
    Head = "template <" + Plan.LocalsPack + ">\n";
  Out += Head + "struct " + Qualifier + Plan.LocalsName + Arguments + " {\n";
  // The types and lambdas, as written in a template, may name its
  // parameters.
  if (!Plan.TemplateMembers.empty())
    Out += Plan.TemplateMembers + "\n";
  for (const DeclStmt *Decls : Plan.HoistedTypes)
    Out += renamedText(C, Plan, Decls->getSourceRange()) + "\n";
  for (const HoistedLambda &Hoisted : Plan.HoistedLambdas)
    Out += Hoisted.Definition;
  return Out + "};\n\n";
}

// A generic lambda's machine is a class of a template, so its base, the
// locals class, is dependent, and unqualified names are not looked up in
// it ([temp.dep]/3): the machine declares the body's types again, and the
// enumerators of its unscoped enumerations, for itself and move_next().
// (Its lambdas' factories are named qualified, HoistedLocals.cpp.)
static std::string hoistedTypeUses(const FunctionPlan &Plan) {
  if (!Plan.GenericCall || Plan.HoistedTypes.empty())
    return {};
  std::string Base = Plan.LocalsName + Plan.LocalsPackArgs;
  std::string Out = "// The types the body declares, from the base, which "
                    "is dependent.\n";
  for (const DeclStmt *Decls : Plan.HoistedTypes)
    for (const Decl *D : Decls->decls()) {
      const auto *Type = dyn_cast<TypeDecl>(D);
      if (Type == nullptr)
        continue;
      if (Type->getIdentifier() != nullptr)
        Out +=
            "using typename " + Base + "::" + Type->getNameAsString() + ";\n";
      if (const auto *Enum = dyn_cast<EnumDecl>(Type);
          Enum != nullptr && !Enum->isScoped())
        for (const EnumConstantDecl *Enumerator : Enum->enumerators())
          Out += "using " + Base + "::" + Enumerator->getNameAsString() + ";\n";
    }
  return Out + "\n";
}

MachineText emitMachine(LoweringContext &C, const FunctionPlan &Plan,
                        llvm::StringRef MoveNextBody,
                        llvm::StringRef Prologue) {
  const FunctionDecl *Function = Plan.Function;
  auto Cleanup = destructibles(C, Plan);
  std::string Out = emitLocals(C, Plan);
  llvm::DenseMap<const ValueDecl *, std::string> Aliases;
  Out += aliasCaptures(C, Plan, Aliases);
  CaptureAliases = &Aliases;
  auto Unalias = llvm::make_scope_exit([] { CaptureAliases = nullptr; });
  for (const NamedClosure &Closure : Plan.Closures)
    if (!Closure.Factory.empty())
      Out += closureFactory(C, Closure);

  Out += "// The state machine of " +
         (Plan.Closure ? std::string("the lambda") : describedName(Plan)) +
         ", line " + std::to_string(C.line(Function->getLocation())) + ". " +
         Plan.State +
         " is -1 while it runs, N while it is suspended "
         "at co_await N, -2 once it has finished.\n";
  std::string Qualifier = memberQualifier(C, Plan);
  // A machine generic over closure types (FunctionPlan::MachineTemplateHead)
  // is a partial specialization, or the machine template's definition when
  // all of its arguments are those parameters.
  std::string Template = specializationHead(Plan);
  std::string Args = Plan.MachineArgs;
  if (!Plan.MachineTemplateHead.empty()) {
    Template = Plan.MachineTemplateHead + "\n";
    // Not when the template has a pack, given none here: `<F>` of
    // `template <class F, class... Args>` is a partial specialization.
    const FunctionTemplateDecl *Primary = Function->getPrimaryTemplate();
    bool Packs = Primary != nullptr &&
                 Primary->getTemplateParameters()->hasParameterPack();
    if (!Packs &&
        Args == "<" + llvm::join(Plan.MachineTemplateParams, ", ") + ">")
      Args.clear();
  }
  Out += Template + "struct " + Qualifier + Plan.MachineName + Args +
         (Plan.LocalsName.empty() ? "" : " : " + localsBase(C, Plan)) + " {\n";
  Out += hoistedTypeUses(Plan);
  if (!Plan.TemplateMembers.empty())
    Out += "// The template's parameters, which the body names.\n" +
           Plan.TemplateMembers + "\n";
  for (const HoistedLambda &Hoisted : Plan.HoistedLambdas)
    Out += "using " + Hoisted.Alias + " = " + Hoisted.Type + ";\n";
  if (!Plan.HoistedLambdas.empty())
    Out += "\n";
  for (const NamedClosure &Closure : Plan.Closures)
    Out += Closure.Factory.empty()
               ? closureClass(C, Plan, Closure)
               : "using " + Closure.Name + " = decltype(" + Closure.Factory +
                     "(" + Closure.FactoryDeclvals + "));\n";
  std::vector<Member> Members = members(C, Plan);
  Out += constructor(C, Plan, Members);
  // A task destroyed while suspended in a new-expression's initializer
  // leaves its storage allocated: only an exception frees it natively.
  std::string Abandon;
  for (const std::string &Flag : Plan.Abandoned)
    Abandon += " " + Flag + " = false;";
  Out += "~" + Plan.MachineName + "() {" + Abandon +
         (Cleanup.empty() ? "" : " " + Plan.DestroyLive + "(); ") + "}\n\n";
  Out += relocatable(C, Plan) + "\n";

  Out += "asl::task_builder<" + Plan.ResultType + "> " + Plan.Builder + ";\n";
  for (const Member &M : Members)
    Out += M.Declaration;
  bool Plain = initializedInConstructor(Plan);
  Out += "int " + Plan.State + (Plain ? ";\n" : " = -1;\n");
  for (const std::string &Flag : liveFlags(Plan))
    Out += "bool " + Flag + (Plain ? ";\n" : " = false;\n");

  // Inside a class the body may use the whole class; outside it follows
  // the ramp, so a recursive call sees the function declared.
  bool Nested = Plan.DefinedInClass || Plan.Closure != nullptr;
  std::string MoveNext;
  // With parameter packs the body is a member function template, which
  // receives them (packHelper in ParameterPacks.cpp).
  std::string Head = "move_next()";
  std::string InClass = "void move_next();\n";
  // A coroutine lambda's machine, a class local to a function, runs such a
  // body in a generic lambda instead (genericPackHelper in
  // ParameterPacks.cpp, capturedPackHelper in CapturedPacks.cpp).
  bool PackLambda = Plan.Closure != nullptr && !Plan.PackHelper.empty();
  std::string LambdaOpen, LambdaClose;
  if (PackLambda) {
    LambdaOpen =
        "// The body, in a lambda that receives the parameter pack.\n" +
        Plan.PackHelper + "(" + Plan.PackParams + ") {\n";
    LambdaClose = "}(" + Plan.PackArgs + ");\n";
  } else if (!Plan.PackHelper.empty()) {
    Head = Plan.PackHelper + "(" + Plan.PackParams + ")";
    InClass = "// The body, in a function that receives the template's "
              "parameter packs.\nvoid move_next() { " +
              Plan.PackHelper + Plan.PackExplicitArgs + "(" + Plan.PackArgs +
              "); }\ntemplate <" + Plan.PackTemplateParams + "> void " + Head +
              ";\n";
    MoveNext += "template <" + Plan.PackTemplateParams + ">\n" +
                (Nested ? "" : "inline ");
  }
  // The destroy calls of destroy_live(), last constructed first.
  std::string DestroyAll;
  for (auto It = Cleanup.rbegin(); It != Cleanup.rend(); ++It)
    DestroyAll += "asl::destroy(" + It->Field + ", " + It->Flag + ");\n";
  // An exception that leaves the body destroys the lifted objects while it
  // unwinds, as C++ destroys a coroutine's locals before its promise's
  // unhandled_exception() runs, when one of them might observe it
  // (UnwindGuards.h): the guard, released where move_next() returns at a
  // suspension or finishes. Otherwise the catch-all destroys them.
  bool Guarded = observesUnwinding(Plan, DestroyAll);
  MoveNext += "void " + (Nested ? "" : qualifiedMachineName(C, Plan) + "::") +
              Head + " {\n" + LambdaOpen + Prologue.str() + "try {\n";
  if (Guarded)
    MoveNext += bodyUnwindGuard(Plan, Plan.DestroyLive + "();\n");
  if (!Plan.Awaits.empty())
    MoveNext += dispatchSwitch(Plan, nullptr);
  // The suspensions' and co_returns' marks are this machine's only: a
  // coroutine lambda's machine inside the body was emitted before.
  MoveNext +=
      resolveReleaseMarks(Plan, MoveNextBody.str() + "\n" +
                                    (Guarded ? ReleaseMark : std::string()),
                          Guarded);
  if (Plan.ReturnsVoid)
    MoveNext += Plan.Builder + ".set_result();\n";
  MoveNext += "} catch (...) {\n";
  if (!Cleanup.empty() && !Guarded)
    MoveNext += Plan.DestroyLive + "();\n";
  MoveNext += Plan.Builder + ".set_current_exception();\n}\n";
  if (!Plan.Returns.empty())
    MoveNext += Plan.Finish + ":\n";
  MoveNext += Plan.State + " = -2;\n" + Plan.Builder + ".complete();\n" +
              LambdaClose + "}\n";

  if (!Cleanup.empty()) {
    Out += "\n// Destroys the lifted objects still alive, last constructed "
           "first: when an\n// exception leaves the body, or when the task is "
           "destroyed while suspended.\n";
    Out += "void " + Plan.DestroyLive + "() noexcept {\n" + DestroyAll + "}\n";
  }
  if (Nested)
    return {Out + "\n" +
                (Plan.PackHelper.empty() || PackLambda
                     ? ""
                     : InClass.substr(0, InClass.rfind("template <"))) +
                MoveNext + "};\n",
            ""};
  // A machine generic over closures defines move_next() as a template's.
  std::string Generic =
      Plan.MachineTemplateHead.empty() ? "" : Plan.MachineTemplateHead + "\n";
  if (!Plan.PackHelper.empty())
    return {Out + "\n" + InClass + "};\n", Generic + MoveNext};
  return {Out + "\n" + InClass + "};\n", Generic + "inline " + MoveNext};
}

SourceLocation definitionBegin(LoweringContext &C, const FunctionDecl *F) {
  SourceManager &SM = C.sources();
  SourceLocation Begin = SM.getExpansionLoc(F->getBeginLoc());
  // Only the attributes written on this declaration: an out-of-line
  // definition also carries those of the declaration in its class
  // (`override`, `[[nodiscard]]`), which lie before the end of that
  // declaration.
  SourceLocation PreviousEnd;
  if (const FunctionDecl *Previous = F->getPreviousDecl())
    PreviousEnd = SM.getExpansionLoc(Previous->getEndLoc());
  for (const Attr *Attribute : F->attrs()) {
    if (Attribute->isInherited())
      continue;
    SourceLocation Loc = SM.getExpansionLoc(Attribute->getRange().getBegin());
    if (PreviousEnd.isValid() &&
        !SM.isBeforeInTranslationUnit(PreviousEnd, Loc))
      continue;
    if (SM.isWrittenInMainFile(Loc) && SM.isBeforeInTranslationUnit(Loc, Begin))
      Begin = Loc;
  }
  // An attribute's range starts at its name: step back over the `[[` or
  // `__attribute__((` that opens it.
  llvm::StringRef Before =
      SM.getBufferData(SM.getFileID(Begin)).take_front(SM.getFileOffset(Begin));
  llvm::StringRef Trimmed = Before.rtrim();
  for (llvm::StringRef Opener : {"[[", "__attribute__(("})
    if (Trimmed.ends_with(Opener))
      return Begin.getLocWithOffset(
          -static_cast<int>(Before.size() - Trimmed.size() + Opener.size()));
  return Begin;
}

// The braces of a ramp: it creates, starts and returns the machine.
static std::string rampBody(const FunctionPlan &Plan, llvm::StringRef Machine) {
  std::string Args;
  if (Plan.Method != nullptr)
    Args = "this";
  for (const ParmVarDecl *Param : Plan.Function->parameters())
    if (std::string Name = Plan.paramName(Param); !Name.empty())
      Args += (Args.empty() ? "" : ", ") + Name +
              (Param->isParameterPack() ? "..." : "");
  return "{\nreturn asl::start<" + Machine.str() + ">(" + Args + ");\n}\n";
}

std::string emitRamp(LoweringContext &C, const FunctionPlan &Plan,
                     llvm::StringRef Machine) {
  // A coroutine lambda's ramp is the return statement in its body.
  if (Plan.Closure != nullptr) {
    std::string Args = Plan.Method != nullptr ? Plan.ThisArgument : "";
    // The elements of a captured pack are the named closure's members; in
    // the lambda's own closure, the pack, passed whole where its first
    // element is.
    std::string Expanded;
    for (const Capture &Captured : captures(C, Plan)) {
      std::string Name = Captured.Name;
      if (!Plan.Nested && !Captured.Pack.empty()) {
        if (Captured.Pack == Expanded)
          continue;
        Expanded = Captured.Pack;
        Name = Captured.Pack + "...";
      }
      Args += (Args.empty() ? "" : ", ") + Name;
    }
    // The elements of a generic lambda's parameter pack are the lambda's
    // pack, passed whole where its first element is.
    const ParmVarDecl *Pack = nullptr;
    for (const ParmVarDecl *Param : Plan.Function->parameters()) {
      std::string Name = Plan.paramName(Param);
      if (Plan.PackElements.count(Param) != 0) {
        if (Pack != nullptr)
          continue;
        Pack = Param;
        Name = Param->getNameAsString() + "...";
      }
      if (!Name.empty())
        Args += (Args.empty() ? "" : ", ") + Name;
    }
    return "return asl::start<" + Plan.MachineName + ">(" + Args + ");\n";
  }
  SourceManager &SM = C.sources();
  SourceLocation Begin = definitionBegin(C, Plan.Function);
  SourceLocation BodyStart = Plan.Body->getLBracLoc();
  std::string Header =
      Lexer::getSourceText(CharSourceRange::getCharRange(Begin, BodyStart), SM,
                           C.langOpts())
          .str();

  // The unnamed parameters the machine keeps get their names, after their
  // types, last first so that the earlier offsets hold.
  auto Params = Plan.Function->parameters();
  for (auto It = Params.rbegin(); It != Params.rend(); ++It) {
    auto Named = Plan.UnnamedParams.find(*It);
    if (Named == Plan.UnnamedParams.end())
      continue;
    SourceLocation After = Lexer::getLocForEndOfToken(
        (*It)->getTypeSourceInfo()->getTypeLoc().getEndLoc(), 0, SM,
        C.langOpts());
    unsigned Offset = SM.getFileOffset(After) - SM.getFileOffset(Begin);
    if (Offset <= Header.size())
      Header.insert(Offset, " " + Named->second);
  }
  return Header + rampBody(Plan, Machine.empty()
                                     ? llvm::StringRef(Plan.MachineName)
                                     : Machine);
}

std::string qualifiedMachineName(LoweringContext &C, const FunctionPlan &Plan) {
  if (std::string Member = memberQualifier(C, Plan); !Member.empty())
    return Member + Plan.MachineName + Plan.MachineArgs;
  return Plan.NamespaceQualifier + Plan.MachineName + Plan.MachineArgs;
}

std::string machineKey(LoweringContext &C, const FunctionPlan &Plan) {
  if (!Plan.Specialization || !Plan.MachineArgs.empty())
    return Plan.MachineName + Plan.MachineArgs;
  return memberQualifier(C, Plan) + Plan.MachineName;
}

std::string emitRampAfterClass(LoweringContext &C, const FunctionPlan &Plan) {
  ASTContext &Ctx = C.ast();
  const FunctionDecl *F = Plan.Function;
  const auto *Method = dyn_cast<CXXMethodDecl>(F);
  // A member is named with its class; a friend is defined in the namespace
  // the class is in, which is its own.
  std::string Name = F->getNameAsString();
  if (Method != nullptr)
    Name = (Plan.ClassAlias.empty()
                ? spellWrittenType(Ctx, Ctx.getRecordType(Plan.NestIn))
                : Plan.ClassAlias) +
           "::" + Name;
  std::string Params;
  for (const ParmVarDecl *Param : F->parameters())
    Params += (Params.empty() ? "" : ", ") +
              spellWrittenType(Ctx, Param->getType(), Plan.paramName(Param));
  std::string Out = "inline " + spellWrittenType(Ctx, F->getReturnType()) +
                    " " + Name + "(" + Params + ")";
  if (Method != nullptr) {
    if (Method->isConst())
      Out += " const";
    if (Method->isVolatile())
      Out += " volatile";
    if (Method->getRefQualifier() == RQ_LValue)
      Out += " &";
    else if (Method->getRefQualifier() == RQ_RValue)
      Out += " &&";
  }
  if (FunctionTypeLoc Declarator = F->getFunctionTypeLoc();
      Declarator && Declarator.getExceptionSpecRange().isValid())
    Out += " " + C.originalText(Declarator.getExceptionSpecRange()).str();
  // Inside a member's definition the machine is found in the class.
  return Out + " " +
         rampBody(Plan, Method != nullptr ? Plan.MachineName
                                          : qualifiedMachineName(C, Plan));
}

} // namespace asynclower
