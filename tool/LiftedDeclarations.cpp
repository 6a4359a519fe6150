//===- LiftedDeclarations.cpp - Declarations of lifted locals -------------===//
//
// A lifted local is constructed in its field where it was declared
// (placement new, with the initializer as written, copy- or
// direct-initialized as natively); a declaration of several variables
// is split so each starts life at its own declarator.
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "LowerFile.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace asynclower {

namespace {

// The type aliases declared inside a function that a written type names.
struct LocalAliasFinder : RecursiveASTVisitor<LocalAliasFinder> {
  llvm::SmallPtrSet<const TypedefNameDecl *, 4> Found;
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    if (Loc.getTypedefNameDecl()->getDeclContext()->isFunctionOrMethod())
      Found.insert(Loc.getTypedefNameDecl());
    return true;
  }
};

} // namespace

// A lifted variable whose initializer binds temporaries to reference
// members of an aggregate, or makes the std::initializer_list of one
// (InitializerLists.cpp), extends their lifetime to its own; so does a
// reference to such an aggregate, kept as the aggregate. Constructed
// in place with the variable, they would die at the end of that
// placement new ([class.temporary]: a reference bound in a
// new-initializer), so the initializer is spilled like one that awaits:
// the temporaries are built in fields that die with the variable.
bool BodyRewriter::addExtendingInitializers() {
  bool Ok = true;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Decls = dyn_cast<DeclStmt>(S);
    if (Decls == nullptr)
      return;
    for (const Decl *D : Decls->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      const LiftedLocal *Lifted = Var ? Plan.lifted(Var) : nullptr;
      if (Lifted == nullptr ||
          (Lifted->Storage != LiftedLocal::StorageKind::Object &&
           Lifted->Storage != LiftedLocal::StorageKind::Extended) ||
          !extendsThroughMembers(Var) ||
          llvm::any_of(Plan.FullExprs, [&](const FullExpression &Full) {
            return Full.Var == Var;
          }))
        continue;
      const Stmt *Parent = Plan.Tree->parent(Decls);
      if (!isa_and_nonnull<CompoundStmt, SwitchCase, LabelStmt>(Parent)) {
        // Where it is: in a statement's head, or a declaration that is an
        // unbraced branch or body (`if (k) T a{...}, b = co_await f();`).
        const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Parent);
        const char *Shape =
            isInitOf(Decls, Parent) ? "in an init-statement"
            : Range != nullptr && Range->getBody() != Decls
                ? "in the head of a range-based for"
            : isConditionOf(Decls, Parent)
                ? "in a condition"
                : "that is the branch of an if or else or the body of a "
                  "loop or switch without braces (add them)";
        Ok &= C.unsupported(Var->getLocation(),
                            std::string("a variable that lives across a "
                                        "co_await and binds a temporary "
                                        "to a reference member is "
                                        "supported only in a declaration "
                                        "statement in a block, not in one ") +
                                Shape);
        continue;
      }
      FullExpression Full;
      Full.Root = Var->getInit();
      Full.Owner = Decls;
      Full.Kind = FullExpression::Context::Initializer;
      Full.Var = Var;
      Plan.FullExprs.push_back(std::move(Full));
    }
  });
  return Ok;
}

// Constructs a lifted local from an expression's text: one or two
// expressions (the construction, and setting its live flag).
std::vector<std::string>
BodyRewriter::constructionFrom(const LiftedLocal &Lifted,
                               const std::string &Text) {
  using Storage = LiftedLocal::StorageKind;
  switch (Lifted.Storage) {
  case Storage::Scalar:
    return {Lifted.Field + " = " + Text};
  case Storage::Reference:
    return {Lifted.Field + " = " + addressOf(Lifted, Text)};
  case Storage::Object:
  case Storage::Extended:
    break;
  }
  if (std::string Built = builtClosure(Lifted, Text); !Built.empty())
    return constructedParts(Lifted, Built);
  // An array prvalue written with its type (`for (int v : IA{a, b})`): a
  // new-expression cannot take an array in parentheses; the array is built
  // from the list, as natively.
  if (const InitListExpr *List =
          Lifted.Storage == Storage::Extended
              ? writtenArrayList(extendedTemporary(Lifted.Var)->getSubExpr())
              : nullptr)
    return constructedParts(Lifted,
                            constructAt(C, Lifted.Stored, Lifted.Field,
                                        Lifted.Type, List,
                                        C.text(List->getSourceRange())));
  return constructedParts(
      Lifted, copyConstruction(Lifted, Lifted.Var->getInit(), Text));
}

// The construction of a variable copy-initialized (`T x = e;`, a
// range-for variable, a condition variable, a temporary a reference
// extends) from Init, whose text is Text: T(e), or, where T(e) could
// choose another constructor (an explicit one) or conversion than the
// declaration does, a copy-initialization at the field
// (copyInitializeAt).
std::string BodyRewriter::copyConstruction(const LiftedLocal &Lifted,
                                           const Expr *Init,
                                           const std::string &Text) {
  // A range-for's hidden variables are `auto` ones, of their initializer's
  // type. A reference's temporary is copy-initialized whatever the form;
  // it is the object built here, of its own type (a reference may be
  // bound to a member of it).
  // FIXME: `const bool &r(flag);` with only an explicit operator bool in
  // flag's class is accepted by clang (direct-initialization of a reference
  // considers explicit conversion functions there) and rejected by g++;
  // the lowering's copy_init<const bool> fails to compile with both.
  const VarDecl *Var = Lifted.Var;
  QualType Built = Var->getType().getNonReferenceType();
  if (const MaterializeTemporaryExpr *Temporary = extendedTemporary(Var))
    Built = Temporary->getType();
  if (Init == nullptr || Var->isImplicit() ||
      (Var->getInitStyle() != VarDecl::CInit &&
       !Var->getType()->isReferenceType()) ||
      !copyInitDiffers(C.ast(), Built, Init))
    return constructAt(C.ast(), Lifted.Stored, Lifted.Field, Lifted.Type,
                       "(" + Text + ")");
  return copyInitializeAt(C.ast(), Lifted.Stored, Lifted.Field, Lifted.Type,
                          Text);
}

// The address a lifted reference keeps, of the expression Text that
// initializes it: std::addressof takes only lvalues, so an rvalue
// reference's xvalue goes through asl::bound_address.
std::string BodyRewriter::addressOf(const LiftedLocal &Lifted,
                                    const std::string &Text) {
  const Expr *Init = Lifted.Var->getInit();
  bool Xvalue = Init != nullptr && Init->IgnoreImplicit()->isXValue();
  return (Xvalue ? "asl::bound_address(" : "std::addressof(") + Text + ")";
}

std::string BodyRewriter::constructFrom(const LiftedLocal &Lifted,
                                        const std::string &Text) {
  return statements(constructionFrom(Lifted, Text));
}

std::string BodyRewriter::statements(llvm::ArrayRef<std::string> Parts) {
  std::string Out;
  for (const std::string &Part : Parts)
    Out += Part + ";\n";
  return Out;
}

bool BodyRewriter::rewriteLiftedDeclarations() {
  bool Ok = true;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Decls = dyn_cast<DeclStmt>(S);
    if (Decls == nullptr)
      return;
    // A declaration of a lifted local is replaced whole (here, or as a
    // condition or loop variable): one whose first or last token a macro
    // writes (`INT_T v;`) could not be, and would stay a local that hides
    // the field, so the macro is spelled out first.
    auto First = llvm::find_if(Decls->decls(), [&](const Decl *D) {
      const auto *Var = dyn_cast<VarDecl>(D);
      return Var != nullptr && Plan.lifted(Var) != nullptr;
    });
    if (First != Decls->decl_end())
      for (SourceLocation Edge : {Decls->getBeginLoc(), Decls->getEndLoc()})
        if (Edge.isMacroID()) {
          const auto *Var = cast<VarDecl>(*First);
          std::string Why = "it ends the declaration of ";
          if (Var->getLocation().isMacroID())
            Why = "it declares ";
          else if (Edge == Decls->getBeginLoc())
            Why = "it writes the type of ";
          Ok &= C.expandMacroAround(
              Edge, Why + "'" + Var->getNameAsString() + "', lifted",
              "local declared inside a macro expansion");
          return;
        }
    if (isConditionVariable(Decls) || isLiftedLoopVariable(Decls))
      return;
    if (isSplit(Decls)) {
      Ok &= splitDeclaration(Decls);
      return;
    }
    unsigned Lifted = 0, Locals = 0;
    for (const Decl *D : Decls->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D)) {
        Locals += Var->hasLocalStorage();
        Lifted += Plan.lifted(Var) != nullptr;
      }
    if (Lifted == 0)
      return;
    if (Lifted != Locals) {
      Ok &= C.unsupported(Decls->getBeginLoc(),
                          "declaration mixes locals that live across a "
                          "co_await with locals that do not; split it");
      return;
    }
    // `int n = 0, next(int);`: the function's declaration stays, on its own.
    if (const auto Function = llvm::find_if(
            Decls->decls(), [](const Decl *D) { return isa<FunctionDecl>(D); });
        Function != Decls->decl_end()) {
      if (isInitOf(Decls, Plan.Tree->parent(Decls)))
        Ok &= C.unsupported((*Function)->getLocation(),
                            "a function declared in an init-statement "
                            "together with a variable that lives across a "
                            "co_await is not supported; declare it before");
      else
        Ok &= splitDeclaration(Decls);
      return;
    }
    Ok &= rewriteDeclaration(Decls);
  });
  return Ok;
}

// Constructed before its if or switch by rewriteHead, when that awaits.
bool BodyRewriter::isConditionVariable(const DeclStmt *Decls) {
  for (const FullExpression &Full : Plan.FullExprs)
    if (Full.Var != nullptr &&
        Full.Kind == FullExpression::Context::Condition &&
        Decls->isSingleDecl() && Decls->getSingleDecl() == Full.Var)
      return true;
  return false;
}

// A lifted local's field spells what a type alias local to the function
// stands for (TypeSpelling.cpp), and its declaration in the body is gone;
// an alias used by nothing else would draw -Wunused-local-typedefs, so it
// is marked [[maybe_unused]].
void BodyRewriter::keepAliasesQuiet(const VarDecl *Var) {
  LocalAliasFinder Aliases;
  if (const TypeSourceInfo *Written = Var->getTypeSourceInfo())
    Aliases.TraverseTypeLoc(Written->getTypeLoc());
  for (const TypedefNameDecl *Alias : Aliases.Found)
    if (!hoisted(Alias) && QuietAliases.insert(Alias).second &&
        !Alias->getLocation().isMacroID())
      R.InsertTextAfterToken(Alias->getLocation(), " [[maybe_unused]]");
}

// True when the declaration moved to the locals class (HoistedLocals.cpp).
bool BodyRewriter::hoisted(const Decl *D) {
  return llvm::any_of(Plan.HoistedTypes, [&](const DeclStmt *Decls) {
    return *Decls->decl_begin() == D;
  });
}

//
// C++ initializes the declarators of a declaration in order, each
// initializer a full-expression of its own, and each variable in scope
// from the end of its own declarator ([dcl.decl.general]/3: `T a = x, b =
// y;` is `T a = x; T b = y;`). A declaration of several variables with an
// await in an initializer is lowered as that sequence: for each declarator,
// its awaits, its construction in its field (or, when it is not lifted, its
// own declaration with the shared decl-specifiers), then the end of its
// full-expression. An exception from a later initializer so destroys the
// variables declared before it, and they die in reverse order, as natively.

// The full-expression that is Var's initializer, if it has one (its
// initializer awaits, or binds temporaries to reference members).
const FullExpression *BodyRewriter::initializerOf(const VarDecl *Var,
                                                  unsigned &Index) {
  for (unsigned F = 0; F < Plan.FullExprs.size(); ++F)
    if (Plan.FullExprs[F].Var == Var &&
        (Plan.FullExprs[F].Kind == FullExpression::Context::Initializer ||
         Plan.FullExprs[F].Kind == FullExpression::Context::Init)) {
      Index = F;
      return &Plan.FullExprs[F];
    }
  return nullptr;
}

// True for a declaration of several variables, one of whose initializers
// is a full-expression of the plan.
bool BodyRewriter::isSplit(const Stmt *S) {
  const auto *Decls = dyn_cast_or_null<DeclStmt>(S);
  if (Decls == nullptr || Decls->isSingleDecl())
    return false;
  unsigned F = 0;
  return llvm::any_of(Decls->decls(), [&](const Decl *D) {
    const auto *Var = dyn_cast<VarDecl>(D);
    return Var != nullptr && initializerOf(Var, F) != nullptr;
  });
}

// Where Var's declarator begins: at its name, or at the first `*`, `&`,
// `&&`, `(` or `Class::*` of the declarator around the name. What comes
// before it in the declaration is the decl-specifiers all declarators
// share (`int *p, &r` share only `int`).
SourceLocation BodyRewriter::declaratorBegin(const DeclaratorDecl *Var) {
  SourceLocation Begin = Var->getLocation();
  auto Earlier = [&](SourceLocation Loc) {
    if (Loc.isValid() && Loc.isFileID() &&
        C.sources().isBeforeInTranslationUnit(Loc, Begin))
      Begin = Loc;
  };
  const TypeSourceInfo *Written = Var->getTypeSourceInfo();
  TypeLoc Loc = Written ? Written->getTypeLoc() : TypeLoc();
  while (!Loc.isNull()) {
    if (auto Qualified = Loc.getAs<QualifiedTypeLoc>()) {
      Loc = Qualified.getUnqualifiedLoc();
    } else if (auto Pointer = Loc.getAs<PointerTypeLoc>()) {
      Earlier(Pointer.getStarLoc());
      Loc = Pointer.getPointeeLoc();
    } else if (auto Reference = Loc.getAs<ReferenceTypeLoc>()) {
      Earlier(Reference.getSigilLoc());
      Loc = Reference.getPointeeLoc();
    } else if (auto Member = Loc.getAs<MemberPointerTypeLoc>()) {
      Earlier(Member.getLocalSourceRange().getBegin());
      Loc = Member.getPointeeLoc();
    } else if (auto Paren = Loc.getAs<ParenTypeLoc>()) {
      Earlier(Paren.getLParenLoc());
      Loc = Paren.getInnerLoc();
    } else if (auto Array = Loc.getAs<ArrayTypeLoc>()) {
      Loc = Array.getElementLoc();
    } else if (auto Function = Loc.getAs<FunctionTypeLoc>()) {
      Loc = Function.getReturnLoc();
    } else if (auto Attributed = Loc.getAs<AttributedTypeLoc>()) {
      Loc = Attributed.getModifiedLoc();
    } else {
      break;
    }
  }
  return Begin;
}

// The last token of Var's init-declarator, before the `,` or `;` that
// follows it (`int x(5)` ends at the `)` after the 5).
SourceLocation BodyRewriter::declaratorEnd(const DeclaratorDecl *Var) {
  SourceLocation End = Var->getEndLoc();
  while (std::optional<Token> Next =
             Lexer::findNextToken(End, C.sources(), C.langOpts())) {
    if (Next->isOneOf(tok::comma, tok::semi, tok::eof))
      break;
    End = Next->getLocation();
  }
  return End;
}

// Replaces a declaration of several variables by its single declarations
// (above), in a statement or in an init-statement.
bool BodyRewriter::splitDeclaration(const DeclStmt *Decls) {
  // Its variables, and the functions it declares (`int n = 0, next(int);`),
  // each declared again on its own.
  std::vector<const DeclaratorDecl *> Vars;
  for (const Decl *D : Decls->decls()) {
    const auto *Var = dyn_cast<DeclaratorDecl>(D);
    if (!isa_and_nonnull<VarDecl, FunctionDecl>(Var))
      // `struct S {...} a = ..., b = co_await f();`: each declaration
      // would define S again.
      return C.unsupported(D->getLocation(),
                           "a declaration that defines a type and declares "
                           "several variables with a co_await in an "
                           "initializer is not supported yet; declare the "
                           "type first");
    if (Var->getLocation().isMacroID() || Var->getEndLoc().isMacroID())
      return C.expandMacroAround(
          Var->getLocation().isMacroID() ? Var->getLocation()
                                         : Var->getEndLoc(),
          "it declares '" + Var->getNameAsString() + "', lifted",
          "local declared inside a macro expansion");
    Vars.push_back(Var);
  }

  SourceLocation First = declaratorBegin(Vars.front());
  std::string Specifiers = R.getRewrittenText(
      CharSourceRange::getCharRange(Decls->getBeginLoc(), First));
  std::string Text;
  for (size_t I = 0; I < Vars.size(); ++I) {
    const auto *Var = dyn_cast<VarDecl>(Vars[I]);
    unsigned F = 0;
    const FullExpression *Full = Var ? initializerOf(Var, F) : nullptr;
    if (Full != nullptr)
      Text += Steps[F];
    if (const LiftedLocal *Lifted = Var ? Plan.lifted(Var) : nullptr) {
      keepAliasesQuiet(Var);
      Text += statements(construction(*Lifted));
    } else {
      // The declarator begins after the `,` that ends the one before.
      SourceLocation Begin = First;
      if (I > 0) {
        std::optional<Token> Comma = Lexer::findNextToken(
            declaratorEnd(Vars[I - 1]), C.sources(), C.langOpts());
        std::optional<Token> After =
            Comma ? Lexer::findNextToken(Comma->getLocation(), C.sources(),
                                         C.langOpts())
                  : std::nullopt;
        if (!After)
          return C.unsupported(Vars[I]->getLocation(),
                               "cannot find where this declarator begins");
        Begin = After->getLocation();
      }
      Text += Specifiers + C.text({Begin, declaratorEnd(Vars[I])}) + ";\n";
    }
    // Nothing runs after an initializer that cannot complete (see
    // wrapStatement).
    if (Full != nullptr && !neverCompletes(Full->Root))
      Text += Spiller.epilogue(F);
  }

  // In an init-statement, the statement that holds it is rewritten around
  // these statements (rewriteHead).
  const Stmt *Parent = Plan.Tree->parent(Decls);
  if (isa_and_nonnull<CompoundStmt, SwitchCase, LabelStmt>(Parent) ||
      !isInitOf(Decls, Parent))
    replaceStatement(Decls, Text);
  else
    R.ReplaceText(Decls->getSourceRange(), Text);
  return true;
}

bool BodyRewriter::isConditionOf(const DeclStmt *Decls, const Stmt *Holder) {
  if (const auto *If = dyn_cast_or_null<IfStmt>(Holder))
    return If->getConditionVariableDeclStmt() == Decls;
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(Holder))
    return Switch->getConditionVariableDeclStmt() == Decls;
  if (const auto *While = dyn_cast_or_null<WhileStmt>(Holder))
    return While->getConditionVariableDeclStmt() == Decls;
  if (const auto *For = dyn_cast_or_null<ForStmt>(Holder))
    return For->getConditionVariableDeclStmt() == Decls;
  return false;
}

bool BodyRewriter::isInitOf(const Stmt *Init, const Stmt *Holder) {
  if (const auto *For = dyn_cast_or_null<ForStmt>(Holder))
    return For->getInit() == Init;
  if (const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Holder))
    return Range->getInit() == Init;
  if (const auto *If = dyn_cast_or_null<IfStmt>(Holder))
    return If->getInit() == Init;
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(Holder))
    return Switch->getInit() == Init;
  return false;
}

bool BodyRewriter::rewriteDeclaration(const DeclStmt *Decls) {
  const auto *For = dyn_cast_or_null<ForStmt>(Plan.Tree->parent(Decls));
  bool InForInit = For != nullptr && For->getInit() == Decls;

  // Each declarator becomes one or two expressions: the construction and,
  // for a type with a destructor, setting its live flag.
  std::vector<std::string> Parts;
  for (const Decl *D : Decls->decls()) {
    const auto *Var = cast<VarDecl>(D);
    if (Var->getLocation().isMacroID())
      return C.expandMacroAround(Var->getLocation(),
                                 "it declares '" + Var->getNameAsString() +
                                     "', lifted",
                                 "local declared inside a macro expansion");
    keepAliasesQuiet(Var);
    for (std::string &Part : construction(*Plan.lifted(Var)))
      Parts.push_back(std::move(Part));
    for (std::string &Part : bindingReferences(*Plan.lifted(Var)))
      Parts.push_back(std::move(Part));
  }

  std::string Text;
  if (InForInit) {
    // The for-init keeps one expression statement.
    for (size_t I = 0; I < Parts.size(); ++I)
      Text += (I ? ", " : "") + Parts[I];
    Text += ";";
    bool Restructured =
        llvm::any_of(Plan.FullExprs, [&](const FullExpression &Full) {
          return Full.Owner == For;
        });
    if (!Restructured && !destroyCalls(Plan, scopedTo(Plan, For)).empty())
      wrapForWithCleanup(For);
  } else {
    for (const std::string &Part : Parts)
      Text += Part + ";\n";
    // A declaration that is a branch of an if or the body of a switch or
    // loop is a scope of its own (scopeOf, LocalLifting.cpp), and one with
    // a lifted local always awaits in an initializer: the local lives
    // across an await in that scope, which holds only the declaration
    // (an await in a statement expression there is refused). So
    // wrapStatement, not this, puts the braces that end the scope.
  }
  R.ReplaceText(Decls->getSourceRange(), Text);
  return true;
}

// The get<I> call that initializes a tuple-like binding's reference, on
// the lifted object: `whole.get<I>()` where the type has a member get,
// else the free function overload resolution found (by argument-dependent
// lookup, which a qualified name does not need). The object is an xvalue
// unless the declaration is an lvalue reference, as in the standard's
// definition.
std::string BodyRewriter::tupleElement(const LiftedLocal &Whole,
                                       const VarDecl *Holding) {
  const Expr *Init = Holding->getInit()->IgnoreImplicit();
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(Init))
    Init = Temporary->getSubExpr()->IgnoreImplicit();
  std::string Object = Whole.use();
  if (!Whole.Var->getType()->isLValueReferenceType())
    Object = "std::move(" + Object + ")";
  const auto *Call = cast<CallExpr>(Init);
  const FunctionDecl *Get = Call->getDirectCallee();
  std::string Index;
  if (const TemplateArgumentList *Args = Get->getTemplateSpecializationArgs())
    Index = std::to_string(Args->get(0).getAsIntegral().getZExtValue());
  if (isa<CXXMemberCallExpr>(Call))
    return Object + ".get<" + Index + ">()";
  return Get->getQualifiedNameAsString() + "<" + Index + ">(" + Object + ")";
}

// A class object (or array of them) declared without an initializer still
// has one in the AST: the implicit default construction. It has no text.
const Expr *BodyRewriter::writtenInitializer(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
          Init ? Init->IgnoreImplicit() : nullptr))
    if (Construct->getNumArgs() == 0 && !Construct->isListInitialization() &&
        Construct->getParenOrBraceRange().isInvalid())
      return nullptr;
  return Init;
}

// The parentheses or braces of Construct, Var's construction. In a
// template's specialization (`Point pt{1, 2};` of a class with a
// constructor, in a function template, a generic lambda, a class
// template's member), clang's range of the braces begins at Var's name,
// as Construct does; the list follows the name. Invalid when there is no
// list.
SourceRange BodyRewriter::constructionList(const VarDecl *Var,
                                           const CXXConstructExpr *Construct) {
  SourceRange Written = Construct->getParenOrBraceRange();
  if (!Construct->isListInitialization() ||
      Construct->getBeginLoc() != Var->getLocation() ||
      (Written.isValid() && Written.getBegin() != Var->getLocation()))
    return Written;
  auto Open = Lexer::findNextToken(Var->getLocation(), C.sources(),
                                   C.langOpts());
  if (!Open || !Open->is(tok::l_brace))
    return Written;
  return {Open->getLocation(), Construct->getEndLoc()};
}

// The construction of Var, or of the temporary a reference Var binds,
// from Var's own list or parentheses, if Init is one whose text begins at
// Var's name: `const std::string &s{"text"};`, the init-captures
// `[s{text}]` and `[s(text)]`. Its text is the list's.
const CXXConstructExpr *BodyRewriter::constructionAtName(const VarDecl *Var,
                                                         const Expr *Init) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
  if (Construct == nullptr || constructionList(Var, Construct).isInvalid() ||
      C.sources().isBeforeInTranslationUnit(Var->getLocation(),
                                            Construct->getBeginLoc()))
    return nullptr;
  return Construct;
}

// Constructs a lifted local in its field, as its declaration would.
std::vector<std::string> BodyRewriter::construction(const LiftedLocal &Lifted) {
  const VarDecl *Var = Lifted.Var;
  const Expr *Init = writtenInitializer(Var);
  using Storage = LiftedLocal::StorageKind;
  if (Lifted.Storage == Storage::Scalar) {
    if (Init == nullptr)
      return {};
    std::string Text = C.text(initializerRange(Var));
    // `bool b(e);` and `bool b{e};` are direct-initializations: they may
    // call an explicit conversion function, which `b = (e)` cannot (nor
    // `b = {e}` for g++); static_cast<T>(e) is the same conversion.
    if (Var->getInitStyle() != VarDecl::CInit &&
        needsExplicitConversion(Init)) {
      if (const auto *List = dyn_cast<InitListExpr>(Init->IgnoreImplicit()))
        Text = "(" + C.text(List->getInit(0)->getSourceRange()) + ")";
      return {Lifted.Field + " = static_cast<" + Lifted.Type + ">" + Text};
    }
    return {Lifted.Field + " = " + Text};
  }
  if (Lifted.Storage == Storage::Reference)
    return {
        Lifted.Field + " = " +
        addressOf(Lifted, C.text(referenceInitializer(Var)->getSourceRange()))};
  if (Lifted.Array)
    return listConstruction(Lifted);
  if (Lifted.Storage == Storage::Extended)
    Init = extendedTemporary(Var)->getSubExpr();
  // Its members are constructed already (InPlaceAggregates.cpp); its
  // lifetime starts now.
  if (Lifted.BuiltInPlace) {
    if (!Lifted.Destructible)
      return {};
    return {liveFlag(Lifted.Field) + " = true"};
  }

  // `char s[] = "text";` copies the literal; a new-expression cannot.
  if (Init != nullptr && Var->getType()->isArrayType() &&
      isa<StringLiteral>(Init->IgnoreImplicit()))
    return {"asl::init_from_string(" + Lifted.Field + ", " +
            C.text(Init->getSourceRange()) + ")"};

  // `auto [x, y] = arr;` copies the array element by element.
  if (const auto *Copy =
          Init != nullptr ? dyn_cast<ArrayInitLoopExpr>(Init->IgnoreImplicit())
                          : nullptr) {
    std::vector<std::string> Parts = {
        "asl::init_from_array(" + Lifted.Field + ", " +
        C.operandText(Copy->getCommonExpr()->getSourceExpr()) + ")"};
    if (Lifted.Destructible)
      Parts.push_back(liveFlag(Lifted.Field) + " = true");
    return Parts;
  }

  if (Init != nullptr)
    if (std::string Built = builtClosure(
            Lifted, C.text(Init->IgnoreImplicit()->getSourceRange()));
        !Built.empty())
      return constructedParts(Lifted, Built);

  std::string Args;
  const NamedClosure *Closure =
      Init != nullptr ? namedClosure(Init->IgnoreImplicit()) : nullptr;
  const InitListExpr *ArrayList =
      Init != nullptr && (Lifted.Storage == Storage::Extended ||
                          Var->getType()->isArrayType())
          ? writtenArrayList(Init)
          : nullptr;
  if (Closure != nullptr) {
    Args = Closure->Inits;
  } else if (ArrayList != nullptr) {
    // An array prvalue written with its type, `const IA &r = IA{a, b};`,
    // or the one a structured binding's hidden array is initialized from,
    // `auto [x, y] = IA{a, b};`: a new-expression cannot take an array in
    // parentheses; the array is built from the list, as natively.
    Args = C.text(ArrayList->getSourceRange());
  } else if (Init != nullptr && Lifted.Storage == Storage::Extended) {
    std::string Text = C.text(Init->getSourceRange());
    // `const std::string &s{"text"};` list-initializes the temporary
    // from the reference's own list, `const T &r = {"a"};` from the
    // list after `=`: T{"a"}, not T({"a"}).
    const CXXConstructExpr *Construct = constructionAtName(Var, Init);
    if (Construct != nullptr)
      Text = C.text(constructionList(Var, Construct));
    const auto *Listed = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
    bool BareList =
        Listed != nullptr && Listed->isListInitialization() &&
        Listed->getBeginLoc().isValid() &&
        Listed->getBeginLoc() == Listed->getParenOrBraceRange().getBegin();
    if (Construct == nullptr && !BareList &&
        !isa<InitListExpr>(Init->IgnoreImplicit()))
      return constructedParts(Lifted, copyConstruction(Lifted, Init, Text));
    Args = Text;
  } else if (Init != nullptr) {
    std::string Text = C.text(initializerRange(Var));
    // `T t = {args};` of a class with constructors is list-initialization
    // too: T{args}, not T({args}), which may be ambiguous between T's
    // constructors and its copy and move constructors.
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
    bool CopyList = Construct != nullptr && Construct->isListInitialization() &&
                    llvm::StringRef(Text).starts_with("{");
    bool Bracketed = Var->getInitStyle() != VarDecl::CInit ||
                     isa<InitListExpr>(Init->IgnoreImplicit()) || CopyList;
    if (!Bracketed)
      return constructedParts(Lifted, copyConstruction(Lifted, Init, Text));
    Args = Text;
  }
  return constructedParts(Lifted, constructAt(C, Lifted.Stored, Lifted.Field,
                                              Lifted.Type, Init, Args));
}

// The construction of a lambda's closure that initializes Lifted, from
// Text, its factory's call, by the factory in Lifted's field
// (closureBuiltAt). Empty for any other initializer.
std::string BodyRewriter::builtClosure(const LiftedLocal &Lifted,
                                       const std::string &Text) {
  const Expr *Init = Lifted.Var->getInit();
  if (Init == nullptr)
    return {};
  return closureBuiltAt(Plan, Init, Text, Lifted.Field);
}

// The construction of Lifted's object, then its live flag's setting.
std::vector<std::string>
BodyRewriter::constructedParts(const LiftedLocal &Lifted,
                               std::string Construction) {
  std::vector<std::string> Parts = {std::move(Construction)};
  if (Lifted.Destructible)
    Parts.push_back(liveFlag(Lifted.Field) + " = true");
  return Parts;
}

// A named std::initializer_list: its backing array is built in its own
// field from the braced list (each element copy-initialized, as natively;
// a new-expression destroys those built so far if one throws), unless
// an awaiting initializer built it element by element already
// (InitializerLists.cpp); then the list is made to point to it.
std::vector<std::string>
BodyRewriter::listConstruction(const LiftedLocal &Lifted) {
  const LiftedLocal::BackingArray &Array = *Lifted.Array;
  std::vector<std::string> Parts;
  if (!Lifted.BuiltInPlace) {
    const Expr *Braced =
        builtInitializerList(Lifted.Var)->getSubExpr()->IgnoreImplicit();
    Parts.push_back(constructAt(C.ast(), Array.Stored, Array.Field, Array.Type,
                                C.text(Braced->getSourceRange())));
  }
  if (Array.Destructible)
    Parts.push_back(liveFlag(Array.Field) + " = true");
  Parts.push_back("asl::detail::init_list_over(" + Lifted.Field + ", " +
                  Array.Field + ", " + std::to_string(Array.Size) + ")");
  return Parts;
}

// The initializer as written: the parenthesised or braced list, or the
// expression after `=`.
SourceRange BodyRewriter::initializerRange(const VarDecl *Var) {
  const Expr *Init = Var->getInit();
  if (Var->getInitStyle() != VarDecl::CInit) {
    if (const auto *Construct =
            dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit()))
      if (SourceRange List = constructionList(Var, Construct); List.isValid())
        return List;
    if (const auto *List = dyn_cast<ParenListExpr>(Init))
      return {List->getLParenLoc(), List->getRParenLoc()};
    if (const auto *List = dyn_cast<InitListExpr>(Init->IgnoreImplicit()))
      return List->getSourceRange(); // the braces
    // T x(e) where e initialises x directly: the parentheses around e,
    // after the name (after the `]` of a structured binding's names).
    SourceLocation Name = Var->getLocation();
    if (const auto *Whole = dyn_cast<DecompositionDecl>(Var))
      if (auto Bracket =
              Lexer::findNextToken(Whole->bindings().back()->getLocation(),
                                   C.sources(), C.langOpts()))
        Name = Bracket->getLocation();
    auto Open = Lexer::findNextToken(Name, C.sources(), C.langOpts());
    auto Close =
        Lexer::findNextToken(Init->getEndLoc(), C.sources(), C.langOpts());
    if (Open && Close && Open->is(tok::l_paren) && Close->is(tok::r_paren))
      return {Open->getLocation(), Close->getLocation()};
    return Init->getSourceRange();
  }
  return Init->getSourceRange();
}

// A for statement a macro begins or ends has no text to put the braces
// around: the macro is spelled out first (the pass that asked is not used,
// LowerFile.cpp).
void BodyRewriter::wrapForWithCleanup(const ForStmt *For) {
  SourceLocation Last = statementRange(For->getBody()).getEnd();
  for (SourceLocation Edge : {For->getBeginLoc(), Last})
    if (Edge.isMacroID()) {
      C.expandMacroAround(Edge, "it writes a for statement the lowering edits",
                          "a for statement the lowering edits, written by a "
                          "macro expansion");
      return;
    }
  R.InsertText(For->getBeginLoc(), "{\n", /*InsertAfter=*/false);
  SourceLocation End =
      Lexer::getLocForEndOfToken(Last, 0, C.sources(), C.langOpts());
  R.InsertText(End, "\n" + destroyCalls(Plan, scopedTo(Plan, For)) + "}\n");
}

} // namespace asynclower
