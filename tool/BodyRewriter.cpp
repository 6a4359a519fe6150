//===- BodyRewriter.cpp - The body of move_next(), as edits of the source ===//
//
// The user's body is kept as text and edited in place, so the output reads
// like the input: parameters and lifted locals become fields with the same
// names, and only the constructs below change.
//
//   co_await e          the C# await expansion (ExpressionSpilling.cpp), in
//                       front of the statement that holds it
//   if/switch/loops     a condition or for-increment with an await is
//                       computed into a field first; loops become for (;;)
//   lifted declaration  placement new into the field, where it was declared
//   co_return           set the result, destroy what is alive, go to finish
//   break/continue/goto destroy the lifted objects the jump leaves
//   end of a block      destroy its lifted objects, last declared first
//   try                 a label for the dispatch, a switch inside the block
//   catch               destroy the lifted objects of the try block first
//   this, members       this_->member (the machine is not the object)
//
// Edits are made innermost first; an outer edit reads the text of its parts
// with the inner edits applied.
//
//===----------------------------------------------------------------------===//

#include "ExpressionSpilling.h"
#include "LowerFile.h"
#include "Lowering.h"

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

// The type aliases declared inside a function that a written type names.
struct LocalAliasFinder : RecursiveASTVisitor<LocalAliasFinder> {
  llvm::SmallPtrSet<const TypedefNameDecl *, 4> Found;
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    if (Loc.getTypedefNameDecl()->getDeclContext()->isFunctionOrMethod())
      Found.insert(Loc.getTypedefNameDecl());
    return true;
  }
};

class BodyRewriter {
public:
  BodyRewriter(LoweringContext &C, FunctionPlan &Plan)
      : C(C), Plan(Plan), R(C.rewriter()) {}

  bool run() {
    renameHoistedTypes();
    if (!rewriteParenAggregates(C, Plan) ||
        !constructClosures(/*AfterSpilling=*/false) || !renameReferences() ||
        !spellDecltypes() ||
        !addExtendingInitializers())
      return false;
    callHoistedLambdas(/*AfterSpilling=*/false);
    // Constants a resume point may jump past (LocalLifting.cpp).
    for (const DeclStmt *Constant : Plan.StaticConstants)
      R.InsertTextAfter(Constant->getBeginLoc(), "static ");
    for (unsigned F = 0; F < Plan.FullExprs.size(); ++F) {
      Steps.push_back(Spiller.linearize(F));
      if (!Spiller.Refused.empty())
        return C.unsupported(Spiller.RefusedAt, Spiller.Refused);
    }
    if (!constructClosures(/*AfterSpilling=*/true))
      return false;
    callHoistedLambdas(/*AfterSpilling=*/true);
    writeImplicitCopies();
    planLoops();
    if (!rewriteLiftedDeclarations())
      return false;
    for (const CoreturnStmt *Return : Plan.Returns)
      rewriteReturn(Return);
    for (const Stmt *Jump : Plan.Jumps)
      rewriteJump(Jump);
    insertHandlerExits();
    for (unsigned F = 0; F < Plan.FullExprs.size(); ++F)
      if (isStatementLike(Plan.FullExprs[F]) &&
          !isSplit(Plan.FullExprs[F].Owner))
        wrapStatement(F);
    insertBlockCleanups();
    insertTryDispatchAndHandlers();
    // Innermost first: an outer loop reads the text of the inner one.
    std::vector<const Stmt *> Owners;
    for (const FullExpression &Full : Plan.FullExprs)
      if (!isStatementLike(Full) && !llvm::is_contained(Owners, Full.Owner))
        Owners.push_back(Full.Owner);
    for (const CXXForRangeStmt *Range : liftedRangeFors())
      if (!llvm::is_contained(Owners, Range))
        Owners.push_back(Range);
    for (const Stmt *Selection : selectionsWithLiftedInit())
      if (!llvm::is_contained(Owners, Selection))
        Owners.push_back(Selection);
    Plan.Tree->walk(
        Plan.Body,
        [&](const Stmt *S) {
          if (const auto *If = dyn_cast<IfStmt>(S))
            if (constexprCondition(If) && !llvm::is_contained(Owners, S))
              Owners.push_back(S);
        },
        /*IntoLambdas=*/true);
    llvm::sort(Owners, [&](const Stmt *A, const Stmt *B) {
      return C.sources().isBeforeInTranslationUnit(B->getBeginLoc(),
                                                   A->getBeginLoc());
    });
    for (const Stmt *Owner : Owners)
      rewriteHead(Owner);
    return true;
  }

private:
  // The statement's text range, with the `;` that ends it.
  SourceRange statementRange(const Stmt *S) {
    SourceRange Range = widenForFolds(C, S->getSourceRange());
    // A compound statement ends at its last sub-statement, which may be an
    // expression statement whose `;` clang leaves out of the range.
    const Stmt *Last = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(S))
      Last = If->getElse() ? If->getElse() : If->getThen();
    else if (const auto *For = dyn_cast<ForStmt>(S))
      Last = For->getBody();
    else if (const auto *While = dyn_cast<WhileStmt>(S))
      Last = While->getBody();
    else if (const auto *Range = dyn_cast<CXXForRangeStmt>(S))
      Last = Range->getBody();
    else if (const auto *Switch = dyn_cast<SwitchStmt>(S))
      Last = Switch->getBody();
    else if (const auto *Label = dyn_cast<LabelStmt>(S))
      Last = Label->getSubStmt();
    if (Last != nullptr)
      return {Range.getBegin(), statementRange(Last).getEnd()};
    if (isa<DeclStmt, CompoundStmt, CXXTryStmt, NullStmt>(S))
      return Range;
    SourceLocation AfterSemi = Lexer::findLocationAfterToken(
        Range.getEnd(), tok::semi, C.sources(), C.langOpts(),
        /*SkipTrailingWhitespaceAndNewLine=*/false);
    if (AfterSemi.isValid())
      Range.setEnd(AfterSemi.getLocWithOffset(-1));
    return Range;
  }

  // Replaces S by several statements; braces keep them one statement where
  // the position holds one (an if branch, a loop body).
  void replaceStatement(const Stmt *S, const std::string &Text) {
    const Stmt *Parent = Plan.Tree->parent(S);
    bool OwnBlock =
        Parent != nullptr && !isa<CompoundStmt, SwitchCase, LabelStmt>(Parent);
    R.ReplaceText(statementRange(S), OwnBlock ? "{\n" + Text + "}\n" : Text);
  }

  // ---- Renaming: fields, this, captures -----------------------------------

  bool renameReferences() {
    bool Ok = true;
    // With parameter packs, a node inside a pack expansion is one node per
    // element, all at the pattern's text: that text is renamed once.
    std::set<std::pair<SourceLocation, int>> Renamed;
    Plan.Tree->walk(
        Plan.Body,
        [&](const Stmt *S) {
          if (!Plan.PackHelper.empty() &&
              isa<DeclRefExpr, PredefinedExpr, CXXThisExpr, LambdaExpr>(S) &&
              !Renamed.insert({S->getBeginLoc(), S->getStmtClass()}).second)
            return;
          if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
            Ok &= renameLocal(Ref);
          else if (const auto *Name = dyn_cast<PredefinedExpr>(S))
            Ok &= spellFunctionName(Name);
          else if (const auto *This = dyn_cast<CXXThisExpr>(S))
            Ok &= renameThis(This);
          else if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
            recapture(Lambda);
        },
        /*IntoLambdas=*/true);
    return Ok;
  }

  bool renameLocal(const DeclRefExpr *Ref) {
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
  bool spellDecltypes() {
    DecltypeFinder Finder;
    Finder.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
    bool Ok = true;
    for (DecltypeTypeLoc Loc : Finder.Found)
      Ok &= spellDecltype(Loc);
    return Ok;
  }

  bool namesMachineField(const DeclRefExpr *Ref) {
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

  bool spellDecltype(DecltypeTypeLoc Loc) {
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
            return C.unsupported(Ref->getLocation(),
                                 "decltype of an element of a parameter "
                                 "pack written in a macro; not supported "
                                 "yet");
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
    // FIXME: a decltype written in a macro's expansion keeps its text, so
    // one that names a lifted reference or binding there still means the
    // machine's field (a pointer) or does not compile.
    if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
      return true;

    QualType Denoted = Type->getUnderlyingType();
    if (!Type->isDependentType() && unnameable(Denoted).empty()) {
      R.ReplaceText(Range, spellWrittenType(C.ast(), Denoted));
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
        if (Lifted == nullptr ||
            Lifted->use() != Var->getName() ||
            !C.ast().hasSameType(Lifted->Stored, Var->getType()))
          return C.unsupported(
              Ref->getLocation(),
              "decltype of '" + Ref->getDecl()->getNameAsString() +
                  "', kept across a co_await, whose type cannot be spelled "
                  "here; not supported yet");
        return true;
      }
    for (const DeclRefExpr *Ref : Names.Refs) {
      if (!namesMachineField(Ref) || Ref->getLocation().isMacroID())
        continue;
      std::string Use;
      if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
        Use = bindingAccess(Binding);
      else if (const LiftedLocal *Lifted =
                   Plan.lifted(cast<VarDecl>(Ref->getDecl())))
        Use = Lifted->use();
      if (!Use.empty() && Use != Ref->getDecl()->getName())
        R.ReplaceText(Ref->getLocation(),
                      Ref->getDecl()->getName().size(), Use);
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
  bool spellFunctionName(const PredefinedExpr *Name) {
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

  // A structured binding names part of its lifted object: a member, an
  // element, or the reference get<I> initialized for a tuple-like type. Not
  // inside a lambda that captures it by name or by copy: there the name is
  // the lambda's init-capture (recapture).
  bool renameBinding(const DeclRefExpr *Ref, const BindingDecl *Binding) {
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
  std::string bindingAccess(const BindingDecl *Binding) {
    const auto *Whole =
        dyn_cast_or_null<DecompositionDecl>(Binding->getDecomposedDecl());
    const LiftedLocal *Lifted = Whole ? Plan.lifted(Whole) : nullptr;
    if (Lifted == nullptr)
      return {};
    if (const VarDecl *Holding = Binding->getHoldingVar())
      return Plan.lifted(Holding)->use();
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(
            Binding->getBinding()->IgnoreImplicit()))
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
  const LambdaExpr *lambdaAround(const Stmt *S) {
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
  bool capturedByInitCapture(const DeclRefExpr *Ref,
                             const ValueDecl *Captured) {
    if (!Ref->refersToEnclosingVariableOrCapture())
      return false;
    for (const LambdaExpr *Lambda = lambdaAround(Ref); Lambda != nullptr;
         Lambda = lambdaAround(Lambda))
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.capturesVariable() &&
            Capture.getCapturedVar() == Captured &&
            (Capture.isExplicit() || Capture.getCaptureKind() == LCK_ByCopy))
          return true;
    return false;
  }

  // The object `this` points to at S: the machine's copy of the pointer, or
  // inside a lambda that captured `*this`, that lambda's copy of the object
  // (the init-capture recapture gives it).
  std::string thisAt(const Stmt *S) {
    for (const LambdaExpr *Lambda = lambdaAround(S); Lambda != nullptr;
         Lambda = lambdaAround(Lambda)) {
      if (isa<CoroutineBodyStmt>(Lambda->getBody()))
        break;
      if (llvm::any_of(Lambda->captures(), [](const LambdaCapture &C) {
            return C.getCaptureKind() == LCK_StarThis;
          }))
        return "(&" + thisCopy() + ")";
    }
    return Plan.This;
  }

  const std::string &thisCopy() {
    if (ThisCopy.empty())
      ThisCopy = Plan.fresh("this_copy_");
    return ThisCopy;
  }

  bool renameThis(const CXXThisExpr *This) {
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
            "it names the member '" +
                Member->getMemberNameInfo().getAsString() + "'",
            "member '" + Member->getMemberNameInfo().getAsString() +
                "' used inside a macro expansion");
      unsigned Length =
          Lexer::MeasureTokenLength(Loc, C.sources(), C.langOpts());
      R.ReplaceText(Loc, Length,
                    thisAt(This) + "->" +
                        C.originalText(SourceRange(Loc, Loc)).str());
    }
    return true;
  }

  // A hoisted type or enumerator renamed in the locals class
  // (HoistedLocals.cpp) is renamed where the body names it. Its declaration
  // leaves the body, and the text emitted for it has the new name already.
  void renameHoistedTypes() {
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

  // Captured parameters and lifted locals are fields now; a lambda captures
  // them by naming them in an init-capture. (A coroutine lambda is
  // constructed as its named closure instead: constructClosures.)
  void recapture(const LambdaExpr *Lambda) {
    if (isa<CoroutineBodyStmt>(Lambda->getBody()))
      return;
    // A copy made before an init-capture's await is made in a field there
    // (ExpressionSpilling.cpp, copyEarly); the member moves from it.
    std::vector<const LambdaCapture *> Early = copiesBeforeAwait(Plan, Lambda);
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (llvm::is_contained(Early, &Capture)) {
        std::string Moved =
            " = std::move(" + earlyCopyField(Plan, &Capture) + ")";
        if (Capture.getCaptureKind() == LCK_StarThis) {
          llvm::StringRef Rest(
              C.sources().getCharacterData(Capture.getLocation()));
          R.ReplaceText(Capture.getLocation(), Rest.find("this") + 4,
                        thisCopy() + Moved);
        } else {
          R.ReplaceText(Capture.getLocation(),
                        Capture.getCapturedVar()->getName().size(),
                        Capture.getCapturedVar()->getNameAsString() + Moved);
        }
        continue;
      }
      // `*this` copies the object, which the machine reaches through its
      // pointer: the copy becomes an init-capture (see thisAt).
      if (Capture.getCaptureKind() == LCK_StarThis) {
        // The capture is located at its `*`; `this` follows.
        const char *Star = C.sources().getCharacterData(Capture.getLocation());
        llvm::StringRef Rest(Star);
        size_t This = Rest.find("this");
        R.ReplaceText(Capture.getLocation(), This + 4,
                      thisCopy() + " = *" + Plan.This);
        continue;
      }
      if (!Capture.capturesVariable())
        continue;
      const ValueDecl *Captured = Capture.getCapturedVar();
      std::string Field;
      if (const auto *Binding = dyn_cast<BindingDecl>(Captured))
        Field = bindingAccess(Binding);
      else
        Field = fieldFor(dyn_cast<VarDecl>(Captured));
      if (Field.empty())
        continue;
      std::string Init = Captured->getNameAsString() + " = " + Field;
      if (Capture.isExplicit())
        R.ReplaceText(Capture.getLocation(), Captured->getName().size(), Init);
      else if (Capture.getCaptureKind() == LCK_ByCopy && awaitsIn(Lambda))
        ImplicitCopies.push_back({Lambda, ", " + Init});
      else if (Capture.getCaptureKind() == LCK_ByCopy)
        R.InsertTextAfter(Lambda->getIntroducerRange().getEnd(), ", " + Init);
      // An implicit by-reference capture now captures this: same meaning.
    }
  }

  // True when an init-capture of Lambda awaits.
  bool awaitsIn(const LambdaExpr *Lambda) {
    return llvm::any_of(Plan.Awaits, [&](const AwaitSite &S) {
      return Plan.Tree->contains(Lambda, S.Await);
    });
  }

  // The implicit copies of a lambda whose init-captures await are written
  // before its `]` once the spilling has read the text of the last
  // init-capture, which would include them (text inserted at the end of a
  // range is part of it). A lambda made by its factory has none to write.
  void writeImplicitCopies() {
    for (const auto &Copies : ImplicitCopies) {
      const LambdaExpr *Lambda = Copies.first;
      if (llvm::none_of(Plan.HoistedLambdas, [&](const HoistedLambda &H) {
            return H.Lambda == Lambda;
          }))
        R.InsertTextAfter(Lambda->getIntroducerRange().getEnd(),
                          Copies.second);
    }
  }

  // Each coroutine lambda inside the body becomes the construction of its
  // named closure (NamedClosure): its captures in the closure's order, as
  // this machine names them, in a braced list. Its body, its own machine by
  // now, becomes the closure's call operator (MachineEmitter.cpp).
  //
  // One whose init-captures await is constructed after the spilling, which
  // leaves the text of their values where the lambda was.
  bool constructClosures(bool AfterSpilling) {
    bool Ok = true;
    for (NamedClosure &Closure : Plan.Closures) {
      const LambdaExpr *Lambda = Closure.Lambda;
      // FIXME: one whose init-capture awaits, inside the operand of another
      // await (`co_await [n = co_await f()]() -> asl::Task<int> {...}()`),
      // would be constructed after the spilling has used the operand's text
      // (the tool crashed on it); refused until it is built in order.
      if (!AfterSpilling && awaitsIn(Lambda))
        for (const AwaitSite &Site : Plan.Awaits)
          if (Plan.Tree->contains(Site.Await->getOperand(), Lambda)) {
            Ok &= C.unsupported(Lambda->getBeginLoc(),
                                "a coroutine lambda whose init-capture "
                                "awaits, inside the operand of a co_await; "
                                "not supported yet (name the lambda first)");
            break;
          }
      if (awaitsIn(Lambda) != AfterSpilling)
        continue;
      std::string Inits;
      for (const LambdaCapture &Capture : Lambda->captures()) {
        std::string Init;
        if (Capture.getCaptureKind() == LCK_This) {
          Init = Plan.This;
        } else if (Capture.getCaptureKind() == LCK_StarThis) {
          // The machine of a member function of a local or unnamed class
          // is defined in the class, where the class is incomplete.
          if (Plan.DefinedInClass) {
            Ok &= C.unsupported(
                Capture.getLocation(),
                "a coroutine lambda that captures '*this' inside an async "
                "member function of a local or unnamed class; its closure, "
                "a member of the machine, would hold an object of the "
                "incomplete class");
            continue;
          }
          Init = Plan.EarlyCopies.count(&Capture) != 0
                     ? "std::move(" + earlyCopyField(Plan, &Capture) + ")"
                     : "*" + Plan.This;
        } else if (const auto *Var = dyn_cast_or_null<VarDecl>(
                       Capture.capturesVariable() ? Capture.getCapturedVar()
                                                  : nullptr)) {
          QualType Type = Var->getType().getNonReferenceType();
          std::string Why = unnameable(Type);
          if (Type->isArrayType())
            Why = "an array";
          if (!Why.empty()) {
            Ok &= C.unsupported(Capture.getLocation(),
                                "a coroutine lambda inside a coroutine that "
                                "captures '" +
                                    Var->getNameAsString() +
                                    "', whose type contains " + Why +
                                    "; not supported yet");
            continue;
          }
          if (Plan.EarlyCopies.count(&Capture) != 0) {
            // Copied before an await of a later init-capture (copyEarly).
            Init = "std::move(" + earlyCopyField(Plan, &Capture) + ")";
          } else if (Lambda->isInitCapture(&Capture)) {
            // `[s{text}]`, `[s(text)]`: the list; `[n{4}]`: the value,
            // without braces around a scalar.
            const Expr *Value = Var->getInit();
            const auto *List = dyn_cast<InitListExpr>(Value->IgnoreImplicit());
            if (List != nullptr && List->getNumInits() == 1 &&
                Var->getType()->isScalarType())
              Value = List->getInit(0);
            const CXXConstructExpr *Own = constructionAtName(Var, Value);
            Init = C.text(Own ? Own->getParenOrBraceRange()
                              : Value->getSourceRange());
          } else if (const LiftedLocal *Lifted = Plan.lifted(Var))
            Init = Lifted->use();
          else
            Init = Var->getNameAsString();
        } else {
          Ok &= C.unsupported(Capture.getLocation(),
                              "a coroutine lambda inside a coroutine that "
                              "captures a structured binding or a "
                              "variable-length array; not supported yet");
          continue;
        }
        Inits += (Inits.empty() ? "" : ", ") + Init;
      }
      Closure.Inits = "{" + Inits + "}";
      Closure.Body = C.text(Lambda->getCompoundStmtBody()->getSourceRange());
      C.replace(Lambda->getSourceRange(), Closure.Name + Closure.Inits);
    }
    return Ok;
  }

  // A lambda whose closure the machine keeps is made by its function in the
  // locals class, where it was written (HoistedLocals.cpp); a type declared
  // in the body is declared there instead. After the renamings, which the
  // replaced text no longer needs.
  //
  // One whose init-captures await is called after the spilling, which
  // leaves the text of their values (what the awaits returned, the values
  // saved before them) where the lambda was: the factory receives them.
  void callHoistedLambdas(bool AfterSpilling) {
    for (const HoistedLambda &Hoisted : Plan.HoistedLambdas) {
      if (Hoisted.SiteValues.empty() == AfterSpilling)
        continue;
      std::vector<std::string> Arguments;
      for (const VarDecl *Argument : Hoisted.Arguments) {
        const LiftedLocal *Lifted =
            Argument != nullptr ? Plan.lifted(Argument) : nullptr;
        Arguments.push_back(Argument == nullptr ? Plan.This
                            : Lifted != nullptr ? Lifted->use()
                                                : Argument->getNameAsString());
      }
      for (const Expr *Value : Hoisted.SiteValues)
        Arguments.push_back(C.text(Value->getSourceRange()));
      Arguments.insert(Arguments.end(), Hoisted.EarlyCopies.begin(),
                       Hoisted.EarlyCopies.end());
      C.replace(Hoisted.Lambda->getSourceRange(),
                Hoisted.Factory + "(" + llvm::join(Arguments, ", ") + ")");
      // A constant only the lambda used is unused where it stays.
      for (const DeclStmt *Constant : Hoisted.Constants)
        if (Plan.lifted(cast<VarDecl>(Constant->getSingleDecl())) == nullptr &&
            QuietConstants.insert(Constant).second)
          R.InsertTextBefore(Constant->getBeginLoc(), "[[maybe_unused]] ");
    }
    if (AfterSpilling)
      return;
    // The line it was on goes too, when the declaration was alone there.
    SourceManager &SM = C.sources();
    for (const DeclStmt *Decls : Plan.HoistedTypes) {
      SourceLocation End =
          Lexer::getLocForEndOfToken(Decls->getEndLoc(), 0, SM, C.langOpts());
      llvm::StringRef After = SM.getCharacterData(End);
      size_t Blank = After.find_first_not_of(" \t");
      if (Blank != llvm::StringRef::npos && After[Blank] == '\n')
        End = End.getLocWithOffset(Blank + 1);
      R.RemoveText(CharSourceRange::getCharRange(Decls->getBeginLoc(), End));
    }
  }

  const NamedClosure *namedClosure(const Expr *E) {
    const auto *Lambda = dyn_cast_or_null<LambdaExpr>(E);
    for (const NamedClosure &Closure : Plan.Closures)
      if (Lambda != nullptr && Closure.Lambda == Lambda)
        return &Closure;
    return nullptr;
  }

  std::string fieldFor(const VarDecl *Var) {
    if (Var == nullptr)
      return {};
    if (const LiftedLocal *Lifted = Plan.lifted(Var))
      return Lifted->Field;
    if (isa<ParmVarDecl>(Var))
      return Var->getNameAsString();
    // A coroutine lambda's capture is a field of its machine too.
    if (Plan.Closure != nullptr)
      for (const LambdaCapture &Capture : Plan.Closure->captures())
        if (Capture.capturesVariable() && Capture.getCapturedVar() == Var)
          return Var->getNameAsString();
    return {};
  }

  // A lifted variable whose initializer binds temporaries to reference
  // members of an aggregate extends their lifetime to its own. Constructed
  // in place with the variable, they would die at the end of that
  // placement new ([class.temporary]: a reference bound in a
  // new-initializer), so the initializer is spilled like one that awaits:
  // the temporaries are built in fields that die with the variable.
  bool addExtendingInitializers() {
    bool Ok = true;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Decls = dyn_cast<DeclStmt>(S);
      if (Decls == nullptr)
        return;
      for (const Decl *D : Decls->decls()) {
        const auto *Var = dyn_cast<VarDecl>(D);
        const LiftedLocal *Lifted = Var ? Plan.lifted(Var) : nullptr;
        if (Lifted == nullptr ||
            Lifted->Storage != LiftedLocal::StorageKind::Object ||
            !extendsThroughMembers(Var) ||
            llvm::any_of(Plan.FullExprs, [&](const FullExpression &Full) {
              return Full.Var == Var;
            }))
          continue;
        const Stmt *Parent = Plan.Tree->parent(Decls);
        if (!isa_and_nonnull<CompoundStmt, SwitchCase, LabelStmt>(Parent)) {
          Ok &= C.unsupported(Var->getLocation(),
                              "a variable that lives across a co_await and "
                              "binds a temporary to a reference member is "
                              "supported only in a declaration statement "
                              "(not in a condition or an init-statement)");
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

  // ---- Full-expressions in statements -------------------------------------

  static bool isStatementLike(const FullExpression &Full) {
    return Full.Kind == FullExpression::Context::Statement ||
           Full.Kind == FullExpression::Context::Initializer;
  }

  // The full-expression's awaits run first, then the statement, then the
  // full-expression's temporaries die.
  void wrapStatement(unsigned F) {
    const FullExpression &Full = Plan.FullExprs[F];
    std::string Use =
        llvm::StringRef(C.text(statementRange(Full.Owner))).rtrim().str();
    replaceStatement(Full.Owner, Steps[F] + Use + "\n" + Spiller.epilogue(F));
  }

  const FullExpression *fullExpression(const Stmt *Owner,
                                       FullExpression::Context Kind,
                                       unsigned *Index = nullptr) {
    for (unsigned F = 0; F < Plan.FullExprs.size(); ++F)
      if (Plan.FullExprs[F].Owner == Owner && Plan.FullExprs[F].Kind == Kind) {
        if (Index != nullptr)
          *Index = F;
        return &Plan.FullExprs[F];
      }
    return nullptr;
  }

  // Computes a condition into a bool field (or constructs the condition
  // variable) before the statement, so the full-expression ends before the
  // branches run, as it does natively.
  std::string evaluateCondition(unsigned F, const std::string &Into) {
    const FullExpression &Full = Plan.FullExprs[F];
    std::string Out = Steps[F];
    if (Full.Var != nullptr) {
      if (const LiftedLocal *Lifted = Plan.lifted(Full.Var)) {
        for (const std::string &Part : construction(*Lifted))
          Out += Part + ";\n";
      } else {
        Out += C.text(Full.Var->getSourceRange()) + ";\n";
      }
    } else {
      Out += Into + " = " + C.operandText(Full.Root) + ";\n";
    }
    return Out + Spiller.epilogue(F);
  }

  // The field a condition is computed into: bool, or the switch's type.
  std::string conditionField(const FullExpression &Full, QualType Type) {
    if (Full.Var != nullptr) {
      if (const LiftedLocal *Lifted = Plan.lifted(Full.Var))
        return Lifted->use();
      return Full.Var->getNameAsString();
    }
    Slot S;
    S.Field = Plan.fresh("condition" + std::to_string(Plan.Slots.size()) + "_");
    S.Type = spellType(C.ast(), Type);
    S.Stored = Type;
    S.FullExpr = &Full - Plan.FullExprs.data();
    Plan.Slots.push_back(S);
    return S.Field;
  }

  void rewriteHead(const Stmt *Owner) {
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(Owner))
      return rewriteRangeFor(Range);
    if (const auto *If = dyn_cast<IfStmt>(Owner); If && constexprCondition(If))
      return rewriteConstexprIf(If);
    if (isa<IfStmt, SwitchStmt>(Owner))
      return rewriteSelection(Owner);
    rewriteLoop(Owner);
  }

  // An if or switch whose init-statement or condition awaits, or declares a
  // lifted local: the init-statement runs before it, then the condition is
  // computed into a field (or its variable constructed), all inside a block
  // that ends the scope of what they declare.
  void rewriteSelection(const Stmt *Owner) {
    using Context = FullExpression::Context;
    const auto *If = dyn_cast<IfStmt>(Owner);
    const auto *Switch = dyn_cast<SwitchStmt>(Owner);
    const Stmt *Init = If ? If->getInit() : Switch->getInit();
    std::string Before;
    unsigned F = 0;
    if (Init != nullptr) {
      Before += initStatement(Owner, Init);
      R.ReplaceText(statementRange(Init), "");
    }
    if (const FullExpression *Full =
            fullExpression(Owner, Context::Condition, &F)) {
      QualType Type = If ? C.ast().BoolTy : Switch->getCond()->getType();
      std::string Field = conditionField(*Full, Type);
      const Stmt *Cond =
          Full->Var ? (If ? If->getConditionVariableDeclStmt()
                          : Switch->getConditionVariableDeclStmt())
                    : static_cast<const Stmt *>(If ? If->getCond()
                                                   : Switch->getCond());
      Before += evaluateCondition(F, Field);
      C.replace(Cond->getSourceRange(), Field);
    }
    replaceStatement(Owner,
                     "{\n" + Before + C.text(statementRange(Owner)) + "\n" +
                         destroyCalls(Plan, scopedTo(Plan, Owner)) + "}\n");
  }

  // The init-statement of Owner (an if, switch or range-for) as statements:
  // its awaits, then itself, then the end of its full-expression.
  std::string initStatement(const Stmt *Owner, const Stmt *Init) {
    unsigned F = 0;
    // A split declaration carries its declarators' awaits already.
    const FullExpression *Full =
        isSplit(Init)
            ? nullptr
            : fullExpression(Owner, FullExpression::Context::Init, &F);
    std::string Out = Full ? Steps[F] : "";
    std::string Text =
        llvm::StringRef(C.text(statementRange(Init))).rtrim().str();
    if (!Text.empty())
      Out += Text + (Text.back() == ';' || Text.back() == '\n' ? "\n" : ";\n");
    return Full ? Out + Spiller.epilogue(F) : Out;
  }

  // A constexpr if whose condition has a value is its taken branch: the
  // dispatch may have to jump into it, which C++ forbids for the branches
  // of a constexpr if, and the discarded one (which SyntaxWalk hides from
  // every phase) may hold awaits the output cannot compile.
  // The condition stays as a static_assert: it says why the branch is
  // taken, and it keeps what the condition names used.
  void rewriteConstexprIf(const IfStmt *If) {
    std::string Out = "{\n";
    if (const Stmt *Init = If->getInit())
      Out += initStatement(If, Init);
    bool Then = *constexprCondition(If);
    std::string Condition = C.text(If->getCond()->getSourceRange());
    Out +=
        "static_assert(" + (Then ? Condition : "!(" + Condition + ")") + ");\n";
    if (const Stmt *Taken = Then ? If->getThen() : If->getElse())
      Out += C.text(statementRange(Taken)) + "\n";
    Out += destroyCalls(Plan, scopedTo(Plan, If)) + "}\n";
    replaceStatement(If, Out);
  }

  // Ifs and switches whose init-statement declares a lifted local.
  std::vector<const Stmt *> selectionsWithLiftedInit() {
    std::vector<const Stmt *> Found;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const Stmt *Init = nullptr;
      if (const auto *If = dyn_cast<IfStmt>(S))
        Init = If->getInit();
      else if (const auto *Switch = dyn_cast<SwitchStmt>(S))
        Init = Switch->getInit();
      if (const auto *Decls = dyn_cast_or_null<DeclStmt>(Init))
        for (const Decl *D : Decls->decls())
          if (const auto *Var = dyn_cast<VarDecl>(D))
            if (Plan.lifted(Var) != nullptr) {
              Found.push_back(S);
              return;
            }
    });
    return Found;
  }

  // ---- Range-based for ----------------------------------------------------

  static const VarDecl *rangeVariable(const CXXForRangeStmt *For) {
    return cast<VarDecl>(For->getRangeStmt()->getSingleDecl());
  }

  // Range-fors with an await inside: their hidden variables are lifted.
  std::vector<const CXXForRangeStmt *> liftedRangeFors() {
    std::vector<const CXXForRangeStmt *> Found;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      if (const auto *Range = dyn_cast<CXXForRangeStmt>(S))
        if (Plan.lifted(rangeVariable(Range)) != nullptr)
          Found.push_back(Range);
    });
    return Found;
  }

  bool isLiftedLoopVariable(const DeclStmt *Decls) {
    const auto *Range =
        dyn_cast_or_null<CXXForRangeStmt>(Plan.Tree->parent(Decls));
    return Range != nullptr && Range->getLoopVarStmt() == Decls &&
           Plan.lifted(rangeVariable(Range)) != nullptr;
  }

  // Constructs a lifted local from an expression's text: one or two
  // expressions (the construction, and setting its live flag).
  std::vector<std::string> constructionFrom(const LiftedLocal &Lifted,
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
    std::vector<std::string> Parts = {
        "::new (asl::place(" + Lifted.Field + ")) " + Lifted.Type + "(" +
        copyInitialized(Lifted, Lifted.Var->getInit(), Text) + ")"};
    if (Lifted.Destructible)
      Parts.push_back(liveFlag(Lifted.Field) + " = true");
    return Parts;
  }

  // The argument of the machine's T(...) for a variable copy-initialized
  // (`T x = e;`, a range-for variable) from Init, whose text is Text: as is,
  // or asl::copy_init<T>(e) where T(e) could choose another constructor
  // (an explicit one) or conversion than the declaration does.
  std::string copyInitialized(const LiftedLocal &Lifted, const Expr *Init,
                              const std::string &Text) {
    // A range-for's hidden variables are `auto` ones, of their initializer's
    // type. A reference's temporary is copy-initialized whatever the form;
    // it is the object built here, of its own type (a reference may be
    // bound to a member of it).
    const VarDecl *Var = Lifted.Var;
    if (Init == nullptr || Var->isImplicit() ||
        (Var->getInitStyle() != VarDecl::CInit &&
         !Var->getType()->isReferenceType()))
      return Text;
    QualType Built = Var->getType().getNonReferenceType();
    if (const MaterializeTemporaryExpr *Temporary = extendedTemporary(Var))
      Built = Temporary->getType();
    if (!copyInitDiffers(C.ast(), Built, Init))
      return Text;
    return "asl::copy_init<" + Lifted.Type + ">(" + Text + ")";
  }

  // The address a lifted reference keeps, of the expression Text that
  // initializes it: std::addressof takes only lvalues, so an rvalue
  // reference's xvalue goes through asl::bound_address.
  static std::string addressOf(const LiftedLocal &Lifted,
                               const std::string &Text) {
    const Expr *Init = Lifted.Var->getInit();
    bool Xvalue = Init != nullptr && Init->IgnoreImplicit()->isXValue();
    return (Xvalue ? "asl::bound_address(" : "std::addressof(") + Text + ")";
  }

  std::string constructFrom(const LiftedLocal &Lifted,
                            const std::string &Text) {
    return statements(constructionFrom(Lifted, Text));
  }

  static std::string statements(llvm::ArrayRef<std::string> Parts) {
    std::string Out;
    for (const std::string &Part : Parts)
      Out += Part + ";\n";
    return Out;
  }

  // After a tuple-like structured binding's object: its names' references,
  // initialized from get<I> in order.
  std::vector<std::string> bindingReferences(const LiftedLocal &Whole) {
    std::vector<std::string> Parts;
    if (const auto *Decomposition = dyn_cast<DecompositionDecl>(Whole.Var))
      for (const BindingDecl *Binding : Decomposition->bindings())
        if (const VarDecl *Holding = Binding->getHoldingVar())
          for (std::string &Part : constructionFrom(
                   *Plan.lifted(Holding), tupleElement(Whole, Holding)))
            Parts.push_back(std::move(Part));
    return Parts;
  }

  // range.begin() or begin(range), as the range-for chose; for an array,
  // the array itself and one past its end.
  std::string iteratorInit(const VarDecl *Iterator, const std::string &Range) {
    const Expr *Init = Iterator->getInit()->IgnoreImplicit();
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Init))
      return Range + "." + Call->getMethodDecl()->getNameAsString() + "()";
    if (const auto *Call = dyn_cast<CallExpr>(Init))
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        return Callee->getNameAsString() + "(" + Range + ")";
    if (const auto *Add = dyn_cast<BinaryOperator>(Init))
      if (const auto *Size =
              dyn_cast<IntegerLiteral>(Add->getRHS()->IgnoreImplicit()))
        return Range + " + " + std::to_string(Size->getValue().getZExtValue());
    return Range;
  }

  // The loop variable's declaration as written, up to the `:`.
  std::string loopDeclarator(const CXXForRangeStmt *For) {
    std::string Text =
        C.text({For->getLoopVariable()->getBeginLoc(), For->getColonLoc()});
    return llvm::StringRef(Text).rtrim().drop_back().rtrim().str();
  }

  // for (decl : range) body, spelled out as the standard defines it, with
  // the range, its iterators and the loop variable as lifted locals.
  void rewriteRangeFor(const CXXForRangeStmt *For) {
    const LiftedLocal &Range = *Plan.lifted(rangeVariable(For));
    const LiftedLocal &Begin =
        *Plan.lifted(cast<VarDecl>(For->getBeginStmt()->getSingleDecl()));
    const LiftedLocal &End =
        *Plan.lifted(cast<VarDecl>(For->getEndStmt()->getSingleDecl()));

    // C++20's init-statement runs first; what it declares lives in the
    // block around the loop, and dies after the range.
    std::string Out = "{\n";
    if (const Stmt *Init = For->getInit())
      Out += initStatement(For, Init);
    unsigned F = 0;
    bool Awaits = fullExpression(For, FullExpression::Context::Range, &F);
    if (Awaits)
      Out += Steps[F];
    const CXXStdInitializerListExpr *List =
        builtInitializerList(rangeVariable(For));
    if (List != nullptr) {
      // A braced list: the loop iterates its backing array, which is lifted
      // in the list's place (LocalLifting.cpp), so it lives as long as the
      // loop, as natively. An std::initializer_list built here would point
      // to an array that dies at the end of the statement.
      const Expr *Braced = List->getSubExpr()->IgnoreImplicit();
      Out += constructAt(C.ast(), Range.Stored, Range.Field, Range.Type,
                         C.text(Braced->getSourceRange())) +
             ";\n";
      if (Range.Destructible)
        Out += liveFlag(Range.Field) + " = true;\n";
    } else if (Range.Storage == LiftedLocal::StorageKind::Extended) {
      // The range names the temporary or a part of it (`make().ids`): the
      // field holds the whole temporary, as the range's reference keeps it.
      Out += constructFrom(
          Range,
          C.operandText(extendedTemporary(rangeVariable(For))->getSubExpr()));
    } else {
      Out += constructFrom(Range, C.operandText(For->getRangeInit()));
    }
    if (Awaits)
      Out += Spiller.epilogue(F);
    if (List != nullptr) {
      const auto *Array = C.ast().getAsConstantArrayType(Range.Stored);
      Out += constructFrom(Begin, Range.Field);
      Out += constructFrom(End,
                           Range.Field + " + " +
                               std::to_string(Array->getSize().getZExtValue()));
    } else {
      Out += constructFrom(Begin, iteratorInit(Begin.Var, Range.use()));
      Out += constructFrom(End, iteratorInit(End.Var, Range.use()));
    }

    Out += "for (; " + Begin.Field + " != " + End.Field + "; ++" + Begin.Field +
           ") {\n";
    const VarDecl *Loop = For->getLoopVariable();
    std::string Element = "*" + Begin.Field;
    if (const LiftedLocal *Variable = Plan.lifted(Loop))
      Out += constructFrom(*Variable, Element) +
             statements(bindingReferences(*Variable));
    else
      Out += loopDeclarator(For) + " = " + Element + ";\n";
    Out += C.text(statementRange(For->getBody())) + "\n";
    if (!isa<CompoundStmt>(For->getBody()))
      for (const LocalScope &L : Plan.Locals)
        if (L.Var == Loop)
          Out += destroyCalls(Plan, {&L});
    Out += "}\n" + destroyCalls(Plan, scopedTo(Plan, For)) + "}\n";
    replaceStatement(For, Out);
  }

  // ---- Loops whose head awaits ----------------------------------------------

  // A loop whose condition or increment holds an await becomes for (;;)
  // with the head's parts as statements where C++ evaluates them. A
  // `continue` that must reach the condition (do) or increment (for) goes
  // to a label there instead.
  void planLoops() {
    for (const FullExpression &Full : Plan.FullExprs)
      if ((isa<DoStmt>(Full.Owner) || isa<ForStmt>(Full.Owner)) &&
          !ContinueLabel.count(Full.Owner))
        ContinueLabel[Full.Owner] = "";
    for (const Stmt *Jump : Plan.Jumps)
      if (isa<ContinueStmt>(Jump)) {
        const Stmt *Loop = jumpTarget(Plan, Jump);
        auto It = ContinueLabel.find(Loop);
        if (It != ContinueLabel.end() && It->second.empty())
          It->second = Plan.fresh("continue" +
                                  std::to_string(ContinueLabel.size()) + "_");
      }
  }

  std::string loopTest(const Stmt *Loop, const Expr *Cond) {
    using Context = FullExpression::Context;
    unsigned F = 0;
    if (Cond == nullptr)
      return {};
    if (const FullExpression *Full =
            fullExpression(Loop, Context::Condition, &F)) {
      std::string Field = conditionField(*Full, C.ast().BoolTy);
      return evaluateCondition(F, Field) + "if (!" + Field + ")\nbreak;\n";
    }
    return "if (!(" + C.text(Cond->getSourceRange()) + "))\nbreak;\n";
  }

  void rewriteLoop(const Stmt *Loop) {
    std::string Continue;
    if (auto It = ContinueLabel.find(Loop);
        It != ContinueLabel.end() && !It->second.empty())
      Continue = It->second + ":\n";
    if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
      // A lifted condition variable of the last iteration dies before the
      // condition runs again, and after the loop.
      std::string Scoped = destroyCalls(Plan, scopedTo(Plan, While));
      replaceStatement(While, "for (;;) {\n" + Scoped +
                                  loopTest(While, While->getCond()) +
                                  C.text(statementRange(While->getBody())) +
                                  "\n}\n" + Scoped);
    } else if (const auto *Do = dyn_cast<DoStmt>(Loop)) {
      replaceStatement(Do, "for (;;) {\n" +
                               C.text(statementRange(Do->getBody())) + "\n" +
                               Continue + loopTest(Do, Do->getCond()) + "}\n");
    } else if (const auto *For = dyn_cast<ForStmt>(Loop)) {
      std::string Init;
      unsigned InitFull = 0;
      bool InitAwaits =
          !isSplit(For->getInit()) &&
          fullExpression(For, FullExpression::Context::Init, &InitFull);
      if (const Stmt *InitStmt = For->getInit())
        Init = C.text(statementRange(InitStmt));
      if (Init.size() && Init.back() != ';' && Init.back() != '\n')
        Init += ";";
      if (InitAwaits)
        Init = Steps[InitFull] + Init + "\n" + Spiller.epilogue(InitFull);
      std::string Increment;
      unsigned F = 0;
      if (fullExpression(For, FullExpression::Context::Increment, &F))
        Increment = Steps[F] + C.text(For->getInc()->getSourceRange()) + ";\n" +
                    Spiller.epilogue(F);
      else if (For->getInc() != nullptr)
        Increment = C.text(For->getInc()->getSourceRange()) + ";\n";
      // A lifted condition variable lives through the body and the
      // increment; the previous iteration's dies before the condition runs
      // again (and the last one's after the loop, with the for-init's).
      std::string Previous;
      for (const LocalScope &L : Plan.Locals)
        if (L.Var != nullptr && L.Var == For->getConditionVariable())
          Previous = destroyCalls(Plan, {&L});
      replaceStatement(For, "{\n" + Init + "\nfor (;;) {\n" + Previous +
                                loopTest(For, For->getCond()) +
                                C.text(statementRange(For->getBody())) + "\n" +
                                Continue + Increment + "}\n" +
                                destroyCalls(Plan, scopedTo(Plan, For)) +
                                "}\n");
    }
  }

  // ---- Lifted declarations -------------------------------------------------

  bool rewriteLiftedDeclarations() {
    bool Ok = true;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Decls = dyn_cast<DeclStmt>(S);
      if (Decls == nullptr || isConditionVariable(Decls) ||
          isLiftedLoopVariable(Decls))
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
      Ok &= rewriteDeclaration(Decls);
    });
    return Ok;
  }

  // Constructed before its if or switch by rewriteHead, when that awaits.
  bool isConditionVariable(const DeclStmt *Decls) {
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
  void keepAliasesQuiet(const VarDecl *Var) {
    LocalAliasFinder Aliases;
    if (const TypeSourceInfo *Written = Var->getTypeSourceInfo())
      Aliases.TraverseTypeLoc(Written->getTypeLoc());
    for (const TypedefNameDecl *Alias : Aliases.Found)
      if (!hoisted(Alias) && QuietAliases.insert(Alias).second &&
          !Alias->getLocation().isMacroID())
        R.InsertTextAfterToken(Alias->getLocation(), " [[maybe_unused]]");
  }

  // True when the declaration moved to the locals class (HoistedLocals.cpp).
  bool hoisted(const Decl *D) {
    return llvm::any_of(Plan.HoistedTypes, [&](const DeclStmt *Decls) {
      return Decls->getSingleDecl() == D;
    });
  }

  // ---- Declarations of several variables ---------------------------------
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
  const FullExpression *initializerOf(const VarDecl *Var, unsigned &Index) {
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
  bool isSplit(const Stmt *S) {
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
  SourceLocation declaratorBegin(const VarDecl *Var) {
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
  SourceLocation declaratorEnd(const VarDecl *Var) {
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
  bool splitDeclaration(const DeclStmt *Decls) {
    std::vector<const VarDecl *> Vars;
    for (const Decl *D : Decls->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (Var == nullptr)
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
      const VarDecl *Var = Vars[I];
      unsigned F = 0;
      const FullExpression *Full = initializerOf(Var, F);
      if (Full != nullptr)
        Text += Steps[F];
      if (const LiftedLocal *Lifted = Plan.lifted(Var)) {
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
            return C.unsupported(Var->getLocation(),
                                 "cannot find where this declarator begins");
          Begin = After->getLocation();
        }
        Text += Specifiers + C.text({Begin, declaratorEnd(Var)}) + ";\n";
      }
      if (Full != nullptr)
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

  static bool isInitOf(const Stmt *Init, const Stmt *Holder) {
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

  bool rewriteDeclaration(const DeclStmt *Decls) {
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
  std::string tupleElement(const LiftedLocal &Whole, const VarDecl *Holding) {
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
  static const Expr *writtenInitializer(const VarDecl *Var) {
    const Expr *Init = Var->getInit();
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
            Init ? Init->IgnoreImplicit() : nullptr))
      if (Construct->getNumArgs() == 0 &&
          Construct->getParenOrBraceRange().isInvalid())
        return nullptr;
    return Init;
  }

  // The construction of Var, or of the temporary a reference Var binds,
  // from Var's own list or parentheses, if Init is one whose text begins at
  // Var's name: `const std::string &s{"text"};`, the init-captures
  // `[s{text}]` and `[s(text)]`. Its text is the list's.
  const CXXConstructExpr *constructionAtName(const VarDecl *Var,
                                             const Expr *Init) {
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
    if (Construct == nullptr || Construct->getParenOrBraceRange().isInvalid() ||
        C.sources().isBeforeInTranslationUnit(Var->getLocation(),
                                              Construct->getBeginLoc()))
      return nullptr;
    return Construct;
  }

  // Constructs a lifted local in its field, as its declaration would.
  std::vector<std::string> construction(const LiftedLocal &Lifted) {
    const VarDecl *Var = Lifted.Var;
    const Expr *Init = writtenInitializer(Var);
    using Storage = LiftedLocal::StorageKind;
    if (Lifted.Storage == Storage::Scalar) {
      if (Init == nullptr)
        return {};
      return {Lifted.Field + " = " + C.text(initializerRange(Var))};
    }
    if (Lifted.Storage == Storage::Reference)
      return {Lifted.Field + " = " +
              addressOf(Lifted,
                        C.text(referenceInitializer(Var)->getSourceRange()))};
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
    if (const auto *Copy = Init != nullptr ? dyn_cast<ArrayInitLoopExpr>(
                                                 Init->IgnoreImplicit())
                                           : nullptr) {
      std::vector<std::string> Parts = {
          "asl::init_from_array(" + Lifted.Field + ", " +
          C.operandText(Copy->getCommonExpr()->getSourceExpr()) + ")"};
      if (Lifted.Destructible)
        Parts.push_back(liveFlag(Lifted.Field) + " = true");
      return Parts;
    }

    std::string Args;
    const NamedClosure *Closure =
        Init != nullptr ? namedClosure(Init->IgnoreImplicit()) : nullptr;
    if (Closure != nullptr) {
      Args = Closure->Inits;
    } else if (Init != nullptr && Lifted.Storage == Storage::Extended) {
      std::string Text = C.text(Init->getSourceRange());
      // `const std::string &s{"text"};` list-initializes the temporary
      // from the reference's own list, `const T &r = {"a"};` from the
      // list after `=`: T{"a"}, not T({"a"}).
      const CXXConstructExpr *Construct = constructionAtName(Var, Init);
      if (Construct != nullptr)
        Text = C.text(Construct->getParenOrBraceRange());
      const auto *Listed = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
      bool BareList =
          Listed != nullptr && Listed->isListInitialization() &&
          Listed->getBeginLoc().isValid() &&
          Listed->getBeginLoc() == Listed->getParenOrBraceRange().getBegin();
      Args = Construct != nullptr || BareList ||
                     isa<InitListExpr>(Init->IgnoreImplicit())
                 ? Text
                 : "(" + copyInitialized(Lifted, Init, Text) + ")";
    } else if (Init != nullptr) {
      std::string Text = C.text(initializerRange(Var));
      // `T t = {args};` of a class with constructors is list-initialization
      // too: T{args}, not T({args}), which may be ambiguous between T's
      // constructors and its copy and move constructors.
      const auto *Construct =
          dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
      bool CopyList = Construct != nullptr &&
                      Construct->isListInitialization() &&
                      llvm::StringRef(Text).starts_with("{");
      bool Bracketed = Var->getInitStyle() != VarDecl::CInit ||
                       isa<InitListExpr>(Init->IgnoreImplicit()) || CopyList;
      Args = Bracketed ? Text : "(" + copyInitialized(Lifted, Init, Text) + ")";
    }
    std::vector<std::string> Parts = {
        constructAt(C.ast(), Lifted.Stored, Lifted.Field, Lifted.Type, Args)};
    if (Lifted.Destructible)
      Parts.push_back(liveFlag(Lifted.Field) + " = true");
    return Parts;
  }

  // A named std::initializer_list: its backing array is built in its own
  // field from the braced list (each element copy-initialized, as natively;
  // a new-expression destroys those built so far if one throws), unless
  // an awaiting initializer built it element by element already
  // (InitializerLists.cpp); then the list is made to point to it.
  std::vector<std::string> listConstruction(const LiftedLocal &Lifted) {
    const LiftedLocal::BackingArray &Array = *Lifted.Array;
    std::vector<std::string> Parts;
    if (!Lifted.BuiltInPlace) {
      const Expr *Braced =
          builtInitializerList(Lifted.Var)->getSubExpr()->IgnoreImplicit();
      Parts.push_back(constructAt(C.ast(), Array.Stored, Array.Field,
                                  Array.Type,
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
  SourceRange initializerRange(const VarDecl *Var) {
    const Expr *Init = Var->getInit();
    if (Var->getInitStyle() != VarDecl::CInit) {
      if (const auto *Construct =
              dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit()))
        if (Construct->getParenOrBraceRange().isValid())
          return Construct->getParenOrBraceRange();
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

  void wrapForWithCleanup(const ForStmt *For) {
    R.InsertText(For->getBeginLoc(), "{\n", /*InsertAfter=*/false);
    SourceLocation End = Lexer::getLocForEndOfToken(
        statementRange(For->getBody()).getEnd(), 0, C.sources(), C.langOpts());
    R.InsertText(End, "\n" + destroyCalls(Plan, scopedTo(Plan, For)) + "}\n");
  }

  // ---- co_return and jumps -------------------------------------------------

  void rewriteReturn(const CoreturnStmt *Return) {
    // co_return's operand is a full-expression: its awaits run first, its
    // temporaries die after the result is set, then the locals.
    std::string Out, Epilogue;
    unsigned F = 0;
    if (fullExpression(Return, FullExpression::Context::Return, &F)) {
      Out += Steps[F];
      Epilogue = Spiller.epilogue(F);
    }

    const Expr *Operand = Return->getOperand();
    if (Plan.ReturnsVoid) {
      if (Operand != nullptr)
        Out += C.text(Operand->getSourceRange()) + ";\n";
      Out += Plan.Builder + ".set_result();\n";
    } else {
      Out += Plan.Builder + ".set_result(" + returnValue(Return) + ");\n";
    }
    Out += Epilogue;
    Out += leaveHandlers(Return, "goto " + Plan.Finish + ";\n");
    replaceStatement(Return, Out);
  }

  // co_return x moves from a local or by-value parameter x (C++20's
  // implicit move); the promise call clang built says whether it did.
  std::string returnValue(const CoreturnStmt *Return) {
    const Expr *Operand = Return->getOperand();
    std::string Text = C.operandText(Operand);
    const auto *Call = dyn_cast_or_null<CallExpr>(Return->getPromiseCall());
    bool Moved = Call != nullptr && Call->getNumArgs() == 1 &&
                 Call->getArg(0)->isXValue() &&
                 isa<DeclRefExpr>(Operand->IgnoreParenImpCasts()) &&
                 Operand->IgnoreParenImpCasts()->isLValue();
    return Moved ? "std::move(" + Text + ")" : Text;
  }

  void rewriteJump(const Stmt *Jump) {
    std::string Then = C.text(statementRange(Jump)) + "\n";
    if (isa<ContinueStmt>(Jump)) {
      auto It = ContinueLabel.find(jumpTarget(Plan, Jump));
      if (It != ContinueLabel.end() && !It->second.empty())
        Then = "goto " + It->second + ";\n";
    }
    std::string Out = leaveHandlers(Jump, Then);
    if (Out != C.text(statementRange(Jump)) + "\n")
      replaceStatement(Jump, Out);
  }

  // The destroy calls of the locals a jump leaves, then Then, the jump. Out
  // of a catch handler, the locals of the scopes around it die after the
  // handler's exception object, which C++ destroys as the handler is left:
  // so the jump first goes to a label after the handler's try statement,
  // and they are destroyed there (insertHandlerExits).
  std::string leaveHandlers(const Stmt *Jump, const std::string &Then) {
    HandlerExits Exits = handlerExits(C, Plan, Jump);
    std::string Out = Exits.Destroys[0];
    std::string *Last = &Out;
    for (size_t K = 1; K < Exits.Destroys.size(); ++K) {
      if (Exits.Destroys[K].empty())
        continue;
      std::string Label =
          Plan.fresh("catch_exit" + std::to_string(HandlerExitCount++) + "_");
      *Last += "goto " + Label + ";\n";
      std::string &After = AfterTry[Exits.Tries[K - 1]];
      After += Label + ":\n" + Exits.Destroys[K];
      Last = &After;
    }
    *Last += Then;
    return Out;
  }

  // The exits of jumps out of handlers, after each try statement, in a block
  // only the jumps enter.
  void insertHandlerExits() {
    for (const auto &[Try, Exits] : AfterTry) {
      const Stmt *Parent = Plan.Tree->parent(Try);
      bool InBlock =
          isa<CompoundStmt, SwitchCase, LabelStmt, AttributedStmt>(Parent);
      SourceLocation End = Lexer::getLocForEndOfToken(
          Try->getEndLoc(), 0, C.sources(), C.langOpts());
      if (!InBlock)
        R.InsertText(Try->getBeginLoc(), "{\n", /*InsertAfter=*/false);
      R.InsertText(End,
                   "\n// Jumps out of the handlers above go on here, once the "
                   "exception\n// object is destroyed.\nif (false) {\n" +
                       Exits + "}\n" + (InBlock ? "" : "}\n"),
                   /*InsertAfter=*/true);
    }
  }

  // ---- Block ends, tries, handlers -----------------------------------------

  // The end of such a block is never reached; code there would only make
  // g++ warn that a switch case falls through.
  static bool endsInJump(const CompoundStmt *Block) {
    if (Block->body_empty())
      return false;
    const Stmt *Last = Block->body_back();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Last))
      Last = Cleanups->getSubExpr();
    return isa<BreakStmt, ContinueStmt, GotoStmt, ReturnStmt, CoreturnStmt,
               CXXThrowExpr>(Last);
  }

  void insertBlockCleanups() {
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Block = dyn_cast<CompoundStmt>(S);
      if (Block == nullptr || endsInJump(Block))
        return;
      BlockEnd End = blockEnd(Plan, Block);
      for (SourceLocation Open : End.Opens)
        R.InsertText(Open, "{\n", /*InsertAfter=*/false);
      if (End.Text.empty())
        return;
      // `[[fallthrough]];` must stay last, right before the next case label.
      if (const auto *Last =
              dyn_cast_or_null<AttributedStmt>(Block->body_back());
          Last != nullptr && llvm::any_of(Last->getAttrs(), [](const Attr *A) {
            return isa<FallThroughAttr>(A);
          }))
        R.InsertText(Last->getBeginLoc(), End.Text, /*InsertAfter=*/true);
      else
        R.InsertText(Block->getRBracLoc(), End.Text, /*InsertAfter=*/true);
    });
  }

  void insertTryDispatchAndHandlers() {
    for (const TryRegion &Region : Plan.Tries) {
      R.InsertText(Region.Try->getBeginLoc(), Region.Label + ":\n",
                   /*InsertAfter=*/false);
      SourceLocation Inside =
          Region.Try->getTryBlock()->getLBracLoc().getLocWithOffset(1);
      R.InsertText(Inside, "\n" + dispatchSwitch(Plan, Region.Try),
                   /*InsertAfter=*/false);
    }
    // Unwinding destroys the try block's objects before a handler runs.
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Try = dyn_cast<CXXTryStmt>(S);
      if (Try == nullptr)
        return;
      // The full-expression that threw is innermost: its awaiters and
      // temporaries go first (their live flags say which are constructed),
      // then locals.
      std::string Destroys;
      for (unsigned F = Plan.FullExprs.size(); F-- > 0;)
        if (Plan.Tree->contains(Try->getTryBlock(), Plan.FullExprs[F].Root))
          Destroys += Spiller.unwind(F);
      Destroys += destroyCalls(Plan, declaredInside(Plan, Try->getTryBlock()));
      if (Destroys.empty())
        return;
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
        const auto *Handler =
            cast<CompoundStmt>(Try->getHandler(I)->getHandlerBlock());
        R.InsertText(Handler->getLBracLoc().getLocWithOffset(1),
                     "\n" + Destroys, /*InsertAfter=*/false);
      }
    });
  }

  LoweringContext &C;
  FunctionPlan &Plan;
  Rewriter &R;
  ExpressionSpiller Spiller{C, Plan};
  std::vector<std::string> Steps; // per full-expression: what runs first
  // Loops rewritten as for (;;) whose `continue` needs a label, and its name.
  llvm::DenseMap<const Stmt *, std::string> ContinueLabel;
  llvm::SmallPtrSet<const TypedefNameDecl *, 4> QuietAliases;
  llvm::SmallPtrSet<const DeclStmt *, 4> QuietConstants;
  // Implicit copies of fields by lambdas whose init-captures await, as
  // init-captures to write before the `]` (writeImplicitCopies).
  std::vector<std::pair<const LambdaExpr *, std::string>> ImplicitCopies;
  std::string ThisCopy; // the init-capture that replaces `*this`
  // Where a `decltype(xs)` of a pack's element was replaced (spellDecltype).
  std::set<SourceLocation> PackDecltypes;
  // Per try statement, the exits of jumps out of its handlers.
  std::map<const CXXTryStmt *, std::string> AfterTry;
  unsigned HandlerExitCount = 0;
};

} // namespace

bool rewriteBody(LoweringContext &C, FunctionPlan &Plan) {
  return BodyRewriter(C, Plan).run();
}

} // namespace asynclower
