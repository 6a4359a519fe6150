//===- Naming.cpp - Generated names that collide with nothing ------------===//
//
// Generated members are named after what they hold (the local's own name,
// awaiterN_ for the Nth await), so a reviewer can read the output against
// the input. A name already used anywhere in the file gets a numeric suffix;
// numbering follows source order, never pointer order, so output is stable.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace asynclower {

static std::string freshIn(llvm::StringSet<> &Used, llvm::StringRef Name) {
  std::string Candidate = Name.str();
  for (unsigned Suffix = 1; Used.count(Candidate); ++Suffix)
    Candidate = (Name + llvm::Twine(Suffix)).str();
  Used.insert(Candidate);
  return Candidate;
}

std::string LoweringContext::freshName(llvm::StringRef Name) {
  return freshIn(Taken, Name);
}

std::string FunctionPlan::fresh(llvm::StringRef Name) {
  return freshIn(Names, Name);
}

bool LoweringContext::unsupported(SourceLocation Loc, llvm::StringRef Message,
                                  SourceRange Range) {
  DiagnosticsEngine &Diags = Ctx.getDiagnostics();
  unsigned ID = Diags.getCustomDiagID(DiagnosticsEngine::Error, "%0");
  auto Builder = Diags.Report(Loc, ID);
  Builder << Message;
  if (Range.isValid())
    Builder << Range;
  return false;
}

// Rewriter::getRewrittenText of a token range adds the last token's
// original length to where that token now starts, so a last token that an
// edit made longer (a renamed local, say) would come back cut short. A
// character range that ends after the token maps its end through the edits.
//
// getRewrittenText also finds the text by stepping an iterator one
// character at a time from the start of the file, which makes every call
// cost the offset of the range; on a file with many async functions that
// was most of the tool's time. The same text is read here a piece of the
// rope at a time, at offsets mapped through the edits as getRewrittenText
// maps them (edits inserted at the range's start are in it, and so are
// those inserted at its end).
std::string LoweringContext::text(SourceRange Range) {
  SourceManager &SM = sources();
  SourceLocation Begin = Range.getBegin();
  SourceLocation End =
      Lexer::getLocForEndOfToken(Range.getEnd(), 0, SM, langOpts());
  CharSourceRange Chars = CharSourceRange::getCharRange(Begin, End);
  const RewriteBuffer *Buffer =
      Rewrite.getRewriteBufferFor(SM.getFileID(SM.getExpansionLoc(Begin)));
  if (Buffer == nullptr || !Begin.isFileID() || !End.isFileID())
    return Rewrite.getRewrittenText(Chars);

  SourceLocation FileStart = SM.getLocForStartOfFile(SM.getFileID(Begin));
  Rewriter::RewriteOptions BeforeInserts;
  BeforeInserts.IncludeInsertsAtEndOfRange = false;
  int Skip = Rewrite.getRangeSize(
      CharSourceRange::getCharRange(FileStart, Begin), BeforeInserts);
  int Size = Rewrite.getRangeSize(Chars);
  if (Skip < 0 || Size < 0)
    return Rewrite.getRewrittenText(Chars);

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

llvm::StringRef LoweringContext::originalText(SourceRange Range) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range), sources(),
                              langOpts());
}

} // namespace asynclower
