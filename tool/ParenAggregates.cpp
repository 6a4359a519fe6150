//===- ParenAggregates.cpp - C++20 parenthesized aggregate initialization ===//
//
// C++20 lets an aggregate be initialized from a parenthesized list
// (`Agg a(5, 6);`, `Agg(1, 2)`, `new Agg(1, 2)`, `int arr[3](1, 2)`,
// `static_cast<Agg>(3)`); C++17 has only braces. Since the body of a lowered
// function is rewritten anyway, each such initialization in it is spelled
// with braces, keeping what the parentheses mean where the two differ
// ([dcl.init.general]/16.6.2.2):
//
//   - Narrowing conversions are allowed in parentheses. An element that
//     narrows (by the rules of [dcl.init.list]/7, constants included) is
//     converted explicitly: `Agg e(d, 1)` with a double d becomes
//     `Agg e{static_cast<int>(d), 1}`. A static_cast performs exactly the
//     implicit arithmetic conversion; where a conversion function of a class
//     comes first, that part stays a copy-initialization
//     (asl::copy_init<From>(e)).
//   - A temporary bound to a reference member by parentheses lives only to
//     the end of the full-expression; in braces it would live as long as the
//     aggregate. Such an element is passed through asl::unextended, whose
//     reference parameter holds the temporary instead (it dies where the
//     native one does), and whose result the member binds. A temporary the
//     binding itself would create by a conversion is created first, by
//     asl::copy_init of the referred type.
//   - There is no brace elision in parentheses, but every element of a
//     valid parenthesized list initializes its own element or member, which
//     braces do too; elements are evaluated in order in both.
//
// The edits replace only the list's own tokens (its parentheses and
// commas), never an element's, so that the later phases, which rename,
// spill and move elements, still find them where the source has them.
// Parenthesized aggregate initialization outside lowered bodies (other
// functions, default member initializers) is copied as written.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {
namespace {

bool isArithmeticConversion(CastKind Kind) {
  switch (Kind) {
  case CK_IntegralCast:
  case CK_IntegralToBoolean:
  case CK_IntegralToFloating:
  case CK_FloatingToIntegral:
  case CK_FloatingToBoolean:
  case CK_FloatingCast:
  case CK_BooleanToSignedIntegral:
  case CK_PointerToBoolean:
  case CK_MemberPointerToBoolean:
    return true;
  default:
    return false;
  }
}

// True when integer type To holds every value of integer type From.
bool holdsAll(ASTContext &Ctx, QualType From, QualType To) {
  unsigned FromWidth = Ctx.getIntWidth(From), ToWidth = Ctx.getIntWidth(To);
  bool FromSigned = From->isSignedIntegerOrEnumerationType();
  bool ToSigned = To->isSignedIntegerOrEnumerationType();
  if (From->isBooleanType())
    return true;
  if (FromSigned == ToSigned)
    return ToWidth >= FromWidth;
  return !FromSigned && ToWidth > FromWidth;
}

// True when converting Source (of arithmetic, enumeration or pointer type
// From) to To is a narrowing conversion ([dcl.init.list]/7).
bool narrows(ASTContext &Ctx, const Expr *Source, QualType From, QualType To) {
  From = From.getCanonicalType().getUnqualifiedType();
  To = To.getCanonicalType().getUnqualifiedType();
  if (To->isBooleanType() &&
      (From->isPointerType() || From->isMemberPointerType() ||
       From->isNullPtrType()))
    return true;
  bool FromInt = From->isIntegralOrUnscopedEnumerationType();
  bool ToInt = To->isIntegralOrEnumerationType();
  if (From->isRealFloatingType() && ToInt)
    return true;
  if (From->isRealFloatingType() && To->isRealFloatingType())
    // Constants within range do not narrow; converting them explicitly is
    // harmless, so they are not told apart.
    return Ctx.getFloatingTypeOrder(From, To) > 0;
  Expr::EvalResult Value;
  bool Constant = FromInt && !Source->isValueDependent() &&
                  Source->EvaluateAsInt(Value, Ctx);
  if (FromInt && To->isRealFloatingType()) {
    if (!Constant)
      return true;
    llvm::APFloat Converted(Ctx.getFloatTypeSemantics(To));
    const llvm::APSInt &Int = Value.Val.getInt();
    return Converted.convertFromAPInt(Int, Int.isSigned(),
                                      llvm::APFloat::rmNearestTiesToEven) !=
           llvm::APFloat::opOK;
  }
  if (FromInt && ToInt) {
    if (holdsAll(Ctx, From, To))
      return false;
    if (!Constant)
      return true;
    llvm::APSInt Int = Value.Val.getInt();
    unsigned Width = Ctx.getIntWidth(To);
    bool Signed = To->isSignedIntegerOrEnumerationType();
    if (Int.isSigned() && Int.isNegative())
      return !Signed || Int.getSignificantBits() > Width;
    return Int.getActiveBits() > (Signed ? Width - 1 : Width);
  }
  return false;
}

// A temporary the element binds to a reference member: the element itself,
// or reached through member access, derived-to-base conversions and
// parentheses, as lifetime extension reaches it.
const MaterializeTemporaryExpr *boundTemporary(const Expr *E) {
  while (true) {
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      return Temporary->getExtendingDecl() == nullptr ? Temporary : nullptr;
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
        Cast != nullptr && (Cast->getCastKind() == CK_NoOp ||
                            Cast->getCastKind() == CK_DerivedToBase ||
                            Cast->getCastKind() == CK_UncheckedDerivedToBase))
      E = Cast->getSubExpr();
    else if (const auto *Paren = dyn_cast<ParenExpr>(E))
      E = Paren->getSubExpr();
    else if (const auto *Member = dyn_cast<MemberExpr>(E);
             Member != nullptr && !Member->isArrow())
      E = Member->getBase();
    else
      return nullptr;
  }
}

class ParenAggregates {
public:
  ParenAggregates(LoweringContext &C, const FunctionPlan &Plan)
      : C(C), Plan(Plan), R(C.rewriter()) {}

  bool run() {
    bool Ok = true;
    Plan.Tree->walk(
        Plan.Body,
        [&](const Stmt *S) {
          if (const auto *List = dyn_cast<CXXParenListInitExpr>(S))
            Ok &= rewrite(List);
        },
        /*IntoLambdas=*/true);
    return Ok;
  }

private:
  // The wrappers around one element: what goes before and after it.
  std::pair<std::string, std::string> wrappers(const Expr *Element) {
    if (const MaterializeTemporaryExpr *Temporary = boundTemporary(Element)) {
      const Expr *Written = Element->IgnoreUnlessSpelledInSource();
      QualType Type = Temporary->getType().getUnqualifiedType();
      if (Written == Temporary->getSubExpr()->IgnoreUnlessSpelledInSource() &&
          !C.ast().hasSameUnqualifiedType(Written->getType(), Type))
        // The binding converts: the temporary is the conversion's result.
        return {"asl::unextended(asl::copy_init<" +
                    spellWrittenType(C.ast(), Type) + ">(",
                "))"};
      return {"asl::unextended(", ")"};
    }
    QualType To = Element->getType();
    if (!To->isScalarType())
      return {};
    // The implicit conversions, outermost first: arithmetic ones, then
    // perhaps a conversion function of a class.
    const Expr *Source = Element;
    QualType From = To;
    bool Arithmetic = false, ThroughClass = false;
    while (const auto *Cast = dyn_cast<ImplicitCastExpr>(Source)) {
      CastKind Kind = Cast->getCastKind();
      if (isArithmeticConversion(Kind)) {
        Arithmetic = true;
        From = Cast->getSubExpr()->getType();
      } else if (Kind == CK_UserDefinedConversion) {
        ThroughClass = true;
        break;
      } else if (Kind != CK_LValueToRValue && Kind != CK_NoOp) {
        break;
      }
      Source = Cast->getSubExpr();
    }
    if (!Arithmetic || !narrows(C.ast(), Source->IgnoreParens(), From, To))
      return {};
    std::string Cast = "static_cast<" + spellType(C.ast(), To) + ">(";
    if (ThroughClass)
      return {Cast + "asl::copy_init<" + spellType(C.ast(), From) + ">(", "))"};
    return {Cast, ")"};
  }

  // The members the list leaves out, spelled `{}` each: braces that leave
  // out a member with no default member initializer draw
  // -Wmissing-field-initializers, parentheses do not. Each is
  // value-initialized in parentheses; `{}` copy-list-initializes it, which
  // is the same but for a class whose default constructor is explicit, which
  // gets `T{}`.
  // FIXME: only up to the first member left to its default member
  // initializer (whose text belongs to the class); one without such an
  // initializer after it is left out, and draws the warning.
  std::string leftOut(const CXXParenListInitExpr *List) {
    if (!List->getType()->isRecordType() ||
        List->getType()->getAsRecordDecl()->isUnion())
      return {};
    std::string Out;
    llvm::ArrayRef<Expr *> All = List->getInitExprs();
    for (size_t I = List->getUserSpecifiedInitExprs().size(); I < All.size();
         ++I) {
      if (isa<CXXDefaultInitExpr>(All[I]))
        break;
      std::string Value = "{}";
      if (const CXXRecordDecl *Record = All[I]->getType()->getAsCXXRecordDecl())
        for (const CXXConstructorDecl *Constructor : Record->ctors())
          if (Constructor->isDefaultConstructor() && Constructor->isExplicit())
            Value = constructibleType(
                        spellType(C.ast(),
                                  All[I]->getType().getUnqualifiedType()),
                        /*AfterNew=*/false) +
                    "{}";
      Out += (I == 0 ? "" : ", ") + Value;
    }
    return Out;
  }

  // The first token after E, where the list's `,` or `)` is.
  std::optional<Token> tokenAfter(const Expr *E) {
    SourceLocation End = C.sources().getExpansionRange(E->getEndLoc()).getEnd();
    return Lexer::findNextToken(End, C.sources(), C.langOpts());
  }

  bool refuse(const Expr *At, llvm::StringRef Why) {
    return C.unsupported(C.sources().getExpansionLoc(At->getBeginLoc()),
                         ("parenthesized aggregate initialization " + Why +
                          " is not supported yet; use braces")
                             .str(),
                         At->getSourceRange());
  }

  bool rewrite(const CXXParenListInitExpr *List) {
    // Where the list opens: its own `(`, or a static_cast's, which becomes
    // the type and a brace: static_cast<Agg>(3) -> Agg{3}.
    SourceLocation Open = List->getBeginLoc(), Close = List->getEndLoc();
    std::string Opening = "{";
    SourceLocation Replaced = Open; // the first character replaced
    const Stmt *Parent = Plan.Tree->parent(List);
    while (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent))
      Parent = Plan.Tree->parent(Cast);
    if (const auto *Cast = dyn_cast_or_null<CStyleCastExpr>(Parent);
        Cast != nullptr && Cast->getBeginLoc() == List->getBeginLoc())
      return refuse(List, "by a C-style cast");
    // `Agg(3)`: a list of one element begins with the type's name.
    if (const auto *Cast = dyn_cast_or_null<CXXFunctionalCastExpr>(Parent);
        Cast != nullptr && Cast->getLParenLoc().isValid()) {
      Open = Replaced = Cast->getLParenLoc();
      Close = Cast->getRParenLoc();
    }
    if (const auto *Cast = dyn_cast_or_null<CXXNamedCastExpr>(Parent);
        Cast != nullptr && Cast->getBeginLoc() == List->getBeginLoc()) {
      std::optional<Token> Paren = Lexer::findNextToken(
          Cast->getAngleBrackets().getEnd(), C.sources(), C.langOpts());
      if (!Paren || !Paren->is(tok::l_paren))
        return refuse(List, "in this cast");
      Opening =
          C.text(Cast->getTypeInfoAsWritten()->getTypeLoc().getSourceRange()) +
          "{";
      Replaced = Cast->getBeginLoc();
      Open = Paren->getLocation();
      Close = Cast->getRParenLoc();
    }
    for (SourceLocation Loc : {Open, Close, Replaced})
      if (Loc.isMacroID())
        return C.expandMacroAround(
            Loc, "it initializes an aggregate with parentheses",
            "parenthesized aggregate initialization written in a macro is not "
            "supported yet; use braces");
    auto IsToken = [&](SourceLocation Loc, tok::TokenKind Kind) {
      Token Tok;
      return !Lexer::getRawToken(Loc, Tok, C.sources(), C.langOpts()) &&
             Tok.is(Kind);
    };
    if (!IsToken(Open, tok::l_paren) || !IsToken(Close, tok::r_paren))
      return refuse(List, "in this form");

    // The text that replaces each of the list's tokens: `(`, the commas,
    // `)`.
    std::vector<std::pair<SourceLocation, std::string>> Edits;
    std::string Before = Opening;
    SourceLocation At = Open;
    llvm::ArrayRef<Expr *> Elements = List->getUserSpecifiedInitExprs();
    for (size_t I = 0; I < Elements.size(); ++I) {
      auto [Prefix, Suffix] = wrappers(Elements[I]);
      Edits.push_back({At, Before + Prefix});
      std::optional<Token> After = tokenAfter(Elements[I]);
      bool Last = I + 1 == Elements.size();
      if (!After || !After->is(Last ? tok::r_paren : tok::comma) ||
          (Last && After->getLocation() != Close)) {
        // A macro that spans several elements (`Agg(PAIR)`) is spelled out.
        SourceLocation Loc = Elements[I]->getBeginLoc().isMacroID()
                                 ? Elements[I]->getBeginLoc()
                                 : Elements[I]->getEndLoc();
        if (!Loc.isMacroID())
          return refuse(Elements[I], "with an element in a macro");
        return C.expandMacroAround(
            Loc, "it initializes an aggregate with parentheses",
            "parenthesized aggregate initialization with an element in a "
            "macro is not supported yet; use braces");
      }
      At = After->getLocation();
      Before = Suffix + (Last ? "" : ",");
    }
    if (Elements.empty()) {
      Edits.push_back({Open, Before});
      Before.clear();
    }
    Edits.push_back({Close, Before + leftOut(List) + "}"});

    for (auto &[Loc, Text] : Edits) {
      if (Loc == Open && Replaced != Open) {
        R.ReplaceText(CharSourceRange::getTokenRange(Replaced, Open), Text);
        continue;
      }
      R.ReplaceText(Loc, 1, Text);
    }
    return true;
  }

  LoweringContext &C;
  const FunctionPlan &Plan;
  Rewriter &R;
};

} // namespace

bool rewriteParenAggregates(LoweringContext &C, const FunctionPlan &Plan) {
  return ParenAggregates(C, Plan).run();
}

} // namespace asynclower
