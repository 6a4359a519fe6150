//===- Lowering.h - What the phases decide about one async function ------===//
//
// async-lower turns each ASL_ASYNC function into a state-machine class, the
// way the C# compiler lowers `async` methods. The phases, one file each:
//
//   AsyncFunctions    which functions to lower, and what cannot be lowered
//   SuspensionPoints  each co_await (a state), the full-expression it is in,
//                     each co_return and jump
//   LocalLifting      which locals live across an await and become fields
//   HoistedLocals     the types and lambdas of the body the machine names,
//                     moved to a class before it
//   ExpressionSpilling awaits inside expressions, in evaluation order
//   ScopeCleanup      where lifted objects are destroyed: scope ends, jumps,
//                     catch handlers
//   TryDispatch       resume points inside try blocks: a dispatch per region
//   BodyRewriter      the body of move_next(), as edits of the source text;
//                     conditions, loop heads and range-for that await
//   MachineEmitter    the class around it and the ramp that starts it
//
// Each phase reads and fills a FunctionPlan. Problems in the user's source
// are reported as clang diagnostics; a phase that reported one returns false.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_LOWERING_H
#define ASYNC_LOWER_LOWERING_H

#include "MacroExpansion.h"
#include "SyntaxWalk.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Rewrite/Core/Rewriter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace asynclower {

// A full-expression that contains awaits, and the statement it belongs to.
struct FullExpression {
  enum class Context {
    Statement,   // an expression statement
    Initializer, // a variable's initializer (condition variables too)
    Return,      // co_return's operand
    Condition,   // the condition of an if, switch, while, do or for
    Increment,   // the increment of a for
    Range,       // the range of a range-based for
    Init,        // the init-statement of an if, switch or for
  };
  const clang::Expr *Root = nullptr;
  const clang::Stmt *Owner = nullptr; // the statement rewritten around it
  Context Kind = Context::Statement;
  const clang::VarDecl *Var = nullptr; // Initializer
  std::vector<unsigned> States;        // its awaits
};

// A machine field holding part of a full-expression across a suspension:
// an operand evaluated before an await, an await's result, a temporary bound
// to a reference, the value of a condition. It dies with its full-expression.
struct Slot {
  enum class Kind {
    Scalar,  // a plain field, assigned
    Object,  // in a union, constructed in place, destroyed after
    Pointer, // the address of a glvalue operand
  };
  std::string Field;
  std::string Type;
  clang::QualType Stored; // the field's type, for its size and alignment
  Kind Kind = Kind::Scalar;
  bool Destructible = false;
  unsigned FullExpr = 0;
  // What an Object is constructed from: a prvalue of its type makes it in
  // place, the field its result object (ConstructorPinning.cpp).
  const clang::Expr *Value = nullptr;
};

// One co_await: a state of the machine.
struct AwaitSite {
  // How the awaiter is obtained from the operand.
  enum class Source {
    GetAwaiter, // operator co_await in C++20; asl::get_awaiter(e) lowered
    InPlace,    // the same, built as Awaiter{e}: e, a prvalue, is made inside
    Prvalue,    // the operand is an awaiter temporary
    Lvalue,     // the operand names an awaiter object; it is used in place
    Referred,   // get_awaiter(e) returns a reference: its object, in place
  };

  const clang::CoawaitExpr *Await = nullptr;
  unsigned FullExpr = 0; // index into FunctionPlan::FullExprs
  Source Source = Source::Prvalue;
  unsigned State = 0;
  std::string Field;         // awaiterN_
  std::string Label;         // resumeN_, where move_next() resumes it
  std::string Type;          // the awaiter's type, spelled for the output
  clang::QualType Stored;    // the field's type (a pointer, in place)
  bool Destructible = false; // needs a live flag and a destroy
  // The awaiter's type cannot be named (it holds a lambda's closure type):
  // it is built on the heap and held as asl::erased_awaiter<R>, or, named
  // by the operand (Lvalue), borrowed by one.
  bool Erased = false;
  // The operand is a class prvalue the awaiter is obtained from
  // (GetAwaiter): it is built in a field first, so that it lives to the end
  // of the full-expression, as natively, for awaiters that point back at it.
  bool KeepsOperand = false;
  // The awaiter is an object used in place (named by the operand, or
  // referred to by what get_awaiter() returns), not one the machine makes:
  // it is not destroyed with the await.
  bool inPlace() const {
    return Source == Source::Lvalue || Source == Source::Referred;
  }
  // The machine holds a pointer to that object.
  bool heldByPointer() const { return inPlace() && !Erased; }
};

// A local whose lifetime spans a suspension point: a field of the machine.
struct LiftedLocal {
  enum class StorageKind {
    Object,    // in a union, constructed in place
    Scalar,    // a plain member, initialised by assignment
    Reference, // a pointer to the referred object; uses read (*field)
    Extended,  // the temporary a reference extends, as an object
  };
  const clang::VarDecl *Var = nullptr;
  std::string Field;      // member name (the local's own, unless taken)
  std::string Declarator; // "std::string name" or "int name[3]"
  std::string Type;       // the type alone, for placement new
  clang::QualType Stored; // the field's type (a pointer for Reference)
  StorageKind Storage = StorageKind::Object;
  bool Destructible = false; // needs a live flag and a destroy
  // An aggregate whose members its awaiting initializer constructs one by
  // one in place (InPlaceAggregates.cpp); the declaration only starts its
  // lifetime.
  bool BuiltInPlace = false;
  // Fields holding temporaries bound to its reference members (whose
  // lifetime it extends), in construction order; they die right after it.
  std::vector<std::string> Extended;
  // A named std::initializer_list built from a braced list: the field that
  // holds its backing array, which the list points to (built from it by
  // asl::detail::list_over). The array is constructed before the list and
  // dies right after it.
  struct BackingArray {
    std::string Field;      // xs_array_
    std::string Declarator; // "int xs_array_[3]"
    std::string Type;       // "int[3]", for placement new
    clang::QualType Stored; // the elements are not const: see LocalLifting
    uint64_t Size = 0;
    bool Destructible = false;
  };
  std::optional<BackingArray> Array;
  // For a reference bound to part of the temporary it extends (a base class
  // subobject, a member): how the body reaches that part in the field,
  // static_cast<const Base &>(r). Empty when the field is what it names.
  std::string Access;
  // How the body names it: the field, or (*field) for a reference.
  std::string use() const {
    if (!Access.empty())
      return Access;
    return Storage == StorageKind::Reference ? "(*" + Field + ")" : Field;
  }
};

// An automatic local of the body and the statement its scope is.
struct LocalScope {
  const clang::VarDecl *Var = nullptr;
  const clang::Stmt *Scope = nullptr; // a block, or a for/if/switch/while
  clang::SourceLocation Begins;       // end of its declarator
  // The declaration statement that declares it, if any (a range-for's hidden
  // variables have none).
  const clang::DeclStmt *Declaration = nullptr;
};

// A try statement whose block contains resume points.
struct TryRegion {
  const clang::CXXTryStmt *Try = nullptr;
  std::string Label; // tryN_, the outer dispatch's target
  llvm::SmallVector<unsigned, 4> States;
};

// A coroutine lambda inside a coroutine's body. Its closure becomes a class
// of the enclosing machine, so that the machine can keep it across an await
// (a lifted local, a temporary of an awaited expression), and the lambda
// expression becomes the construction of that class.
struct NamedClosure {
  const clang::LambdaExpr *Lambda = nullptr;
  std::string Name;     // child_closure: the variable's name, or lambda_
  std::string ThisCopy; // the member a `*this` capture copies the object to
  std::string Body;     // its body's text, once lowered: its machine and ramp
  std::string Inits;    // "{a, b}": its captures, as the machine names them
  // A captureless lambda converted to a pointer to function: the static
  // member that pointer points to, and the one that starts the machine,
  // which both it and the call operator call. Empty otherwise.
  std::string Invoker;
  std::string Starter;
  // A generic lambda: its call operator is a template, whose parameters
  // stand for the 'auto's of its parameter list ("template <class auto0_>"),
  // and its parameter list with those names for the 'auto's
  // ("(auto0_ &&thing)"). Empty otherwise.
  std::string TemplateHead;
  std::string Params;
  // A generic one inside a coroutine lambda, whose machine is a class local
  // to a function and so may not have a member template: the closure is
  // the lambda's own, made by Factory, a static lambda before the machine
  // that takes each capture by reference (`twice_lambda`), as
  // FactoryParams (`int &seen, int &base`), whose type the machine names by
  // decltype of a call with FactoryDeclvals. LambdaParams is the lambda's
  // parameter list as written, its unnamed parameters named. Empty
  // otherwise.
  std::string Factory;
  std::string FactoryParams;
  std::string FactoryDeclvals;
  std::string LambdaParams;
};

// A lambda whose closure the machine keeps (a lifted local of its type).
// C++17 names a closure type only as the type of something, so the lambda
// moves, as written, into a function of the locals class that returns it;
// the machine names its type by decltype of a call, and the body calls the
// function where the lambda was (HoistedLocals.cpp).
struct HoistedLambda {
  const clang::LambdaExpr *Lambda = nullptr;
  std::string Factory; // on_done_lambda: a static function of the locals class
  std::string Alias;   // on_done_closure: the machine's name for its type
  std::string Definition; // the factory's definition
  std::string Type;       // decltype(on_done_lambda(std::declval<int &>()))
  // What the machine passes, in order: each local, parameter or structured
  // binding the lambda captures or names (by its field, or the part of its
  // lifted object, once lifting has named the fields), null for `this`.
  // BodyRewriter writes the call: on_done_lambda(total).
  std::vector<const clang::ValueDecl *> Arguments;
  // Constants of the function it names without capturing them, declared in
  // the factory again.
  std::vector<const clang::DeclStmt *> Constants;
  // The values of the init-captures the function evaluates before an await
  // among them, or that await, in order: the machine passes each, as
  // ExpressionSpilling left its text, after the Arguments; the factory's
  // lambda is initialized from its parameter instead.
  std::vector<const clang::Expr *> SiteValues;
  // After them, the copies made before an await of an init-capture
  // (`std::move(copy_x_)`: FunctionPlan::EarlyCopies), which the factory's
  // lambda moves its members from.
  std::vector<std::string> EarlyCopies;
  // Whether the closure is the whole object the machine builds (a lifted
  // variable, a kept temporary or saved value): the factory then builds it
  // where that is, `static auto *on_done_lambda(void *where, int &total)
  // { return ::new (where) auto([&] {...}); }`, Type is the pointee, and
  // the machine calls it with the object's address (closureBuiltAt).
  bool InPlace = false;
  // Whether it is kept by a specialization with packs: the factory then
  // also takes the pack helper's packs, last, as the helper does
  // (FunctionPlan::PackParams), and receives PackArgs, so that the lambda's
  // text may name them.
  bool Packs = false;
};

struct FunctionPlan {
  const clang::FunctionDecl *Function = nullptr;
  const clang::CompoundStmt *Body = nullptr; // the user's body
  // The body is a function-try-block: Body is a block of the lowering's own
  // around its try statement, whose "braces" are `try` and the last
  // handler's closing brace; its text is written between braces
  // (bodyText).
  bool FunctionTryBlock = false;
  const clang::CXXMethodDecl *Method = nullptr; // non-static members only
  // The class whose member the machine is (a member function's, or a
  // friend's defined in the class). The machine is declared in it, next to
  // the function's declaration there, and defined where the function is
  // defined outside the class, or after the outermost class around it when
  // the function is defined in it, so that the body may use the whole
  // class, complete. DefinedInClass: a local class, where no definition
  // outside can name it, keeps the machine inside, and so does an unnamed
  // one for a function that is no non-static member. ClassAlias: for
  // another member of an unnamed class (or of a class inside one), the
  // alias declared before the machine that names the class
  // (`using get_class = decltype(::svc);`), with which the machine's and
  // the ramp's definitions are qualified.
  const clang::CXXRecordDecl *NestIn = nullptr;
  bool DefinedInClass = false;
  std::string ClassAlias;
  // A namespace-scope function defined outside its namespace (`Task<int>
  // svc::run() {...}`): its machine is defined in that namespace, reopened
  // around it, and its move_next() qualified by these names (`svc::`).
  std::string OpenNamespaces, CloseNamespaces, NamespaceQualifier;
  // A coroutine lambda's closure type: the machine is a class local to the
  // lambda's body and refers to the captures, which stay in the closure.
  const clang::CXXRecordDecl *Closure = nullptr;
  // The type of the object pointer the machine keeps as This, when Method is
  // set: Method's `this`, or for a lambda capturing `*this` a pointer to the
  // closure's copy (const unless the lambda is mutable).
  clang::QualType ThisType;
  // A coroutine lambda inside another coroutine's body (its machine ends up
  // inside that coroutine's move_next()).
  bool Nested = false;
  // The coroutine lambdas directly inside the body, in source order.
  std::vector<NamedClosure> Closures;
  // What a coroutine lambda's ramp passes for This: `this`, or inside another
  // coroutine's machine, what names the object there.
  std::string ThisArgument = "this";
  std::string MachineName;
  // A specialization of an async function template, or a member of a
  // specialization of a class template: its machine is an explicit
  // specialization (`template <> struct twice_machine<int>`, `template <>
  // struct Box<int>::get_machine`) of what the template's ramp names
  // (`twice_machine<T>`, `get_machine`; `template <> template <> struct
  // Repo<int>::get_machine<long>` for a member template of a class
  // template), and declares the templates' parameters as members (`using T
  // = int;`), which the body's text names (TemplateMembers). MachineArgs: a
  // function template's arguments.
  bool Specialization = false;
  // A specialization of a generic coroutine lambda's call operator: its
  // machine and ramp are one branch of the lambda's body, taken when the
  // 'auto' parameters have its types (GenericLambdas.cpp).
  bool GenericCall = false;
  std::string MachineArgs;
  std::string TemplateMembers;
  // A specialization of an async member of a class template, or of a member
  // template: the name of the class of the types and lambdas its body
  // declares (LocalsName), which the class declares for all of them
  // (`struct get_locals;`, `template <class U> struct get_locals;`) and
  // each that needs it defines, as it defines its machine. Named by the
  // first that needs it.
  std::string *SharedLocalsName = nullptr;
  // A specialization of a function template given a closure type as a type
  // argument (`retry([&] {...}, 3)` for `template <class F> ... retry(F f,
  // int n)`), which nothing after the file's code can name: its machine is
  // generic over the parameters that take closures, a partial
  // specialization (`template <class F> struct retry_machine<F, int>`) or
  // the machine template's definition, and within it each such closure type
  // is spelled by its parameter's name (ClosureParams, TypeSpelling.cpp).
  // MachineTemplateHead is `template <class F>`; empty for other machines.
  // MachineTemplateParams: the names it declares, which the machine gets
  // no members for.
  // A member of a class template given a closure type (`Mapped<int,
  // (lambda)>::next`), whose machine no partial specialization can be:
  // its machine is the definition of the member class for the whole
  // template, `template <class T, class F> struct Mapped<T, F>::
  // next_machine`, generic over all its parameters, the other arguments
  // spelled as the specialization has them, and GenericClass (`Mapped<T,
  // F>`) qualifies its name. Specializations that would share a machine
  // generic over closures must agree on its text (TemplateMachines).
  std::string MachineTemplateHead;
  std::vector<std::string> MachineTemplateParams;
  std::string GenericClass;
  llvm::DenseMap<const clang::TagDecl *, std::string> ClosureParams;
  std::string ResultType; // T of asl::Task<T>
  bool ReturnsVoid = false;

  std::unique_ptr<SyntaxTree> Tree;      // of Body
  std::vector<AwaitSite> Awaits;         // by state
  std::vector<FullExpression> FullExprs; // in source order
  std::deque<Slot> Slots;                // in order of construction
  // Objects with destructors that a full-expression constructs, in the order
  // the generated code constructs them, each with its live flag.
  struct Temporary {
    enum class Lifetime {
      FullExpression, // awaiters and saved values: die where it ends
      Member,   // a member of a lifted aggregate built in place: part of the
                // variable once its initializer is complete
      Variable, // bound to a reference member of the lifted variable it
                // initializes: dies right after that variable
    };
    std::string Field; // how the generated code names the object
    std::string Flag;  // its live flag
    unsigned FullExpr;
    Lifetime Dies = Lifetime::FullExpression;
  };
  std::vector<Temporary> Temporaries;
  // Live flags of the storage allocated for new-expressions whose
  // initializer awaits (asl::allocation): cleared when the task is destroyed
  // while suspended, so that the storage is not freed then, as natively
  // (only an exception from the initializer frees it).
  std::vector<std::string> Abandoned;
  std::vector<const clang::CoreturnStmt *> Returns;
  std::vector<const clang::Stmt *> Jumps; // break, continue, goto
  std::vector<LocalScope> Locals;  // every automatic local, declaration order
  std::vector<LiftedLocal> Lifted; // in order of construction
  // Declarations of constants (constexpr, or const and initialized by a
  // constant) in scope at an await: made static rather than lifted, so that
  // they stay usable in constant expressions (LocalLifting.cpp).
  std::vector<const clang::DeclStmt *> StaticConstants;
  llvm::DenseMap<const clang::VarDecl *, unsigned> LiftedIndex;
  std::vector<TryRegion> Tries;

  // The class before the machine, its base, that holds what the body
  // declares and the machine must name (HoistedLocals.cpp): the types
  // declared in the body, and the lambdas whose closures it keeps. Empty
  // when there are none.
  std::string LocalsName;
  // When a hoisted type names the template's parameter pack (`std::tuple<
  // Ts...>`), which no member of a class can be, the locals class is a
  // template over that pack (ParameterPacks.cpp, `templateLocalsOverPack`):
  // LocalsPack is its parameter (`class... Ts`), LocalsPackArgs the
  // specialization's arguments (`<int, long>`); empty otherwise.
  std::string LocalsPack, LocalsPackArgs;
  std::vector<const clang::DeclStmt *> HoistedTypes; // removed from the body
  // Hoisted types and enumerators that share a name with an earlier one of
  // the body get a name of their own in the locals class (Node_2): the
  // first token of each declaration and use of them, and its new name.
  std::vector<std::pair<clang::SourceLocation, std::string>> TypeRenames;
  std::vector<HoistedLambda> HoistedLambdas;
  // Captures by copy written before an init-capture that awaits (`[x, n =
  // co_await f()]`, `[*this, ...]`): natively copied before the await, so
  // each copy is made in a field of its own there, and the closure's member
  // is moved from it (EarlyCopies.cpp, copiesBeforeAwait). Filled
  // for the whole body by planEarlyCopies, before the lifting.
  llvm::DenseMap<const clang::LambdaCapture *, std::string> EarlyCopies;
  // Names for the unnamed by-value parameters of class type
  // (`asl::Task<int> f(Noisy)`), which a coroutine moves into its frame like
  // the others: the ramp names them so and the machine keeps them as fields.
  llvm::DenseMap<const clang::ParmVarDecl *, std::string> UnnamedParams;
  // A specialization of a template with parameter packs (docs/design.md,
  // "Parameter packs"): each element of a function parameter pack is a
  // field of its own (`xs0_`, `xs1_`), and the body, copied as written,
  // runs in PackHelper, a member function template of the machine that
  // move_next() calls with the template's packs as tags
  // (`asl::pack_types<int, long>{}`) and the elements by reference as a
  // function parameter pack of the pattern's name, so that `xs...`,
  // `sizeof...(Ts)` and folds expand as natively.
  llvm::DenseMap<const clang::ParmVarDecl *, std::string> PackElements;
  // For each element, the name of the helper's pack of the elements'
  // declared types, which a `decltype(xs)` in the body becomes.
  llvm::DenseMap<const clang::ParmVarDecl *, std::string> PackDeclaredTypes;
  std::string PackHelper;         // its name; empty without packs
  std::string PackTemplateParams; // `class... Ts, class... xs_types_`
  std::string PackParams;         // `asl::pack_types<Ts...>, ...`
  std::string PackArgs;           // `asl::pack_types<int, long>{}, xs0_`
  // The helper's first parameters, given explicitly: template template
  // parameters (`<std::vector>`), which a tag could not carry for every
  // template's parameter kinds.
  std::string PackExplicitArgs;
  // PackArgs in an unevaluated operand of the machine's class, each element
  // a `std::declval<asl::pack_param_t<int>>()`.
  std::string PackDeclvals;
  // Its expanded folds, whose text clang gives without the parentheses the
  // fold's syntax needs: the exact range of each one's outermost node, with
  // the range of its parentheses, and each fold's parentheses with an
  // invalid range first (ParameterPacks.cpp, foldRanges). While this plan is
  // the context's (LoweringContext::enterPlan), text() and replace()
  // (Naming.cpp, widenForFolds) read and edit the parentheses instead.
  std::vector<std::pair<clang::SourceRange, clang::SourceRange>> Folds;
  // A parameter's name in the ramp and the machine; empty when it has none.
  std::string paramName(const clang::ParmVarDecl *Param) const {
    if (auto It = PackElements.find(Param); It != PackElements.end())
      return It->second;
    if (Param->getIdentifier() != nullptr)
      return Param->getNameAsString();
    return UnnamedParams.lookup(Param);
  }

  // Classes of the file whose private or protected member types a lifted
  // local's type names (`auto t = reg.issue();` of a private Ticket): each
  // declares the machine its friend (MachinePlacement.cpp), as C++20 lets
  // the function itself name such a type through `auto`.
  std::vector<const clang::CXXRecordDecl *> Befriending;

  // Why the machine must be built in its heap box, if it must.
  std::string PinnedBecause;

  // Names the generated members use, unique within the function.
  std::string State, Builder, This, Finish, DestroyLive;
  // Identifiers the function's names must avoid: every identifier of the
  // file (shared by all plans, not copied: a file with thousands of async
  // functions would hold thousands of copies) and the names given here.
  const llvm::StringSet<> *FileNames = nullptr;
  llvm::StringSet<> Names;
  std::string fresh(llvm::StringRef Name);

  const LiftedLocal *lifted(const clang::VarDecl *Var) const {
    auto It = LiftedIndex.find(Var);
    return It == LiftedIndex.end() ? nullptr : &Lifted[It->second];
  }
  LiftedLocal *lifted(const clang::VarDecl *Var) {
    auto It = LiftedIndex.find(Var);
    return It == LiftedIndex.end() ? nullptr : &Lifted[It->second];
  }
};

// While a plan is made, rewritten or emitted (LoweringContext::enterPlan),
// the plan whose machine spells types: portableSugar keeps only aliases
// declared before its function and reachable from its machine. Null
// between plans, where derived types are spelled canonically.
void setSugarScope(const FunctionPlan *Plan);

// Shared services for the phases: the AST, the diagnostics, the rewriter.
class LoweringContext {
public:
  LoweringContext(clang::ASTContext &Ctx, clang::Rewriter &Rewrite)
      : Ctx(Ctx), Rewrite(&Rewrite) {}

  clang::ASTContext &ast() { return Ctx; }
  clang::SourceManager &sources() { return Ctx.getSourceManager(); }
  const clang::LangOptions &langOpts() { return Ctx.getLangOpts(); }
  clang::Rewriter &rewriter() { return *Rewrite; }
  // The specializations of one async function template share the source
  // text of its body: each is rewritten in a Rewriter of its own, swapped in
  // while its body's phases run. Returns the one it replaces.
  clang::Rewriter &setRewriter(clang::Rewriter &Other) {
    clang::Rewriter &Old = *Rewrite;
    Rewrite = &Other;
    return Old;
  }

  // Reports "error: <Message>" at Loc, naming the construct; returns false so
  // a phase can `return unsupported(...)`. An error already reported at Loc
  // is not repeated: a template's specializations share its pattern's text
  // and locations, so each would otherwise report the same shape again.
  bool unsupported(clang::SourceLocation Loc, llvm::StringRef Message,
                   clang::SourceRange Range = {});

  // MacroExpansion.cpp: for a node at Loc, inside a macro's expansion, that
  // a phase would have to edit. Asks for the outermost macro invocation
  // around Loc to be spelled out, and the file lowered again, when
  // setMacroExpansion allows it; otherwise, or when that invocation cannot
  // be, reports Refusal there. Returns false either way, but true, leaving
  // the node as it is, when there is no Refusal. Why says what needed it
  // (the output's comment).
  bool expandMacroAround(clang::SourceLocation Loc, llvm::StringRef Why,
                         llvm::StringRef Refusal);
  // Needs collects the invocations to spell out (none: refuse them all);
  // Unexpandable are those, by file offset, that cannot be, with why.
  void setMacroExpansion(std::vector<MacroNeed> *Needs,
                         const std::map<unsigned, std::string> *Unexpandable) {
    MacroNeeds = Needs;
    UnexpandableMacros = Unexpandable;
  }
  // The body being lowered: an invocation to spell out must lie between
  // its braces (a macro that writes the braces writes the whole function).
  void setMacroBody(const clang::CompoundStmt *Body) { MacroBody = Body; }
  // The plan being made or lowered, from here to the end of the returned
  // guard's scope, which puts back the one before: null between plans, so
  // that no text outside a plan is read with its folds (FunctionPlan::Folds).
  [[nodiscard]] auto enterPlan(const FunctionPlan &Plan) {
    const FunctionPlan *Outer = CurrentPlan;
    CurrentPlan = &Plan;
    setSugarScope(&Plan);
    return llvm::make_scope_exit([this, Outer] {
      CurrentPlan = Outer;
      setSugarScope(Outer);
    });
  }
  const FunctionPlan *currentPlan() const { return CurrentPlan; }

  // Source text of a node, with the edits made so far.
  std::string text(clang::SourceRange Range);
  // The same without widening an expanded fold's range to its parentheses
  // (FunctionPlan::Folds): one element of the fold, or its pattern.
  std::string unwidenedText(clang::SourceRange Range);
  // The text of a character range with the edits made so far; with
  // InsertsAtEnd, what an edit inserted at its end too.
  std::string charText(clang::CharSourceRange Chars, bool InsertsAtEnd);
  // The text of E to paste where one argument or operand is expected: in
  // parentheses when E is a comma expression (`a, b`, or an overloaded
  // operator, call), which would otherwise read as two.
  std::string operandText(const clang::Expr *E);
  // Replaces the node's text, with the edits made so far, by Text.
  void replace(clang::SourceRange Range, llvm::StringRef Text);
  // Original source text of a node.
  llvm::StringRef originalText(clang::SourceRange Range);

  unsigned line(clang::SourceLocation Loc) {
    return sources().getPresumedLineNumber(Loc);
  }

  // Every identifier of the main file: generated names avoid them all.
  llvm::StringSet<> &takenNames() { return Taken; }
  // Name, or Name with the first free numeric suffix; then taken.
  std::string freshName(llvm::StringRef Name);

private:
  clang::ASTContext &Ctx;
  clang::Rewriter *Rewrite;
  llvm::StringSet<> Taken;
  std::set<std::pair<clang::SourceLocation, std::string>> Reported;
  std::vector<MacroNeed> *MacroNeeds = nullptr;
  const std::map<unsigned, std::string> *UnexpandableMacros = nullptr;
  const clang::CompoundStmt *MacroBody = nullptr;
  const FunctionPlan *CurrentPlan = nullptr;
};

// The expression a reference local (or a structured binding's hidden
// reference) is initialized from: its initializer, or the one element of
// its braced list (`const T &r{e};`). Other variables' initializer.
const clang::Expr *referenceInitializer(const clang::VarDecl *Var);

// The temporary a reference local extends the lifetime of, if it does.
const clang::MaterializeTemporaryExpr *
extendedTemporary(const clang::VarDecl *Var);

// The std::initializer_list Var's initializer builds from a braced list
// (directly, or as the temporary a reference to it extends), if it does.
const clang::CXXStdInitializerListExpr *
builtInitializerList(const clang::VarDecl *Var);

// True when Var's initializer binds temporaries to reference members of an
// aggregate (Var extends their lifetime), other than extendedTemporary(Var).
bool extendsThroughMembers(const clang::VarDecl *Var);

// The braced list (or C++20 parenthesized list) that initializes Var, when
// Var is an aggregate whose members a lowering may construct one by one
// (InPlaceAggregates.cpp).
const clang::Expr *inPlaceAggregate(clang::ASTContext &Ctx,
                                    const clang::VarDecl *Var);

// Whether `T x = E;` (copy-initialization from the expression E as written)
// may choose another constructor or conversion than `T(E)`, which the
// machine writes: T has an explicit constructor that could take E, or E's
// class has a conversion function (InPlaceAggregates.cpp). Then the machine
// writes copyInitializeAt.
bool copyInitDiffers(clang::ASTContext &Ctx, clang::QualType T,
                     const clang::Expr *E);

// The statement (without its `;`) that copy-initializes the object of type
// T, spelled Type, at Field from the expression text Text, as `T x = e;`
// does, built where it is: `::new (asl::place(Field))
// asl::copy_initialized<Type>{e}` for a class, `::new (asl::place(Field))
// Type(asl::copy_init<Type>(e))` for a scalar (InPlaceAggregates.cpp).
std::string copyInitializeAt(clang::ASTContext &Ctx, clang::QualType T,
                             llvm::StringRef Field, llvm::StringRef Type,
                             llvm::StringRef Text);

// Whether the implicit conversion of the scalar-valued E, as clang built
// it for a contextual conversion to bool or a direct-initialization (of a
// braced list's one element too), is
// one an assignment of E's text could not make: it calls an explicit
// conversion function (`explicit operator bool`), or converts nullptr to
// bool. Where it is, the machine writes static_cast<T>(E), which is that
// same conversion (InPlaceAggregates.cpp).
bool needsExplicitConversion(const clang::Expr *E);

// The statement (without its `;`) that constructs the object of type T,
// spelled Type, at Field (a field or a part of one) from Initializer, a
// braced list or a parenthesized one: `::new (asl::place(Field)) Type{...}`.
// An array of character arrays from a braced list is copied in from the list
// instead, `asl::init_from_list(Field, {{...}})`: g++ rejects a string
// literal for a character subarray in an array new-expression
// (InPlaceAggregates.cpp).
std::string constructAt(clang::ASTContext &Ctx, clang::QualType T,
                        llvm::StringRef Field, llvm::StringRef Type,
                        llvm::StringRef Initializer);

// The same from the expression Init, whose text is Initializer: an array of
// arrays of a class from a braced list is built one row at a time
// (asl::init_rows): g++ 12 rejects `new T[2][2]{{a, b}, {c, d}}` for a
// class T without a default constructor, and accepts `new T[2]{a, b}`.
std::string constructAt(LoweringContext &C, clang::QualType T,
                        llvm::StringRef Field, llvm::StringRef Type,
                        const clang::Expr *Init, llvm::StringRef Initializer);

// The braced list of an array prvalue written with its type, `IA{a, b}`
// (`using IA = int[2];`) or `(int[2]){a, b}`; null for any other
// expression.
const clang::InitListExpr *writtenArrayList(const clang::Expr *E);

// Why a generated field could not be declared with this type (it is, or
// contains, a lambda's closure type or a class local to a function), or an
// empty string when it can.
std::string unnameable(clang::QualType Type);

// The closure types of NamedClosures and their names, while the lowering of
// one file runs on this thread (null after): spellType and
// spellWrittenType spell them by name, and unnameable accepts them.
// A type declared in an async function and hoisted out of it is there too,
// with an empty name: it is spelled as clang prints it.
using ClosureNames = llvm::DenseMap<const clang::TagDecl *, std::string>;
void setNamedClosures(ClosureNames *Names);
// While one plan is planned, rewritten or emitted, the closure types its
// machine names by its template parameters (FunctionPlan::ClosureParams),
// which take precedence over NamedClosures; null otherwise.
void setPlanClosureNames(const ClosureNames *Names);
// Names the closure type of a lambda the machine keeps (HoistedLocals.cpp).
// A hoisted type declared in the body gets an empty name.
void nameClosure(const clang::TagDecl *Closure, std::string Name);
// While the lifting of one function decides, the types it could hoist
// (HoistedLocals.cpp): unnameable accepts them (a closure type only as the
// type itself, not inside another). Null after.
using HoistCandidates = llvm::SmallPtrSet<const clang::TagDecl *, 8>;
void setHoistCandidates(const HoistCandidates *Candidates);

// The machine's members whose names the runtime uses (asl::start and the
// box call them), so no field may take them: builder_, move_next and
// relocatable.
inline llvm::ArrayRef<llvm::StringRef> machineMemberNames() {
  static const llvm::StringRef Names[] = {"builder_", "move_next",
                                          "relocatable"};
  return Names;
}

// The name a template parameter named like one of those members
// (`template <class builder_>`) has in the machine and in the body's text
// there: `builder_param`, with a suffix if the file has that name. The same
// in every plan of the file, so a coroutine lambda's machine, inside its
// function's, means the same parameter.
std::string parameterMember(const FunctionPlan &Plan, llvm::StringRef Name);

// The live flag beside a lifted object: x_live_, awaiter0_live_.
inline std::string liveFlag(llvm::StringRef Field) {
  return (Field.rtrim('_') + "_live_").str();
}

// The spelling of a type in the generated class, fully qualified. With
// Name, a whole declarator ("int name[3]"). spellWrittenType keeps the
// aliases of a type the user wrote (std::string stays std::string);
// spellType is for types the tool derived, spelled with the aliases that
// are valid at the machine (portableSugar), otherwise canonically.
std::string spellType(clang::ASTContext &Ctx, clang::QualType Type,
                      llvm::StringRef Name = {});
std::string spellWrittenType(clang::ASTContext &Ctx, clang::QualType Type,
                             llvm::StringRef Name = {});

// A derived type with the aliases that mean the same at the current plan's
// machine (std::string, std::vector<int>::iterator, an alias of the
// program's namespaces) and no other sugar, for spellType; null when it
// keeps none, or outside a plan (TypeSugar.cpp).
clang::QualType portableSugar(clang::ASTContext &Ctx, clang::QualType Type);
// A type printed fully qualified, its sugar as it is.
std::string printQualified(clang::ASTContext &Ctx, clang::QualType Type);

// A spelled type (what the two above return) as it may be written after
// `new` and in a functional cast or `T{...}`, where only a type named in one
// piece fits: the spelling itself when it fits there, otherwise through the
// runtime's identity alias, `asl::type<int (*[2])(int)>`. AfterNew: only
// the new-type-id's rules apply (`new unsigned int*(p)` is valid, a function
// declarator or a pointer to an array is not).
std::string constructibleType(llvm::StringRef Spelled, bool AfterNew);
// The name of a declaration of a namespace or class as code anywhere can
// write it: qualified from the global scope, without the unnamed and inline
// namespaces (`::tools::make_adder`, `::names::Mode::Safe`).
std::string qualifiedName(const clang::NamedDecl *D);

// The phases, in the order LowerFile runs them.
// The async function templates and async members of class templates of the
// main file come in Patterns (the templated definitions), in source order,
// and the specializations of each that the file instantiates in the result,
// in the order of their points of instantiation (then of their template
// arguments' spelling). The generic coroutine lambdas come in
// GenericLambdas, in source order, and the specializations of their call
// operators in the result, in the same order as a template's.
std::vector<const clang::FunctionDecl *>
findAsyncFunctions(LoweringContext &C, bool &Ok,
                   std::vector<const clang::FunctionDecl *> &Patterns,
                   std::vector<const clang::LambdaExpr *> &GenericLambdas);
// True when Lambda has a conversion to a pointer to function (it captures
// nothing) and the program uses it (`+[]...`, `T (*f)() = []...`).
bool convertsToPointer(const clang::LambdaExpr *Lambda);
// The templated definition a specialization found so was instantiated from.
const clang::FunctionDecl *
templatePattern(const clang::FunctionDecl *Specialization);
// A template argument that is an address, a reference or a pointer to
// member (`&::cfg::limit`, `::greeting` for an array, `&::S::get`), or
// nullptr, spelled for the output: qualified from the global namespace,
// without anonymous and inline namespaces.
std::string spellAddressArgument(clang::ASTContext &Ctx,
                                 const clang::TemplateArgument &Arg);
// `<int, 3>`: template arguments, spelled for the output.
std::string
spellTemplateArguments(clang::ASTContext &Ctx,
                       llvm::ArrayRef<clang::TemplateArgument> Args);
// The template whose parameters a specialization's body names, and their
// arguments: the function template's, or the class template's of a member.
const clang::TemplateParameterList *
templateParameters(const clang::FunctionDecl *Specialization);
llvm::ArrayRef<clang::TemplateArgument>
templateArguments(const clang::FunctionDecl *Specialization);
// Args with each pack replaced by its elements, in order: the arguments as
// a specialization's name writes them (`<int, long>`).
std::vector<clang::TemplateArgument>
flattenedArguments(llvm::ArrayRef<clang::TemplateArgument> Args);
// Each parameter of the templates around a specialization, with its
// argument, outermost template first: for a member template of a class
// template, the class template's, then the member template's; otherwise
// those above.
struct TemplateArgumentOf {
  const clang::NamedDecl *Param;
  const clang::TemplateArgument *Arg;
};
std::vector<TemplateArgumentOf>
templateArgumentsOf(const clang::FunctionDecl *Specialization);
bool collectSuspensionPoints(LoweringContext &C, FunctionPlan &Plan);
bool liftLocals(LoweringContext &C, FunctionPlan &Plan);
// HoistedLocals.cpp: the types the lifting may accept, then, once it knows
// what it lifts, which of them the machine names and how.
HoistCandidates hoistCandidates(const FunctionPlan &Plan);
// Whether Text holds Name as an identifier token (lexed raw, as C++20: a
// name inside a comment or a string literal does not count).
bool namesIdentifier(llvm::StringRef Text, llvm::StringRef Name);
// TemplateParameterUses.cpp: how the text of a specialization's body, in
// Within, names the template's parameters, which the machine and its
// locals class declare as members: a use renamed, made a prvalue, or a
// decltype spelled. Each edit replaces the tokens of Range; Param is the
// parameter a use names (null for a decltype spelled whole).
struct ParameterEdit {
  clang::SourceRange Range;
  std::string Text;
  const clang::NamedDecl *Param;
};
std::vector<ParameterEdit> templateParameterEdits(LoweringContext &C,
                                                  const FunctionPlan &Plan,
                                                  clang::SourceRange Within);
// The source text of Range, with the hoisted types' new names
// (FunctionPlan::TypeRenames) and the template's parameters as the machine
// names them (templateParameterEdits).
std::string renamedText(LoweringContext &C, const FunctionPlan &Plan,
                        clang::SourceRange Range);
// The statement (without its `;`) that builds the closure of Value at
// Field, when Value is a lambda whose factory builds it in place
// (HoistedLambda::InPlace): Text, the factory's call that replaced the
// lambda, given Field's address first. Empty for any other Value.
std::string closureBuiltAt(const FunctionPlan &Plan, const clang::Expr *Value,
                           llvm::StringRef Text, llvm::StringRef Field);
bool hoistLocals(LoweringContext &C, FunctionPlan &Plan,
                 llvm::ArrayRef<const clang::VarDecl *> Lifted);
// EarlyCopies.cpp: the explicit captures by copy of Lambda (of a
// variable, or `*this`) written before its last init-capture that awaits,
// in order. planEarlyCopies names the field each is copied into before the
// await (FunctionPlan::EarlyCopies), for every lambda of the body, before
// the phases that read them run (the hoisting of kept lambdas, the spilling,
// the named closures); earlyCopyField gives it.
std::vector<const clang::LambdaCapture *>
copiesBeforeAwait(const FunctionPlan &Plan, const clang::LambdaExpr *Lambda);
void planEarlyCopies(FunctionPlan &Plan);
const std::string &earlyCopyField(const FunctionPlan &Plan,
                                  const clang::LambdaCapture *Capture);
// SavedValues.cpp: true when Lambda's captures are all by reference or of
// `this` (no capture by copy, no init-capture): its closure holds only
// references, and one built again does the same.
bool copiesNothing(const clang::LambdaExpr *Lambda);

bool planTryDispatch(LoweringContext &C, FunctionPlan &Plan);
bool rewriteBody(LoweringContext &C, FunctionPlan &Plan);
// ConstructorPinning.cpp: builds the machine in its heap box from the start
// when a constructor of the program's own may keep a field object's address.
void pinForOwnConstructors(LoweringContext &C, FunctionPlan &Plan);
// The class in an object of Type that a constructor of the program's own
// (or a default member initializer using the object) initializes, and so
// may keep the object's address; null when none does, or when the program
// declares Type relocatable (ConstructorPinning.cpp).
const clang::CXXRecordDecl *constructorMayKeepThis(LoweringContext &C,
                                                   FunctionPlan &Plan,
                                                   clang::QualType Type);
// C++20 parenthesized aggregate initializations in the body, spelled with
// braces (ParenAggregates.cpp); rewriteBody's first edits.
bool rewriteParenAggregates(LoweringContext &C, const FunctionPlan &Plan);
// The machine class (after the class of what it names from the body, if
// any: HoistedLocals.cpp), and the definition of its move_next() where that
// comes after the ramp (so the body may call the function it lowers).
struct MachineText {
  std::string Class;
  std::string MoveNext; // empty when defined inside the class
};
// Prologue, if any, opens move_next() (LineDirectives.cpp's aliases).
MachineText emitMachine(LoweringContext &C, const FunctionPlan &Plan,
                        llvm::StringRef MoveNextBody,
                        llvm::StringRef Prologue = {});
// Machine, when given, is what the ramp starts instead of the plan's
// machine (`twice_machine<T>` in a function template's ramp).
std::string emitRamp(LoweringContext &C, const FunctionPlan &Plan,
                     llvm::StringRef Machine = {});
// The ramp of a function defined in its class, defined after the class (the
// class keeps its declaration): `inline asl::Task<int> Doc::f(int x) {...}`.
std::string emitRampAfterClass(LoweringContext &C, const FunctionPlan &Plan);
// MachinePlacement.cpp: where a machine goes (FunctionPlan::NestIn).
// The namespaces around the machine of a function defined outside its own.
void reopenNamespaces(FunctionPlan &Plan);
// The declaration of F in Class: a member's, or a hidden friend's definition.
const clang::FunctionDecl *declarationIn(const clang::CXXRecordDecl *Class,
                                         const clang::FunctionDecl *F);
// Just after the `;` that ends the declaration Class is defined in.
clang::SourceLocation afterClass(LoweringContext &C,
                                 const clang::CXXRecordDecl *Class);
// Text to insert in the user's code, inside Where.
struct Insertion {
  clang::SourceLocation At;
  std::string Text;
  const clang::DeclContext *Where;
};
// `friend struct f_machine;` before each friend declaration of the function
// in a class, and at the start of each class of FunctionPlan::Befriending;
// false, with an error, where the machine cannot be befriended.
bool befriendMachine(LoweringContext &C, const FunctionPlan &Plan,
                     std::vector<Insertion> &Insertions);
// Why Class cannot declare the machine its friend (it is in another file,
// the machine is a template's...); empty when it can.
std::string whyNotBefriended(LoweringContext &C, const FunctionPlan &Plan,
                             const clang::CXXRecordDecl *Class);
// The classes and enumerations that Type names (through pointers, arrays
// and template arguments too) and that are private or protected members of
// a class whose members the machine is not: the machine could not name
// them without that class's friendship. Their classes join
// FunctionPlan::Befriending; for each class that cannot befriend the
// machine, the error's words: the member type with its access and class
// ("'Doc::Ticket' (private in 'Doc')") and why it cannot be named.
std::vector<std::pair<std::string, std::string>>
befriendOwnersOf(LoweringContext &C, FunctionPlan &Plan, clang::QualType Type);
// The classes whose private member types the spilled temporaries and the
// awaiters name join FunctionPlan::Befriending; false, with an error, where
// one cannot befriend the machine.
bool befriendForFields(LoweringContext &C, FunctionPlan &Plan);
// How code outside the class names the machine: `Doc::f_machine`.
std::string qualifiedMachineName(LoweringContext &C, const FunctionPlan &Plan);
// The name --explain finds the machine's class by in the lowered file
// (MachineLayout.cpp): its own, with a function template's arguments
// (`twice_machine<int>`), or for a member of a class template's
// specialization, with its class (`Box<int>::get_machine`).
std::string machineKey(LoweringContext &C, const FunctionPlan &Plan);
std::string machineKey(clang::ASTContext &Ctx,
                       const clang::CXXRecordDecl *Machine);
// Where a function definition starts: its first attribute (ASL_ASYNC) or
// its first token.
clang::SourceLocation definitionBegin(LoweringContext &C,
                                      const clang::FunctionDecl *Function);

// The scope model ScopeCleanup.cpp implements, shared by the phases.
bool inScopeAt(LoweringContext &C, const FunctionPlan &Plan,
               const LocalScope &Local, const clang::Stmt *Point);
// Locals a jump (break, continue, goto, co_return) ends the lifetime of, at
// the jump itself, innermost first.
std::vector<const LocalScope *> leftByJump(LoweringContext &C,
                                           const FunctionPlan &Plan,
                                           const clang::Stmt *Jump);
// The statement a break or continue leaves.
const clang::Stmt *jumpTarget(const FunctionPlan &Plan,
                              const clang::Stmt *Jump);
// What a jump out of catch handlers destroys where. C++ destroys a
// handler's exception object as control leaves the handler: after the
// handler's own locals, before those of the scopes around it. Tries holds
// the try statement of each handler the jump leaves, innermost first;
// Destroys[0] runs at the jump, inside the innermost handler, and
// Destroys[K] after leaving the handler of Tries[K-1].
struct HandlerExits {
  std::vector<const clang::CXXTryStmt *> Tries;
  std::vector<std::string> Destroys; // Tries.size() + 1 of them
};
HandlerExits handlerExits(LoweringContext &C, const FunctionPlan &Plan,
                          const clang::Stmt *Jump);
// "asl::destroy(x, x_live_); " for each lifted destructible local, in order.
std::string destroyCalls(const FunctionPlan &Plan,
                         llvm::ArrayRef<const LocalScope *> Locals);
// Lifted destructible locals whose scope is exactly Scope, innermost first.
std::vector<const LocalScope *> scopedTo(const FunctionPlan &Plan,
                                         const clang::Stmt *Scope);
// What the end of a block runs: the destroy calls of its lifted locals, and
// the closing braces of the blocks opened at Opens (ScopeCleanup.cpp).
struct BlockEnd {
  std::vector<clang::SourceLocation> Opens; // insert "{" before each
  std::string Text;                         // insert before the block's "}"
};
BlockEnd blockEnd(const FunctionPlan &Plan, const clang::CompoundStmt *Block);
// The switch on the state that starts move_next() (Level null) or the block
// of a try region, jumping to each resume point inside it.
std::string dispatchSwitch(const FunctionPlan &Plan,
                           const clang::CXXTryStmt *Level);
const TryRegion *tryRegion(const FunctionPlan &Plan,
                           const clang::CXXTryStmt *Try);

// Lifted destructible locals declared anywhere inside Region.
std::vector<const LocalScope *> declaredInside(const FunctionPlan &Plan,
                                               const clang::Stmt *Region);

// Reports that read a finished plan and change nothing in the output.
// DanglingReferences.cpp: warns where a reference parameter, or a pointer or
// reference derived from one, is used after a suspension point.
void warnDanglingReferences(LoweringContext &C,
                            llvm::ArrayRef<FunctionPlan> Plans);
// Explain.cpp: the states, what is alive at each, and the lifted fields.
std::string explainFunction(LoweringContext &C, const FunctionPlan &Plan);
// StateGraph.cpp: the state diagrams of a file's functions, as a DOT
// digraph or a Mermaid flowchart.
std::string stateGraphDot(LoweringContext &C,
                          llvm::ArrayRef<FunctionPlan> Plans);
std::string stateGraphMermaid(LoweringContext &C,
                              llvm::ArrayRef<FunctionPlan> Plans);

} // namespace asynclower

#endif
