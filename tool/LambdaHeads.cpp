//===- LambdaHeads.cpp - A lambda's template parameter list in C++17 -----===//
//
// See LambdaHeads.h.
//
//===----------------------------------------------------------------------===//

#include "LambdaHeads.h"
#include "Lowering.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {
namespace {
// The mentions of template type parameters in a type as written.
struct TypeParameterUses : RecursiveASTVisitor<TypeParameterUses> {
  std::vector<TemplateTypeParmTypeLoc> Found;
  bool VisitTemplateTypeParmTypeLoc(TemplateTypeParmTypeLoc Loc) {
    Found.push_back(Loc);
    return true;
  }
};
} // namespace

bool cxx17LambdaHead(LoweringContext &C, const LambdaExpr *Lambda,
                     std::vector<HeadEdit> &Edits) {
  llvm::ArrayRef<NamedDecl *> Explicit =
      Lambda->getExplicitTemplateParameters();
  if (Explicit.empty())
    return true;
  const CXXMethodDecl *Call = Lambda->getCallOperator();
  const TemplateParameterList *List = Lambda->getTemplateParameterList();
  auto Refuse = [&](SourceLocation Loc, const std::string &What) {
    return C.unsupported(Loc, "a coroutine lambda with a template parameter "
                              "list (C++20) " +
                                  What +
                                  " is not supported yet; the C++17 output "
                                  "writes it with 'auto' parameters");
  };
  if (List->getRequiresClause() != nullptr ||
      Call->getTrailingRequiresClause() != nullptr)
    return Refuse(Lambda->getBeginLoc(), "with a requires-clause");
  SourceManager &SM = C.sources();
  if (List->getLAngleLoc().isMacroID() || List->getRAngleLoc().isMacroID())
    return Refuse(Lambda->getBeginLoc(), "written by a macro");
  Edits.push_back({CharSourceRange::getTokenRange(List->getLAngleLoc(),
                                                  List->getRAngleLoc()),
                   ""});

  // Each parameter of the list is a type that one function parameter's
  // type is, under qualifiers, references and pointers (`const T &x`),
  // mentioned by no other parameter: that one is written with 'auto'.
  std::vector<TemplateTypeParmTypeLoc> Mentions;
  std::map<const TemplateTypeParmDecl *, TemplateTypeParmTypeLoc> Whole;
  for (const ParmVarDecl *Param : Call->parameters()) {
    if (Param->getTypeSourceInfo() == nullptr)
      continue;
    TypeParameterUses Uses;
    Uses.TraverseTypeLoc(Param->getTypeSourceInfo()->getTypeLoc());
    Mentions.insert(Mentions.end(), Uses.Found.begin(), Uses.Found.end());
    TypeLoc Loc = Param->getTypeSourceInfo()->getTypeLoc();
    for (bool Stripped = true; Stripped;) {
      Stripped = false;
      if (auto Qualified = Loc.getAs<QualifiedTypeLoc>()) {
        Loc = Qualified.getUnqualifiedLoc();
        Stripped = true;
      } else if (auto Ref = Loc.getAs<ReferenceTypeLoc>()) {
        Loc = Ref.getPointeeLoc();
        Stripped = true;
      } else if (auto Pointer = Loc.getAs<PointerTypeLoc>()) {
        Loc = Pointer.getPointeeLoc();
        Stripped = true;
      }
    }
    if (auto Parm = Loc.getAs<TemplateTypeParmTypeLoc>())
      Whole.insert({Parm.getDecl(), Parm});
  }
  for (const NamedDecl *Param : Explicit) {
    const auto *Type = dyn_cast<TemplateTypeParmDecl>(Param);
    if (Type == nullptr || Type->isParameterPack() ||
        Type->hasDefaultArgument() || Type->hasTypeConstraint() ||
        Type->getIdentifier() == nullptr)
      return Refuse(Param->getBeginLoc(),
                    "whose parameter is not a named type without a default "
                    "or a constraint, nor a pack");
    auto Introduced = Whole.find(Type);
    size_t Uses = llvm::count_if(Mentions, [&](TemplateTypeParmTypeLoc Loc) {
      return Loc.getDecl() == Type;
    });
    if (Introduced == Whole.end() || Uses != 1)
      return Refuse(Param->getLocation(),
                    "where '" + Type->getNameAsString() +
                        "' is not the whole type of exactly one parameter");
    SourceLocation Name = Introduced->second.getNameLoc();
    if (Name.isMacroID())
      return Refuse(Name, "written by a macro");
    Edits.push_back({CharSourceRange::getTokenRange(Name, Name), "auto"});
  }

  // A return type that names them goes: the call operator's is deduced from
  // the branch its specialization keeps, which returns exactly that type.
  FunctionTypeLoc Declarator = Call->getFunctionTypeLoc();
  TypeParameterUses Returned;
  Returned.TraverseTypeLoc(Declarator.getReturnLoc());
  if (!Returned.Found.empty()) {
    SourceRange Range = Declarator.getReturnLoc().getSourceRange();
    SourceLocation AfterParams = Lexer::getLocForEndOfToken(
        Declarator.getRParenLoc(), 0, SM, C.langOpts());
    if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID() ||
        AfterParams.isInvalid())
      return Refuse(Range.getBegin(), "written by a macro");
    llvm::StringRef Between = Lexer::getSourceText(
        CharSourceRange::getCharRange(AfterParams, Range.getBegin()), SM,
        C.langOpts());
    size_t Arrow = Between.rfind("->");
    if (Arrow == llvm::StringRef::npos)
      return Refuse(Range.getBegin(), "whose return type is not trailing");
    // With the blanks before the arrow.
    size_t From = Between.take_front(Arrow).rtrim().size();
    Edits.push_back({CharSourceRange::getTokenRange(
                         AfterParams.getLocWithOffset(From), Range.getEnd()),
                     ""});
  }
  return true;
}

std::multimap<unsigned, std::pair<unsigned, std::string>>
headEditOffsets(LoweringContext &C, SourceLocation Start, size_t Size,
                llvm::ArrayRef<HeadEdit> Edits) {
  SourceManager &SM = C.sources();
  unsigned From = SM.getFileOffset(Start);
  std::multimap<unsigned, std::pair<unsigned, std::string>> Inside;
  for (const auto &[Range, Replacement] : Edits) {
    CharSourceRange Chars = Lexer::makeFileCharRange(Range, SM, C.langOpts());
    if (Chars.isInvalid() ||
        SM.getFileID(Chars.getBegin()) != SM.getFileID(Start))
      continue;
    unsigned Begin = SM.getFileOffset(Chars.getBegin());
    unsigned End = SM.getFileOffset(Chars.getEnd());
    if (Begin >= From && End <= From + Size)
      Inside.insert({Begin - From, {End - Begin, Replacement}});
  }
  return Inside;
}

std::string applyHeadEdits(LoweringContext &C, std::string Text,
                           SourceLocation Start,
                           llvm::ArrayRef<HeadEdit> Edits) {
  auto Inside = headEditOffsets(C, Start, Text.size(), Edits);
  for (auto It = Inside.rbegin(); It != Inside.rend(); ++It)
    Text.replace(It->first, It->second.first, It->second.second);
  return Text;
}

} // namespace asynclower
