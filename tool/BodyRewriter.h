//===- BodyRewriter.h - The body of move_next(), by phase -----------------===//
//
// The class whose methods, one file per phase, edit an async body
// into the body of its machine's move_next(); the overview is in
// BodyRewriter.cpp. Only those files include this header.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_BODYREWRITER_H
#define ASYNC_LOWER_BODYREWRITER_H

#include "ExpressionSpilling.h"
#include "Lowering.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace asynclower {

class BodyRewriter {
public:
  BodyRewriter(LoweringContext &C, FunctionPlan &Plan)
      : C(C), Plan(Plan), R(C.rewriter()) {}

  bool run();

private:
  // The order of the edits, and what every phase uses (BodyRewriter.cpp).
  clang::SourceRange statementRange(const clang::Stmt *S);
  void replaceStatement(const clang::Stmt *S, const std::string &Text);
  bool needsOwnBlock(const clang::Stmt *S);
  std::string ownScopeText(const clang::Stmt *Sub);
  std::string fieldFor(const clang::VarDecl *Var);

  // What only a discarded constexpr-if branch named (DiscardedBranches.cpp).
  void quietDiscardedBranchNames();
  // Whether S is inside a lambda the machine keeps, whose text its factory
  // holds as written (HoistedLocals.cpp).
  bool inKeptLambda(const clang::Stmt *S) const;

  // Copies of const objects in mutable lambdas (ConstCopies.cpp).
  bool keepCopyConst(const clang::DeclRefExpr *Ref);

  // Names that now mean fields (FieldNames.cpp).
  bool renameReferences();
  bool renameLocal(const clang::DeclRefExpr *Ref);
  bool qualifyMachineName(const clang::Expr *E);
  bool qualifyMachineTypeNames();
  bool declaredInBody(const clang::Decl *D);
  bool keepBuilderVisible();
  bool renameTemplateParameters();
  bool spellDecltypes();
  bool namesMachineField(const clang::DeclRefExpr *Ref);
  bool spellDecltype(clang::DecltypeTypeLoc Loc);
  bool spellFunctionName(const clang::PredefinedExpr *Name);
  bool spellLineNumber(const clang::IntegerLiteral *Literal);
  bool renameBinding(const clang::DeclRefExpr *Ref,
                     const clang::BindingDecl *Binding);
  std::string bindingAccess(const clang::BindingDecl *Binding);
  const clang::LambdaExpr *lambdaAround(const clang::Stmt *S);
  bool capturedByInitCapture(const clang::DeclRefExpr *Ref,
                             const clang::ValueDecl *Captured);
  std::string thisAt(const clang::Stmt *S);
  const std::string &thisCopy();
  bool renameThis(const clang::CXXThisExpr *This);
  void renameHoistedTypes();

  // Lambdas: captures and kept closures (ClosureCaptures.cpp).
  void recapture(const clang::LambdaExpr *Lambda);
  std::string capturedField(const clang::ValueDecl *Captured);
  std::string copiedArray(const clang::LambdaExpr *Lambda,
                          const clang::LambdaCapture &Capture);
  bool copiedByInitCapture(const clang::LambdaExpr *Lambda,
                           const clang::LambdaCapture &Capture);
  bool initCapturedAround(const clang::LambdaExpr *Lambda,
                          const clang::ValueDecl *Captured);
  bool awaitsIn(const clang::LambdaExpr *Lambda);
  void writeImplicitCopies();
  bool constructClosures(bool AfterSpilling);
  void callHoistedLambdas(bool AfterSpilling);
  const NamedClosure *namedClosure(const clang::Expr *E);

  // Statements, conditions and loop heads that await (StatementHeads.cpp).
  static bool isStatementLike(const FullExpression &Full);
  void wrapStatement(unsigned F);
  const FullExpression *fullExpression(const clang::Stmt *Owner,
                                       FullExpression::Context Kind,
                                       unsigned *Index = nullptr);
  std::string evaluateCondition(unsigned F, const std::string &Into);
  std::string conditionField(const FullExpression &Full, clang::QualType Type);
  void rewriteHead(const clang::Stmt *Owner);
  void rewriteSelection(const clang::Stmt *Owner);
  std::string initStatement(const clang::Stmt *Owner, const clang::Stmt *Init);
  void rewriteConstexprIf(const clang::IfStmt *If);
  std::vector<const clang::Stmt *> selectionsWithLiftedInit();
  void planLoops();
  std::string loopTest(const clang::Stmt *Loop, const clang::Expr *Cond);
  void rewriteLoop(const clang::Stmt *Loop);

  // Range-based for (RangeFor.cpp).
  static const clang::VarDecl *rangeVariable(const clang::CXXForRangeStmt *For);
  std::vector<const clang::CXXForRangeStmt *> liftedRangeFors();
  bool isLiftedLoopVariable(const clang::DeclStmt *Decls);
  std::vector<std::string> bindingReferences(const LiftedLocal &Whole);
  std::string iteratorInit(const clang::VarDecl *Iterator,
                           const std::string &Range);
  std::string loopDeclarator(const clang::CXXForRangeStmt *For);
  void rewriteRangeFor(const clang::CXXForRangeStmt *For);

  // Declarations of lifted locals (LiftedDeclarations.cpp).
  bool addExtendingInitializers();
  std::vector<std::string> constructionFrom(const LiftedLocal &Lifted,
                                            const std::string &Text);
  std::string copyConstruction(const LiftedLocal &Lifted,
                               const clang::Expr *Init,
                               const std::string &Text);
  std::string builtClosure(const LiftedLocal &Lifted, const std::string &Text);
  std::vector<std::string> constructedParts(const LiftedLocal &Lifted,
                                            std::string Construction);
  static std::string addressOf(const LiftedLocal &Lifted,
                               const std::string &Text);
  std::string constructFrom(const LiftedLocal &Lifted, const std::string &Text);
  static std::string statements(llvm::ArrayRef<std::string> Parts);
  bool rewriteLiftedDeclarations();
  bool isConditionVariable(const clang::DeclStmt *Decls);
  void keepAliasesQuiet(const clang::VarDecl *Var);
  bool hoisted(const clang::Decl *D);
  const FullExpression *initializerOf(const clang::VarDecl *Var,
                                      unsigned &Index);
  bool isSplit(const clang::Stmt *S);
  clang::SourceLocation declaratorBegin(const clang::DeclaratorDecl *Var);
  clang::SourceLocation declaratorEnd(const clang::DeclaratorDecl *Var);
  bool splitDeclaration(const clang::DeclStmt *Decls);
  static bool isInitOf(const clang::Stmt *Init, const clang::Stmt *Holder);
  static bool isConditionOf(const clang::DeclStmt *Decls,
                            const clang::Stmt *Holder);
  bool rewriteDeclaration(const clang::DeclStmt *Decls);
  std::string tupleElement(const LiftedLocal &Whole,
                           const clang::VarDecl *Holding);
  static const clang::Expr *writtenInitializer(const clang::VarDecl *Var);
  clang::SourceRange constructionList(const clang::VarDecl *Var,
                                      const clang::CXXConstructExpr *Construct);
  const clang::CXXConstructExpr *constructionAtName(const clang::VarDecl *Var,
                                                    const clang::Expr *Init);
  std::vector<std::string> construction(const LiftedLocal &Lifted);
  std::vector<std::string> listConstruction(const LiftedLocal &Lifted);
  clang::SourceRange initializerRange(const clang::VarDecl *Var);
  void wrapForWithCleanup(const clang::ForStmt *For);

  // co_return, jumps, block ends, try blocks and handlers
  // (ExitsAndCleanups.cpp).
  void rewriteReturn(const clang::CoreturnStmt *Return);
  std::string returnValue(const clang::CoreturnStmt *Return);
  bool moveThrownNames();
  void rewriteJump(const clang::Stmt *Jump);
  std::string leaveHandlers(const clang::Stmt *Jump, const std::string &Then);
  void insertHandlerExits();
  static bool neverCompletes(const clang::Stmt *S);
  void insertBlockCleanups();
  void insertTryDispatchAndHandlers();

  LoweringContext &C;
  FunctionPlan &Plan;
  clang::Rewriter &R;
  ExpressionSpiller Spiller{C, Plan};
  std::vector<std::string> Steps; // per full-expression: what runs first
  // Loops rewritten as for (;;) whose `continue` needs a label, and its name.
  llvm::DenseMap<const clang::Stmt *, std::string> ContinueLabel;
  llvm::SmallPtrSet<const clang::TypedefNameDecl *, 4> QuietAliases;
  llvm::SmallPtrSet<const clang::DeclStmt *, 4> QuietConstants;
  // Implicit copies of fields by lambdas whose init-captures await, as
  // init-captures to write before the `]` (writeImplicitCopies).
  std::vector<std::pair<const clang::LambdaExpr *, std::string>> ImplicitCopies;
  std::string ThisCopy; // the init-capture that replaces `*this`
  // Where a use of a copy was written `std::as_const(s)` (keepCopyConst).
  std::set<clang::SourceLocation> ConstViews;
  // Where a `decltype(xs)` of a pack's element was replaced (spellDecltype).
  std::set<clang::SourceLocation> PackDecltypes;
  // Per try statement, the exits of jumps out of its handlers.
  std::map<const clang::CXXTryStmt *, std::string> AfterTry;
  unsigned HandlerExitCount = 0;
};

} // namespace asynclower

#endif // ASYNC_LOWER_BODYREWRITER_H
