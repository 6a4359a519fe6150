//===- OutputLayout.cpp - Lay the generated code out with libFormat ------===//
//
// The lowering marks each piece of text it generates (a machine, a ramp, a
// declaration it inserts) with how deep in classes and function bodies it
// sits. Once the file is complete, each marked chunk is formatted on its own
// with libFormat (LLVM style, 80 columns), on a thread pool, inside that
// many wrapper classes so that it gets the indentation it would have in the
// whole file; the line breaks around it follow libFormat's rules. The
// user's lines are left as they are.
//
//===----------------------------------------------------------------------===//

#include "OutputLayout.h"
#include "LineDirectives.h"

#include "clang/Format/Format.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

#include <algorithm>

using namespace clang;

namespace asynclower {
namespace {

// Marks generated text until it is formatted; cannot occur in C++ source.
// The begin mark says how many classes or function bodies enclose the
// text: "\x01<asl 1>".
constexpr llvm::StringLiteral BeginMark = "\x01<asl ";
constexpr llvm::StringLiteral EndMark = "\x01</asl>";

} // namespace

std::string markGenerated(llvm::StringRef Text, unsigned Depth) {
  return (BeginMark + llvm::Twine(Depth) + ">" + Text + EndMark).str();
}

size_t findGeneratedMark(llvm::StringRef Input) {
  return std::min(Input.find(BeginMark), Input.find(EndMark));
}

namespace {

constexpr llvm::StringLiteral Whitespace = " \t\n\r\v\f";

// Removes the whitespace at the end of Out and returns how many line breaks
// it had.
unsigned takeTrailingSpace(std::string &Out) {
  size_t Keep = Out.find_last_not_of(Whitespace.data());
  Keep = Keep == std::string::npos ? 0 : Keep + 1;
  unsigned Breaks = std::count(Out.begin() + Keep, Out.end(), '\n');
  Out.resize(Keep);
  return Breaks;
}

// The line breaks libFormat (LLVM style) puts before a line it formats,
// given Breaks in the source: at least one and at most one empty line; none
// at the start of the file; no empty line after an access specifier or
// before a closing brace that is alone on its line; an empty line before an
// access specifier that does not open its class.
unsigned lineBreaks(llvm::StringRef Before, unsigned Breaks,
                    llvm::StringRef After) {
  if (Before.empty())
    return 0;
  auto IsAccessSpecifier = [](llvm::StringRef Line) {
    for (llvm::StringRef Access : {"public", "protected", "private"})
      if (Line.consume_front(Access) && Line.ltrim().starts_with(":") &&
          !Line.ltrim().starts_with("::"))
        return true;
    return false;
  };
  llvm::StringRef LastLine = Before.substr(Before.rfind('\n') + 1).trim();
  llvm::StringRef NextLine = After.substr(0, After.find('\n')).trim();
  if (IsAccessSpecifier(LastLine) || NextLine == "}" || NextLine == "};")
    return 1;
  if (IsAccessSpecifier(NextLine) && !LastLine.ends_with("{"))
    return 2;
  return std::clamp(Breaks, 1u, 2u);
}

// Code with libFormat's replacements applied. They are sorted and do not
// overlap, so they are applied in one pass here; tooling's
// applyAllReplacements gives the same text through a Rewriter over a
// virtual file system and source manager of its own, which was 8 % of
// formatting B8's chunks (docs/performance.md). Anything else goes to it.
llvm::Expected<std::string> applyFixes(llvm::StringRef Code,
                                       const tooling::Replacements &Fixes) {
  std::string Out;
  Out.reserve(Code.size() + Code.size() / 4);
  size_t Pos = 0;
  for (const tooling::Replacement &Fix : Fixes) {
    if (Fix.getOffset() < Pos ||
        Fix.getOffset() + Fix.getLength() > Code.size())
      return tooling::applyAllReplacements(Code, Fixes);
    Out.append(Code.data() + Pos, Fix.getOffset() - Pos);
    Out.append(Fix.getReplacementText().data(),
               Fix.getReplacementText().size());
    Pos = Fix.getOffset() + Fix.getLength();
  }
  Out.append(Code.data() + Pos, Code.size() - Pos);
  return Out;
}

// Formats one generated chunk as if it were in its place in the file: inside
// Depth enclosing braces, which set its indentation. Its first line keeps
// its indentation; its leading and trailing whitespace is gone.
llvm::Expected<std::string> formatChunk(llvm::StringRef Chunk, unsigned Depth,
                                        llvm::StringRef FileName) {
  std::string Open, Close;
  for (unsigned I = 0; I < Depth; ++I) {
    Open += std::string(2 * I, ' ') + "struct asl_enclosing {\n";
    Close += "\n};";
  }
  // With line directives, the chunk is formatted without them.
  std::vector<Placeholder> Placeholders;
  std::string Stripped = Chunk.str();
  if (Chunk.contains("#line "))
    Stripped = takePlaceholders(Chunk, Placeholders);
  Chunk = Stripped;
  std::string Code = Open + Chunk.str() + Close + "\n";
  tooling::Range Range(Open.size(), Chunk.size());

  format::FormatStyle Style = format::getLLVMStyle();
  Style.ColumnLimit = 80;
  // Two of libFormat's passes lex the code again for constructs that most
  // chunks do not contain; skipping them saves a third of the time.
  if (!Chunk.contains("namespace"))
    Style.FixNamespaceComments = false;
  if (!Chunk.contains("using"))
    Style.SortUsingDeclarations = format::FormatStyle::SUD_Never;
  tooling::Replacements Fixes =
      format::reformat(Style, Code, {Range}, FileName);
  llvm::Expected<std::string> Formatted = applyFixes(Code, Fixes);
  if (!Formatted)
    return Formatted.takeError();
  // Where the chunk's first token and the end of its last one moved.
  unsigned Begin = Fixes.getShiftedCodePosition(Range.getOffset());
  unsigned End =
      Fixes.getShiftedCodePosition(Range.getOffset() + Range.getLength());
  size_t LineStart = llvm::StringRef(*Formatted).rfind('\n', Begin);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  std::string Result = Formatted->substr(LineStart, End - LineStart);
  if (Placeholders.empty())
    return Result;
  // Each directive stood before a token (or at the end), which formatting
  // does not change, only the blanks before it.
  for (Placeholder &P : Placeholders) {
    size_t Token = Chunk.find_first_not_of(Whitespace.data(), P.Offset);
    Token = Token == llvm::StringRef::npos ? Chunk.size() : Token;
    P.Offset =
        Fixes.getShiftedCodePosition(Range.getOffset() + Token) - LineStart;
  }
  return putPlaceholders(Result, Placeholders);
}

// A generated chunk between its marks: its text and how many classes or
// function bodies enclose it.
struct MarkedChunk {
  size_t Begin, End; // of the marks, in the marked text
  llvm::StringRef Text;
  unsigned Depth = 0;
};

// The marks must pair up, one chunk after another. Edits of the source
// that overlapped would have cut marks apart and left their \x01 bytes in
// the output: that is an error of the tool, reported instead of written.
llvm::Expected<std::vector<MarkedChunk>> findChunks(llvm::StringRef Marked) {
  auto Malformed = [](size_t Offset) {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "internal error: generated text overlaps other generated text "
        "(at offset %zu of the rewritten file)",
        Offset);
  };
  std::vector<MarkedChunk> Chunks;
  for (size_t Pos = 0;;) {
    size_t Begin = Marked.find(BeginMark, Pos);
    size_t Stray = Marked.find(EndMark, Pos);
    if (Stray < Begin)
      return Malformed(Stray);
    if (Begin == llvm::StringRef::npos)
      return Chunks;
    MarkedChunk Chunk;
    Chunk.Begin = Begin;
    size_t Close = Marked.find('>', Begin);
    if (Close == llvm::StringRef::npos ||
        Marked.slice(Begin + BeginMark.size(), Close)
            .getAsInteger(10, Chunk.Depth))
      return Malformed(Begin);
    size_t End = Marked.find(EndMark, Close);
    if (End == llvm::StringRef::npos ||
        Marked.slice(Close, End).contains(BeginMark))
      return Malformed(Begin);
    Chunk.Text = Marked.slice(Close + 1, End);
    Chunk.End = Pos = End + EndMark.size();
    Chunks.push_back(Chunk);
  }
}

// Formats every chunk, on up to Threads threads (0: one per hardware
// thread). The chunks are independent: each is formatted alone, with its own
// libFormat environment, and writes only its own element of the result.
llvm::Expected<std::vector<std::string>>
formatChunks(llvm::ArrayRef<MarkedChunk> Chunks, llvm::StringRef FileName,
             unsigned Threads) {
  std::vector<std::string> Formatted(Chunks.size());
  std::vector<std::optional<std::string>> Errors(Chunks.size());
  auto FormatOne = [&](size_t I) {
    llvm::Expected<std::string> Text =
        formatChunk(Chunks[I].Text.trim(Whitespace), Chunks[I].Depth, FileName);
    if (Text)
      Formatted[I] = std::move(*Text);
    else
      Errors[I] = llvm::toString(Text.takeError());
  };
  llvm::ThreadPoolStrategy Strategy = llvm::hardware_concurrency(Threads);
  if (Chunks.size() < 2 || Strategy.compute_thread_count() < 2) {
    for (size_t I = 0; I < Chunks.size(); ++I)
      FormatOne(I);
  } else {
    // Pool.wait() makes the workers' writes visible here.
    llvm::DefaultThreadPool Pool(Strategy);
    for (size_t I = 0; I < Chunks.size(); ++I)
      Pool.async(FormatOne, I);
    Pool.wait();
  }
  for (const std::optional<std::string> &Error : Errors)
    if (Error)
      return llvm::createStringError(llvm::inconvertibleErrorCode(), *Error);
  return Formatted;
}

// Removes the marks and formats what they enclosed, each chunk on its own,
// and the line breaks around it the way libFormat would format them in the
// whole file. (Formatting the whole file with one range per chunk gives the
// same text, but libFormat checks every line against every range, which
// made the tool's time grow with the square of the number of functions.)
// The user's lines are left as they are; only the line breaks next to a
// chunk change.
} // namespace

llvm::Expected<std::string> formatGenerated(llvm::StringRef Marked,
                                            llvm::StringRef FileName,
                                            unsigned Threads) {
  llvm::Expected<std::vector<MarkedChunk>> Found = findChunks(Marked);
  if (!Found)
    return Found.takeError();
  std::vector<MarkedChunk> Chunks = std::move(*Found);
  llvm::Expected<std::vector<std::string>> FormattedChunks =
      formatChunks(Chunks, FileName, Threads);
  if (!FormattedChunks)
    return FormattedChunks.takeError();

  std::string Out;
  bool AfterChunk = false;
  unsigned ChunkDepth = 0;
  // Appends user text; after a chunk, the line break before its first token
  // is formatted.
  auto AppendUserText = [&](llvm::StringRef Text, bool AtEnd) {
    // With line directives, the directive before the code goes on the line
    // before it once its line breaks are set.
    std::string Directive, WithoutDirective;
    if (AfterChunk) {
      size_t Blanks = takeResumedInput(Text, Directive);
      if (!Directive.empty()) {
        WithoutDirective = (Text.take_front(Blanks) +
                            Text.drop_front(Blanks + Directive.size()))
                               .str();
        Text = WithoutDirective;
      }
    }
    llvm::StringRef Rest = Text.ltrim(Whitespace);
    if (AfterChunk && Rest.empty() && AtEnd) {
      // The end of the file: one line break after the last line.
      takeTrailingSpace(Out);
      Out += "\n";
      return;
    }
    if (AfterChunk && !Rest.empty()) {
      llvm::StringRef Space = Text.drop_back(Rest.size());
      unsigned Breaks = takeTrailingSpace(Out) + Space.count('\n');
      Out += std::string(lineBreaks(Out, Breaks, Rest), '\n') + Directive;
      // A line of its own keeps its indentation; what followed the chunk on
      // its last line moves to a new line, indented as the chunk was (a
      // closing brace one level less).
      size_t LineStart = Space.rfind('\n');
      if (LineStart == llvm::StringRef::npos) {
        unsigned Depth = ChunkDepth;
        if (Rest.starts_with("}") && Depth > 0)
          --Depth;
        Out += std::string(2 * Depth, ' ');
        LineStart = Space.size() - 1;
      }
      Text = Text.drop_front(LineStart + 1);
    }
    Out += Text.str();
    AfterChunk = false;
  };

  size_t Pos = 0;
  for (size_t I = 0; I < Chunks.size(); ++I) {
    AppendUserText(Marked.slice(Pos, Chunks[I].Begin), /*AtEnd=*/false);
    llvm::StringRef Chunk = Chunks[I].Text;
    unsigned Depth = Chunks[I].Depth;
    Pos = Chunks[I].End;

    llvm::StringRef Code = Chunk.trim(Whitespace);
    llvm::StringRef Leading =
        Chunk.take_front(Chunk.size() - Chunk.ltrim(Whitespace).size());
    llvm::StringRef Trailing = Chunk.drop_front(Leading.size() + Code.size());
    unsigned Breaks = takeTrailingSpace(Out) + Leading.count('\n');
    Out += std::string(lineBreaks(Out, Breaks, Code), '\n');
    // Its trailing line breaks count towards those before the next line.
    Out += (*FormattedChunks)[I] + std::string(Trailing.count('\n'), '\n');
    AfterChunk = true;
    ChunkDepth = Depth;
  }
  AppendUserText(Marked.substr(Pos), /*AtEnd=*/true);
  return Out;
}

// The output keeps the input's line endings: generated and reformatted
// lines come out of libFormat with `\n` only, so a file written with `\r\n`
// would otherwise end up with both kinds. Like libFormat's DeriveLF, the
// kind most of the input's lines use wins, `\n` on a tie.
std::string withLineEndingsOf(llvm::StringRef Input, std::string Text) {
  size_t Lines = Input.count('\n');
  size_t Crlf = Input.count("\r\n");
  if (Crlf * 2 <= Lines)
    return Text;
  std::string Out;
  Out.reserve(Text.size() + Text.size() / 32);
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
      continue;
    if (Text[I] == '\n')
      Out += '\r';
    Out += Text[I];
  }
  return Out;
}

} // namespace asynclower
