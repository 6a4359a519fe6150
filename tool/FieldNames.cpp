//===- FieldNames.cpp - Names that now mean fields ------------------------===//
//
// A lifted local, a parameter, a structured binding and `this` are
// members of the machine now: each use in the body is renamed to the
// field (this_->member for a member of the object), a `decltype` of
// such a name is spelled as the type it denotes, `__func__` names the
// async function, and hoisted types keep their new names. A name of the
// program that the machine's own members would hide (`move_next`) is
// written qualified.
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "ConstCopies.h"
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

// The outermost decltype specifiers written in a body, not those inside a
// coroutine lambda (lowered on its own, first).
struct DecltypeFinder : RecursiveASTVisitor<DecltypeFinder> {
  std::vector<DecltypeTypeLoc> Found;
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc Loc) {
    Found.push_back(Loc);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    if (isa<CoroutineBodyStmt>(Lambda->getBody()))
      return true;
    return RecursiveASTVisitor::TraverseLambdaExpr(Lambda);
  }
};

// The names an expression mentions, with the node that mentions them.
struct NameFinder : RecursiveASTVisitor<NameFinder> {
  std::vector<const DeclRefExpr *> Refs;
  bool MentionsThis = false;
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    Refs.push_back(Ref);
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *) {
    MentionsThis = true;
    return true;
  }
};

} // namespace

bool BodyRewriter::renameReferences() {
  bool Ok = true;
  // With parameter packs, a node inside a pack expansion is one node per
  // element, all at the pattern's text: that text is renamed once.
  std::set<std::pair<SourceLocation, int>> Renamed;
  Plan.Tree->walk(
      Plan.Body,
      [&](const Stmt *S) {
        if (!Plan.PackHelper.empty() &&
            isa<DeclRefExpr, UnresolvedLookupExpr, PredefinedExpr, CXXThisExpr,
                LambdaExpr, IntegerLiteral>(S) &&
            !Renamed.insert({S->getBeginLoc(), S->getStmtClass()}).second)
          return;
        if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
          Ok &=
              renameLocal(Ref) && qualifyMachineName(Ref) && keepCopyConst(Ref);
        else if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(S))
          Ok &= qualifyMachineName(Lookup);
        else if (const auto *Name = dyn_cast<PredefinedExpr>(S))
          Ok &= spellFunctionName(Name);
        else if (const auto *Literal = dyn_cast<IntegerLiteral>(S))
          Ok &= spellLineNumber(Literal);
        else if (const auto *This = dyn_cast<CXXThisExpr>(S))
          Ok &= renameThis(This);
        else if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
          recapture(Lambda);
      },
      /*IntoLambdas=*/true);
  return Ok;
}

bool BodyRewriter::renameLocal(const DeclRefExpr *Ref) {
  if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
    return renameBinding(Ref, Binding);
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  const LiftedLocal *Lifted = Var ? Plan.lifted(Var) : nullptr;
  if (Lifted == nullptr || Lifted->use() == Var->getName() ||
      capturedByInitCapture(Ref, Var))
    return true;
  if (Ref->getLocation().isMacroID())
    return C.expandMacroAround(Ref->getLocation(),
                               "it names '" + Var->getNameAsString() +
                                   "', renamed",
                               "lifted local '" + Var->getNameAsString() +
                                   "' used inside a macro expansion");
  R.ReplaceText(Ref->getLocation(), Var->getName().size(), Lifted->use());
  return true;
}

namespace {

// How the body's name of D, declared outside the function, is written so
// that no member of the machine (machineMemberNames) can hide it: qualified
// from the global scope, or from the class around the machine for a member
// of a class template (its injected name). Empty, with Why, when it cannot
// be written so.
std::string qualifiedOutside(const FunctionPlan &Plan, const NamedDecl *D,
                             std::string &Why) {
  const DeclContext *Scope = D->getDeclContext();
  if (isa<EnumDecl>(Scope))
    Scope = Scope->getParent();
  Scope = Scope->getRedeclContext();
  if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
    if (const FunctionTemplateDecl *Template = Function->getPrimaryTemplate())
      Function = Template->getTemplatedDecl();
    // A friend declared only in its class is found by argument-dependent
    // lookup alone; no qualified name finds it.
    if (llvm::all_of(Function->redecls(), [](const FunctionDecl *Redecl) {
          return Redecl->getFriendObjectKind() != Decl::FOK_None;
        })) {
      Why = "a function found only by argument-dependent lookup";
      return "";
    }
  }
  if (Scope->isFileContext())
    return qualifiedName(D);
  const auto *Class = dyn_cast<CXXRecordDecl>(Scope);
  if (Class == nullptr) {
    Why = "a name the tool cannot qualify";
    return "";
  }
  if (!Class->isDependentContext())
    return qualifiedName(D);
  // Inside a class template, its own name is its injected class name.
  for (const DeclContext *Around = Plan.NestIn; Around != nullptr;
       Around = Around->getParent())
    if (Around == Class)
      return (Class->getName() + "::" + D->getName()).str();
  Why = "a member of a class template the machine is not nested in";
  return "";
}

// True when a declaration of D other than one in a function is written
// before Function (where its machine is written, or earlier).
bool declaredBefore(const NamedDecl *D, const FunctionDecl *Function) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  return llvm::any_of(D->redecls(), [&](const Decl *Redecl) {
    return !Redecl->isLocalExternDecl() &&
           SM.isBeforeInTranslationUnit(Redecl->getLocation(),
                                        Function->getBeginLoc());
  });
}

bool isMachineMemberName(const NamedDecl *D) {
  return D != nullptr && D->getIdentifier() != nullptr &&
         llvm::is_contained(machineMemberNames(), D->getName());
}

} // namespace

// Inside move_next(), an unqualified name finds the machine's own members
// first: a function `move_next`, a variable `builder_` or a static member
// `relocatable()` of the program, named in the body, would find the
// machine's instead (a call of the global move_next() called move_next()
// itself). Such a name, declared outside the function, is written
// qualified. Qualified lookup finds the declarations of the chosen
// function's own scope, a part of what the call chose from (argument-
// dependent lookup searches the whole of that namespace), so the same
// function wins; a function found only by argument-dependent lookup (a
// friend declared only in its class) is refused.
bool BodyRewriter::qualifyMachineName(const Expr *E) {
  const NamedDecl *D = nullptr;
  const NamedDecl *Found = nullptr; // the declaration lookup found
  SourceLocation Loc;
  std::string Name;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (Ref->hasQualifier() || !isMachineMemberName(Ref->getFoundDecl()))
      return true;
    D = Ref->getDecl();
    Found = Ref->getFoundDecl();
    Loc = Ref->getLocation();
  } else if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(E)) {
    if (Lookup->getQualifier() != nullptr ||
        Lookup->decls_begin() == Lookup->decls_end())
      return true;
    const NamedDecl *First = (*Lookup->decls_begin())->getUnderlyingDecl();
    if (!isMachineMemberName(First))
      return true;
    Loc = Lookup->getNameLoc();
    if (Lookup->requiresADL())
      return C.unsupported(
          Loc, "'" + First->getNameAsString() +
                   "' is called with dependent arguments, so it may find its "
                   "function by argument-dependent lookup, but inside the "
                   "state machine the name finds the machine's own member; "
                   "qualify the call or rename the function");
    for (const NamedDecl *Each : Lookup->decls())
      if (Each->getUnderlyingDecl()->getDeclContext() !=
          First->getDeclContext())
        return C.unsupported(Loc, "'" + First->getNameAsString() +
                                      "' names functions of several scopes, "
                                      "and the state machine has a member of "
                                      "that name; qualify the name");
    D = First;
    Found = First;
  } else {
    return true;
  }
  if (D->getParentFunctionOrMethod() != nullptr)
    return true; // a local, renamed if the machine holds it
  if (Found->isLocalExternDecl()) {
    // A block-scope declaration of the body (`extern int move_next(int);`)
    // stays where it is written, so the uses in its scope still find it
    // first, default arguments it adds included.
    if (declaredInBody(Found))
      return true;
    // One of a function around a coroutine lambda is not around the
    // lambda's move_next(): a qualified name finds the entity only if it
    // is declared at namespace scope before.
    if (!declaredBefore(D, Plan.Function))
      return C.unsupported(Loc, "'" + D->getNameAsString() +
                                    "' has the name of a member the state "
                                    "machine needs, and is declared only "
                                    "in a function around this coroutine "
                                    "lambda; declare it outside the "
                                    "function");
  }
  std::string Why;
  std::string Qualified = qualifiedOutside(Plan, D, Why);
  if (Qualified.empty())
    return C.unsupported(Loc, "'" + D->getNameAsString() +
                                  "' has the name of a member the state "
                                  "machine needs, and is " +
                                  Why + "; rename it");
  if (Loc.isMacroID())
    return C.expandMacroAround(
        Loc, "it names '" + D->getNameAsString() + "', qualified",
        "'" + D->getNameAsString() +
            "', the name of a member the state "
            "machine needs, used inside a macro "
            "expansion");
  R.ReplaceText(Loc, D->getName().size(), Qualified);
  return true;
}

// True when D, a block-scope declaration, is written in the body this plan
// rewrites: in it, or in a lambda there that is not a coroutine (lowered
// on its own).
bool BodyRewriter::declaredInBody(const Decl *D) {
  for (const DeclContext *Around = D->getLexicalDeclContext();
       Around != nullptr; Around = Around->getLexicalParent()) {
    if (Around == Plan.Function)
      return true;
    const auto *Function = dyn_cast<FunctionDecl>(Around);
    if (Function != nullptr && Function->getBody() != nullptr &&
        isa<CoroutineBodyStmt>(Function->getBody()))
      return false;
  }
  return false;
}

// The statements move_next() adds to the body name the machine's builder_
// unqualified (`builder_.set_result(...)`), so a block-scope declaration
// of that name the body keeps (`extern int builder_;`, a function, a
// using-declaration; a local variable is renamed) would be found instead
// in its scope. Not one in a lambda, whose body holds none of them.
bool BodyRewriter::keepBuilderVisible() {
  bool Ok = true;
  Plan.Tree->walk(
      Plan.Body,
      [&](const Stmt *S) {
        const auto *Decls = dyn_cast<DeclStmt>(S);
        if (Decls == nullptr)
          return;
        for (const Decl *D : Decls->decls()) {
          const auto *Named = dyn_cast<NamedDecl>(D);
          if (Named == nullptr || Named->getIdentifier() == nullptr ||
              Named->getName() != Plan.Builder ||
              !(D->isLocalExternDecl() || isa<UsingDecl>(D)))
            continue;
          Ok &= C.unsupported(Named->getLocation(),
                              "a declaration of '" + Plan.Builder +
                                  "' in the body would hide the state "
                                  "machine's member of that name, which "
                                  "the lowered body uses; declare it "
                                  "outside the function");
        }
      },
      /*IntoLambdas=*/false);
  return Ok;
}

// The same for a type named in the body: `builder_ b;` would find the
// machine's field.
bool BodyRewriter::qualifyMachineTypeNames() {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::vector<std::pair<const NamedDecl *, SourceLocation>> Found;
    bool TraverseElaboratedTypeLoc(ElaboratedTypeLoc Loc) {
      if (Loc.getQualifierLoc())
        return true; // already qualified
      return RecursiveASTVisitor::TraverseElaboratedTypeLoc(Loc);
    }
    bool VisitTagTypeLoc(TagTypeLoc Loc) {
      if (isMachineMemberName(Loc.getDecl()))
        Found.push_back({Loc.getDecl(), Loc.getNameLoc()});
      return true;
    }
    bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
      if (isMachineMemberName(Loc.getTypedefNameDecl()))
        Found.push_back({Loc.getTypedefNameDecl(), Loc.getNameLoc()});
      return true;
    }
    // A template's name: `builder_<int>`, `builder_ b{3}` (its arguments
    // deduced), and a template template argument, `Wrap<builder_>`.
    void addTemplate(TemplateName Name, SourceLocation Loc) {
      if (const QualifiedTemplateName *Qualified =
              Name.getAsQualifiedTemplateName();
          Qualified != nullptr && Qualified->getQualifier() != nullptr)
        return; // already qualified
      if (const TemplateDecl *Template = Name.getAsTemplateDecl();
          isMachineMemberName(Template))
        Found.push_back({Template, Loc});
    }
    bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc Loc) {
      addTemplate(Loc.getTypePtr()->getTemplateName(),
                  Loc.getTemplateNameLoc());
      return true;
    }
    bool VisitDeducedTemplateSpecializationTypeLoc(
        DeducedTemplateSpecializationTypeLoc Loc) {
      addTemplate(Loc.getTypePtr()->getTemplateName(),
                  Loc.getTemplateNameLoc());
      return true;
    }
    bool TraverseTemplateArgumentLoc(const TemplateArgumentLoc &Arg) {
      if (Arg.getArgument().getKind() == TemplateArgument::Template &&
          !Arg.getTemplateQualifierLoc())
        addTemplate(Arg.getArgument().getAsTemplate(),
                    Arg.getTemplateNameLoc());
      return RecursiveASTVisitor::TraverseTemplateArgumentLoc(Arg);
    }
    bool TraverseLambdaExpr(LambdaExpr *Lambda) {
      if (isa<CoroutineBodyStmt>(Lambda->getBody()))
        return true; // lowered on its own
      return RecursiveASTVisitor::TraverseLambdaExpr(Lambda);
    }
  } Types;
  Types.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
  std::set<SourceLocation> Done;
  for (const auto &[D, Loc] : Types.Found) {
    if (D->getParentFunctionOrMethod() != nullptr || !Done.insert(Loc).second)
      continue;
    std::string Why;
    std::string Qualified = qualifiedOutside(Plan, D, Why);
    if (Qualified.empty())
      return C.unsupported(Loc, "the type '" + D->getNameAsString() +
                                    "' has the name of a member the state "
                                    "machine needs, and is " +
                                    Why + "; rename it");
    if (Loc.isMacroID())
      return C.expandMacroAround(
          Loc, "it names the type '" + D->getNameAsString() + "', qualified",
          "the type '" + D->getNameAsString() +
              "', the name of a member the state "
              "machine needs, used inside a macro "
              "expansion");
    R.ReplaceText(Loc, D->getName().size(), Qualified);
  }
  return true;
}

// The template's parameters as the machine declares them
// (TemplateParameterUses.cpp): a parameter named like a member of the
// machine renamed, a non-type one made a prvalue where that is observed.
// The text that moves to the locals class gets the same edits there.
bool BodyRewriter::renameTemplateParameters() {
  for (const ParameterEdit &Edit :
       templateParameterEdits(C, Plan, Plan.Body->getSourceRange())) {
    SourceLocation Loc = Edit.Range.getBegin();
    if (Edit.Param == nullptr) {
      R.ReplaceText(Edit.Range, Edit.Text); // a decltype, not in a macro
      continue;
    }
    if (Loc.isMacroID()) {
      std::string Name = Edit.Param->getNameAsString();
      bool Prvalue = llvm::StringRef(Edit.Text).starts_with("static_cast");
      return C.expandMacroAround(
          Loc,
          "it names the template parameter '" + Name +
              (Prvalue ? "', made a prvalue" : "', renamed"),
          "template parameter '" + Name + "', " +
              (Prvalue ? "a value whose type or category is observed"
                       : "the name of a member the state machine needs") +
              ", used inside a macro expansion");
    }
    R.ReplaceText(Loc, Edit.Param->getName().size(), Edit.Text);
  }
  return true;
}

// decltype(e) is not evaluated, so the walk above does not rename the
// names in it, and renaming them would not keep its meaning anyway: for an
// unparenthesized name, decltype gives the entity's declared type
// ([dcl.type.decltype]), a reference for a reference and the referenced
// type for a structured binding, where the machine has a pointer field or
// a member of the lifted object. So a decltype that names a lifted local,
// a binding of one, a parameter or `this` (the machine's fields there) is
// replaced by the type it denotes, spelled. sizeof, alignof, noexcept and
// typeid take expressions the walk renames: the renamed use has the
// original's type and value category, which is all they look at.
bool BodyRewriter::spellDecltypes() {
  DecltypeFinder Finder;
  Finder.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
  bool Ok = true;
  for (DecltypeTypeLoc Loc : Finder.Found)
    Ok &= spellDecltype(Loc);
  return Ok;
}

bool BodyRewriter::namesMachineField(const DeclRefExpr *Ref) {
  if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
    return !bindingAccess(Binding).empty();
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  if (Var == nullptr)
    return false;
  // A parameter's field has its type; only a renamed one needs spelling.
  // An element of a parameter pack is not the field in the body but the
  // body function's parameter of its name, of the same type and value
  // category (a bare `decltype(xs)` aside, see spellDecltype).
  if (const auto *Param = dyn_cast<ParmVarDecl>(Var))
    return Param->getDeclContext() == Plan.Function &&
           !Plan.PackElements.count(Param) &&
           Plan.paramName(Param) != Param->getName();
  // Even a field of the local's own name and type is spelled: with
  // --line-directives, decltype of such a name gave another type (a
  // reference for an array; seen in lines.decltype_of_lifted, cause not
  // yet looked into).
  return Plan.lifted(Var) != nullptr;
}

// Spelled, a type that replaces a decltype(...) followed by After, in one
// piece where it must be: before a declarator (`decltype(arr) copy;` of an
// `int arr[3]` is `asl::type_identity_t<int[3]> copy;`, not `int[3]
// copy;`, and `decltype(p) q, r;` of an `int *p` declares two pointers), a
// functional cast's parentheses (`unsigned int(2)`) or `::`. Before `>`,
// `,`, `)` or `;` it ends a type-id (a template argument, a cast's type,
// an alias), which takes any spelling.
static std::string inOnePiece(const std::string &Spelled, const char *After) {
  while (*After == ' ' || *After == '\t' || *After == '\n')
    ++After;
  if (llvm::StringRef(">,);]").contains(*After))
    return Spelled;
  bool Declarator = *After != '(' && *After != '{' && *After != ':';
  bool Fits = Declarator
                  ? Spelled.find_first_of("*&[(") == std::string::npos
                  : constructibleType(Spelled, /*AfterNew=*/false) == Spelled;
  return Fits ? Spelled : constructibleType(Spelled, /*AfterNew=*/false);
}

bool BodyRewriter::spellDecltype(DecltypeTypeLoc Loc) {
  const auto *Type = Loc.getTypePtr();
  Expr *Operand = Type->getUnderlyingExpr();
  // `decltype(xs)` of an element of a function parameter pack is its
  // declared type, which the body function's parameter of that name,
  // a reference to a by-value element's field, does not have: it becomes
  // the pack of those types (`xs_types_`), expanded with `xs`. One text
  // stands for all the elements' decltypes: it is replaced once.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Operand))
    if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      if (auto It = Plan.PackDeclaredTypes.find(Param);
          It != Plan.PackDeclaredTypes.end()) {
        SourceRange Range(Loc.getDecltypeLoc(), Loc.getRParenLoc());
        if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
          return C.expandMacroAround(
              Range.getBegin(),
              "its decltype names '" + Param->getNameAsString() +
                  "', an element of a pack",
              "decltype of an element of a parameter pack inside a macro "
              "expansion");
        if (PackDecltypes.insert(Range.getBegin()).second)
          R.ReplaceText(Range, It->second);
        return true;
      }
  NameFinder Names;
  Names.TraverseStmt(Operand);
  bool Mentions = Names.MentionsThis ||
                  llvm::any_of(Names.Refs, [&](const DeclRefExpr *Ref) {
                    return namesMachineField(Ref);
                  });
  if (!Mentions)
    return true;
  SourceRange Range(Loc.getDecltypeLoc(), Loc.getRParenLoc());
  // Kept as written, one in a macro would name the machine's field (a
  // pointer for a lifted reference) or not compile.
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return C.expandMacroAround(
        Range.getBegin(), "its decltype names a field of the machine",
        "decltype naming a field of the state machine inside a macro "
        "expansion");

  QualType Denoted = Type->getUnderlyingType();
  if (!Type->isDependentType() && unnameable(Denoted).empty()) {
    R.ReplaceText(Range,
                  inOnePiece(spellWrittenType(C.ast(), Denoted),
                             C.sources().getCharacterData(
                                 C.sources().getSpellingLoc(Range.getEnd())) +
                                 1));
    return true;
  }

  // Not spellable here (it depends on a generic lambda's parameter, or
  // names a type no field could): the names in it are renamed as in
  // evaluated code, whose uses keep the type and value category. Only an
  // unparenthesized name would change meaning.
  // FIXME: inside a lambda that does not capture the name (an unevaluated
  // use captures nothing), the renamed field needs `this`, which the
  // lambda does not capture either, so such a dependent decltype in a
  // generic lambda does not compile.
  const Expr *Bare = Operand;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Bare))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var == nullptr || !isa<ParmVarDecl>(Var)) {
      const LiftedLocal *Lifted = Var ? Plan.lifted(Var) : nullptr;
      if (Lifted == nullptr || Lifted->use() != Var->getName() ||
          !C.ast().hasSameType(Lifted->Stored, Var->getType()))
        return C.unsupported(
            Ref->getLocation(),
            "decltype of '" + Ref->getDecl()->getNameAsString() +
                "', kept across a co_await, whose type cannot be spelled "
                "here; not supported yet");
      return true;
    }
  for (const DeclRefExpr *Ref : Names.Refs) {
    if (!namesMachineField(Ref))
      continue;
    std::string Use;
    if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
      Use = bindingAccess(Binding);
    else if (const LiftedLocal *Lifted =
                 Plan.lifted(cast<VarDecl>(Ref->getDecl())))
      Use = Lifted->use();
    if (Use.empty() || Use == Ref->getDecl()->getName())
      continue;
    if (Ref->getLocation().isMacroID())
      return C.expandMacroAround(
          Ref->getLocation(),
          "its decltype names '" + Ref->getDecl()->getNameAsString() + "'",
          "decltype naming a field of the state machine inside a macro "
          "expansion");
    R.ReplaceText(Ref->getLocation(), Ref->getDecl()->getName().size(), Use);
  }
  return true;
}

// __func__, __FUNCTION__ and __PRETTY_FUNCTION__ name the function they
// are written in ([dcl.fct.def.general]): inside move_next() they would
// name move_next, so each becomes the string clang gives it in the async
// function; a specialization of a template (whose body is the
// instantiated one) gets its own, `[T = int]` included.
// FIXME: inside a macro the tool could not spell out (MacroExpansion.cpp),
// __func__ and its kin still give "move_next", so a program that prints
// or logs them shows another name than the native build.
bool BodyRewriter::spellFunctionName(const PredefinedExpr *Name) {
  const StringLiteral *Value = Name->getFunctionName();
  PredefinedIdentKind Kind = Name->getIdentKind();
  if (Value == nullptr || !Value->isOrdinary() ||
      (Kind != PredefinedIdentKind::Func &&
       Kind != PredefinedIdentKind::Function &&
       Kind != PredefinedIdentKind::PrettyFunction))
    return true;
  std::string Spelled = PredefinedExpr::getIdentKindName(Kind).str();
  if (Name->getLocation().isMacroID())
    return C.expandMacroAround(Name->getLocation(), "it names " + Spelled,
                               /*Refusal=*/"");
  std::string Text = "\"";
  for (char Ch : Value->getString()) {
    if (Ch == '"' || Ch == '\\')
      Text += '\\';
    Text += Ch;
  }
  R.ReplaceText(Name->getLocation(), Spelled.size(), Text + "\"");
  return true;
}

// __LINE__ expands to the line it is on (the line of the outermost
// invocation's end, for one in a macro's expansion), and the body's text
// moves to other lines in the output. So the __LINE__ written in a body
// becomes the number it gave (an argument of a macro left as written
// included), and a macro whose expansion uses it is spelled out, which
// gives the preprocessor's number ("Macros in async bodies"). `#line` in
// the input is in the number already, as clang read it.
bool BodyRewriter::spellLineNumber(const IntegerLiteral *Literal) {
  SourceLocation Loc = Literal->getLocation();
  if (!Loc.isMacroID())
    return true;
  const SourceManager &SM = C.sources();
  // Through the arguments of the macros it was passed to, down to the
  // expansion that made the literal.
  SourceLocation Made = Loc;
  while (Made.isMacroID() && SM.isMacroArgExpansion(Made))
    Made = SM.getImmediateSpellingLoc(Made);
  if (!Made.isMacroID())
    return true;
  const SrcMgr::ExpansionInfo &Expansion =
      SM.getSLocEntry(SM.getFileID(Made)).getExpansion();
  SourceLocation Name = Expansion.getExpansionLocStart();
  SourceLocation NameText = SM.getSpellingLoc(Name);
  unsigned Length =
      Lexer::MeasureTokenLength(NameText, SM, C.ast().getLangOpts());
  if (llvm::StringRef(SM.getCharacterData(NameText), Length) != "__LINE__")
    return true;
  if (Name.isMacroID())
    return C.expandMacroAround(Loc, "it uses __LINE__", /*Refusal=*/"");
  R.ReplaceText(Name, Length, llvm::toString(Literal->getValue(), 10, false));
  return true;
}

// A structured binding names part of its lifted object: a member, an
// element, or the reference get<I> initialized for a tuple-like type. Not
// inside a lambda that captures it by name or by copy: there the name is
// the lambda's init-capture (recapture).
bool BodyRewriter::renameBinding(const DeclRefExpr *Ref,
                                 const BindingDecl *Binding) {
  std::string Part = bindingAccess(Binding);
  if (Part.empty() || capturedByInitCapture(Ref, Binding))
    return true;
  if (Ref->getLocation().isMacroID())
    return C.expandMacroAround(
        Ref->getLocation(),
        "it names '" + Binding->getNameAsString() + "', a lifted binding",
        "structured binding used inside a macro expansion");
  R.ReplaceText(Ref->getLocation(), Binding->getName().size(), Part);
  return true;
}

// How the machine reaches a binding of a lifted object, or an empty
// string when the object is not lifted.
std::string BodyRewriter::bindingAccess(const BindingDecl *Binding) {
  const auto *Whole =
      dyn_cast_or_null<DecompositionDecl>(Binding->getDecomposedDecl());
  const LiftedLocal *Lifted = Whole ? Plan.lifted(Whole) : nullptr;
  if (Lifted == nullptr)
    return {};
  if (const VarDecl *Holding = Binding->getHoldingVar())
    return Plan.lifted(Holding)->use();
  if (const auto *Member =
          dyn_cast_or_null<MemberExpr>(Binding->getBinding()->IgnoreImplicit()))
    return Lifted->use() + "." + Member->getMemberDecl()->getNameAsString();
  unsigned Index = 0;
  for (const BindingDecl *B : Whole->bindings()) {
    if (B == Binding)
      break;
    ++Index;
  }
  return Lifted->use() + "[" + std::to_string(Index) + "]";
}

// The lambda whose body holds S, innermost first: not one whose
// init-capture S is in, which the function around it evaluates.
const LambdaExpr *BodyRewriter::lambdaAround(const Stmt *S) {
  for (const Stmt *P = Plan.Tree->parent(S); P != nullptr;
       S = P, P = Plan.Tree->parent(P))
    if (const auto *Lambda = dyn_cast<LambdaExpr>(P);
        Lambda != nullptr && S == Lambda->getBody())
      return Lambda;
  return nullptr;
}

// True when Ref names a lambda's own copy of Captured: a lambda around it
// captures Captured explicitly or by copy, which recapture turns into an
// init-capture of the same name. Through implicit captures by reference
// the name still means the function's variable.
bool BodyRewriter::capturedByInitCapture(const DeclRefExpr *Ref,
                                         const ValueDecl *Captured) {
  if (!Ref->refersToEnclosingVariableOrCapture())
    return false;
  for (const LambdaExpr *Lambda = lambdaAround(Ref); Lambda != nullptr;
       Lambda = lambdaAround(Lambda))
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Captured &&
          (Capture.isExplicit() || Capture.getCaptureKind() == LCK_ByCopy))
        return true;
  return false;
}

// The object `this` points to at S: the machine's copy of the pointer, or
// inside a lambda that captured `*this`, that lambda's copy of the object
// (the init-capture recapture gives it), seen as const where it is
// natively (ConstCopies.cpp).
std::string BodyRewriter::thisAt(const Stmt *S) {
  for (const LambdaExpr *Lambda = lambdaAround(S); Lambda != nullptr;
       Lambda = lambdaAround(Lambda)) {
    if (isa<CoroutineBodyStmt>(Lambda->getBody()))
      break;
    if (llvm::none_of(Lambda->captures(), [](const LambdaCapture &C) {
          return C.getCaptureKind() == LCK_StarThis;
        }))
      continue;
    if (pointsToNonConstCopy(Plan, S, Lambda))
      return "(&std::as_const(" + thisCopy() + "))";
    return "(&" + thisCopy() + ")";
  }
  return Plan.This;
}

const std::string &BodyRewriter::thisCopy() {
  if (ThisCopy.empty())
    ThisCopy = Plan.fresh("this_copy_");
  return ThisCopy;
}

bool BodyRewriter::renameThis(const CXXThisExpr *This) {
  if (!This->isImplicit()) {
    if (This->getLocation().isMacroID())
      return C.expandMacroAround(This->getLocation(), "it names 'this'",
                                 "'this' used inside a macro expansion");
    R.ReplaceText(This->getLocation(), 4, thisAt(This));
    return true;
  }
  // An implicit this->member: name the object explicitly.
  const Stmt *Parent = Plan.Tree->parent(This);
  while (isa_and_nonnull<ImplicitCastExpr>(Parent))
    Parent = Plan.Tree->parent(Parent);
  // The member's first token is replaced by `this_->` and itself, not
  // preceded by an insertion: an insertion at the start of an operand
  // that is later replaced as a whole (spilled) would be left in front of
  // the replacement.
  // A qualified member (`Base::handle(x)`, C#'s base.F()) keeps its
  // qualifier after the object: `this_->Base::handle(x)`.
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Parent)) {
    SourceLocation Loc = Member->hasQualifier()
                             ? Member->getQualifierLoc().getBeginLoc()
                             : Member->getMemberLoc();
    if (Loc.isMacroID())
      return C.expandMacroAround(
          Loc,
          "it names the member '" + Member->getMemberNameInfo().getAsString() +
              "'",
          "member '" + Member->getMemberNameInfo().getAsString() +
              "' used inside a macro expansion");
    unsigned Length = Lexer::MeasureTokenLength(Loc, C.sources(), C.langOpts());
    R.ReplaceText(Loc, Length,
                  thisAt(This) + "->" +
                      C.originalText(SourceRange(Loc, Loc)).str());
  }
  return true;
}

// A hoisted type or enumerator renamed in the locals class
// (HoistedLocals.cpp) is renamed where the body names it. Its declaration
// leaves the body, and the text emitted for it has the new name already.
void BodyRewriter::renameHoistedTypes() {
  for (const auto &Rename : Plan.TypeRenames) {
    SourceLocation Loc = Rename.first;
    if (llvm::any_of(Plan.HoistedTypes, [&](const DeclStmt *Decls) {
          return Decls->getSourceRange().fullyContains(Loc);
        }))
      continue;
    R.ReplaceText(Loc,
                  Lexer::MeasureTokenLength(Loc, C.sources(), C.langOpts()),
                  Rename.second);
  }
}

} // namespace asynclower
