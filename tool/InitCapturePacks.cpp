//===- InitCapturePacks.cpp - `[...ys = xs]` spelled in C++17 -------------===//
//
// An init-capture pack (`[...ys = std::move(xs)]`, `[&...ys = xs]`) is
// C++20 syntax. The body of a specialization with packs is copied as
// written into a member function template of the machine, or into a kept
// lambda's factory ("Parameter packs" in docs/design.md), and so is such a
// lambda; the output is C++17, so each such capture becomes one capture of
// the runtime's pack tuple, and the lambda's body opens it again as the
// pack, under its own name:
//
//   [ys_ = asl::make_pack(std::move(xs)...)] {
//     return asl::apply_pack([&](auto &...ys) { return (0 + ... + ys); },
//                            ys_);
//   }
//
// Each element is moved or copied once, into the tuple, where the lambda
// is made, deduced as `auto` deduces it ([expr.prim.lambda.capture]/6),
// and the tuple is the closure's member (guaranteed elision). Unlike
// std::tuple's, its elements are constructed first to last and destroyed
// last to first, as the captures they stand for (asl/builder.h). A
// by-reference pack is a tuple of references, `asl::tie_pack(xs...)`.
// The body sees each element as natively: const unless the lambda is
// mutable, a reference one as its object.
//
// FIXME: `decltype(ys)` in the body names the reference the inner lambda
// receives (`const int &`) where natively it names the element's type
// (`int`); a body that spells it may not compile or may mean another
// type.
//
//===----------------------------------------------------------------------===//

#include "InitCapturePacks.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Lex/Lexer.h"

#include <cctype>
#include <functional>

using namespace clang;

namespace asynclower {

namespace {

// Where one init-capture pack's text is: from its `&` or `...` to the end
// of the `=` after its name, and its initializer's last token.
struct PackCapture {
  const VarDecl *Var = nullptr;
  bool ByReference = false;
  SourceLocation Begin;   // the `&`, or the `...`
  SourceLocation AfterEq; // just after the `=`
  SourceRange Init;       // the initializer, as written
};

bool isSpace(char Ch) { return std::isspace(static_cast<unsigned char>(Ch)); }

// The capture's text, found around its name; false when it is not the
// `...name = init` form written in the file.
bool locate(LoweringContext &C, const LambdaExpr *Lambda,
            const LambdaCapture &Capture, PackCapture &Out) {
  SourceManager &SM = C.sources();
  const auto *Var = cast<VarDecl>(Capture.getCapturedVar());
  SourceLocation Name = Var->getLocation();
  const Expr *Init = Var->getInit();
  if (!Name.isFileID() || Init == nullptr ||
      !Init->getSourceRange().getBegin().isFileID() ||
      !Init->getSourceRange().getEnd().isFileID() ||
      !Lambda->getIntroducerRange().getBegin().isFileID())
    return false;
  const char *Start = SM.getCharacterData(Lambda->getBeginLoc());
  const char *At = SM.getCharacterData(Name);
  // Back from the name: `...`, then maybe `&`.
  const char *Back = At;
  while (Back > Start && isSpace(Back[-1]))
    --Back;
  if (Back - Start < 3 || llvm::StringRef(Back - 3, 3) != "...")
    return false;
  Back -= 3;
  const char *Amp = Back;
  while (Amp > Start && isSpace(Amp[-1]))
    --Amp;
  // The pattern's capture is a pack: its type is the expansion of `auto &`.
  QualType Type = Var->getType();
  if (const auto *Expansion = Type->getAs<PackExpansionType>())
    Type = Expansion->getPattern();
  Out.ByReference = Type->isReferenceType();
  if (Out.ByReference) {
    if (Amp == Start || Amp[-1] != '&')
      return false;
    Back = Amp - 1;
  }
  // Forward from the name: `=`.
  const char *Forward = At + Var->getName().size();
  while (isSpace(*Forward))
    ++Forward;
  if (*Forward != '=')
    return false;
  Out.Var = Var;
  Out.Begin = Name.getLocWithOffset(Back - At);
  Out.AfterEq = Name.getLocWithOffset(Forward + 1 - At);
  Out.Init = Init->getSourceRange();
  return true;
}

// The lambda's init-capture packs, in order.
std::vector<const LambdaCapture *> initCapturePacks(const LambdaExpr *Lambda) {
  std::vector<const LambdaCapture *> Packs;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture) &&
        Capture.getCapturedVar()->isParameterPack())
      Packs.push_back(&Capture);
  return Packs;
}

void forEachLambda(const Stmt *S,
                   const std::function<void(const LambdaExpr *)> &Visit) {
  if (S == nullptr)
    return;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
    Visit(Lambda);
  for (const Stmt *Child : S->children())
    forEachLambda(Child, Visit);
}

// Whether S, outside the bodies of lambdas inside it, awaits.
bool awaits(const Stmt *S) {
  if (S == nullptr || isa<LambdaExpr>(S))
    return false;
  if (isa<CoawaitExpr, DependentCoawaitExpr>(S))
    return true;
  return llvm::any_of(S->children(), awaits);
}

} // namespace

std::string initCapturePackRefusal(LoweringContext &C, const LambdaExpr *Lambda,
                                   SourceLocation &At) {
  for (const LambdaCapture *Capture : initCapturePacks(Lambda)) {
    PackCapture Found;
    At = Capture->getLocation();
    if (!locate(C, Lambda, *Capture, Found))
      return "an init-capture pack (C++20) written other than '...name = "
             "value' in the file, which its C++17 spelling, a tuple, needs; "
             "not supported yet";
    // FIXME: the value is evaluated by the coroutine where the lambda is
    // made, so it may await (`[...ys = co_await h(xs)]`), but the tuple
    // is made from the pattern's text, which the lowering neither spills
    // element by element nor, for an empty pack, empties of its awaits;
    // such a lambda is refused.
    if (awaits(Found.Var->getInit()))
      return "an init-capture pack (C++20) whose value has a co_await; not "
             "supported yet";
  }
  return "";
}

void spellCoroutineInitCapturePacks(LoweringContext &C,
                                    const LambdaExpr *Lambda, Rewriter &Edit,
                                    std::string &Open, std::string &Close) {
  for (const LambdaCapture *Capture : initCapturePacks(Lambda)) {
    PackCapture Found;
    if (!locate(C, Lambda, *Capture, Found))
      continue; // refused before (initCapturePackRefusal)
    std::string Name = Found.Var->getNameAsString();
    std::string Tuple = C.freshName(Name + "_");
    // The head is the file's text, which is not laid out again: the value
    // follows the call's parenthesis.
    SourceLocation Value = Found.AfterEq;
    while (isSpace(*C.sources().getCharacterData(Value)))
      Value = Value.getLocWithOffset(1);
    Edit.ReplaceText(
        CharSourceRange::getCharRange(Found.Begin, Value),
        Tuple +
            (Found.ByReference ? " = asl::tie_pack(" : " = asl::make_pack("));
    Edit.InsertTextAfterToken(Found.Init.getEnd(), "...)");
    // (The ramp of an empty pack's machine passes no element.)
    Open += "return asl::apply_pack([&]([[maybe_unused]] auto &..." + Name +
            ") {\n";
    Close = "}, " + Tuple + ");\n" + Close;
  }
}

void spellInitCapturePacks(LoweringContext &C, FunctionPlan &Plan,
                           SourceRange Within, Rewriter &Edit,
                           llvm::ArrayRef<SourceRange> Skip) {
  if (Plan.PackHelper.empty())
    return;
  const FunctionDecl *Pattern = templatePattern(Plan.Function);
  if (Pattern == nullptr)
    return;
  const Stmt *Body = Pattern->getBody();
  if (const auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  SourceManager &SM = C.sources();
  auto Inside = [&](SourceRange Outer, SourceLocation Loc) {
    return !SM.isBeforeInTranslationUnit(Loc, Outer.getBegin()) &&
           !SM.isBeforeInTranslationUnit(Outer.getEnd(), Loc);
  };
  forEachLambda(Body, [&](const LambdaExpr *Lambda) {
    std::vector<const LambdaCapture *> Captures = initCapturePacks(Lambda);
    SourceLocation Begin = Lambda->getBeginLoc();
    if (Captures.empty() || isa<CoroutineBodyStmt>(Lambda->getBody()) ||
        !Inside(Within, Begin) ||
        llvm::any_of(Skip, [&](SourceRange R) { return Inside(R, Begin); }))
      return;
    const auto *Block = cast<CompoundStmt>(Lambda->getBody());
    std::string Return;
    if (Lambda->hasExplicitResultType())
      if (TypeSourceInfo *Info = Lambda->getCallOperator()->getTypeSourceInfo())
        if (auto Proto =
                Info->getTypeLoc().IgnoreParens().getAs<FunctionProtoTypeLoc>())
          Return = " -> " +
                   C.originalText(Proto.getReturnLoc().getSourceRange()).str();
    std::string Open, Close;
    llvm::StringRef BodyText = C.originalText(Block->getSourceRange());
    for (const LambdaCapture *Capture : Captures) {
      PackCapture Found;
      if (!locate(C, Lambda, *Capture, Found))
        continue; // refused before (initCapturePackRefusal)
      std::string Name = Found.Var->getNameAsString();
      std::string Tuple = Plan.fresh(Name + "_");
      Edit.ReplaceText(
          CharSourceRange::getCharRange(Found.Begin, Found.AfterEq),
          Tuple +
              (Found.ByReference ? " = asl::tie_pack(" : " = asl::make_pack("));
      Edit.InsertTextAfterToken(Found.Init.getEnd(), "...)");
      Open += " return asl::apply_pack([&](" +
              std::string(
                  namesIdentifier(BodyText, Name) ? "" : "[[maybe_unused]] ") +
              "auto &..." + Name + ")" + Return + " {";
      Close = "}, " + Tuple + "); " + Close;
    }
    Edit.InsertTextAfterToken(Block->getLBracLoc(), Open);
    Edit.InsertTextBefore(Block->getRBracLoc(), Close);
  });
}

} // namespace asynclower
