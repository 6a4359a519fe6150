//===- TemplateParameterUses.cpp - A template's parameters as members -----===//
//
// The machine of a specialization, and its locals class, declare the
// template's parameters as members (templateMembers, TemplateMachines.cpp):
// `using T = int;`, `static constexpr int N = 3;`, where the body's text,
// moved into them, names the parameters. Two ways a member does not mean
// what the parameter meant, each made good at every use the text makes:
//
//  - A parameter named like a member the machine needs (`builder_`) has
//    another name there (parameterMember): each use is renamed.
//  - A non-type parameter, named, is a prvalue of its type ([temp.param]);
//    the member is an lvalue of a const type. So decltype(N) is `int`
//    natively and `const int` in the machine, and where a reference binds
//    the use, natively to a temporary, it binds the member: `int &&` does
//    not, a forwarding reference deduces `const int &`, and an overload
//    set of `int &&` and `const int &` picks the other one. Where the use's
//    type or value category is observed, it is made a prvalue of the
//    parameter's type: a decltype of it is spelled as that type, and the
//    use is written `static_cast<int>(N)`. Observed is what these see of
//    a use, through parentheses, a conditional's branches and a comma's
//    right operand: a reference bound to a temporary (the specialization
//    shows it materialized), decltype, `decltype(auto)` deduction (a
//    variable's, a return's), and a call or construction that depends on a
//    generic lambda's parameter (resolved only when it is instantiated).
//    Elsewhere the member's value converts to the same prvalue at once.
//    An element of a non-type parameter pack is the body function's
//    argument (packHelper, ParameterPacks.cpp), not a member: left as is.
//
// The same edits apply to the body (FieldNames.cpp) and to the text that
// moves out of it to the locals class: a hoisted type (renamedText) and a
// kept lambda's factory (HoistedLocals.cpp).
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"

#include <map>
#include <set>

using namespace clang;

namespace asynclower {
namespace {

bool namedLikeMember(const NamedDecl *Param) {
  return Param != nullptr && Param->getIdentifier() != nullptr &&
         llvm::is_contained(machineMemberNames(), Param->getName());
}

// The uses of template parameters a body's text makes, and which of the
// non-type ones are observed (see above).
struct ParameterUses : RecursiveASTVisitor<ParameterUses> {
  struct Use {
    const NamedDecl *Param;
    SourceLocation Loc;
    const SubstNonTypeTemplateParmExpr *Value; // null for a type's use
  };
  std::vector<Use> Uses;
  std::set<const Expr *> Observed;
  // Each decltype whose operand is an observed use, with its type and
  // those uses.
  struct Decltype {
    SourceRange Range;
    QualType Type;
    llvm::SmallVector<const Expr *, 2> Values;
  };
  std::vector<Decltype> Decltypes;
  // Whether each function around, innermost last, returns decltype(auto).
  std::vector<bool> ReturnsDecltypeAuto;

  bool shouldVisitTemplateInstantiations() const { return true; }

  // A parameter the machine declares as a constant member.
  static const SubstNonTypeTemplateParmExpr *memberValue(const Expr *E) {
    const auto *Value = dyn_cast<SubstNonTypeTemplateParmExpr>(E);
    if (Value == nullptr || Value->isReferenceParameter() ||
        Value->getPackIndex().has_value())
      return nullptr;
    return Value;
  }

  // The uses E's value is, through parentheses, a conditional's branches
  // and a comma's right operand.
  static void valuesOf(const Expr *E,
                       llvm::SmallVectorImpl<const Expr *> &Found) {
    if (E == nullptr)
      return;
    if (const auto *Paren = dyn_cast<ParenExpr>(E))
      return valuesOf(Paren->getSubExpr(), Found);
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
      valuesOf(Cond->getTrueExpr(), Found);
      return valuesOf(Cond->getFalseExpr(), Found);
    }
    if (const auto *Comma = dyn_cast<BinaryOperator>(E);
        Comma != nullptr && Comma->isCommaOp())
      return valuesOf(Comma->getRHS(), Found);
    if (memberValue(E) != nullptr)
      Found.push_back(E);
  }

  void observe(const Expr *E) {
    llvm::SmallVector<const Expr *, 2> Found;
    valuesOf(E, Found);
    Observed.insert(Found.begin(), Found.end());
  }

  bool VisitMaterializeTemporaryExpr(MaterializeTemporaryExpr *E) {
    observe(E->getSubExpr());
    return true;
  }
  bool VisitVarDecl(VarDecl *Var) {
    const TypeSourceInfo *Written = Var->getTypeSourceInfo();
    const AutoType *Auto =
        Written ? Written->getType()->getContainedAutoType() : nullptr;
    if (Auto != nullptr && Auto->isDecltypeAuto())
      observe(Var->getInit());
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *Return) {
    if (!ReturnsDecltypeAuto.empty() && ReturnsDecltypeAuto.back())
      observe(Return->getRetValue());
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (Call->isTypeDependent())
      for (const Expr *Arg : Call->arguments())
        observe(Arg);
    return true;
  }
  bool VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *E) {
    for (const Expr *Arg : E->arguments())
      observe(Arg);
    return true;
  }
  bool VisitParenListExpr(ParenListExpr *E) {
    for (const Expr *Arg : E->exprs())
      observe(Arg);
    return true;
  }

  static bool returnsDecltypeAuto(const FunctionDecl *F) {
    const AutoType *Auto =
        F ? F->getDeclaredReturnType()->getContainedAutoType() : nullptr;
    return Auto != nullptr && Auto->isDecltypeAuto();
  }
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    if (isa<CoroutineBodyStmt>(Lambda->getBody()))
      return true; // lowered on its own
    ReturnsDecltypeAuto.push_back(
        returnsDecltypeAuto(Lambda->getCallOperator()));
    bool Ok = RecursiveASTVisitor::TraverseLambdaExpr(Lambda);
    ReturnsDecltypeAuto.pop_back();
    return Ok;
  }
  bool TraverseCXXMethodDecl(CXXMethodDecl *Method) {
    ReturnsDecltypeAuto.push_back(returnsDecltypeAuto(Method));
    bool Ok = RecursiveASTVisitor::TraverseCXXMethodDecl(Method);
    ReturnsDecltypeAuto.pop_back();
    return Ok;
  }
  // Only the operand as written: the promise's and the awaiter's calls
  // around it are the library's, and the lowering makes its own.
  bool TraverseCoreturnStmt(CoreturnStmt *S) {
    return TraverseStmt(S->getOperand());
  }
  bool TraverseCoawaitExpr(CoawaitExpr *E) {
    return TraverseStmt(E->getOperand());
  }
  bool TraverseCoyieldExpr(CoyieldExpr *E) {
    return TraverseStmt(E->getOperand());
  }

  // A decltype of an observed use, not dependent, is spelled whole; one
  // that depends on a generic lambda's parameter gets the use rewritten.
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc Loc) {
    const DecltypeType *Type = Loc.getTypePtr();
    llvm::SmallVector<const Expr *, 2> Found;
    valuesOf(Type->getUnderlyingExpr(), Found);
    if (!Found.empty() && !Type->isDependentType() &&
        unnameable(Type->getUnderlyingType()).empty()) {
      Decltypes.push_back(
          {SourceRange(Loc.getDecltypeLoc(), Loc.getRParenLoc()),
           Type->getUnderlyingType(), Found});
      return true;
    }
    Observed.insert(Found.begin(), Found.end());
    return RecursiveASTVisitor::TraverseDecltypeTypeLoc(Loc);
  }

  bool VisitSubstTemplateTypeParmTypeLoc(SubstTemplateTypeParmTypeLoc Loc) {
    Uses.push_back(
        {Loc.getTypePtr()->getReplacedParameter(), Loc.getNameLoc(), nullptr});
    return true;
  }
  bool VisitSubstNonTypeTemplateParmExpr(SubstNonTypeTemplateParmExpr *E) {
    Uses.push_back({E->getParameter(), E->getNameLoc(), memberValue(E)});
    return true;
  }
};

} // namespace

std::vector<ParameterEdit> templateParameterEdits(LoweringContext &C,
                                                  const FunctionPlan &Plan,
                                                  SourceRange Within) {
  std::vector<ParameterEdit> Edits;
  ParameterUses Found;
  Found.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));

  // Through a macro, where it was invoked.
  auto Inside = [&](SourceLocation Loc) {
    return Loc.isValid() &&
           Within.fullyContains(C.sources().getExpansionLoc(Loc));
  };
  // A decltype written by a macro is not spelled: its uses are made
  // prvalues, in the macro spelled out.
  std::vector<SourceRange> Spelled;
  for (const ParameterUses::Decltype &Each : Found.Decltypes) {
    SourceRange Range = Each.Range;
    if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID()) {
      Found.Observed.insert(Each.Values.begin(), Each.Values.end());
      continue;
    }
    if (!Inside(Range.getBegin()) ||
        llvm::any_of(Spelled, [&](SourceRange Done) {
          return Done.getBegin() == Range.getBegin();
        }))
      continue;
    Spelled.push_back(Range);
    Edits.push_back({Range, spellType(C.ast(), Each.Type), nullptr});
  }
  // With a generic lambda, a use is in its pattern and in each of its
  // instantiations, at one text: observed if it is in any.
  std::map<SourceLocation, std::pair<ParameterUses::Use, bool>> ByText;
  for (const ParameterUses::Use &Use : Found.Uses) {
    if (!Inside(Use.Loc) || llvm::any_of(Spelled, [&](SourceRange Range) {
          return Range.fullyContains(C.sources().getExpansionLoc(Use.Loc));
        }))
      continue;
    bool Observed = Use.Value != nullptr && Found.Observed.count(Use.Value);
    auto [It, New] = ByText.insert({Use.Loc, {Use, Observed}});
    if (!New && Observed)
      It->second = {Use, true};
  }
  for (const auto &[Loc, Each] : ByText) {
    const auto &[Use, Observed] = Each;
    std::string Name = Use.Param->getNameAsString();
    bool Renamed = namedLikeMember(Use.Param);
    if (Renamed)
      Name = parameterMember(Plan, Name);
    if (Observed)
      Name = "static_cast<" +
             spellType(C.ast(), Use.Value->getType().getUnqualifiedType()) +
             ">(" + Name + ")";
    if (Renamed || Observed)
      Edits.push_back({SourceRange(Loc), Name, Use.Param});
  }
  return Edits;
}

} // namespace asynclower
