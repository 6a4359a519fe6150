//===- Naming.cpp - Generated names that collide with nothing ------------===//
//
// Generated members are named after what they hold (the local's own name,
// awaiterN_ for the Nth await), so a reviewer can read the output against
// the input. A name already used anywhere in the file gets a numeric suffix;
// numbering follows source order, never pointer order, so output is stable.
//
//===----------------------------------------------------------------------===//

#include "LowerFile.h"
#include "Lowering.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"


using namespace clang;

namespace asynclower {

// Name followed by the numeric suffix Suffix; after a name that already
// ends in a digit, with an underscore between (Node_2 then Node_2_1, not
// Node_21, which reads as the 21st Node).
static std::string withSuffix(llvm::StringRef Name, unsigned Suffix) {
  bool EndsInDigit = !Name.empty() && llvm::isDigit(Name.back());
  return (Name + (EndsInDigit ? "_" : "") + llvm::Twine(Suffix)).str();
}

// Name, or Name with the first numeric suffix Used does not hold; then
// added to Used.
static std::string freshIn(llvm::StringSet<> &Used, llvm::StringRef Name) {
  std::string Candidate = Name.str();
  for (unsigned Suffix = 1; Used.contains(Candidate); ++Suffix)
    Candidate = withSuffix(Name, Suffix);
  Used.insert(Candidate);
  return Candidate;
}

std::string parameterMember(const FunctionPlan &Plan, llvm::StringRef Name) {
  std::string Stem = (Name.rtrim('_') + "_param").str();
  std::string Candidate = Stem;
  for (unsigned Suffix = 1;
       Plan.FileNames != nullptr && Plan.FileNames->contains(Candidate);
       ++Suffix)
    Candidate = withSuffix(Stem, Suffix);
  return Candidate;
}

std::string LoweringContext::freshName(llvm::StringRef Name) {
  return freshIn(Taken, Name);
}

// A field with a destructor has a live flag named after it (liveFlag), which
// must not be a name of the file either: a name is only fresh with its flag.
std::string FunctionPlan::fresh(llvm::StringRef Name) {
  auto Taken = [&](const std::string &Candidate) {
    return Names.contains(Candidate) ||
           (FileNames != nullptr && FileNames->contains(Candidate));
  };
  std::string Candidate = Name.str();
  for (unsigned Suffix = 1; Taken(Candidate) || Taken(liveFlag(Candidate));
       ++Suffix)
    Candidate = withSuffix(Name, Suffix);
  Names.insert(Candidate);
  return Candidate;
}

bool LoweringContext::unsupported(SourceLocation Loc, llvm::StringRef Message,
                                  SourceRange Range) {
  if (!Reported.emplace(Loc, Message.str()).second)
    return false;
  DiagnosticsEngine &Diags = Ctx.getDiagnostics();
  unsigned ID = Diags.getCustomDiagID(DiagnosticsEngine::Error, "%0");
  auto Builder = Diags.Report(Loc, ID);
  Builder << Message;
  if (Range.isValid())
    Builder << Range;
  return false;
}

// Range widened to a fold's parentheses where it is an expanded fold's own
// range, or begins or ends inside one (LowerFile.h).
SourceRange widenForFolds(LoweringContext &C, SourceRange Range) {
  if (const FunctionPlan *Plan = C.currentPlan()) {
    for (const auto &[Expanded, Parens] : Plan->Folds)
      if (Expanded.isValid() && Range == Expanded) {
        Range = Parens;
        break;
      }
    // A node around a fold whose range ends (or begins) inside it.
    SourceManager &SM = C.sources();
    auto Inside = [&](SourceLocation L, SourceRange P) {
      return SM.isBeforeInTranslationUnit(P.getBegin(), L) &&
             SM.isBeforeInTranslationUnit(L, P.getEnd());
    };
    for (const auto &[Expanded, Parens] : Plan->Folds) {
      if (Expanded.isValid() || Range.getBegin().isMacroID() ||
          Range.getEnd().isMacroID())
        continue;
      bool Begins = Inside(Range.getBegin(), Parens);
      bool Ends = Inside(Range.getEnd(), Parens);
      if (Begins && !Ends)
        Range.setBegin(Parens.getBegin());
      else if (Ends && !Begins)
        Range.setEnd(Parens.getEnd());
    }
  }
  return Range;
}

// The Rewriter measures a token range by adding the last token's original
// length to where that token now starts, so a last token that an edit made
// longer (a renamed local, say) would be cut short: read only in part, or
// replaced only in part, leaving the rest of it behind. A character range
// that ends after the token maps its end through the edits.
//
// A node written with a macro (`TWICE(x)`, an object-like `READY`) has
// locations inside the macro's expansion, which the Rewriter cannot read or
// edit; its text is the macro invocation as written in the file.
static CharSourceRange editedRange(LoweringContext &C, SourceRange Range,
                                   bool WidenFolds = true) {
  if (WidenFolds)
    Range = widenForFolds(C, Range);
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID()) {
    CharSourceRange Written = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(Range), C.sources(), C.langOpts());
    if (Written.isValid())
      return Written;
    Range = C.sources().getExpansionRange(Range).getAsRange();
  }
  SourceLocation End =
      Lexer::getLocForEndOfToken(Range.getEnd(), 0, C.sources(), C.langOpts());
  return CharSourceRange::getCharRange(Range.getBegin(), End);
}

// getRewrittenText finds the text by stepping an iterator one character at
// a time from the start of the file, which makes every call cost the offset
// of the range; on a file with many async functions that was most of the
// tool's time. The same text is read here a piece of the rope at a time, at
// offsets mapped through the edits as getRewrittenText maps them (edits
// inserted at the range's start are in it, and so are those inserted at its
// end).
std::string LoweringContext::text(SourceRange Range) {
  return charText(editedRange(*this, Range), /*InsertsAtEnd=*/true);
}

std::string LoweringContext::unwidenedText(SourceRange Range) {
  return charText(editedRange(*this, Range, /*WidenFolds=*/false),
                  /*InsertsAtEnd=*/true);
}

std::string LoweringContext::charText(CharSourceRange Chars,
                                      bool InsertsAtEnd) {
  SourceManager &SM = sources();
  SourceLocation Begin = Chars.getBegin();
  SourceLocation End = Chars.getEnd();
  const RewriteBuffer *Buffer =
      Rewrite->getRewriteBufferFor(SM.getFileID(SM.getExpansionLoc(Begin)));
  if (Buffer == nullptr || !Begin.isFileID() || !End.isFileID())
    return Rewrite->getRewrittenText(Chars);

  SourceLocation FileStart = SM.getLocForStartOfFile(SM.getFileID(Begin));
  Rewriter::RewriteOptions BeforeInserts;
  BeforeInserts.IncludeInsertsAtEndOfRange = false;
  int Skip = Rewrite->getRangeSize(
      CharSourceRange::getCharRange(FileStart, Begin), BeforeInserts);
  Rewriter::RewriteOptions Measure;
  Measure.IncludeInsertsAtEndOfRange = InsertsAtEnd;
  int Size = Rewrite->getRangeSize(Chars, Measure);
  if (Skip < 0 || Size < 0)
    return Rewrite->getRewrittenText(Chars);

  std::string Out;
  Out.reserve(Size);
  RewriteBuffer::iterator Piece = Buffer->begin();
  for (; Piece != Buffer->end(); Piece.MoveToNextPiece()) {
    llvm::StringRef Text = Piece.piece();
    if (static_cast<size_t>(Skip) < Text.size()) {
      Text = Text.drop_front(Skip);
      Skip = 0;
      Out.append(Text.take_front(Size - Out.size()));
      if (Out.size() == static_cast<size_t>(Size))
        break;
    } else if (Skip > 0) {
      Skip -= Text.size();
    }
  }
  return Out;
}

std::string LoweringContext::operandText(const Expr *E) {
  std::string Text = text(E->getSourceRange());
  const Expr *Bare = E->IgnoreImplicit();
  const auto *Binary = dyn_cast<BinaryOperator>(Bare);
  const auto *Call = dyn_cast<CXXOperatorCallExpr>(Bare);
  if ((Binary != nullptr && Binary->getOpcode() == BO_Comma) ||
      (Call != nullptr && Call->getOperator() == OO_Comma))
    return "(" + Text + ")";
  return Text;
}

// The Rewriter replaces from after the text inserted at the range's start,
// but its default measure of the range counts that text, so the replacement
// would also eat as many characters after the range. The insertion stays in
// front of the replacement. (Edits inside an expression that a later edit
// may replace as a whole are replacements of its tokens, never insertions at
// its start: see renameThis.)
void LoweringContext::replace(SourceRange Range, llvm::StringRef Text) {
  CharSourceRange Chars = editedRange(*this, Range);
  Rewriter::RewriteOptions AfterInserts;
  AfterInserts.IncludeInsertsAtBeginOfRange = false;
  int Size = Rewrite->getRangeSize(Chars, AfterInserts);
  if (Size < 0) {
    Rewrite->ReplaceText(Chars, Text);
    return;
  }
  Rewrite->ReplaceText(Chars.getBegin(), Size, Text);
}

llvm::StringRef LoweringContext::originalText(SourceRange Range) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range), sources(),
                              langOpts());
}

bool namesIdentifier(llvm::StringRef Text, llvm::StringRef Name) {
  if (!Text.contains(Name))
    return false;
  static const LangOptions Cxx = [] {
    LangOptions Options;
    Options.CPlusPlus = Options.CPlusPlus11 = Options.CPlusPlus14 = true;
    Options.CPlusPlus17 = Options.CPlusPlus20 = true;
    Options.LineComment = true;
    return Options;
  }();
  // The raw lexer wants a buffer that ends in a null character.
  std::string Buffer = Text.str();
  Lexer Raw(SourceLocation(), Cxx, Buffer.data(), Buffer.data(),
            Buffer.data() + Buffer.size());
  Token Tok;
  for (bool End = false; !End;) {
    End = Raw.LexFromRawLexer(Tok);
    if (Tok.is(tok::raw_identifier) && Tok.getRawIdentifier() == Name)
      return true;
  }
  return false;
}

} // namespace asynclower
