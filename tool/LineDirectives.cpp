//===- LineDirectives.cpp - Map the output back to the input with #line --===//

#include "LineDirectives.h"
#include "LowerFile.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

#include <vector>

using namespace clang;

namespace asynclower {
namespace {

// The placeholders: directives clang-format keeps on their own lines, with
// a file name that cannot occur in C++ source.
constexpr llvm::StringLiteral UserMark = "\x01user:";
constexpr llvm::StringLiteral GeneratedMark = "\x01generated";
constexpr llvm::StringLiteral CopyMark = "\x01copy:";
// Ends each debugger alias's line.
constexpr llvm::StringLiteral DebuggerAliasNote = "for debuggers";

std::string quoted(llvm::StringRef Path) {
  std::string Text = "\"";
  for (char Ch : Path) {
    if (Ch == '"' || Ch == '\\')
      Text += '\\';
    Text += Ch;
  }
  return Text + "\"";
}

bool isBlank(char Ch) { return Ch == ' ' || Ch == '\t' || Ch == '\n'; }

// Directive on a line of its own, inserted before the blank at Offset,
// without adding an empty line: a newline that follows ends it.
std::string onOwnLine(llvm::StringRef Buffer, unsigned Offset,
                      llvm::StringRef Directive) {
  std::string Text = "\n" + Directive.str();
  return Buffer[Offset] == '\n' ? Text : Text + "\n";
}

// Where the statement's text ends: after its last token, and after the `;`
// that clang leaves out of the range of an expression statement, a return,
// a do-while and the like.
SourceLocation statementEnd(LoweringContext &C, const Stmt *S) {
  SourceLocation End =
      Lexer::getLocForEndOfToken(S->getEndLoc(), 0, C.sources(), C.langOpts());
  if (isa<DeclStmt>(S))
    return End;
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      S->getEndLoc(), tok::semi, C.sources(), C.langOpts(),
      /*SkipTrailingWhitespaceAndNewLine=*/false);
  return AfterSemi.isValid() ? AfterSemi : End;
}

// The lines of Text before which a directive may stand: no token or comment
// continues across the line's start, and the line before does not end with
// a backslash (which would join the directive to it).
std::vector<bool> directiveSafeLines(llvm::StringRef Text,
                                     llvm::ArrayRef<size_t> LineStarts) {
  std::vector<bool> Safe(LineStarts.size(), true);
  auto LineOf = [&](size_t Offset) {
    return static_cast<size_t>(llvm::upper_bound(LineStarts, Offset) -
                               LineStarts.begin()) -
           1;
  };

  LangOptions Opts;
  Opts.CPlusPlus = Opts.CPlusPlus11 = Opts.CPlusPlus14 = Opts.CPlusPlus17 =
      true;
  Lexer Lex(SourceLocation(), Opts, Text.begin(), Text.begin(), Text.end());
  Lex.SetCommentRetentionState(true);
  Token Tok;
  while (true) {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      break;
    size_t End = Lex.getBufferLocation() - Text.begin();
    size_t Begin = End - Tok.getLength();
    for (size_t Line = LineOf(Begin) + 1; Line <= LineOf(End - 1); ++Line)
      Safe[Line] = false;
  }
  for (size_t Line = 1; Line < LineStarts.size(); ++Line) {
    llvm::StringRef Before =
        Text.slice(LineStarts[Line - 1], LineStarts[Line] - 1);
    if (Before.ends_with("\\"))
      Safe[Line] = false;
  }
  return Safe;
}

} // namespace

void insertLineMarkers(LoweringContext &C, const FunctionPlan &Plan,
                       llvm::StringRef InputFile) {
  SourceManager &SM = C.sources();
  llvm::StringRef Buffer = SM.getBufferData(SM.getMainFileID());
  std::string Generated = "#line 1 \"" + GeneratedMark.str() + "\"";

  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    if (!isa_and_nonnull<CompoundStmt>(Plan.Tree->parent(S)) ||
        isa<NullStmt>(S))
      return;
    SourceLocation Begin = S->getBeginLoc();
    SourceLocation End = statementEnd(C, S);
    // A statement written by a macro has no text of its own to mark.
    if (Begin.isMacroID() || End.isInvalid() || End.isMacroID())
      return;

    // The placeholders stand in the blanks around the statement, never at a
    // token: the Rewriter replaces a range that starts where text was
    // inserted by erasing too much. A statement that follows another token
    // on its line without a blank keeps the directive before it.
    unsigned BeginOffset = SM.getFileOffset(Begin);
    if (BeginOffset == 0 || !isBlank(Buffer[BeginOffset - 1]))
      return;
    // A comment after the statement, on its line, stays with it.
    unsigned EndOffset = SM.getFileOffset(End);
    size_t LineEnd = Buffer.find('\n', EndOffset);
    if (LineEnd != llvm::StringRef::npos &&
        Buffer.slice(EndOffset, LineEnd).ltrim(" \t").starts_with("//")) {
      End = End.getLocWithOffset(LineEnd - EndOffset);
      EndOffset = LineEnd;
    }

    std::string User = "#line " + std::to_string(C.line(Begin)) + " \"" +
                       (UserMark + InputFile).str() + "\"";
    // An indented statement first on its line: the directive goes before
    // the indentation.
    unsigned LineStart = Buffer.rfind('\n', BeginOffset) + 1;
    if (LineStart < BeginOffset &&
        Buffer.slice(LineStart, BeginOffset).find_first_not_of(" \t") ==
            llvm::StringRef::npos)
      C.rewriter().InsertText(Begin.getLocWithOffset(LineStart - BeginOffset),
                              User + "\n");
    else
      C.rewriter().InsertText(Begin.getLocWithOffset(-1),
                              onOwnLine(Buffer, BeginOffset - 1, User));
    // Without a blank after it, the statement's mapping lasts until the next
    // directive.
    if (EndOffset < Buffer.size() && isBlank(Buffer[EndOffset]))
      C.rewriter().InsertText(End, onOwnLine(Buffer, EndOffset, Generated));
  });
}

std::string startOfInput(llvm::StringRef InputFile) {
  return ("#line 1 \"" + CopyMark + InputFile + "\"\n").str();
}

std::string asGenerated(llvm::StringRef Text) {
  return ("\n#line 1 \"" + GeneratedMark + "\"\n" + Text).str();
}

void resumeInput(LoweringContext &C, SourceLocation After,
                 llvm::ArrayRef<SourceLocation> GeneratedStarts,
                 llvm::StringRef InputFile) {
  SourceManager &SM = C.sources();
  llvm::StringRef Buffer = SM.getBufferData(SM.getMainFileID());
  unsigned AfterOffset = SM.getFileOffset(After);
  size_t Next = Buffer.find_first_not_of(" \t\r\n\f\v", AfterOffset);
  if (Next == llvm::StringRef::npos)
    return;
  SourceLocation NextLoc = After.getLocWithOffset(Next - AfterOffset);
  // Generated text follows, with its own directive.
  if (llvm::is_contained(GeneratedStarts, NextLoc))
    return;

  // The directive names the line of the code it stands before, so that
  // clang-format, which may change the blank lines after generated text,
  // cannot shift it.
  std::string Directive = "#line " + std::to_string(C.line(NextLoc)) + " \"" +
                          CopyMark.str() + InputFile.str() + "\"\n";
  size_t LineStart = Buffer.rfind('\n', Next) + 1;
  if (LineStart > AfterOffset &&
      Buffer.slice(LineStart, Next).find_first_not_of(" \t") ==
          llvm::StringRef::npos)
    C.rewriter().InsertText(NextLoc.getLocWithOffset(LineStart - Next),
                            Directive);
  else
    C.rewriter().InsertText(NextLoc, "\n" + Directive);
}

std::string debuggerAliases(const FunctionPlan &Plan) {
  std::string Text;
  for (const LiftedLocal &Local : Plan.Lifted) {
    bool InUnion = Local.Storage == LiftedLocal::StorageKind::Object ||
                   Local.Storage == LiftedLocal::StorageKind::Extended;
    if (InUnion && Local.Field == Local.Var->getName())
      Text += "[[maybe_unused]] auto &" + Local.Field + " = this->" +
              Local.Field + "; // " + DebuggerAliasNote.str() + "\n";
  }
  return Text;
}

std::string resolveOutputLines(llvm::StringRef Text,
                               llvm::StringRef OutputFile) {
  if (!Text.contains(UserMark) && !Text.contains(CopyMark))
    return Text.str();

  std::vector<size_t> LineStarts = {0};
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n' && I + 1 < Text.size())
      LineStarts.push_back(I + 1);
  std::vector<bool> Safe = directiveSafeLines(Text, LineStarts);

  // Lines of the result; a BackToOutput entry is a directive back to the
  // output file, numbered once all lines are known.
  struct OutputLine {
    std::string Text;
    bool BackToOutput = false;
  };
  std::vector<OutputLine> Lines;
  std::string UserDirective; // while inside a statement's text
  bool FirstOfStatement = false;
  for (size_t I = 0; I < LineStarts.size(); ++I) {
    size_t End = I + 1 < LineStarts.size() ? LineStarts[I + 1] : Text.size();
    llvm::StringRef Line = Text.slice(LineStarts[I], End).rtrim('\n');
    llvm::StringRef Trimmed = Line.ltrim();

    if (Trimmed.starts_with("#line ") && Trimmed.contains(UserMark)) {
      auto [Head, Path] = Trimmed.split(UserMark);
      UserDirective = (Head.rtrim('"') + quoted(Path.drop_back())).str();
      Lines.push_back({UserDirective});
      FirstOfStatement = true;
      continue;
    }
    if (Trimmed.starts_with("#line ") && Trimmed.contains(CopyMark)) {
      auto [Head, Path] = Trimmed.split(CopyMark);
      UserDirective.clear();
      Lines.push_back({(Head.rtrim('"') + quoted(Path.drop_back())).str()});
      continue;
    }
    if (Trimmed.starts_with("#line ") && Trimmed.contains(GeneratedMark)) {
      UserDirective.clear();
      Lines.push_back({"", /*BackToOutput=*/true});
      continue;
    }
    // Each line of a statement's text maps to the statement's first line,
    // so the following ones repeat the directive; a comment needs none.
    if (!UserDirective.empty() && !Trimmed.empty() && !FirstOfStatement &&
        !Trimmed.starts_with("//") && Safe[I])
      Lines.push_back({UserDirective});
    if (!Trimmed.empty())
      FirstOfStatement = false;
    Lines.push_back({Line.str()});
  }

  // A return to the output that only blank lines and other returns separate
  // from the next statement's directive is left out.
  std::vector<OutputLine> Kept;
  for (size_t I = 0; I < Lines.size(); ++I) {
    size_t Next = I + 1;
    while (Next < Lines.size() &&
           Lines[Next].Text.find_first_not_of(" \t") == std::string::npos)
      ++Next;
    if (!Lines[I].BackToOutput || Next == Lines.size() ||
        !llvm::StringRef(Lines[Next].Text).starts_with("#line "))
      Kept.push_back(std::move(Lines[I]));
  }

  std::string Result;
  for (size_t I = 0; I < Kept.size(); ++I) {
    if (Kept[I].BackToOutput)
      Result += "#line " + std::to_string(I + 2) + " " + quoted(OutputFile);
    else
      Result += Kept[I].Text;
    Result += "\n";
  }
  return Result;
}

} // namespace asynclower
