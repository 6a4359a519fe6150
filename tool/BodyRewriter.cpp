//===- BodyRewriter.cpp - The body of move_next(), as edits of the source ===//
//
// The user's body is kept as text and edited in place, so the output reads
// like the input: parameters and lifted locals become fields with the same
// names, and only the constructs below change.
//
//   co_await e          the C# await expansion: get the awaiter, fast path
//                       if it is ready, else store the state, register the
//                       continuation and return; the resume label follows
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

#include "Lowering.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {
namespace {

class BodyRewriter {
public:
  BodyRewriter(LoweringContext &C, FunctionPlan &Plan)
      : C(C), Plan(Plan), R(C.rewriter()) {}

  bool run() {
    if (!renameReferences())
      return false;
    for (AwaitSite &Site : Plan.Awaits)
      replaceTemporaries(Site);
    // Read each operand before its await expression is replaced.
    for (const AwaitSite &Site : Plan.Awaits)
      OperandText.push_back(C.text(Site.Await->getOperand()->getSourceRange()));
    for (const AwaitSite &Site : Plan.Awaits)
      replaceAwaitExpression(Site);
    if (!rewriteLiftedDeclarations())
      return false;
    for (const CoreturnStmt *Return : Plan.Returns)
      rewriteReturn(Return);
    for (const Stmt *Jump : Plan.Jumps)
      rewriteJump(Jump);
    for (const AwaitSite &Site : Plan.Awaits)
      if (Site.Shape != AwaitSite::Shape::Return)
        wrapAwaitStatement(Site);
    insertBlockCleanups();
    insertTryDispatchAndHandlers();
    return true;
  }

private:
  // The statement's text range, with the `;` that ends it.
  SourceRange statementRange(const Stmt *S) {
    SourceRange Range = S->getSourceRange();
    if (isa<DeclStmt, CompoundStmt, IfStmt, ForStmt, WhileStmt, SwitchStmt,
            CXXTryStmt, CXXForRangeStmt>(S))
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

  std::string awaiter(const AwaitSite &Site) {
    return Site.Source == AwaitSite::Source::Lvalue ? "(*" + Site.Field + ")"
                                                    : Site.Field;
  }

  // ---- Renaming: fields, this, captures -----------------------------------

  bool renameReferences() {
    bool Ok = true;
    Plan.Tree->walk(
        Plan.Body,
        [&](const Stmt *S) {
          if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
            Ok &= renameLocal(Ref);
          else if (const auto *This = dyn_cast<CXXThisExpr>(S))
            renameThis(This);
          else if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
            recapture(Lambda);
        },
        /*IntoLambdas=*/true);
    return Ok;
  }

  bool renameLocal(const DeclRefExpr *Ref) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    const LiftedLocal *Lifted = Var ? Plan.lifted(Var) : nullptr;
    if (Lifted == nullptr || Lifted->Field == Var->getName())
      return true;
    if (Ref->getLocation().isMacroID())
      return C.unsupported(C.sources().getExpansionLoc(Ref->getLocation()),
                           "lifted local '" + Var->getNameAsString() +
                               "' used inside a macro expansion");
    R.ReplaceText(Ref->getLocation(), Var->getName().size(), Lifted->Field);
    return true;
  }

  void renameThis(const CXXThisExpr *This) {
    if (!This->isImplicit()) {
      R.ReplaceText(This->getLocation(), 4, Plan.This);
      return;
    }
    // An implicit this->member: name the object explicitly.
    const Stmt *Parent = Plan.Tree->parent(This);
    while (isa_and_nonnull<ImplicitCastExpr>(Parent))
      Parent = Plan.Tree->parent(Parent);
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(Parent))
      R.InsertTextBefore(Member->getMemberLoc(), Plan.This + "->");
  }

  // Captured parameters and lifted locals are fields now; a lambda captures
  // them by naming them in an init-capture.
  void recapture(const LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Capture.capturesVariable())
        continue;
      const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar());
      std::string Field = fieldFor(Var);
      if (Field.empty())
        continue;
      std::string Init = Var->getNameAsString() + " = " + Field;
      if (Capture.isExplicit())
        R.ReplaceText(Capture.getLocation(), Var->getName().size(), Init);
      else if (Capture.getCaptureKind() == LCK_ByCopy)
        R.InsertTextBefore(Lambda->getIntroducerRange().getEnd(), ", " + Init);
      // An implicit by-reference capture now captures this: same meaning.
    }
  }

  std::string fieldFor(const VarDecl *Var) {
    if (Var == nullptr)
      return {};
    if (const LiftedLocal *Lifted = Plan.lifted(Var))
      return Lifted->Field;
    if (isa<ParmVarDecl>(Var))
      return Var->getNameAsString();
    return {};
  }

  // ---- Awaits --------------------------------------------------------------

  // Each lifted temporary is constructed from its initializer as written,
  // and the operand names the field instead (moved from where the temporary
  // was bound to an rvalue reference).
  void replaceTemporaries(AwaitSite &Site) {
    for (LiftedTemporary &Lifted : Site.Temporaries) {
      const MaterializeTemporaryExpr *Temporary = Lifted.Temporary;
      std::string Init = C.text(Temporary->getSubExpr()->getSourceRange());
      Lifted.Construct = "::new (asl::place(" + Lifted.Field + ")) " +
                         Lifted.Type + "(" + Init + ");\n";
      if (Lifted.Destructible)
        Lifted.Construct += liveFlag(Lifted.Field) + " = true;\n";
      R.ReplaceText(Temporary->getSourceRange(),
                    Temporary->isXValue() ? "std::move(" + Lifted.Field + ")"
                                          : Lifted.Field);
    }
  }

  void replaceAwaitExpression(const AwaitSite &Site) {
    R.ReplaceText(Site.Await->getSourceRange(),
                  awaiter(Site) + ".await_resume()");
  }

  // The expansion before the statement that uses the result (the C# shape:
  // get the awaiter; if it is not complete, suspend; resume here).
  std::string awaitPrologue(const AwaitSite &Site) {
    const std::string &Text = OperandText[Site.State];
    std::string Original = C.originalText(Site.Await->getSourceRange()).str();
    std::string Out;
    if (Original.find('\n') == std::string::npos && Original.size() <= 60)
      Out += "// " + Original + " (line " +
             std::to_string(C.line(Site.Await->getBeginLoc())) + ")\n";
    else
      Out += "// co_await at line " +
             std::to_string(C.line(Site.Await->getBeginLoc())) + "\n";

    for (const LiftedTemporary &Lifted : Site.Temporaries)
      Out += Lifted.Construct;
    switch (Site.Source) {
    case AwaitSite::Source::GetAwaiter:
      Out += "::new (asl::place(" + Site.Field + ")) " + Site.Type +
             "(asl::get_awaiter(" + Text + "));\n";
      break;
    case AwaitSite::Source::Prvalue:
      Out += "::new (asl::place(" + Site.Field + ")) " + Site.Type + "(" +
             Text + ");\n";
      break;
    case AwaitSite::Source::Lvalue:
      Out += Site.Field + " = std::addressof(" + Text + ");\n";
      break;
    }
    if (Site.Destructible)
      Out += liveFlag(Site.Field) + " = true;\n";

    std::string A = awaiter(Site);
    Out += "if (!" + A + ".await_ready()) {\n";
    Out += Plan.State + " = " + std::to_string(Site.State) + ";\n";
    Out += Plan.Builder + ".await_on_completed(" + A + ", *this);\n";
    Out += "return;\n";
    Out += Site.Label + ":\n";
    Out += Plan.State + " = -1;\n";
    Out += Plan.Builder + ".rethrow_if_suspend_failed();\n";
    Out += "}\n";
    return Out;
  }

  // The awaiter is a temporary of the full-expression: it dies at its end.
  std::string awaitEpilogue(const AwaitSite &Site) {
    std::string Out;
    if (Site.Destructible)
      Out +=
          "asl::destroy(" + Site.Field + ", " + liveFlag(Site.Field) + ");\n";
    for (auto It = Site.Temporaries.rbegin(); It != Site.Temporaries.rend();
         ++It)
      if (It->Destructible)
        Out +=
            "asl::destroy(" + It->Field + ", " + liveFlag(It->Field) + ");\n";
    return Out;
  }

  void wrapAwaitStatement(const AwaitSite &Site) {
    std::string Use = C.text(statementRange(Site.Statement));
    if (Site.Shape == AwaitSite::Shape::Assignment)
      Use = assignmentInOrder(Site, Use);
    replaceStatement(Site.Statement, awaitPrologue(Site) +
                                         llvm::StringRef(Use).rtrim().str() +
                                         "\n" + awaitEpilogue(Site));
  }

  // C++17 evaluates the right side of `=` first. Where the left side is
  // more than a name, the output says so explicitly rather than trusting
  // the compiler that builds it (g++ 12 gets some of these wrong).
  std::string assignmentInOrder(const AwaitSite &Site, std::string Use) {
    const Expr *Target = nullptr;
    if (Site.Assigned != nullptr)
      Target = Site.Assigned->getLHS();
    else if (const auto *Whole = dyn_cast<Expr>(Site.Statement))
      if (const auto *Call =
              dyn_cast<CXXOperatorCallExpr>(Whole->IgnoreImplicit()))
        Target = Call->getArg(0);
    if (Target == nullptr)
      return Use;
    const Expr *Plain = Target->IgnoreParenImpCasts();
    if (isa<DeclRefExpr>(Plain))
      return Use;
    if (const auto *Member = dyn_cast<MemberExpr>(Plain))
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return Use;
    std::string Result = Plan.fresh("result_");
    return "{\nauto &&" + Result + " = " + awaiter(Site) +
           ".await_resume();\n" + C.text(Target->getSourceRange()) +
           " = static_cast<decltype(" + Result + ") &&>(" + Result + ");\n}";
  }

  // ---- Lifted declarations -------------------------------------------------

  bool rewriteLiftedDeclarations() {
    bool Ok = true;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Decls = dyn_cast<DeclStmt>(S);
      if (Decls == nullptr)
        return;
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

  bool rewriteDeclaration(const DeclStmt *Decls) {
    const auto *For = dyn_cast_or_null<ForStmt>(Plan.Tree->parent(Decls));
    bool InForInit = For != nullptr && For->getInit() == Decls;

    // Each declarator becomes one or two expressions: the construction and,
    // for a type with a destructor, setting its live flag.
    std::vector<std::string> Parts;
    for (const Decl *D : Decls->decls()) {
      const auto *Var = cast<VarDecl>(D);
      if (Var->getLocation().isMacroID())
        return C.unsupported(C.sources().getExpansionLoc(Var->getLocation()),
                             "local declared inside a macro expansion");
      for (std::string &Part : construction(*Plan.lifted(Var)))
        Parts.push_back(std::move(Part));
    }

    std::string Text;
    if (InForInit) {
      // The for-init keeps one expression statement.
      for (size_t I = 0; I < Parts.size(); ++I)
        Text += (I ? ", " : "") + Parts[I];
      Text += ";";
      if (!destroyCalls(Plan, scopedTo(Plan, For)).empty())
        wrapForWithCleanup(For);
    } else {
      for (const std::string &Part : Parts)
        Text += Part + ";\n";
    }
    R.ReplaceText(Decls->getSourceRange(), Text);
    return true;
  }

  // Constructs a lifted local in its field, as its declaration would.
  std::vector<std::string> construction(const LiftedLocal &Lifted) {
    const VarDecl *Var = Lifted.Var;
    const Expr *Init = Var->getInit();
    if (Lifted.Scalar) {
      if (Init == nullptr)
        return {};
      return {Lifted.Field + " = " + C.text(initializerRange(Var))};
    }

    std::string Args;
    if (Init != nullptr) {
      std::string Text = C.text(initializerRange(Var));
      bool Bracketed = Var->getInitStyle() != VarDecl::CInit ||
                       isa<InitListExpr>(Init->IgnoreImplicit());
      Args = Bracketed ? Text : "(" + Text + ")";
    }
    std::vector<std::string> Parts = {"::new (asl::place(" + Lifted.Field +
                                      ")) " + Lifted.Type + Args};
    if (Lifted.Destructible)
      Parts.push_back(liveFlag(Lifted.Field) + " = true");
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
      // T x(e) or T x{e} where e initialises x directly: find the brackets.
      SourceLocation Open =
          Lexer::findNextToken(Var->getLocation(), C.sources(), C.langOpts())
              ->getLocation();
      SourceLocation Close = Lexer::getLocForEndOfToken(
          Init->getEndLoc(), 0, C.sources(), C.langOpts());
      auto Next =
          Lexer::findNextToken(Init->getEndLoc(), C.sources(), C.langOpts());
      if (Next && Next->isOneOf(tok::r_paren, tok::r_brace))
        Close = Next->getLocation();
      return {Open, Close};
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
    std::string Out;
    const AwaitSite *Site = nullptr;
    for (const AwaitSite &S : Plan.Awaits)
      if (S.Returned == Return)
        Site = &S;
    if (Site != nullptr)
      Out += awaitPrologue(*Site);

    const Expr *Operand = Return->getOperand();
    if (Plan.ReturnsVoid) {
      if (Operand != nullptr)
        Out += C.text(Operand->getSourceRange()) + ";\n";
      Out += Plan.Builder + ".set_result();\n";
    } else {
      Out += Plan.Builder + ".set_result(" + returnValue(Return) + ");\n";
    }
    if (Site != nullptr)
      Out += awaitEpilogue(*Site);
    Out += destroyCalls(Plan, leftByJump(C, Plan, Return));
    Out += "goto " + Plan.Finish + ";\n";
    replaceStatement(Return, Out);
  }

  // co_return x moves from a local or by-value parameter x (C++20's
  // implicit move); the promise call clang built says whether it did.
  std::string returnValue(const CoreturnStmt *Return) {
    const Expr *Operand = Return->getOperand();
    std::string Text = C.text(Operand->getSourceRange());
    const auto *Call = dyn_cast_or_null<CallExpr>(Return->getPromiseCall());
    bool Moved = Call != nullptr && Call->getNumArgs() == 1 &&
                 Call->getArg(0)->isXValue() &&
                 isa<DeclRefExpr>(Operand->IgnoreParenImpCasts()) &&
                 Operand->IgnoreParenImpCasts()->isLValue();
    return Moved ? "std::move(" + Text + ")" : Text;
  }

  void rewriteJump(const Stmt *Jump) {
    std::string Destroys = destroyCalls(Plan, leftByJump(C, Plan, Jump));
    if (Destroys.empty())
      return;
    replaceStatement(Jump, Destroys + C.text(statementRange(Jump)) + "\n");
  }

  // ---- Block ends, tries, handlers -----------------------------------------

  void insertBlockCleanups() {
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      const auto *Block = dyn_cast<CompoundStmt>(S);
      if (Block == nullptr)
        return;
      std::string Destroys = destroyCalls(Plan, scopedTo(Plan, Block));
      if (!Destroys.empty())
        R.InsertText(Block->getRBracLoc(), Destroys, /*InsertAfter=*/true);
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
      // The await that threw is innermost: its awaiter and temporaries go
      // first (their live flags say which are constructed), then locals.
      std::string Destroys;
      for (auto It = Plan.Awaits.rbegin(); It != Plan.Awaits.rend(); ++It)
        if (Plan.Tree->contains(Try->getTryBlock(), It->Await))
          Destroys += awaitEpilogue(*It);
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
  std::vector<std::string> OperandText; // by state
};

} // namespace

bool rewriteBody(LoweringContext &C, FunctionPlan &Plan) {
  return BodyRewriter(C, Plan).run();
}

} // namespace asynclower
