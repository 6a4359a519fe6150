//===- ExitsAndCleanups.cpp - co_return, jumps, block ends, tries ---------===//
//
// co_return sets the result and destroys what is alive; a throw of a
// local that is now a field moves from it, as natively; break,
// continue and goto destroy the lifted objects of the scopes they
// leave (out of a handler, after its exception object); a block end
// destroys its lifted objects, last declared first; a try block gets
// its dispatch switch (TryDispatch.cpp), after a guard that destroys
// what the try block holds while an exception unwinds it, or, when
// none of that can observe the unwinding, each handler first destroys
// it (UnwindGuards.h).
//
//===----------------------------------------------------------------------===//

#include "BodyRewriter.h"
#include "LowerFile.h"
#include "UnwindGuards.h"

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

void BodyRewriter::rewriteReturn(const CoreturnStmt *Return) {
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
  // The locals are destroyed: the unwind guards have nothing left to do.
  Out += leaveHandlers(Return, ReleaseMark + "goto " + Plan.Finish + ";\n");
  replaceStatement(Return, Out);
}

// Whether E is Node or has it below.
static bool hasNode(const Stmt *E, const Stmt *Node) {
  if (E == Node)
    return true;
  return E != nullptr &&
         llvm::any_of(E->children(),
                      [&](const Stmt *Child) { return hasNode(Child, Node); });
}

// co_return x moves from a local or by-value parameter x (C++20's
// implicit move), also where x is then converted to the result type
// (`co_return derived_ptr;` into a Task<std::unique_ptr<Base>>): clang
// wraps the name in an xvalue cast, and the promise call it built uses that
// cast where the move was chosen.
std::string BodyRewriter::returnValue(const CoreturnStmt *Return) {
  const Expr *Operand = Return->getOperand();
  std::string Text = C.operandText(Operand);
  const auto *Cast = dyn_cast<ImplicitCastExpr>(Operand);
  bool Moved = Cast != nullptr && Cast->getCastKind() == CK_NoOp &&
               Cast->isXValue() &&
               isa<DeclRefExpr>(Cast->getSubExpr()->IgnoreParens()) &&
               hasNode(Return->getPromiseCall(), Cast);
  return Moved ? "std::move(" + Text + ")" : Text;
}

// The name `throw name;` moves from (C++20's implicit move of a local or
// parameter): an xvalue cast of the name, under the exception object's
// construction.
static const DeclRefExpr *implicitlyMoved(const CXXThrowExpr *Throw) {
  const Expr *Operand = Throw->getSubExpr();
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Operand);
      Construct != nullptr && Construct->getNumArgs() != 0)
    Operand = Construct->getArg(0);
  const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Operand);
  if (Cast == nullptr || Cast->getCastKind() != CK_NoOp || !Cast->isXValue())
    return nullptr;
  return dyn_cast<DeclRefExpr>(Cast->getSubExpr()->IgnoreParens());
}

// `throw err;` moves err into the exception object natively. Where err is
// now a field of the machine (a lifted local, a parameter) or an rvalue
// reference (which C++17 does not move from), the output says so:
// `throw std::move(err);`.
bool BodyRewriter::moveThrownNames() {
  bool Ok = true;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Throw = dyn_cast<CXXThrowExpr>(S);
    const DeclRefExpr *Name = Throw ? implicitlyMoved(Throw) : nullptr;
    const auto *Var = Name ? dyn_cast<VarDecl>(Name->getDecl()) : nullptr;
    if (Var == nullptr)
      return;
    bool Parameter =
        isa<ParmVarDecl>(Var) && Var->getDeclContext() == Plan.Function;
    bool Field = Plan.lifted(Var) != nullptr || Parameter;
    if (!Field && !Var->getType()->isRValueReferenceType())
      return;
    SourceRange Operand = Throw->getSubExpr()->getSourceRange();
    if (Operand.getBegin().isMacroID() || Operand.getEnd().isMacroID()) {
      Ok &= C.expandMacroAround(
          Operand.getBegin(),
          "it throws '" + Var->getNameAsString() + "', moved from",
          "'" + Var->getNameAsString() +
              "' thrown inside a macro expansion");
      return;
    }
    // `throw(err);` has no space to keep the words apart.
    R.InsertTextBefore(Operand.getBegin(), " std::move(");
    R.InsertTextAfterToken(Operand.getEnd(), ")");
  });
  return Ok;
}

void BodyRewriter::rewriteJump(const Stmt *Jump) {
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
std::string BodyRewriter::leaveHandlers(const Stmt *Jump,
                                        const std::string &Then) {
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

// Whether Loc, where the text of What is edited, is in the file. A brace,
// `try` or handler a macro writes (`#define TRY try`) has no text of its
// own: the Rewriter would insert nothing there, losing a label a resume
// jumps to or the destructions at a block's end. The macro is spelled out
// first (the pass that asked is not used, LowerFile.cpp).
static bool writtenInFile(LoweringContext &C, SourceLocation Loc,
                          const std::string &What) {
  if (!Loc.isMacroID())
    return true;
  C.expandMacroAround(Loc, "it writes " + What + " the lowering edits",
                      What + " the lowering edits, written by a macro "
                             "expansion");
  return false;
}

// The exits of jumps out of handlers, after each try statement, in a block
// only the jumps enter.
void BodyRewriter::insertHandlerExits() {
  for (const auto &[Try, Exits] : AfterTry) {
    bool InBlock = !needsOwnBlock(Try);
    if (!writtenInFile(C, Try->getBeginLoc(), "a try statement") ||
        !writtenInFile(C, Try->getEndLoc(), "a try statement"))
      return;
    SourceLocation End = Lexer::getLocForEndOfToken(Try->getEndLoc(), 0,
                                                    C.sources(), C.langOpts());
    if (!InBlock)
      R.InsertText(Try->getBeginLoc(), "{\n", /*InsertAfter=*/false);
    R.InsertText(End,
                 "\n// Jumps out of the handlers above go on here, once the "
                 "exception\n// object is destroyed.\nif (false) {\n" +
                     Exits + "}\n" + (InBlock ? "" : "}\n"),
                 /*InsertAfter=*/true);
  }
}

// Whether S cannot complete normally: a jump, a throw, a call of a
// noreturn function ([[noreturn]], or std::abort and the like, which the
// C library declares noreturn), an operator whose operand evaluated first
// cannot complete, both arms of a conditional, or a block, label or
// if-else that ends so. Nothing after such a statement is reached, so no
// cleanup is written there: g++ would take it for a switch case that
// falls through (-Wimplicit-fallthrough), clang for unreachable code. If
// S throws, the unwind guards destroy what is alive, by its live flag.
bool BodyRewriter::neverCompletes(const Stmt *S) {
  if (S == nullptr)
    return false;
  if (const auto *E = dyn_cast<Expr>(S))
    S = E->IgnoreParens()->IgnoreImplicit()->IgnoreParens();
  if (isa<BreakStmt, ContinueStmt, GotoStmt, IndirectGotoStmt, ReturnStmt,
          CoreturnStmt, CXXThrowExpr>(S))
    return true;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee != nullptr && Callee->isNoReturn())
      return true;
    QualType Type = Call->getCallee()->getType();
    if (const auto *Pointer = Type->getAs<PointerType>())
      Type = Pointer->getPointeeType();
    if (const auto *Function = Type->getAs<FunctionType>())
      return Function->getNoReturnAttr();
    return false;
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(S)) {
    // The right of `a, b` runs after the left; of `a && b`, only maybe.
    if (neverCompletes(Binary->getLHS()))
      return true;
    return Binary->getOpcode() == BO_Comma && neverCompletes(Binary->getRHS());
  }
  if (const auto *Choice = dyn_cast<ConditionalOperator>(S))
    return neverCompletes(Choice->getCond()) ||
           (neverCompletes(Choice->getTrueExpr()) &&
            neverCompletes(Choice->getFalseExpr()));
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return !Block->body_empty() && neverCompletes(Block->body_back());
  if (const auto *Label = dyn_cast<LabelStmt>(S))
    return neverCompletes(Label->getSubStmt());
  if (const auto *Attributed = dyn_cast<AttributedStmt>(S))
    return neverCompletes(Attributed->getSubStmt());
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getElse() != nullptr && neverCompletes(If->getThen()) &&
           neverCompletes(If->getElse());
  return false;
}

void BodyRewriter::insertBlockCleanups() {
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Block = dyn_cast<CompoundStmt>(S);
    // The end of a block that cannot complete is never reached.
    if (Block == nullptr || neverCompletes(Block))
      return;
    BlockEnd End = blockEnd(Plan, Block);
    for (SourceLocation Open : End.Opens)
      if (writtenInFile(C, Open, "a statement"))
        R.InsertText(Open, "{\n", /*InsertAfter=*/false);
    if (End.Text.empty())
      return;
    // `[[fallthrough]];` must stay last, right before the next case label.
    SourceLocation At = Block->getRBracLoc();
    if (const auto *Last = dyn_cast_or_null<AttributedStmt>(Block->body_back());
        Last != nullptr && llvm::any_of(Last->getAttrs(), [](const Attr *A) {
          return isa<FallThroughAttr>(A);
        }))
      At = Last->getBeginLoc();
    if (writtenInFile(C, At, "the end of a block"))
      R.InsertText(At, End.Text, /*InsertAfter=*/true);
  });
}

void BodyRewriter::insertTryDispatchAndHandlers() {
  // Unwinding destroys the try block's objects before a handler runs: a
  // guard declared first in the try block (before its dispatch switch, so
  // that no resume jump skips it) destroys them while the exception is
  // still uncaught, if one of them might observe it (UnwindGuards.h);
  // otherwise each handler destroys them first.
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
    std::string Opening;
    if (observesUnwinding(Plan, Destroys)) {
      Opening = tryUnwindGuard(Plan, Destroys);
    } else if (!Destroys.empty()) {
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
        const auto *Handler =
            cast<CompoundStmt>(Try->getHandler(I)->getHandlerBlock());
        if (writtenInFile(C, Handler->getLBracLoc(), "a handler"))
          R.InsertText(Handler->getLBracLoc().getLocWithOffset(1),
                       "\n" + Destroys, /*InsertAfter=*/false);
      }
    }
    if (const TryRegion *Region = tryRegion(Plan, Try)) {
      if (writtenInFile(C, Try->getBeginLoc(), "a try statement"))
        R.InsertText(Try->getBeginLoc(), Region->Label + ":\n",
                     /*InsertAfter=*/false);
      Opening += dispatchSwitch(Plan, Try);
    }
    SourceLocation Open = Try->getTryBlock()->getLBracLoc();
    if (!Opening.empty() && writtenInFile(C, Open, "a try statement"))
      R.InsertText(Open.getLocWithOffset(1), "\n" + Opening,
                   /*InsertAfter=*/false);
  });
}

} // namespace asynclower
