//===- TypeSugar.cpp - The aliases a derived type may keep --------------===//
//
// A type the tool derives (a lifted `auto` local's, a range-for's hidden
// begin and end, an awaiter's, a spilled value's) carries the sugar of
// wherever clang made it: `std::vector<int>::iterator` for `v.begin()`,
// `std::string` for what a function declared to return one, but also the
// substitutions of a template's instantiation, an alias local to a
// function, a private member's alias. Spelled canonically it is valid
// everywhere, but names the standard library's internals
// (`__gnu_cxx::__normal_iterator<int *, std::vector<int>>`), which another
// library does not have, and is hard to read.
//
// portableSugar keeps the aliases that mean the same where the machine is,
// and takes off the others, part by part: an alias of a namespace
// (`std::string`, `std::size_t`, `inv::Count`), an alias template of the
// program's (`inv::Vec<std::string>`), and a member alias of a class the
// machine can name (`std::map<std::string, int>::iterator`), declared
// before the function, without a reserved name (`std::__detail::...`),
// reachable from the machine (public, or the machine is a member of its
// class). A class
// template's member alias is kept only where what it stands for would name
// such internals (an iterator), so `value_type` and `size_type` are
// spelled as their argument or `std::size_t`. The class templates the type
// names as canonical types (a member alias's class, an awaiter's argument)
// take the spelling the function's own declarations give the same type
// (`std::vector<std::string> names` spells `std::basic_string<char>` as
// `std::string`).
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Type.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynclower {

// Per thread, since several files are lowered at once (LowerJobs.cpp).
static thread_local const FunctionPlan *Scope = nullptr;

// The types the function's declarations write (its parameters' and its
// locals', and their template arguments), with the sugar they keep, by
// their canonical types: the spelling of a class template specialization
// found without sugar in a derived type; a member function's class's data
// members too. Made again for each plan entered.
static thread_local bool WrittenLearned = false;
static thread_local llvm::DenseMap<const clang::Type *, QualType> Written;

void setSugarScope(const FunctionPlan *Plan) {
  Scope = Plan;
  WrittenLearned = false;
  Written.clear();
}

// A name the implementation reserves ([lex.name]/3): the standard
// library's own (`__gnu_cxx`, `_Rb_tree_iterator`), which another library
// does not have.
static bool reservedName(llvm::StringRef Name) {
  return Name.contains("__") ||
         (Name.size() >= 2 && Name[0] == '_' && isUppercase(Name[1]));
}

// Whether D's qualified name, as the printer writes it (without unnamed
// and inline namespaces), holds a reserved name.
static bool namesInternals(const NamedDecl *D) {
  for (const DeclContext *Context = D->getDeclContext();
       !Context->isTranslationUnit(); Context = Context->getParent()) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(Context);
    if (Namespace != nullptr &&
        (Namespace->isInline() || Namespace->isAnonymousNamespace()))
      continue;
    if (const auto *Named = dyn_cast<NamedDecl>(Context))
      if (Named->getIdentifier() != nullptr && reservedName(Named->getName()))
        return true;
  }
  return D->getIdentifier() != nullptr && reservedName(D->getName());
}

// The canonical type that Type points or refers to, or is an array of,
// through any number of pointers, references and arrays.
static QualType innermost(QualType Type) {
  Type = Type.getCanonicalType();
  while (true) {
    if (const auto *Pointer = Type->getAs<PointerType>())
      Type = Pointer->getPointeeType();
    else if (const auto *Reference = Type->getAs<ReferenceType>())
      Type = Reference->getPointeeType();
    else if (const auto *Array = Type->getAsArrayTypeUnsafe())
      Type = Array->getElementType();
    else
      return Type;
  }
}

// Whether a canonical type names a reserved name anywhere (its classes,
// their scopes and template arguments).
static bool typeNamesInternals(QualType Type) {
  Type = innermost(Type);
  if (const auto *Function = Type->getAs<FunctionProtoType>())
    return typeNamesInternals(Function->getReturnType()) ||
           llvm::any_of(Function->getParamTypes(), typeNamesInternals);
  const TagDecl *Tag = Type->getAsTagDecl();
  if (Tag == nullptr)
    return false;
  if (namesInternals(Tag))
    return true;
  const auto *Specialization = dyn_cast<ClassTemplateSpecializationDecl>(Tag);
  if (Specialization == nullptr)
    return false;
  return llvm::any_of(
      flattenedArguments(Specialization->getTemplateArgs().asArray()),
      [](const TemplateArgument &Arg) {
        return Arg.getKind() == TemplateArgument::Type &&
               typeNamesInternals(Arg.getAsType());
      });
}

// Whether every class and enumeration in a type (through pointers,
// references, arrays, function types and template arguments) has a name
// the machine can write as it is: not a closure, not local to a function,
// not unnamed or inside an unnamed class (those have spellings of their
// own, TypeSpelling.cpp, which this leaves alone).
static bool plainType(QualType Type) {
  Type = innermost(Type);
  while (const auto *Member = Type->getAs<MemberPointerType>()) {
    if (!plainType(QualType(Member->getClass(), 0)))
      return false;
    Type = innermost(Member->getPointeeType());
  }
  if (const auto *Function = Type->getAs<FunctionProtoType>())
    return plainType(Function->getReturnType()) &&
           llvm::all_of(Function->getParamTypes(), plainType);
  const TagDecl *Tag = Type->getAsTagDecl();
  if (Tag == nullptr)
    return true;
  if (Tag->getParentFunctionOrMethod() != nullptr)
    return false;
  for (const DeclContext *Context = Tag; isa<TagDecl>(Context);
       Context = Context->getParent()) {
    const auto *Each = cast<TagDecl>(Context);
    if (Each->getIdentifier() == nullptr)
      return false;
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Each);
        Record != nullptr && Record->isLambda())
      return false;
    const auto *Specialization =
        dyn_cast<ClassTemplateSpecializationDecl>(Each);
    if (Specialization == nullptr)
      continue;
    for (const TemplateArgument &Arg :
         flattenedArguments(Specialization->getTemplateArgs().asArray()))
      if (Arg.getKind() == TemplateArgument::Type &&
          !plainType(Arg.getAsType()))
        return false;
  }
  return true;
}

// Whether the machine is a member of Class, or of a class nested in it,
// and so has its access.
static bool machineInside(const CXXRecordDecl *Class) {
  if (Scope == nullptr)
    return false;
  for (const DeclContext *Context = Scope->NestIn; Context != nullptr;
       Context = Context->getParent())
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Context);
        Record != nullptr &&
        Record->getCanonicalDecl() == Class->getCanonicalDecl())
      return true;
  return false;
}

// Whether the machine may write the qualified name of an alias (or an
// alias template) D and have it mean what it meant: declared before the
// function (the machine is defined where the function is, or later),
// outside any function, in no dependent context, without reserved names,
// in an unnamed namespace only of the file lowered; and, as a member,
// reachable from the machine, in named classes with plain arguments.
static bool writable(const NamedDecl *D) {
  if (Scope == nullptr || Scope->Function == nullptr)
    return false;
  if (D->getParentFunctionOrMethod() != nullptr ||
      D->getDeclContext()->isDependentContext() || namesInternals(D))
    return false;
  const SourceManager &SM = D->getASTContext().getSourceManager();
  SourceLocation At = SM.getExpansionLoc(D->getLocation());
  SourceLocation Function =
      SM.getExpansionLoc(Scope->Function->getSourceRange().getBegin());
  if (At.isInvalid() || Function.isInvalid() ||
      !SM.isBeforeInTranslationUnit(At, Function))
    return false;
  const Decl *Member = D;
  for (const DeclContext *Context = D->getDeclContext();
       !Context->isTranslationUnit(); Context = Context->getParent()) {
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(Context)) {
      if (Namespace->isAnonymousNamespace() && !SM.isInMainFile(At))
        return false;
      continue;
    }
    if (isa<LinkageSpecDecl, ExportDecl>(Context))
      continue;
    const auto *Record = dyn_cast<CXXRecordDecl>(Context);
    if (Record == nullptr || Record->getIdentifier() == nullptr ||
        Record->isLambda())
      return false;
    if (Member->getAccess() != AS_public && Member->getAccess() != AS_none &&
        !machineInside(Record))
      return false;
    if (!plainType(D->getASTContext().getRecordType(Record)))
      return false;
    Member = Record;
  }
  return true;
}

// The qualified name of a declaration of a namespace as the printer
// writes a type's (no leading `::`, without unnamed and inline
// namespaces).
static std::string namespaceName(const NamedDecl *D) {
  PrintingPolicy Policy(D->getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressInlineNamespace = true;
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  D->printQualifiedName(OS, Policy);
  return OS.str();
}

// A type that prints as Spelling and is Type: an alias of that name in no
// scope, which the printer writes as it is.
static QualType spelledAs(ASTContext &Ctx, QualType Type,
                          const std::string &Spelling) {
  QualType Canonical = Type.getCanonicalType();
  auto *Alias = TypedefDecl::Create(
      Ctx, Ctx.getTranslationUnitDecl(), SourceLocation(), SourceLocation(),
      &Ctx.Idents.get(Spelling), Ctx.getTrivialTypeSourceInfo(Canonical));
  return Ctx.getTypedefType(Alias, Canonical);
}

namespace {

// One walk over a type, keeping the sugar portableSugar keeps. Kept tells
// whether any was.
class SugarKeeper {
public:
  SugarKeeper(ASTContext &Ctx, bool UseWritten)
      : Ctx(Ctx), UseWritten(UseWritten) {}

  QualType keep(QualType Type);
  bool Kept = false;

private:
  QualType keepAlias(QualType Type, const TypedefNameDecl *Alias,
                     QualType Class);
  QualType keepSpecialization(QualType Type,
                              const TemplateSpecializationType *Written);
  QualType keepRecord(QualType Type);
  std::string spellClass(QualType Class);

  ASTContext &Ctx;
  bool UseWritten;
};

} // namespace

static void learnWritten(ASTContext &Ctx, QualType Type) {
  if (Type.isNull() || Type->getContainedDeducedType() != nullptr ||
      Type->isDependentType() || !plainType(Type))
    return;
  SugarKeeper Keeper(Ctx, /*UseWritten=*/false);
  QualType Kept = Keeper.keep(Type.getUnqualifiedType());
  if (Keeper.Kept)
    Written.try_emplace(
        Type.getCanonicalType().getUnqualifiedType().getTypePtr(), Kept);
  // Its parts: what it points to, its template arguments, what an alias
  // of it was declared as.
  const clang::Type *T = Type.getTypePtr();
  if (const auto *Elaborated = dyn_cast<ElaboratedType>(T))
    return learnWritten(Ctx, Elaborated->getNamedType());
  if (const auto *Typedef = dyn_cast<TypedefType>(T))
    return learnWritten(Ctx, Typedef->getDecl()->getUnderlyingType());
  if (const auto *Pointer = dyn_cast<PointerType>(T))
    return learnWritten(Ctx, Pointer->getPointeeType());
  if (const auto *Reference = dyn_cast<ReferenceType>(T))
    return learnWritten(Ctx, Reference->getPointeeTypeAsWritten());
  if (const auto *Specialization = dyn_cast<TemplateSpecializationType>(T))
    for (const TemplateArgument &Arg : Specialization->template_arguments())
      if (Arg.getKind() == TemplateArgument::Type)
        learnWritten(Ctx, Arg.getAsType());
}

namespace {
class WrittenTypes : public RecursiveASTVisitor<WrittenTypes> {
public:
  explicit WrittenTypes(ASTContext &Ctx) : Ctx(Ctx) {}
  bool VisitVarDecl(VarDecl *Var) {
    learnWritten(Ctx, Var->getType());
    return true;
  }

private:
  ASTContext &Ctx;
};
} // namespace

static void learnScope(ASTContext &Ctx) {
  if (WrittenLearned)
    return;
  WrittenLearned = true;
  if (Scope == nullptr || Scope->Function == nullptr)
    return;
  const FunctionDecl *Function = Scope->Function;
  for (const ParmVarDecl *Param : Function->parameters())
    learnWritten(Ctx, Param->getType());
  learnWritten(Ctx, Function->getReturnType());
  if (Scope->Body != nullptr)
    WrittenTypes(Ctx).TraverseStmt(const_cast<CompoundStmt *>(Scope->Body));
  // A member function's class's data members.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
    for (const FieldDecl *Field : Method->getParent()->fields())
      learnWritten(Ctx, Field->getType());
}

std::string SugarKeeper::spellClass(QualType Class) {
  return printQualified(Ctx, Class);
}

// A member alias of a class template is kept where what it stands for
// names the library's internals (an iterator); any other alias the
// machine may write is kept. Class, when not null, is the class as the
// source qualified the alias with it.
QualType SugarKeeper::keepAlias(QualType Type, const TypedefNameDecl *Alias,
                                QualType Class) {
  const auto *Owner =
      dyn_cast<CXXRecordDecl>(Alias->getDeclContext()->getRedeclContext());
  if (!writable(Alias) ||
      (isa_and_nonnull<ClassTemplateSpecializationDecl>(Owner) &&
       !typeNamesInternals(Alias->getUnderlyingType())))
    return {};
  Kept = true;
  if (Owner == nullptr)
    return spelledAs(Ctx, Type, namespaceName(Alias));
  QualType OwnerType = Ctx.getRecordType(Owner);
  if (Class.isNull() || !Ctx.hasSameType(Class, OwnerType))
    Class = OwnerType;
  return spelledAs(Ctx, Type,
                   spellClass(keep(Class)) + "::" + Alias->getName().str());
}

// A class template specialization as written (`std::vector<std::string>`),
// its type arguments with their sugar kept; an alias template's
// (`inv::Vec<std::string>`) kept whole where it may be written. Null when
// an argument is other than a type (a value, a pack): then the class is
// spelled as its canonical type.
QualType
SugarKeeper::keepSpecialization(QualType Type,
                                const TemplateSpecializationType *Written) {
  std::vector<TemplateArgument> Args;
  for (const TemplateArgument &Arg : Written->template_arguments()) {
    if (Arg.getKind() != TemplateArgument::Type ||
        Arg.getAsType()->containsUnexpandedParameterPack() ||
        isa<PackExpansionType>(Arg.getAsType()) || !plainType(Arg.getAsType()))
      return {};
    Args.emplace_back(keep(Arg.getAsType()));
  }
  TemplateDecl *Template = Written->getTemplateName().getAsTemplateDecl();
  if (Written->isTypeAlias()) {
    const auto *Alias = dyn_cast_or_null<TypeAliasTemplateDecl>(Template);
    // The standard library's (`std::remove_cv_t<...>`, `std::
    // invoke_result_t<...>`, written in a declaration the type comes from)
    // say less than the type they stand for, unless that names internals.
    const SourceManager &SM = Ctx.getSourceManager();
    if (Alias == nullptr || !writable(Alias) ||
        !Alias->getDeclContext()->getRedeclContext()->isFileContext() ||
        (SM.isInSystemHeader(Alias->getLocation()) &&
         !typeNamesInternals(Type)))
      return {};
    Kept = true;
    std::vector<std::string> Spelled;
    for (const TemplateArgument &Arg : Args)
      Spelled.push_back(spellClass(Arg.getAsType()));
    return spelledAs(Ctx, Type,
                     namespaceName(Alias) + "<" + llvm::join(Spelled, ", ") +
                         ">");
  }
  auto *Class = dyn_cast_or_null<ClassTemplateDecl>(Template);
  if (Class == nullptr)
    return {};
  return Ctx.getTemplateSpecializationType(TemplateName(Class), Args,
                                           Type.getCanonicalType());
}

// FIXME: a class of the library's internals that no member alias names
// here, as a template parameter's substitution makes it
// (`std::move_iterator<__gnu_cxx::__normal_iterator<...>>` for
// `std::make_move_iterator(v.begin())`), keeps its name, so that output
// builds only against the library it was lowered with. Looking for a
// public member alias of it in the classes of its arguments
// (`std::vector<std::string>::iterator`) would cover the iterators.
//
// A class, canonical: as the function's declarations write it, or a class
// template specialization with its arguments so (`asl::task_awaiter<
// std::string>`), without the trailing ones that are the defaults.
QualType SugarKeeper::keepRecord(QualType Type) {
  if (UseWritten)
    if (auto It = Written.find(Type.getCanonicalType().getTypePtr());
        It != Written.end()) {
      Kept = true;
      return It->second;
    }
  const auto *Specialization =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Type->getAsCXXRecordDecl());
  if (Specialization == nullptr)
    return Type;
  llvm::ArrayRef<TemplateArgument> Given =
      Specialization->getTemplateArgs().asArray();
  const TemplateParameterList *Params =
      Specialization->getSpecializedTemplate()->getTemplateParameters();
  while (!Given.empty() && Given.size() <= Params->size() &&
         isSubstitutedDefaultArgument(Ctx, Given.back(),
                                      Params->getParam(Given.size() - 1),
                                      Given.drop_back(), Params->getDepth()))
    Given = Given.drop_back();
  bool Before = Kept;
  std::vector<TemplateArgument> Args;
  for (const TemplateArgument &Arg : Given) {
    if (Arg.getKind() == TemplateArgument::Pack)
      break;
    Args.push_back(Arg.getKind() == TemplateArgument::Type
                       ? TemplateArgument(keep(Arg.getAsType()))
                       : Arg);
  }
  if (Args.size() != Given.size()) {
    Kept = Before;
    return Type;
  }
  return Ctx.getTemplateSpecializationType(
      TemplateName(Specialization->getSpecializedTemplate()), Args,
      Type.getCanonicalType());
}

QualType SugarKeeper::keep(QualType Type) {
  if (Type.isNull())
    return Type;
  Qualifiers Quals = Type.getLocalQualifiers();
  const clang::Type *T = Type.getTypePtr();
  QualType Bare(T, 0);
  auto With = [&](QualType Inner) {
    return Ctx.getQualifiedType(Inner, Quals);
  };

  if (const auto *Typedef = dyn_cast<TypedefType>(T)) {
    if (QualType Alias = keepAlias(Bare, Typedef->getDecl(), QualType());
        !Alias.isNull())
      return With(Alias);
    return With(keep(Typedef->desugar()));
  }
  if (const auto *Elaborated = dyn_cast<ElaboratedType>(T)) {
    // `std::map<std::string, int>::iterator`: the class as written.
    QualType Named = Elaborated->getNamedType();
    const NestedNameSpecifier *Qualifier = Elaborated->getQualifier();
    if (const auto *Typedef = dyn_cast<TypedefType>(Named.getTypePtr());
        Typedef != nullptr && !Named.hasLocalQualifiers() &&
        Qualifier != nullptr &&
        Qualifier->getKind() == NestedNameSpecifier::TypeSpec)
      if (QualType Alias = keepAlias(Bare, Typedef->getDecl(),
                                     QualType(Qualifier->getAsType(), 0));
          !Alias.isNull())
        return With(Alias);
    return With(keep(Named));
  }
  if (const auto *Specialization = dyn_cast<TemplateSpecializationType>(T)) {
    bool Before = Kept;
    if (QualType Written = keepSpecialization(Bare, Specialization);
        !Written.isNull())
      return With(Written);
    Kept = Before;
    return With(keep(Specialization->desugar()));
  }
  if (const auto *Substituted = dyn_cast<SubstTemplateTypeParmType>(T))
    return With(keep(Substituted->getReplacementType()));
  if (const auto *Deduced = dyn_cast<DeducedType>(T)) {
    if (Deduced->getDeducedType().isNull())
      return Type;
    return With(keep(Deduced->getDeducedType()));
  }
  if (const auto *Pointer = dyn_cast<PointerType>(T))
    return With(Ctx.getPointerType(keep(Pointer->getPointeeType())));
  if (const auto *LRef = dyn_cast<LValueReferenceType>(T))
    return With(Ctx.getLValueReferenceType(
        keep(LRef->getPointeeTypeAsWritten()), LRef->isSpelledAsLValue()));
  if (const auto *RRef = dyn_cast<RValueReferenceType>(T))
    return With(
        Ctx.getRValueReferenceType(keep(RRef->getPointeeTypeAsWritten())));
  if (const auto *Member = dyn_cast<MemberPointerType>(T))
    return With(Ctx.getMemberPointerType(keep(Member->getPointeeType()),
                                         Member->getClass()));
  if (const auto *Array = dyn_cast<ConstantArrayType>(T))
    return With(Ctx.getConstantArrayType(
        keep(Array->getElementType()), Array->getSize(), nullptr,
        Array->getSizeModifier(), Array->getIndexTypeCVRQualifiers()));
  if (const auto *Array = dyn_cast<IncompleteArrayType>(T))
    return With(Ctx.getIncompleteArrayType(keep(Array->getElementType()),
                                           Array->getSizeModifier(),
                                           Array->getIndexTypeCVRQualifiers()));
  if (const auto *Function = dyn_cast<FunctionProtoType>(T)) {
    std::vector<QualType> Params;
    for (QualType Param : Function->getParamTypes())
      Params.push_back(keep(Param));
    return With(Ctx.getFunctionType(keep(Function->getReturnType()), Params,
                                    Function->getExtProtoInfo()));
  }
  if (const auto *Adjusted = dyn_cast<AdjustedType>(T))
    return With(keep(Adjusted->getAdjustedType()));
  // Any other sugar (decltype, a using-declaration's name, parentheses,
  // attributes) is taken off.
  if (QualType Desugared = Bare.getSingleStepDesugaredType(Ctx);
      Desugared != Bare)
    return With(keep(Desugared));
  if (T->isRecordType())
    return With(keepRecord(Bare));
  return Type;
}

QualType portableSugar(ASTContext &Ctx, QualType Type) {
  if (Scope == nullptr || Type.isNull() ||
      Type->isInstantiationDependentType() || !plainType(Type))
    return {};
  learnScope(Ctx);
  SugarKeeper Keeper(Ctx, /*UseWritten=*/true);
  QualType Kept = Keeper.keep(Type);
  if (!Keeper.Kept || !Ctx.hasSameType(Kept, Type))
    return {};
  return Kept;
}

} // namespace asynclower
