//===- MacroExpansion.cpp - Spell out the macros an async body needs -----===//
//
// A phase that would have to edit text inside a macro's expansion asks for
// the outermost invocation around it instead (expandMacroAround); the pass
// writes nothing. lowerInParallel then preprocesses the file once more, here,
// collecting the tokens each asked-for invocation expands to, and lowers a
// copy of the text in which each such invocation is replaced by them:
//
//   int b = TWICE(co_await answer());
//   int b = /* TWICE(...) expanded: it awaits */ ((co_await answer()) * 2);
//
// The replacement is the preprocessor's own result, so `#x`, `##`, nested
// macros and __LINE__ come out as the native build sees them.
// Tokens written in the invocation's arguments stay on their lines, and the
// replacement ends on the invocation's last line, so every line of the copy
// is where it was in the input: diagnostics and #line directives name the
// input's lines (the columns of the rest of an expanded line shift).
//
// Three things differ from a plain copy of the preprocessor's output:
// - __FILE__ stays __FILE__: its expansion is the path the tool was given,
//   which need not be how the output is compiled; kept, it names the file
//   as compiled, as a __FILE__ written outside a macro does.
// - An identifier of the expansion that names a macro would be expanded
//   again by the second parse (a macro that names itself, `#define x (x +
//   1)`, or a function-like macro's name not followed by its arguments):
//   such an invocation is left as written and refused.
// - A _Pragma in the expansion is carried out by the preprocessor and leaves
//   no token: the spelled-out text loses it (a `GCC diagnostic` pragma only
//   changes warnings).
//
//===----------------------------------------------------------------------===//

#include "MacroExpansion.h"
#include "LowerJobs.h"
#include "Lowering.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/TokenConcatenation.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tooling;

namespace asynclower {

bool LoweringContext::expandMacroAround(SourceLocation Loc, llvm::StringRef Why,
                                        llvm::StringRef Refusal) {
  SourceManager &SM = sources();
  CharSourceRange Range = SM.getExpansionRange(Loc);
  SourceLocation Begin = Range.getBegin();
  SourceLocation End = Range.getEnd();
  if (Range.isTokenRange())
    End = Lexer::getLocForEndOfToken(End, 0, SM, langOpts());

  // Only the main file's text is replaced.
  std::string Cannot;
  if (!SM.isInMainFile(Begin) || End.isInvalid() ||
      SM.getFileID(End) != SM.getFileID(Begin))
    Cannot = "its invocation is not in the file being lowered";
  else if (MacroBody != nullptr &&
           (MacroBody->getLBracLoc().isMacroID() ||
            MacroBody->getRBracLoc().isMacroID() ||
            !SM.isBeforeInTranslationUnit(MacroBody->getLBracLoc(), Begin) ||
            SM.isBeforeInTranslationUnit(MacroBody->getRBracLoc(), End)))
    Cannot = "it writes the braces of the async function's body";
  else if (UnexpandableMacros != nullptr)
    if (auto It = UnexpandableMacros->find(SM.getFileOffset(Begin));
        It != UnexpandableMacros->end())
      Cannot = It->second;
  if ((MacroNeeds == nullptr || !Cannot.empty()) && Refusal.empty())
    return true;
  if (MacroNeeds == nullptr || !Cannot.empty())
    return unsupported(Begin, Cannot.empty() ? Refusal.str()
                                             : Refusal.str() +
                                                   " (the macro cannot be "
                                                   "expanded: " +
                                                   Cannot + ")");

  unsigned Offset = SM.getFileOffset(Begin);
  for (const MacroNeed &Need : *MacroNeeds)
    if (Need.Begin == Offset)
      return false;
  MacroNeed Need;
  Need.Begin = Offset;
  Need.End = SM.getFileOffset(End);
  Need.Why = Why.str();
  MacroNeeds->push_back(std::move(Need));
  return false;
}

namespace {

// The text one invocation expands to, built token by token.
struct Expansion {
  const MacroNeed *Need = nullptr;
  std::string Text;
  std::string Cannot; // why it cannot be spelled out, if it cannot
  unsigned Line = 0;  // the input line Text has reached
  Token Prev, PrevPrev;
  bool Any = false;

  void add(Preprocessor &PP, TokenConcatenation &Concat, const Token &Tok) {
    SourceManager &SM = PP.getSourceManager();
    if (const IdentifierInfo *Name = Tok.getIdentifierInfo())
      if (Name->hasMacroDefinition() && Cannot.empty())
        Cannot = "its expansion names the macro '" + Name->getName().str() +
                 "', which a second parse would expand again";

    std::string Spelled = PP.getSpelling(Tok);
    // The name of the file stays a macro: the preprocessor spells it as the
    // path the tool was given, which the compiler of the output may not be
    // given; an unexpanded __FILE__ names the file as it is compiled, as one
    // written outside a macro does in the output.
    if (Tok.is(tok::string_literal)) {
      llvm::StringRef Macro =
          Lexer::getImmediateMacroName(Tok.getLocation(), SM, PP.getLangOpts());
      if (Macro == "__FILE__" || Macro == "__FILE_NAME__" ||
          Macro == "__BASE_FILE__")
        Spelled = Macro.str();
    }

    // A token of the invocation's arguments stays on its line.
    auto [File, Offset] =
        SM.getDecomposedLoc(SM.getSpellingLoc(Tok.getLocation()));
    unsigned TokenLine = 0;
    if (File == SM.getMainFileID() && Offset >= Need->Begin &&
        Offset < Need->End)
      TokenLine = SM.getLineNumber(File, Offset);
    if (TokenLine > Line) {
      Text.append(TokenLine - Line, '\n');
      Line = TokenLine;
    } else if (Any && (Tok.hasLeadingSpace() ||
                       Concat.AvoidConcat(PrevPrev, Prev, Tok))) {
      Text += ' ';
    }
    Text += Spelled;
    Line += llvm::count(Spelled, '\n'); // a raw string literal's lines
    PrevPrev = Prev;
    Prev = Tok;
    Any = true;
  }
};

// `NAME(...)`, `NAME()` or `NAME`: the macro an invocation's text starts
// with.
std::string invocationName(llvm::StringRef Invocation) {
  llvm::StringRef Name = Invocation.take_while(
      [](char Ch) { return isAsciiIdentifierContinue(Ch); });
  llvm::StringRef Rest = Invocation.drop_front(Name.size()).ltrim();
  if (!Rest.consume_front("("))
    return Name.str();
  return Name.str() + (Rest.ltrim() == ")" ? "()" : "(...)");
}

class ExpandAction : public PreprocessorFrontendAction {
public:
  ExpandAction(const std::vector<MacroNeed> &Needs,
               const std::map<unsigned, std::string> &Unexpandable,
               ExpandedMacros &Out)
      : Needs(Needs), Unexpandable(Unexpandable), Out(Out) {}

  void ExecuteAction() override {
    Preprocessor &PP = getCompilerInstance().getPreprocessor();
    SourceManager &SM = PP.getSourceManager();
    FileID Main = SM.getMainFileID();
    std::map<unsigned, Expansion> ByBegin;
    for (const MacroNeed &Need : Needs) {
      Expansion &E = ByBegin[Need.Begin];
      E.Need = &Need;
      E.Line = SM.getLineNumber(Main, Need.Begin);
      E.Prev.startToken();
      E.PrevPrev.startToken();
    }

    // Every token the preprocessor gives, as the parser would get it; those
    // whose outermost expansion starts where a needed invocation does are
    // what it expands to.
    TokenConcatenation Concat(PP);
    PP.EnterMainSourceFile();
    Token Tok;
    for (PP.Lex(Tok); Tok.isNot(tok::eof); PP.Lex(Tok)) {
      if (!Tok.getLocation().isMacroID())
        continue;
      auto [File, Offset] = SM.getDecomposedExpansionLoc(Tok.getLocation());
      if (File != Main)
        continue;
      if (auto It = ByBegin.find(Offset); It != ByBegin.end())
        It->second.add(PP, Concat, Tok);
    }

    // The copy of the text, each invocation spelled out and ending on the
    // line it ended on.
    llvm::StringRef Input = SM.getBufferData(Main);
    std::string Text;
    unsigned Pos = 0;
    auto CopyTo = [&](unsigned To) {
      for (auto It = Unexpandable.lower_bound(Pos);
           It != Unexpandable.end() && It->first < To; ++It)
        Out.Unexpandable[Text.size() + It->first - Pos] = It->second;
      Text += Input.slice(Pos, To);
      Pos = To;
    };
    for (auto &[Begin, E] : ByBegin) {
      CopyTo(Begin);
      llvm::StringRef Invocation = Input.slice(Begin, E.Need->End);
      if (!E.Any && E.Cannot.empty())
        E.Cannot = "the preprocessor gave no tokens for it";
      if (!E.Cannot.empty()) {
        Out.Unexpandable[Text.size()] = E.Cannot;
        CopyTo(E.Need->End);
        continue;
      }
      unsigned Lines = Invocation.count('\n');
      unsigned Used = E.Line - SM.getLineNumber(Main, Begin);
      Text += "/* " + invocationName(Invocation) + " expanded: " + E.Need->Why +
              " */ " + E.Text +
              std::string(Lines > Used ? Lines - Used : 0, '\n');
      Pos = E.Need->End;
    }
    CopyTo(Input.size());
    Out.Text = std::move(Text);
  }

private:
  const std::vector<MacroNeed> &Needs;
  const std::map<unsigned, std::string> &Unexpandable;
  ExpandedMacros &Out;
};

} // namespace

ExpandedMacros
expandMacros(const CompilationDatabase &Compilations, llvm::StringRef Source,
             const ArgumentsAdjuster &Adjust, llvm::StringRef Text,
             const std::vector<MacroNeed> &Needs,
             const std::map<unsigned, std::string> &Unexpandable) {
  ExpandedMacros Out;
  std::string Path = absoluteSourcePath(Source); // as lowerPass maps it
  std::unique_ptr<ClangTool> Tool = newToolFor(Compilations, Path, Adjust);
  if (!Text.empty())
    Tool->mapVirtualFile(Path, Text);
  // The lowering's pass reported what there is to report about the file.
  IgnoringDiagConsumer Quiet;
  Tool->setDiagnosticConsumer(&Quiet);
  struct Factory : FrontendActionFactory {
    Factory(const std::vector<MacroNeed> &Needs,
            const std::map<unsigned, std::string> &Unexpandable,
            ExpandedMacros &Out)
        : Needs(Needs), Unexpandable(Unexpandable), Out(Out) {}
    std::unique_ptr<FrontendAction> create() override {
      return std::make_unique<ExpandAction>(Needs, Unexpandable, Out);
    }
    const std::vector<MacroNeed> &Needs;
    const std::map<unsigned, std::string> &Unexpandable;
    ExpandedMacros &Out;
  } MakeAction(Needs, Unexpandable, Out);
  if (Tool->run(&MakeAction) != 0)
    Out.Text.clear();
  return Out;
}

} // namespace asynclower
