//===- TemplateMachines.cpp - Machines of templates -----------------------===//
//
// An async function template keeps its ramp, which starts a machine
// template declared before it; each specialization the file instantiates
// gets its machine, with the template's arguments as members, after the
// file's code (or before its explicit instantiation). An async member of a
// class template likewise, its class declaring the machine
// (docs/design.md, "Templates").
//
//===----------------------------------------------------------------------===//

#include "FileLowering.h"
#include "LineDirectives.h"
#include "OutputLayout.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/ScopeExit.h"

using namespace clang;

namespace asynclower {
namespace {

// The namespaces from the translation unit down to Context: the text that
// opens them, and the one that closes them.
std::pair<std::string, std::string>
namespacesOf(const DeclContext *Context, const DeclContext *Stop = nullptr) {
  std::string Open, Close;
  for (const DeclContext *D = Context->getRedeclContext();
       D != nullptr && (Stop == nullptr || !D->Equals(Stop));
       D = D->getParent()) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(D);
    if (Namespace == nullptr)
      continue;
    std::string Head =
        Namespace->isInline() ? "inline namespace " : "namespace ";
    if (!Namespace->isAnonymousNamespace())
      Head += Namespace->getName().str() + " ";
    Open = Head + "{\n" + Open;
    Close += "}\n";
  }
  return {Open, Close};
}

// The innermost namespace whose braces hold Loc, or the translation unit.
const DeclContext *namespaceAt(LoweringContext &C, SourceLocation Loc) {
  const DeclContext *Found = C.ast().getTranslationUnitDecl();
  for (bool Deeper = true; Deeper;) {
    Deeper = false;
    for (const Decl *D : Found->decls()) {
      const auto *Namespace = dyn_cast<NamespaceDecl>(D);
      if (Namespace != nullptr &&
          C.sources().isBeforeInTranslationUnit(Namespace->getBeginLoc(),
                                                Loc) &&
          C.sources().isBeforeInTranslationUnit(Loc, Namespace->getEndLoc())) {
        Found = Namespace;
        Deeper = true;
        break;
      }
    }
  }
  return Found;
}

// A closure type or a class local to a coroutine that Type is or holds
// (through references, pointers, arrays and template arguments), other
// than one the machine of Plan is generic over (ClosureParams); null when
// there is none. Such a class is named only inside that coroutine's
// machine: a coroutine lambda's named closure is a class of it, a kept
// lambda's closure and a local class are in its base ("Lambdas and types
// declared in the body"), so the machine of a specialization, after the
// file's code, could not spell it.
const CXXRecordDecl *classOfCoroutine(const FunctionPlan &Plan,
                                      QualType Type) {
  Type = Type.getCanonicalType().getNonReferenceType();
  while (Type->isPointerType() || Type->isArrayType())
    Type = Type->isPointerType()
               ? Type->getPointeeType()
               : QualType(Type->getArrayElementTypeNoTypeQual(), 0);
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr || Plan.ClosureParams.count(Record) != 0)
    return nullptr;
  if (const auto *Held = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    for (const TemplateArgument &Part :
         flattenedArguments(Held->getTemplateArgs().asArray()))
      if (Part.getKind() == TemplateArgument::Type)
        if (const CXXRecordDecl *Found =
                classOfCoroutine(Plan, Part.getAsType()))
          return Found;
  for (const DeclContext *Around = Record->getDeclContext();
       Around != nullptr; Around = Around->getParent())
    if (const auto *Function = dyn_cast<FunctionDecl>(Around))
      if (isa_and_nonnull<CoroutineBodyStmt>(Function->getBody()))
        return Record;
  return nullptr;
}

} // namespace

std::pair<std::string, std::string>
machineTemplateParams(LoweringContext &C, const TemplateParameterList *List) {
  std::string Params, Args;
  // A class template's pack must come last: the machine template has
  // the function template's pack after its other parameters, whatever
  // their order there (`template <class... Ts, class U>` gives
  // `template <class U, class... Ts> struct f_machine`).
  std::vector<const NamedDecl *> Ordered;
  for (bool Packs : {false, true})
    for (const NamedDecl *Param : *List)
      if (Param->isTemplateParameterPack() == Packs)
        Ordered.push_back(Param);
  for (const NamedDecl *Param : Ordered) {
    if (Param->getIdentifier() == nullptr)
      continue;
    // Without its default argument, which the function template has;
    // a declarator may go on after the name (`int (*F)(int)`).
    SourceRange Written = Param->getSourceRange();
    Written.setEnd(Param->getLocation());
    if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param))
      if (SourceLocation End =
              Value->getTypeSourceInfo()->getTypeLoc().getEndLoc();
          C.sources().isBeforeInTranslationUnit(Written.getEnd(), End))
        Written.setEnd(End);
    Params += (Params.empty() ? "" : ", ") + C.originalText(Written).str();
    Args += (Args.empty() ? "" : ", ") + Param->getNameAsString() +
            (Param->isTemplateParameterPack() ? "..." : "");
  }
  return {Params, Args};
}

TemplateMachines *FileLowering::machinesOf(const FunctionDecl *F) {
  if (!F->isTemplateInstantiation())
    return nullptr;
  const FunctionDecl *Pattern = templatePattern(F);
  for (TemplateMachines &M : Machines)
    if (Pattern != nullptr &&
        Pattern->getCanonicalDecl() == M.Pattern->getCanonicalDecl())
      return &M;
  return nullptr;
}

// The members of a specialization's machine that stand for the template's
// parameters, which the body's text names: `using T = int;` and
// `static constexpr int N = 3;`.
bool templateMembers(LoweringContext &C, FunctionPlan &Plan) {
  PrintingPolicy Policy(C.langOpts());
  Policy.FullyQualifiedName = true;
  for (const TemplateArgumentOf &Given : templateArgumentsOf(Plan.Function)) {
    const NamedDecl *Param = Given.Param;
    const TemplateArgument &Arg = *Given.Arg;
    // The machine, after the file's code, cannot name a class local to a
    // function or a closure type.
    // Without the file's path, which a closure's spelling holds.
    PrintingPolicy Short(C.langOpts());
    Short.AnonymousTagLocations = false;
    Short.SuppressTagKeyword = true;
    // One given a class of a coroutine other than as the parameter's
    // whole argument (`Fs &&...fs`, `std::reference_wrapper<F>`).
    for (const TemplateArgument &Part : flattenedArguments(Arg))
      if (Part.getKind() == TemplateArgument::Type)
        if (const CXXRecordDecl *Kept =
                classOfCoroutine(Plan, Part.getAsType()))
          return C.unsupported(
              C.sources().getExpansionLoc(
                  Plan.Function->getPointOfInstantiation()),
              "a specialization of an async template whose template "
              "argument '" +
                  Part.getAsType().getAsString(Short) + "' is, or holds, " +
                  (Kept->isLambda() ? "the closure type of a lambda"
                                    : "a class") +
                  " of the coroutine at line " +
                  std::to_string(C.line(C.sources().getExpansionLoc(
                      Kept->getLocation()))) +
                  ", which only that coroutine's machine can name: the "
                  "specialization's machine, after the file's code, could "
                  "not name it; not supported yet (a parameter given the "
                  "closure, a reference to it or a const one, outside a "
                  "pack, is supported)");
    if (Arg.getKind() == TemplateArgument::Type)
      if (std::string Why = unnameable(Arg.getAsType()); !Why.empty()) {
        return C.unsupported(
            C.sources().getExpansionLoc(
                Plan.Function->getPointOfInstantiation()),
            "a specialization of an async template whose template argument '" +
                Arg.getAsType().getAsString(Short) + "' is, or holds, " + Why +
                ": its machine, after the file's code, could not name it; "
                "not supported yet");
      }
    // Neither the machine nor the body's function has an unnamed pack.
    if (Arg.getKind() == TemplateArgument::Pack &&
        Param->getIdentifier() == nullptr)
      continue;
    // A parameter named like a member of the machine is declared under
    // another name (parameterMember), which the body's text is given too
    // (TemplateParameterUses.cpp); a pack or a template is passed to the
    // body's function under its own name, which inside the machine would
    // find the member.
    std::string Name = Param->getNameAsString();
    if (Param->getIdentifier() != nullptr &&
        llvm::is_contained(machineMemberNames(), Name)) {
      if (Arg.getKind() == TemplateArgument::Pack ||
          Arg.getKind() == TemplateArgument::Template ||
          llvm::is_contained(Plan.MachineTemplateParams, Name))
        return C.unsupported(Param->getLocation(),
                             "template parameter '" + Name +
                                 "' has the name of a member the state "
                                 "machine needs, and is a parameter pack, a "
                                 "template template parameter, or given a "
                                 "closure type; rename it");
      Name = parameterMember(Plan, Name);
    }
    if (Arg.getKind() == TemplateArgument::Pack) {
      for (const TemplateArgument &Element : Arg.pack_elements()) {
        // A pack of `auto` is passed as a tag of values, each printed with
        // its type: integers, characters, enumerators and booleans.
        if (Element.getKind() != TemplateArgument::Type &&
            Element.getKind() != TemplateArgument::Integral &&
            Element.getKind() != TemplateArgument::Template)
          return C.unsupported(
              C.sources().getExpansionLoc(
                  Plan.Function->getPointOfInstantiation()),
              "a specialization of an async template whose non-type "
              "parameter pack ('" +
                  Param->getNameAsString() +
                  "') has an element of other than integral or enumeration "
                  "type; not supported yet");
        if (Element.getKind() == TemplateArgument::Type)
          if (std::string Why = unnameable(Element.getAsType()); !Why.empty())
            return C.unsupported(
                C.sources().getExpansionLoc(
                    Plan.Function->getPointOfInstantiation()),
                "a specialization of an async template whose template "
                "argument '" +
                    Element.getAsType().getAsString(Short) +
                    "' is, or holds, " + Why +
                    ": its machine, after the file's code, could not name "
                    "it; not supported yet");
      }
      continue; // a parameter of the body's function (packHelper)
    }
    if (Arg.getKind() == TemplateArgument::Template)
      continue; // likewise
    // The body cannot name an unnamed one (`class = std::enable_if_t<...>`).
    if (Param->getIdentifier() == nullptr)
      continue;
    // A parameter of a machine generic over closures is the machine
    // template's own (MachineTemplateParams).
    if (llvm::is_contained(Plan.MachineTemplateParams, Name))
      continue;
    if (Arg.getKind() == TemplateArgument::Type) {
      Plan.TemplateMembers +=
          "using " + Name + " = " + spellType(C.ast(), Arg.getAsType()) + ";\n";
    } else if (Arg.getKind() == TemplateArgument::Integral) {
      std::string Value;
      llvm::raw_string_ostream Stream(Value);
      Arg.print(Policy, Stream, /*IncludeType=*/false);
      Plan.TemplateMembers += "static constexpr " +
                              spellType(C.ast(), Arg.getIntegralType()) + " " +
                              Name + " = " + Value + ";\n";
    } else if (Arg.getKind() == TemplateArgument::NullPtr ||
               (Arg.getKind() == TemplateArgument::Declaration &&
                !isa<TemplateParamObjectDecl>(Arg.getAsDecl()))) {
      // A pointer, a reference or a pointer to member (`auto` deduced to
      // one too): a constant of the parameter's type with the argument's
      // value, `static constexpr const char *Text = greeting;`, which the
      // body may use where it used the parameter, a template argument
      // included.
      QualType Type = Arg.getKind() == TemplateArgument::NullPtr
                          ? Arg.getNullPtrType()
                          : Arg.getParamTypeForDecl();
      std::string Value = spellAddressArgument(C.ast(), Arg);
      Plan.TemplateMembers += "static constexpr " +
                              spellType(C.ast(), Type, Name) + " = " + Value +
                              ";\n";
    } else {
      // The machine could hold such a value as a constant of a literal
      // type, but the template's head (`template <Fixed F>`) stays in the
      // output as the ramp's, and the argument lists that name such a
      // value are C++20 too: the output could not be C++17.
      return C.unsupported(Param->getLocation(),
                           "an async function in a template with a non-type "
                           "parameter ('" +
                               Name +
                               "') whose argument is of a kind C++17 "
                               "lacks (an object of class type, a "
                               "floating-point value, a subobject's "
                               "address); not supported: the template's "
                               "head, which the ramp keeps, and the "
                               "arguments naming such a value are C++20");
    }
  }
  return true;
}

// A specialization of a function template: its body's text is the
// template's, rewritten on its own; its machine goes after the file's
// code.
void FileLowering::rewriteSpecialization(FunctionPlan &Plan) {
  // Its coroutine lambdas' plans, rewritten first, are already there.
  C.setRewriter(scratchFor(Plan.Function));
  setPlanClosureNames(&Plan.ClosureParams);
  auto Unname = llvm::make_scope_exit([] { setPlanClosureNames(nullptr); });
  Ok &= rewriteBody(C, Plan);
  Ok &= templateLocalsOverPack(C, Plan);
  if (Ok && !Ctx.getDiagnostics().hasErrorOccurred()) {
    std::string Body = bodyText(C, Plan);
    for (HoistedLambda &Hoisted : Plan.HoistedLambdas) {
      size_t At = Hoisted.Packs ? Hoisted.Definition.find(Plan.PackParams)
                                : std::string::npos;
      if (At == std::string::npos)
        continue;
      std::string Params = Plan.PackParams;
      markUnusedPack(
          Params,
          llvm::StringRef(Hoisted.Definition).substr(At + Params.size()));
      Hoisted.Definition.replace(At, Plan.PackParams.size(), Params);
    }
    markUnusedPack(Plan.PackParams, Body);
    MachineText Machine = emitMachine(C, Plan, Body);
    std::string Text = Machine.Class + "\n" + Machine.MoveNext + "\n";
    const FunctionDecl *F = Plan.Function;
    // A machine generic over closures is written once for the
    // specializations it serves, which must agree on it.
    if (!Plan.MachineTemplateHead.empty()) {
      std::string Name = qualifiedMachineName(C, Plan);
      auto [It, New] = machinesOf(F)->Generic.insert({Name, Text});
      if (!New && It->second != Text)
        Ok = C.unsupported(
            SM.getExpansionLoc(F->getPointOfInstantiation()),
            "specializations of an async template given different "
            "closure types or local classes, whose machines differ "
            "otherwise (" +
                Name +
                "); not supported yet: their machine is one template "
                "generic over those types");
      if (!New) {
        C.setRewriter(Rewrite);
        return;
      }
    }
    if (F->getTemplateSpecializationKind() ==
        TSK_ExplicitInstantiationDefinition) {
      // An explicit instantiation definition instantiates the ramp
      // at once, and with it asl::start<...>, which needs the machine
      // complete: it goes just before the `template` that starts the
      // instantiation, in the namespace that holds it.
      SourceLocation Name = SM.getExpansionLoc(F->getPointOfInstantiation());
      llvm::StringRef Before = SM.getBufferData(SM.getFileID(Name))
                                   .take_front(SM.getFileOffset(Name));
      size_t Keyword = Before.rfind("template");
      SourceLocation At = Keyword == llvm::StringRef::npos
                              ? Name
                              : Name.getLocWithOffset(
                                    -static_cast<int>(Before.size() - Keyword));
      const DeclContext *Around = namespaceAt(C, At);
      auto [Open, Close] = F->isCXXClassMember()
                               ? std::pair<std::string, std::string>()
                               : namespacesOf(F->getDeclContext(), Around);
      Rewrite.InsertTextBefore(At,
                               generated(Open + Text + Close + "\n", Around));
      Insertions.push_back(At);
    } else {
      // The plans come last first.
      std::string &All = machinesOf(F)->Specializations;
      All = Text + All;
    }
  }
  C.setRewriter(Rewrite);
}

// Each function template becomes the declaration of its machine
// template and its ramp; each member of a class template its ramp, its
// class declaring its machine. The specializations follow the file's
// code.
void FileLowering::rewriteTemplates() {
  std::string AtEnd;
  for (const GenericLambda &G : GenericLambdas)
    if (!G.Nested)
      TemplateRanges.push_back(G.Range);
  for (TemplateMachines &M : Machines) {
    const FunctionDecl *Pattern = M.Pattern;
    const auto *Method = dyn_cast<CXXMethodDecl>(Pattern);
    FunctionPlan Ramp;
    Ramp.Function = Pattern;
    Ramp.MachineName = M.MachineName;
    Ramp.Body = writtenBody(C, Pattern, &Ramp.FunctionTryBlock);
    if (Method != nullptr && Method->isInstance())
      Ramp.Method = Method;
    nameMembers(C, Ramp);
    const FunctionTemplateDecl *Template =
        Pattern->getDescribedFunctionTemplate();
    // A member of a class template (or of a class nested in one, or of a
    // partial specialization), or a friend defined in one: the class
    // declares the machine, a member class, before the function's
    // declaration; a friend's ramp stays in the class, where it finds the
    // machine.
    if (Template == nullptr) {
      std::string Declaration =
          (M.LocalsName.empty() ? "" : "struct " + M.LocalsName + ";\n") +
          "struct " + M.MachineName + ";\n";
      std::string Text = emitRamp(C, Ramp);
      if (Method != nullptr && Method->isOutOfLine()) {
        SourceLocation At =
            definitionBegin(C, declarationIn(Method->getParent(), Method));
        Rewrite.InsertText(At, generated(Declaration, Method->getParent()));
        Insertions.push_back(At);
      } else {
        Text = Declaration + Text;
      }
      Rewrite.ReplaceText(definitionRange(C, Pattern),
                          generated(Text, Pattern->getLexicalDeclContext()));
      TemplateRanges.push_back(definitionRange(C, Pattern));
      AtEnd += M.Specializations;
      continue;
    }
    // A function template defined outside its namespace declares its
    // machine template in that namespace (a member template's is a member
    // of its class, and so is a friend template's defined in a class).
    bool Member = Method != nullptr ||
                  isa<CXXRecordDecl>(Pattern->getLexicalDeclContext());
    if (!Member)
      reopenNamespaces(Ramp);
    auto [Params, Args] =
        machineTemplateParams(C, Template->getTemplateParameters());
    // One defined after its class template begins with the class
    // template's parameters (`template <class T> template <class U>`).
    SourceLocation Begin = SM.getExpansionLoc(
        Pattern->getNumTemplateParameterLists() > 0
            ? Pattern->getTemplateParameterList(0)->getTemplateLoc()
            : Template->getBeginLoc());
    std::string Head =
        Lexer::getSourceText(
            CharSourceRange::getCharRange(Begin, definitionBegin(C, Pattern)),
            SM, C.langOpts())
            .str();
    std::string Declaration =
        Ramp.OpenNamespaces +
        (M.LocalsName.empty() || !Member
             ? ""
             : "template <" + Params + "> struct " + M.LocalsName + ";\n") +
        "template <" + Params + "> struct " + M.MachineName + ";\n" +
        Ramp.CloseNamespaces + "\n";
    std::string Text =
        Head + emitRamp(C, Ramp, M.MachineName + "<" + Args + ">");
    // A member template's machine template is a member of its class,
    // declared next to the member's declaration there.
    const FunctionTemplateDecl *DeclaredInClass = nullptr;
    if (Method != nullptr && Method->isOutOfLine())
      for (const RedeclarableTemplateDecl *D : Template->redecls())
        if (D->getLexicalDeclContext()->Equals(Method->getParent()))
          DeclaredInClass = cast<FunctionTemplateDecl>(D);
    if (DeclaredInClass != nullptr) {
      SourceLocation At = SM.getExpansionLoc(DeclaredInClass->getBeginLoc());
      Rewrite.InsertText(At, generated(Declaration, Method->getParent()));
      Insertions.push_back(At);
    } else {
      Text = Declaration + Text;
    }
    CharSourceRange Range = definitionRange(C, Pattern);
    Range.setBegin(Begin);
    Rewrite.ReplaceText(Range,
                        generated(Text, Pattern->getLexicalDeclContext()));
    TemplateRanges.push_back(Range);
    if (M.Specializations.empty())
      continue;
    if (Member) {
      AtEnd += M.Specializations;
      continue;
    }
    auto [Open, Close] = namespacesOf(Pattern->getDeclContext());
    AtEnd += Open + M.Specializations + Close + "\n";
  }
  if (!AtEnd.empty()) {
    SourceLocation End = SM.getLocForEndOfFile(SM.getMainFileID());
    Rewrite.InsertTextAfter(
        End, generated("\n// The machines of the specializations of the async "
                       "templates, after every\n// type they keep "
                       "(docs/design.md, \"Templates\").\n" +
                           AtEnd,
                       Ctx.getTranslationUnitDecl()));
    Insertions.push_back(End);
  }
}

} // namespace asynclower
