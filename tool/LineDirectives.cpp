//===- LineDirectives.cpp - Map the output back to the input with #line --===//

#include "LineDirectives.h"
#include "FileLowering.h"
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
constexpr llvm::StringLiteral CopyMark = "\x01"
                                         "copy:"; // not \x01c
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

// Ends a placeholder that was put between two tokens of one line: the line
// breaks around it are not the input's, and go when it is taken out.
constexpr llvm::StringLiteral JoinMark = "\x01joined";

bool isPlaceholder(llvm::StringRef Line) {
  Line = Line.trim(" \t");
  return Line.starts_with("#line ") &&
         (Line.contains(UserMark) || Line.contains(CopyMark) ||
          Line.contains(GeneratedMark));
}

// Directive on a line of its own, inserted before the blank at Offset,
// without adding an empty line: a newline that follows ends it. Between two
// tokens of a line, it is marked as such.
std::string onOwnLine(llvm::StringRef Buffer, unsigned Offset,
                      llvm::StringRef Directive) {
  std::string Text = "\n" + Directive.str();
  return Buffer[Offset] == '\n' ? Text : Text + JoinMark.str() + "\n";
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
    // A statement that starts with a macro's invocation (`LOG(x);`, left
    // as written) is marked from the invocation's name; one written inside
    // a macro has no text of its own to mark.
    if (Begin.isMacroID())
      Lexer::isAtStartOfMacroExpansion(Begin, SM, C.langOpts(), &Begin);
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
    // On the generated text's last line: formatting puts the code on a line
    // of its own and the directive before it (takeResumedInput).
    C.rewriter().InsertText(NextLoc, Directive);
}

void markLinesBeforeGenerated(LoweringContext &C,
                              llvm::ArrayRef<SourceLocation> GeneratedStarts,
                              llvm::ArrayRef<CharSourceRange> Replaced,
                              llvm::ArrayRef<SourceLocation> GeneratedEnds,
                              llvm::StringRef InputFile) {
  SourceManager &SM = C.sources();
  llvm::StringRef Buffer = SM.getBufferData(SM.getMainFileID());
  std::vector<size_t> LineStarts = {0};
  for (size_t I = 0; I < Buffer.size(); ++I)
    if (Buffer[I] == '\n' && I + 1 < Buffer.size())
      LineStarts.push_back(I + 1);
  std::vector<bool> Safe = directiveSafeLines(Buffer, LineStarts);

  std::vector<size_t> Marked;
  for (SourceLocation Start : GeneratedStarts) {
    unsigned Offset = SM.getFileOffset(Start);
    size_t Line =
        llvm::upper_bound(LineStarts, Offset) - LineStarts.begin() - 1;
    size_t LineStart = LineStarts[Line];
    if (!Safe[Line] || llvm::is_contained(Marked, LineStart) ||
        Buffer.slice(LineStart, Offset).find_first_not_of(" \t\r\f\v") ==
            llvm::StringRef::npos)
      continue;
    // Not when the line starts in generated text: resumeInput marks the
    // user's code after it.
    bool InGenerated = llvm::any_of(Replaced, [&](CharSourceRange Range) {
      return SM.getFileOffset(Range.getBegin()) < Offset &&
             SM.getFileOffset(Range.getEnd()) > LineStart;
    });
    size_t Previous = Buffer.find_last_not_of(" \t\n\r\f\v", LineStart);
    bool Resumed = Previous != llvm::StringRef::npos &&
                   llvm::any_of(GeneratedEnds, [&](SourceLocation End) {
                     return SM.getFileOffset(End) == Previous + 1;
                   });
    if (InGenerated || Resumed)
      continue;
    Marked.push_back(LineStart);
    C.rewriter().InsertText(Start.getLocWithOffset(static_cast<int>(LineStart) -
                                                   static_cast<int>(Offset)),
                            "#line " + std::to_string(Line + 1) + " \"" +
                                CopyMark.str() + InputFile.str() + "\"\n",
                            /*InsertAfter=*/false);
  }
}

size_t takeResumedInput(llvm::StringRef Text, std::string &Directive) {
  llvm::StringRef Rest = Text.ltrim(" \t\n\r\v\f");
  size_t LineEnd = Rest.find('\n');
  if (LineEnd == llvm::StringRef::npos ||
      !isPlaceholder(Rest.take_front(LineEnd)) ||
      Rest.drop_front(LineEnd).trim(" \t\n\r\v\f").empty())
    return 0;
  Directive = Rest.take_front(LineEnd + 1).str();
  return Text.size() - Rest.size();
}

std::string takePlaceholders(llvm::StringRef Chunk,
                             std::vector<Placeholder> &Taken) {
  std::string Code;
  size_t Pos = 0;
  while (Pos < Chunk.size()) {
    size_t End = Chunk.find('\n', Pos);
    End = End == llvm::StringRef::npos ? Chunk.size() : End + 1;
    llvm::StringRef Line = Chunk.slice(Pos, End);
    Pos = End;
    if (!isPlaceholder(Line)) {
      Code += Line;
      continue;
    }
    Line = Line.trim(" \t\n");
    // Put between two tokens of a line: join them again.
    if (Line.consume_back(JoinMark) && llvm::StringRef(Code).ends_with("\n"))
      Code.pop_back();
    Taken.push_back({Code.size(), Line.str()});
  }
  return Code;
}

std::string putPlaceholders(const std::string &Formatted,
                            llvm::ArrayRef<Placeholder> Placed) {
  std::vector<size_t> LineStarts = {0};
  for (size_t I = 0; I < Formatted.size(); ++I)
    if (Formatted[I] == '\n' && I + 1 < Formatted.size())
      LineStarts.push_back(I + 1);
  std::vector<bool> Safe = directiveSafeLines(Formatted, LineStarts);
  // Where each directive goes: before the line its code starts on, or after
  // that line when only a comment of it follows generated code there (the
  // brace an await's comment follows is not the statement's); in both
  // cases, never inside a token or comment that spans lines.
  std::vector<std::pair<size_t, size_t>> At; // (offset, index in Placed)
  for (size_t I = 0; I < Placed.size(); ++I) {
    size_t Offset = std::min(Placed[I].Offset, Formatted.size());
    size_t Code = Formatted.find_first_not_of(" \t\n", Offset);
    if (Code == std::string::npos)
      Code = Formatted.size();
    llvm::StringRef Text = Formatted;
    size_t LineStart = Text.take_front(Code).rfind('\n') + 1; // npos + 1: 0
    llvm::StringRef Before = Text.slice(LineStart, Code);
    llvm::StringRef Rest = Text.substr(Code);
    Rest = Rest.take_front(Rest.find('\n'));
    if (!Before.trim(" \t").empty() &&
        (Rest.starts_with("//") || Rest.starts_with("/*") || Rest.empty())) {
      size_t Next = Text.find('\n', Code);
      LineStart = Next == llvm::StringRef::npos ? Text.size() : Next + 1;
    }
    size_t Line = llvm::lower_bound(LineStarts, LineStart) - LineStarts.begin();
    while (Line < LineStarts.size() && !Safe[Line])
      ++Line;
    LineStart = Line < LineStarts.size() ? LineStarts[Line] : Formatted.size();
    At.push_back({LineStart, I});
  }
  llvm::sort(At); // the index keeps the order of equal offsets
  std::string Out;
  size_t Copied = 0;
  for (auto [Offset, I] : At) {
    Out += Formatted.substr(Copied, Offset - Copied);
    Copied = Offset;
    if (!Out.empty() && Out.back() != '\n')
      Out += "\n";
    Out += Placed[I].Directive + "\n";
  }
  Out += Formatted.substr(Copied);
  return Out;
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

void resumeInputAfterGenerated(LoweringContext &C,
                               llvm::ArrayRef<FunctionPlan> Plans,
                               llvm::ArrayRef<SourceLocation> Insertions,
                               llvm::ArrayRef<CharSourceRange> Templates,
                               llvm::StringRef File) {
  std::vector<SourceLocation> Starts, Ends;
  for (CharSourceRange Generated : Templates) {
    Starts.push_back(Generated.getBegin());
    Ends.push_back(Generated.isCharRange()
                       ? Generated.getEnd()
                       : Lexer::getLocForEndOfToken(Generated.getEnd(), 0,
                                                    C.sources(), C.langOpts()));
  }
  for (const FunctionPlan &Plan : Plans) {
    // Its text is inside the generated text of the coroutine around it.
    // FIXME: a specialization's machine gets no line directives of its own
    // (its text is the template's, rewritten once per specialization): a
    // debugger steps through it in the lowered file.
    if (Plan.Nested || Plan.Specialization || Plan.GenericCall)
      continue;
    CharSourceRange Generated = generatedRange(C, Plan);
    Starts.push_back(Generated.getBegin());
    Ends.push_back(Generated.isCharRange()
                       ? Generated.getEnd()
                       : Lexer::getLocForEndOfToken(Generated.getEnd(), 0,
                                                    C.sources(), C.langOpts()));
  }
  // After text inserted into the user's code: a machine's declaration in
  // its class, a friend declaration, a machine after its class.
  for (SourceLocation At : Insertions)
    if (!llvm::is_contained(Ends, At))
      Ends.push_back(At);
  for (SourceLocation End : Ends)
    resumeInput(C, End, Starts, File);
  // Generated text also starts where it is inserted.
  std::vector<SourceLocation> AllStarts = Starts;
  AllStarts.insert(AllStarts.end(), Insertions.begin(), Insertions.end());
  std::vector<CharSourceRange> Replaced(Templates.begin(), Templates.end());
  for (const FunctionPlan &Plan : Plans)
    if (!Plan.Nested && !Plan.Specialization && !Plan.GenericCall)
      Replaced.push_back(generatedRange(C, Plan));
  markLinesBeforeGenerated(C, AllStarts, Replaced, Ends, File);
}

} // namespace asynclower
