//===- ParameterPacks.cpp - Specializations with packs --------------------===//
//
// A specialization of a template with parameter packs keeps its body's
// text, which expands them: the body becomes a member function template of
// the machine (the pack helper), the expanded folds are found, and a pack
// the text no longer names is marked unused, and the class of the types
// the body keeps becomes a template over a pack one of them names
// (docs/design.md, "Parameter packs").
//
//===----------------------------------------------------------------------===//

#include "FileLowering.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

#include <functional>

using namespace clang;

namespace asynclower {

// The expanded folds of a specialization with packs (FunctionPlan::Folds).
void foldRanges(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Specialization = Plan.Function;
  const FunctionDecl *Pattern = templatePattern(Specialization);
  if (Pattern == nullptr || !Pattern->getBody() || !Specialization->getBody())
    return;
  SourceManager &SM = C.sources();
  std::vector<SourceRange> Parens;
  std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
    if (S == nullptr)
      return;
    if (const auto *Fold = dyn_cast<CXXFoldExpr>(S))
      Parens.push_back({SM.getExpansionLoc(Fold->getLParenLoc()),
                        SM.getExpansionLoc(Fold->getRParenLoc())});
    for (const Stmt *Child : S->children())
      Find(Child);
  };
  Find(Pattern->getBody());
  if (Parens.empty())
    return;
  auto Inside = [&](SourceRange R, SourceRange P) {
    SourceLocation B = SM.getExpansionLoc(R.getBegin());
    SourceLocation E = SM.getExpansionLoc(R.getEnd());
    return B.isValid() && E.isValid() &&
           SM.isBeforeInTranslationUnit(P.getBegin(), B) &&
           SM.isBeforeInTranslationUnit(E, P.getEnd());
  };
  auto &Out = Plan.Folds;
  for (const SourceRange &P : Parens)
    Out.push_back({SourceRange(), P});
  // The outermost node inside a fold's parentheses: its parent is no
  // expression, or reaches outside them.
  std::function<void(const Stmt *, const Stmt *)> Walk =
      [&](const Stmt *S, const Stmt *Parent) {
        if (S == nullptr)
          return;
        if (isa<Expr>(S))
          for (const SourceRange &P : Parens)
            if (Inside(S->getSourceRange(), P) &&
                (Parent == nullptr || !isa<Expr>(Parent) ||
                 !Inside(Parent->getSourceRange(), P)))
              Out.push_back({S->getSourceRange(), P});
        for (const Stmt *Child : S->children())
          Walk(Child, S);
      };
  Walk(Specialization->getBody(), nullptr);
}

// Whether the body's function of Specialization receives its template
// template parameters from tags rather than as explicit template arguments:
// after a pack of them, another cannot be given explicitly.
bool templateTemplateTags(const FunctionDecl *Specialization) {
  bool AfterPack = false;
  for (const TemplateArgumentOf &Given : templateArgumentsOf(Specialization))
    if (isa<TemplateTemplateParmDecl>(Given.Param) &&
        Given.Param->getIdentifier() != nullptr) {
      if (AfterPack)
        return true;
      AfterPack = Given.Param->isTemplateParameterPack();
    }
  return false;
}

// A specialization of a template with parameter packs: the body, whose
// text expands them (`g(xs...)`, `sizeof...(Ts)`, folds), becomes a member
// function template of the machine, which move_next() calls with each
// template parameter pack as a tag from which it is deduced, and with the
// elements of the function parameter pack, each a field of its own, by
// reference (docs/design.md, "Parameter packs").
void packHelper(LoweringContext &C, FunctionPlan &Plan) {
  std::vector<std::string> TemplateParams, FunctionParams, CallArgs, Declvals;
  std::vector<std::string> Explicit; // template template parameters
  std::string ExplicitArgs;
  // After a pack of template template parameters, another cannot be given
  // explicitly: then each is deduced from a tag instead, a class template
  // of the machine with that one parameter (`template <template <class>
  // class... Hs> struct Hs_tag_ {};`, given `Hs_tag_<Holder, Box>{}`).
  bool Tagged = templateTemplateTags(Plan.Function);
  for (const TemplateArgumentOf &Given : templateArgumentsOf(Plan.Function)) {
    const NamedDecl *Param = Given.Param;
    const TemplateArgument &Arg = *Given.Arg;
    // A template template parameter (or a pack of them) is given
    // explicitly, so that the body names the argument template itself, as
    // natively (an alias template would be a template of its own): these
    // come first among the helper's parameters.
    if (isa<TemplateTemplateParmDecl>(Param)) {
      if (Param->getIdentifier() == nullptr)
        continue;
      std::string Declared = C.originalText(SourceRange(Param->getBeginLoc(),
                                                        Param->getLocation()))
                                 .str();
      Explicit.push_back(Declared);
      PrintingPolicy Policy(C.langOpts());
      Policy.FullyQualifiedName = true;
      std::string Spelled;
      auto Spell = [&](const TemplateArgument &Template) {
        std::string Name;
        llvm::raw_string_ostream Stream(Name);
        Template.print(Policy, Stream, /*IncludeType=*/false);
        Spelled += (Spelled.empty() ? "" : ", ") + Name;
      };
      if (Arg.getKind() == TemplateArgument::Pack)
        for (const TemplateArgument &Element : Arg.pack_elements())
          Spell(Element);
      else
        Spell(Arg);
      if (!Tagged) {
        ExplicitArgs +=
            (ExplicitArgs.empty() || Spelled.empty() ? "" : ", ") + Spelled;
        continue;
      }
      std::string Name = Param->getNameAsString();
      std::string Tag = Plan.fresh(Name + "_tag_");
      Plan.TemplateMembers +=
          "template <" + Declared + "> struct " + Tag + " {};\n";
      FunctionParams.push_back(Tag + "<" + Name +
                               (Param->isTemplateParameterPack() ? "..." : "") +
                               ">");
      CallArgs.push_back(Tag + "<" + Spelled + ">{}");
      Declvals.push_back(CallArgs.back());
      continue;
    }
    // The body cannot name an unnamed pack (`template <class...>`).
    if (!Param->isTemplateParameterPack() ||
        Arg.getKind() != TemplateArgument::Pack ||
        Param->getIdentifier() == nullptr)
      continue;
    std::string Name = Param->getNameAsString();
    // A pack of `auto`, or of a type that depends on the template's
    // parameters (`T... Vs`): each element is printed with its type.
    if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
        Value != nullptr && (Value->getType()->getContainedAutoType() ||
                             Value->getType()->isDependentType())) {
      TemplateParams.push_back("auto... " + Name);
      FunctionParams.push_back("asl::auto_values<" + Name + "...>");
      std::string Tag = "asl::auto_values<";
      PrintingPolicy Policy(C.langOpts());
      Policy.FullyQualifiedName = true;
      bool First = true;
      for (const TemplateArgument &Element : Arg.pack_elements()) {
        Tag += First ? "" : ", ";
        First = false;
        llvm::raw_string_ostream Stream(Tag);
        Element.print(Policy, Stream, /*IncludeType=*/true);
      }
      CallArgs.push_back(Tag + ">{}");
      Declvals.push_back(CallArgs.back());
      continue;
    }
    if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param)) {
      std::string Type = spellType(C.ast(), Value->getType());
      TemplateParams.push_back(Type + "... " + Name);
      FunctionParams.push_back("asl::pack_values<" + Type + ", " + Name +
                               "...>");
      std::string Tag = "asl::pack_values<" + Type;
      PrintingPolicy Policy(C.langOpts());
      Policy.FullyQualifiedName = true;
      for (const TemplateArgument &Element : Arg.pack_elements()) {
        Tag += ", ";
        llvm::raw_string_ostream Stream(Tag);
        Element.print(Policy, Stream, /*IncludeType=*/false);
      }
      CallArgs.push_back(Tag + ">{}");
      Declvals.push_back(CallArgs.back());
      continue;
    }
    TemplateParams.push_back("class... " + Name);
    FunctionParams.push_back("asl::pack_types<" + Name + "...>");
    std::string Tag = "asl::pack_types<";
    bool First = true;
    for (const TemplateArgument &Element : Arg.pack_elements()) {
      Tag += (First ? "" : ", ") + spellType(C.ast(), Element.getAsType());
      First = false;
    }
    CallArgs.push_back(Tag + ">{}");
    Declvals.push_back(CallArgs.back());
  }
  // The function parameter pack: the pattern has one parameter where the
  // specialization has one for each element.
  const FunctionDecl *Pattern = templatePattern(Plan.Function);
  unsigned Patterned = Pattern != nullptr ? Pattern->getNumParams() : 0;
  unsigned Count = Plan.Function->getNumParams();
  for (unsigned I = 0, At = 0; Pattern != nullptr && I < Patterned; ++I) {
    const ParmVarDecl *Param = Pattern->getParamDecl(I);
    if (!Param->isParameterPack()) {
      ++At;
      continue;
    }
    unsigned Elements = Count + 1 - Patterned;
    std::string Name = Param->getNameAsString();
    std::string Types = Plan.fresh(Name + "_types_");
    TemplateParams.push_back("class... " + Types);
    FunctionParams.push_back("asl::pack_types<" + Types + "...>");
    FunctionParams.push_back("asl::pack_param_t<" + Types + ">... " + Name);
    std::string Tag = "asl::pack_types<";
    std::vector<std::string> Refs, Unevaluated;
    for (unsigned K = 0; K < Elements; ++K) {
      const ParmVarDecl *Element = Plan.Function->getParamDecl(At + K);
      std::string Field = Plan.fresh(Name + std::to_string(K) + "_");
      Plan.PackElements[Element] = Field;
      Plan.PackDeclaredTypes[Element] = Types;
      Tag += (K ? ", " : "") + spellType(C.ast(), Element->getType());
      Unevaluated.push_back("std::declval<asl::pack_param_t<" +
                            spellType(C.ast(), Element->getType()) + ">>()");
      Refs.push_back(Element->getType()->isRValueReferenceType()
                         ? "std::move(" + Field + ")"
                         : Field);
    }
    CallArgs.push_back(Tag + ">{}");
    CallArgs.insert(CallArgs.end(), Refs.begin(), Refs.end());
    Declvals.push_back(Tag + ">{}");
    Declvals.insert(Declvals.end(), Unevaluated.begin(), Unevaluated.end());
    At += Elements;
  }
  if (TemplateParams.empty() && Explicit.empty())
    return;
  TemplateParams.insert(TemplateParams.begin(), Explicit.begin(),
                        Explicit.end());
  if (!Explicit.empty() && !Tagged)
    Plan.PackExplicitArgs = "<" + ExplicitArgs + ">";
  foldRanges(C, Plan);
  Plan.PackHelper = Plan.fresh("move_next_");
  auto Join = [](const std::vector<std::string> &Parts) {
    std::string Out;
    for (const std::string &Part : Parts)
      Out += (Out.empty() ? "" : ", ") + Part;
    return Out;
  };
  Plan.PackTemplateParams = Join(TemplateParams);
  Plan.PackParams = Join(FunctionParams);
  Plan.PackArgs = Join(CallArgs);
  Plan.PackDeclvals = Join(Declvals);
}

// A specialization of a generic coroutine lambda's call operator with a
// parameter pack (`auto... xs`): its machine is a class local to the
// lambda's body, which may not have the member function template that a
// template's machine runs its body in ([temp.mem]/2), but may have a
// generic lambda. So move_next() runs the body in one, `[this](auto
// &&...xs) {...}`, called with the elements' fields: a by-value element as
// an lvalue, a reference one as its own reference (moved for an rvalue
// reference), so that `xs` is a pack of lvalues of the elements' types, as
// natively (docs/design.md, "Generic coroutine lambdas"). The lambda has
// no template parameter list, so `decltype(xs)` names the helper's
// parameters' types: the same as natively for a pack of references, and a
// reference where a by-value pack has none; there it becomes
// `std::remove_reference_t<decltype(xs)>`.
void genericPackHelper(LoweringContext &C, FunctionPlan &Plan) {
  const FunctionDecl *Pattern =
      Plan.Function->getTemplateInstantiationPattern();
  if (Pattern == nullptr)
    return;
  unsigned Patterned = Pattern->getNumParams();
  unsigned Count = Plan.Function->getNumParams();
  std::string Params, Args;
  for (unsigned I = 0, At = 0; I < Patterned; ++I) {
    const ParmVarDecl *Param = Pattern->getParamDecl(I);
    if (!Param->isParameterPack()) {
      ++At;
      continue;
    }
    unsigned Elements = Count + 1 - Patterned;
    std::string Name = Param->getNameAsString();
    Params += (Params.empty() ? "" : ", ") + ("auto &&..." + Name);
    for (unsigned K = 0; K < Elements; ++K) {
      const ParmVarDecl *Element = Plan.Function->getParamDecl(At + K);
      std::string Field = Plan.fresh(Name + std::to_string(K) + "_");
      Plan.PackElements[Element] = Field;
      Plan.PackDeclaredTypes[Element] =
          Element->getType()->isReferenceType()
              ? "decltype(" + Name + ")"
              : "std::remove_reference_t<decltype(" + Name + ")>";
      Args += (Args.empty() ? "" : ", ") +
              (Element->getType()->isRValueReferenceType()
                   ? "std::move(" + Field + ")"
                   : Field);
    }
    At += Elements;
  }
  if (Params.empty())
    return;
  foldRanges(C, Plan);
  Plan.PackHelper = "[this]";
  Plan.PackParams = Params;
  Plan.PackArgs = Args;
}

// The pack helper's function parameter pack (`asl::pack_param_t<T>...
// xs`, in Params), and a kept lambda's factory's, is unused where the text
// that follows no longer names it: its elements read as their fields there
// (`xs0_`), or the lambdas that name it are made by their factories. It is
// then declared [[maybe_unused]], for -Wunused-parameter.
void markUnusedPack(std::string &Params, llvm::StringRef Text) {
  size_t Pack = Params.find("asl::pack_param_t<");
  size_t Dots = Params.rfind("... ");
  if (Pack == std::string::npos || Dots == std::string::npos || Dots < Pack)
    return;
  if (namesIdentifier(Text, Params.substr(Dots + 4)))
    return;
  Params.insert(Pack, "[[maybe_unused]] ");
}

// A generic lambda's pack helper's pack (`auto &&...xs`, genericPackHelper)
// likewise.
void markUnusedLambdaPack(std::string &Params, llvm::StringRef Text) {
  size_t Dots = Params.rfind("...");
  if (Dots == std::string::npos ||
      namesIdentifier(Text, Params.substr(Dots + 3)))
    return;
  Params.insert(0, "[[maybe_unused]] ");
}

// A type the body declares that names a template parameter pack
// (`struct Box { std::tuple<Ts...> items; };`) cannot be written in a plain
// locals class, whose members cannot be packs: the class becomes a template
// over that pack (`template <class... Ts> struct boxed_locals`), which the
// machine derives from specialized (`boxed_locals<int, long>`). Its kept
// lambdas' factories then take the pack from the class, not as a
// parameter of their own (which would shadow it). Refused, located at the
// type, where that class cannot be such a template.
bool templateLocalsOverPack(LoweringContext &C, FunctionPlan &Plan) {
  if (Plan.PackHelper.empty() || Plan.HoistedTypes.empty())
    return true;
  std::vector<TemplateArgumentOf> Named;
  const DeclStmt *Naming = nullptr;
  for (const TemplateArgumentOf &Given : templateArgumentsOf(Plan.Function)) {
    if (!Given.Param->isTemplateParameterPack() ||
        Given.Param->getIdentifier() == nullptr)
      continue;
    for (const DeclStmt *Decls : Plan.HoistedTypes)
      if (namesIdentifier(renamedText(C, Plan, Decls->getSourceRange()),
                          Given.Param->getName())) {
        Named.push_back(Given);
        Naming = Naming != nullptr ? Naming : Decls;
        break;
      }
  }
  if (Named.empty())
    return true;
  const NamedDecl *Param = Named.front().Param;
  const TemplateArgument &Arg = *Named.front().Arg;
  const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param);
  bool Spellable =
      Named.size() == 1 && Plan.NestIn == nullptr &&
      Plan.MachineTemplateHead.empty() &&
      Arg.getKind() == TemplateArgument::Pack &&
      (isa<TemplateTypeParmDecl>(Param) ||
       (Value != nullptr && Value->getType()->isIntegralOrEnumerationType()));
  if (!Spellable)
    return C.unsupported(
        Naming->getBeginLoc(),
        "a type declared in the body that names the template parameter pack "
        "'" +
            Param->getNameAsString() +
            "' and that the machine keeps, in a specialization whose class of "
            "such types cannot be a template over that pack (a member of a "
            "class template, more than one such pack, a pack of 'auto', of "
            "templates or of another template parameter's type); not "
            "supported yet");
  PrintingPolicy Policy(C.langOpts());
  Policy.FullyQualifiedName = true;
  std::string Args;
  for (const TemplateArgument &Element : Arg.pack_elements()) {
    Args += Args.empty() ? "" : ", ";
    if (Value == nullptr) {
      Args += spellType(C.ast(), Element.getAsType());
      continue;
    }
    llvm::raw_string_ostream Stream(Args);
    Element.print(Policy, Stream, /*IncludeType=*/false);
  }
  Plan.LocalsPack = (Value == nullptr ? std::string("class")
                                      : spellType(C.ast(), Value->getType())) +
                    "... " + Param->getNameAsString();
  Plan.LocalsPackArgs = "<" + Args + ">";
  // The factories' own template parameters, without the class's pack.
  std::string Own;
  for (llvm::StringRef Part : llvm::split(Plan.PackTemplateParams, ", "))
    if (Part != Plan.LocalsPack)
      Own += (Own.empty() ? "" : ", ") + Part.str();
  for (HoistedLambda &Hoisted : Plan.HoistedLambdas) {
    std::string Written = Plan.PackTemplateParams + ">\n";
    size_t At =
        Hoisted.Packs ? Hoisted.Definition.find(Written) : std::string::npos;
    if (At == std::string::npos)
      continue;
    llvm::StringRef Before(Hoisted.Definition.data(), At);
    if (!Own.empty())
      Hoisted.Definition.replace(At, Plan.PackTemplateParams.size(), Own);
    else if (Before.ends_with(", "))
      Hoisted.Definition.erase(At - 2, Plan.PackTemplateParams.size() + 2);
    else if (Before.ends_with("template <"))
      Hoisted.Definition.erase(At - strlen("template <"),
                               strlen("template <") + Written.size());
  }
  return true;
}

} // namespace asynclower
