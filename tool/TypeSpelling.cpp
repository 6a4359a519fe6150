//===- TypeSpelling.cpp - Spell a type so the machine class can name it --===//
//
// The machine is emitted at namespace or class scope, next to the function,
// so types are spelled fully qualified. Aliases are kept where the user
// wrote them (std::string, not std::basic_string<char, ...>); `auto` is
// replaced by the type it deduced, with the aliases that are valid at the
// machine (TypeSugar.cpp). An unnamed class or enumeration has no
// spelling of its own; it is spelled as decltype of a name declared with it
// (an enumerator, a variable), wherever it appears in a type (a template
// argument, an array's element), and where none fits unnameable() says so,
// so that no field is declared with clang's `(unnamed struct at ...)`. A
// closure the machine names is spelled by its name, also as a template
// argument of another class (spellHolder), or, in a machine generic over
// it, by its template parameter's name. A closure that a function of the
// program returns (a helper, another lambda) is spelled as what a call of
// that function returns (produced).
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace asynclower {

// Per thread, since several files are lowered at once (LowerJobs.cpp).
static thread_local ClosureNames *NamedClosures = nullptr;
static thread_local const HoistCandidates *Candidates = nullptr;

static thread_local const ClosureNames *PlanClosures = nullptr;

void setNamedClosures(ClosureNames *Names) { NamedClosures = Names; }

void setPlanClosureNames(const ClosureNames *Names) { PlanClosures = Names; }

void nameClosure(const TagDecl *Closure, std::string Name) {
  (*NamedClosures)[Closure] = std::move(Name);
}

void setHoistCandidates(const HoistCandidates *Hoistable) {
  Candidates = Hoistable;
}

// A type, const or not, a reference or a pointer to it: the closure type
// it is or points to. (Not one inside a template argument.)
static QualType closureCore(QualType Type) {
  Type = Type.getNonReferenceType();
  if (const auto *Pointer = Type->getAs<PointerType>())
    Type = Pointer->getPointeeType();
  return Type;
}

static bool produced(const CXXRecordDecl *Record, std::string *Spelled,
                     llvm::SmallVectorImpl<QualType> *Parts);

// The name of a named closure type (itself, const, a reference or a pointer
// to it; not a template argument), or an empty string. A closure that a
// function of the program returns, or a class holding closures that one
// returns whole, is named as what a call of it returns (produced, below).
static std::string closureName(QualType Type) {
  const CXXRecordDecl *Record = closureCore(Type)->getAsCXXRecordDecl();
  if (Record == nullptr)
    return {};
  if (PlanClosures != nullptr)
    if (auto It = PlanClosures->find(Record); It != PlanClosures->end())
      return It->second;
  if (NamedClosures == nullptr)
    return {};
  if (auto It = NamedClosures->find(Record); It != NamedClosures->end())
    return It->second;
  std::string Spelled;
  if (produced(Record, &Spelled, nullptr))
    return Spelled;
  return {};
}

// The closure types in Type: itself, or the template arguments of its
// class at any depth (`Holder<F>`, `std::pair<int, std::optional<F>>`),
// through references and pointers.
static void closuresIn(QualType Type,
                       llvm::SmallVectorImpl<const CXXRecordDecl *> &Out) {
  const CXXRecordDecl *Record = closureCore(Type)->getAsCXXRecordDecl();
  if (Record == nullptr)
    return;
  if (Record->isLambda()) {
    Out.push_back(Record);
    return;
  }
  const auto *Specialization =
      dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (Specialization == nullptr)
    return;
  for (const TemplateArgument &Part :
       flattenedArguments(Specialization->getTemplateArgs().asArray()))
    if (Part.getKind() == TemplateArgument::Type)
      closuresIn(Part.getAsType(), Out);
}

// A member the machine may name from outside its class: public, in
// public classes.
static bool reachable(const Decl *D) {
  while (true) {
    if (D->getAccess() != AS_public && D->getAccess() != AS_none)
      return false;
    const auto *Record = dyn_cast<CXXRecordDecl>(D->getDeclContext());
    if (Record == nullptr)
      return true;
    D = Record;
  }
}

std::string qualifiedName(const NamedDecl *D) {
  PrintingPolicy Policy(D->getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressInlineNamespace = true;
  std::string Out = "::";
  llvm::raw_string_ostream OS(Out);
  D->printQualifiedName(OS, Policy);
  return OS.str();
}

// The depth of produced's recursion (a closure made by a closure made by
// ...), bounded so that no type can make it loop.
static thread_local unsigned ProducedDepth = 0;

// A closure type whose lambda is written outside the body the machine
// comes from (in a helper function, a function template, another lambda's
// body), or a class holding such closures, has no name C++17 can write;
// but the function around the lambda returns it, and what a call returns
// can be named: `decltype(::make_adder(std::declval<int>()))`. The call is
// made on values of the function's own parameter types, so overload
// resolution and deduction choose the same function again; a function
// template is given its template arguments; a lambda's call operator is
// called on `std::declval<M &>()`, M its closure type, named the same way
// in turn (a lambda of the body by the machine's alias,
// `decltype(std::declval<maker_closure &>()(std::declval<int>()))`). A
// lambda initializing a variable of a namespace, or a static data member,
// is the type of that variable: `decltype(::on_tick)`.
//
// True when Record can be named so. Spelled, when given, receives the
// spelling, and then every type it names must have a name already (not
// only be a candidate of the hoisting); Parts receives those types (the
// object's class, the parameters' types, the template arguments), which
// the hoisting must be able to name.
static bool produced(const CXXRecordDecl *Record, std::string *Spelled,
                     llvm::SmallVectorImpl<QualType> *Parts) {
  if (!Record->isLambda() && !isa<ClassTemplateSpecializationDecl>(Record))
    return false;
  ASTContext &Ctx = Record->getASTContext();
  QualType Wanted = Ctx.getRecordType(Record).getCanonicalType();
  llvm::SmallVector<const CXXRecordDecl *, 4> Closures;
  closuresIn(Wanted, Closures);
  if (Closures.empty() || ProducedDepth > 16)
    return false;
  ++ProducedDepth;
  auto Leave = llvm::make_scope_exit([] { --ProducedDepth; });
  // A part named: when spelling, by a name it has now.
  llvm::SmallVector<QualType, 4> Found; // this attempt's parts
  auto Named = [&](QualType Part) {
    Found.push_back(Part);
    if (Spelled == nullptr)
      return unnameable(Part).empty();
    const HoistCandidates *Deciding = Candidates;
    Candidates = nullptr;
    bool Ok = unnameable(Part).empty();
    Candidates = Deciding;
    return Ok;
  };
  auto Spell = [&](QualType Part) {
    return Spelled != nullptr ? spellType(Ctx, Part) : std::string();
  };

  auto Succeed = [&] {
    if (Parts != nullptr)
      Parts->append(Found.begin(), Found.end());
    return true;
  };
  for (const CXXRecordDecl *Closure : Closures) {
    Found.clear();
    const auto *Function = dyn_cast<FunctionDecl>(Closure->getDeclContext());
    if (Function == nullptr) {
      // `auto on_tick = [] {...};` of a namespace, or a static member.
      // Clang records the variable only where mangling needs it (an
      // inline variable, a static member); else it is the one of the
      // scope its lambda initializes.
      const auto *Var =
          dyn_cast_or_null<VarDecl>(Closure->getLambdaContextDecl());
      if (Var == nullptr)
        for (const Decl *D : Closure->getDeclContext()->decls()) {
          const auto *Each = dyn_cast<VarDecl>(D);
          const Expr *Init = Each ? Each->getInit() : nullptr;
          const auto *Lambda = dyn_cast_or_null<LambdaExpr>(
              Init ? Init->IgnoreImplicit() : Init);
          if (Lambda != nullptr && Lambda->getLambdaClass() == Closure)
            Var = Each;
        }
      if (Var == nullptr || Var->getType()->isReferenceType() ||
          Var->getType().getCanonicalType().getUnqualifiedType() != Wanted ||
          !(Var->getDeclContext()->isFileContext() ||
            Var->isStaticDataMember()) ||
          !reachable(Var))
        continue;
      std::string Name;
      if (const auto *Class = dyn_cast<CXXRecordDecl>(Var->getDeclContext())) {
        QualType Owner = Ctx.getRecordType(Class);
        if (!Named(Owner))
          continue;
        Name = Spell(Owner) + "::" + Var->getNameAsString();
      } else {
        Name = qualifiedName(Var);
      }
      if (Spelled != nullptr)
        *Spelled = Var->getType().isConstQualified()
                       ? "std::remove_const_t<decltype(" + Name + ")>"
                       : "decltype(" + Name + ")";
      return Succeed();
    }
    if (Function->getReturnType().getCanonicalType().getUnqualifiedType() !=
            Wanted ||
        isa<CXXConstructorDecl, CXXConversionDecl>(Function) ||
        (!Function->getIdentifier() &&
         Function->getOverloadedOperator() != OO_Call))
      continue;
    const auto *Method = dyn_cast<CXXMethodDecl>(Function);
    if (Method != nullptr && !reachable(Method))
      continue;
    bool Ok = true;
    // Whom it is called on: a closure object, an object of its class, or
    // its class or namespace.
    bool CallOperator = Method != nullptr && Method->getParent()->isLambda();
    const TemplateArgumentList *Given =
        CallOperator ? nullptr : Function->getTemplateSpecializationArgs();
    std::string Callee;
    if (Method != nullptr) {
      QualType Owner = Ctx.getRecordType(Method->getParent());
      Ok &= Named(Owner);
      if (Method->isInstance())
        Callee = "std::declval<" + Spell(Owner) +
                 (Method->getRefQualifier() == RQ_RValue ? " &&" : " &") +
                 ">()" +
                 (CallOperator ? "" : Given != nullptr ? ".template " : ".");
      else
        Callee = Spell(Owner) + "::";
    }
    if (!CallOperator)
      Callee += Method == nullptr ? qualifiedName(Function)
                                  : Function->getNameAsString();
    // A function template's arguments, written: some may not be deduced
    // from the parameters. A generic lambda's are deduced from its
    // parameters' types, as they were.
    if (Given != nullptr) {
      PrintingPolicy Policy(Ctx.getLangOpts());
      Policy.Bool = true;
      std::vector<std::string> Written;
      for (const TemplateArgument &Part : flattenedArguments(Given->asArray()))
        if (Part.getKind() == TemplateArgument::Type) {
          Ok &= Named(Part.getAsType());
          Written.push_back(Spell(Part.getAsType()));
        } else if (Part.getKind() == TemplateArgument::Integral) {
          std::string Value;
          llvm::raw_string_ostream OS(Value);
          Part.print(Policy, OS, /*IncludeType=*/true);
          Written.push_back(OS.str());
        } else {
          Ok = false;
        }
      Callee += "<" + llvm::join(Written, ", ") + ">";
    }
    std::vector<std::string> Values;
    for (const ParmVarDecl *Param : Function->parameters()) {
      Ok &= Named(Param->getType());
      Values.push_back("std::declval<" +
                       (Spelled != nullptr
                            ? spellWrittenType(Ctx, Param->getType())
                            : std::string()) +
                       ">()");
    }
    if (!Ok)
      continue;
    if (Spelled != nullptr)
      *Spelled = "decltype(" + Callee + "(" + llvm::join(Values, ", ") + "))";
    return Succeed();
  }
  return false;
}

void producerParts(const CXXRecordDecl *Record,
                   llvm::SmallVectorImpl<QualType> &Parts) {
  if ((Candidates != nullptr && Candidates->contains(Record)) ||
      (NamedClosures != nullptr && NamedClosures->count(Record) != 0))
    return;
  produced(Record, nullptr, &Parts);
}

static std::string spellClosure(QualType Type, llvm::StringRef ClassName,
                                llvm::StringRef Name) {
  std::string Out = closureCore(Type).isConstQualified() ? "const " : "";
  Out += ClassName.str() + " ";
  if (Type.getNonReferenceType()->isPointerType())
    Out += Type.getNonReferenceType().isConstQualified() ? "*const " : "*";
  if (Type->isLValueReferenceType())
    Out += "&";
  else if (Type->isRValueReferenceType())
    Out += "&&";
  // No space after the type alone (a template argument, `<F>`).
  return Name.empty() ? llvm::StringRef(Out).rtrim().str() : Out + Name.str();
}

// True when a named closure is a template argument of Type's class, or of
// one of its template arguments' classes, at any depth (`overloaded<F1,
// F2>`, `std::pair<int, std::optional<F>>`).
static bool holdsNamedClosure(QualType Type) {
  Type = closureCore(Type);
  // A function type as a template argument (std::bind's `_Bind<F(int)>`):
  // its return and parameter types.
  if (const auto *Function = Type->getAs<FunctionProtoType>()) {
    if (!closureName(Function->getReturnType()).empty() ||
        holdsNamedClosure(Function->getReturnType()))
      return true;
    return llvm::any_of(Function->getParamTypes(), [](QualType Param) {
      return !closureName(Param).empty() || holdsNamedClosure(Param);
    });
  }
  const auto *Specialization =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Type->getAsCXXRecordDecl());
  if (Specialization == nullptr)
    return false;
  for (const TemplateArgument &Part :
       flattenedArguments(Specialization->getTemplateArgs().asArray()))
    if (Part.getKind() == TemplateArgument::Type &&
        (!closureName(Part.getAsType()).empty() ||
         holdsNamedClosure(Part.getAsType())))
      return true;
  return false;
}

// Whether spellHolder can spell the class of Type: a specialization of a
// template of a namespace (not a member of a class template, whose
// arguments its qualified name would lose), its template arguments each a
// type or a value the printer spells, and those that hold named closures
// spellable too.
static bool holderSpellable(QualType Type) {
  Type = closureCore(Type);
  const auto *Specialization =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Type->getAsCXXRecordDecl());
  if (Specialization == nullptr || !Specialization->getSpecializedTemplate()
                                        ->getDeclContext()
                                        ->getRedeclContext()
                                        ->isFileContext())
    return false;
  for (const TemplateArgument &Part :
       flattenedArguments(Specialization->getTemplateArgs().asArray())) {
    if (Part.getKind() == TemplateArgument::Template ||
        Part.getKind() == TemplateArgument::TemplateExpansion ||
        Part.getKind() == TemplateArgument::Expression)
      return false;
    // A function type is spelled part by part (spellFunctionHolding).
    if (Part.getKind() == TemplateArgument::Type &&
        holdsNamedClosure(Part.getAsType()) &&
        !Part.getAsType()->isFunctionProtoType() &&
        !holderSpellable(Part.getAsType()))
      return false;
  }
  return true;
}

static std::string print(ASTContext &Ctx, QualType Type, llvm::StringRef Name);
static std::string spellingInUnnamed(const TagDecl *Tag);

// A class template specialization that holds a named closure among its
// template arguments (holdsNamedClosure), spelled argument by argument:
// clang's printer would spell the closure `(lambda at file:line:col)`. Its
// template is qualified, each type argument spelled by spellType (so a
// closure by its name), each value as clang prints it; const, a pointer
// and a reference around it as for a closure. Empty when Type holds none.
static std::string spellHolder(ASTContext &Ctx, QualType Type,
                               llvm::StringRef Name) {
  if (!holdsNamedClosure(Type) || !holderSpellable(Type))
    return {};
  QualType Core = closureCore(Type);
  const auto *Specialization =
      cast<ClassTemplateSpecializationDecl>(Core->getAsCXXRecordDecl());
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressScope = false;
  Policy.FullyQualifiedName = true;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressTagKeyword = true;
  Policy.Bool = true;
  std::vector<std::string> Args;
  for (const TemplateArgument &Part :
       flattenedArguments(Specialization->getTemplateArgs().asArray())) {
    if (Part.getKind() == TemplateArgument::Type) {
      Args.push_back(spellType(Ctx, Part.getAsType()));
      continue;
    }
    std::string Value;
    llvm::raw_string_ostream OS(Value);
    Part.print(Policy, OS, /*IncludeType=*/true);
    Args.push_back(OS.str());
  }
  std::string Class =
      Specialization->getSpecializedTemplate()->getQualifiedNameAsString() +
      "<" + llvm::join(Args, ", ") + ">";
  return spellClosure(Type.getCanonicalType(), Class, Name);
}

// A class or enumeration declared without a name (`enum { kSmall };`,
// `static struct { int retries; } config;`) and without a typedef name.
static const TagDecl *unnamedTag(QualType Type) {
  const TagDecl *Tag = Type->getAsTagDecl();
  if (Tag == nullptr || Tag->getIdentifier() != nullptr ||
      Tag->getTypedefNameForAnonDecl() != nullptr)
    return nullptr;
  if (const auto *Record = dyn_cast<CXXRecordDecl>(Tag))
    if (Record->isLambda())
      return nullptr;
  return Tag;
}

static std::string print(ASTContext &Ctx, QualType Type, llvm::StringRef Name);

// How the machine spells the unnamed Tag: decltype of an enumerator of an
// enumeration, or of a variable or member declared with the class beside it,
// or an alias declared with it (of an array of it, a pointer or a reference
// to it, with those taken off: `std::remove_all_extents_t<decltype(::
// crates)>`, `std::remove_pointer_t<::Handle>`). Its scope is named
// the same way when it is an unnamed class too (`decltype(::g)::`). Empty
// when there is none.
static std::string spellingOfUnnamed(const TagDecl *Tag) {
  // One inside a function is the hoisting's (HoistedLocals.cpp).
  if (Tag->getParentFunctionOrMethod() != nullptr)
    return {};
  const DeclContext *Scope = Tag->getDeclContext();
  while (Scope->isTransparentContext())
    Scope = Scope->getParent();
  if (!Scope->isFileContext() && !Scope->isRecord())
    return {};
  ASTContext &Ctx = Tag->getASTContext();
  std::string Prefix = "::";
  // The members of an anonymous struct or union are named as the class's
  // around it.
  const DeclContext *Written = Scope;
  while (const auto *Record = dyn_cast<RecordDecl>(Written)) {
    if (!Record->isAnonymousStructOrUnion())
      break;
    Written = Written->getParent();
  }
  if (const auto *Outer = dyn_cast<TagDecl>(Written);
      Outer != nullptr && unnamedTag(Ctx.getTagDeclType(Outer)) != nullptr) {
    Prefix = spellingOfUnnamed(Outer);
    if (Prefix.empty())
      return {};
    Prefix += "::";
  } else {
    // Unnamed and inline namespaces are not written.
    while (const auto *Namespace = dyn_cast<NamespaceDecl>(Written)) {
      if (!Namespace->isAnonymousNamespace() && !Namespace->isInline())
        break;
      Written = Written->getParent();
    }
    if (const auto *Record = dyn_cast<RecordDecl>(Written)) {
      // With its template arguments (`::Holder<int>::inner`); a named
      // class inside an unnamed one through that one's spelling.
      if (std::string In = spellingInUnnamed(Record); !In.empty())
        Prefix = In + "::";
      else
        Prefix += print(Ctx, Ctx.getRecordType(Record), "") + "::";
    } else if (const auto *Named = dyn_cast<NamedDecl>(Written)) {
      PrintingPolicy Policy(Ctx.getLangOpts());
      Policy.SuppressUnwrittenScope = true;
      llvm::raw_string_ostream OS(Prefix);
      Named->printQualifiedName(OS, Policy);
      OS << "::";
    }
  }
  if (const auto *Enum = dyn_cast<EnumDecl>(Tag)) {
    if (Enum->isScoped() || Enum->enumerator_begin() == Enum->enumerator_end())
      return {};
    return "decltype(" + Prefix + Enum->enumerator_begin()->getName().str() +
           ")";
  }
  QualType Type = Ctx.getTagDeclType(Tag).getCanonicalType();
  // Variables and members, and aliases (`typedef struct {...} *Handle;`).
  std::vector<const NamedDecl *> Candidates;
  for (const Decl *D : Scope->decls())
    if (isa<VarDecl, FieldDecl, TypedefNameDecl>(D) &&
        cast<NamedDecl>(D)->getIdentifier() != nullptr)
      Candidates.push_back(cast<NamedDecl>(D));
  // One of the type itself first (`decltype(::config)`); else one whose
  // type reaches it through arrays, pointers and references, taken off
  // (`std::remove_pointer_t<std::remove_all_extents_t<decltype(::slots)>>`);
  // cv-qualifiers taken off where they are.
  for (bool Itself : {true, false})
    for (const NamedDecl *Candidate : Candidates) {
      std::string Spelled = Prefix + Candidate->getName().str();
      QualType Declared;
      if (const auto *Alias = dyn_cast<TypedefNameDecl>(Candidate)) {
        Declared = Alias->getUnderlyingType().getCanonicalType();
      } else {
        Declared = cast<ValueDecl>(Candidate)->getType().getCanonicalType();
        Spelled = "decltype(" + Spelled + ")";
      }
      while (Declared.getUnqualifiedType() != Type && !Itself) {
        const char *Trait = nullptr;
        if (Declared->isArrayType()) {
          Trait = "std::remove_all_extents_t<";
          Declared = Ctx.getBaseElementType(Declared);
        } else if (const auto *Pointer = Declared->getAs<PointerType>()) {
          Trait = "std::remove_pointer_t<";
          Declared = Pointer->getPointeeType();
        } else if (const auto *Reference = Declared->getAs<ReferenceType>()) {
          Trait = "std::remove_reference_t<";
          Declared = Reference->getPointeeType();
        } else {
          break;
        }
        Spelled = Trait + Spelled + ">";
      }
      if (Declared.getUnqualifiedType() != Type)
        continue;
      return Declared.hasQualifiers() ? "std::remove_cv_t<" + Spelled + ">"
                                      : Spelled;
    }
  return {};
}

// A class or enumeration with a name declared in an unnamed class, or in a
// class inside one: its scope spelled as spellingOfUnnamed spells that
// class (`decltype(::svc)::Entry`). Empty for any other, and when that
// class has no spelling.
static std::string spellingInUnnamed(const TagDecl *Tag) {
  if (Tag->getIdentifier() == nullptr ||
      isa<ClassTemplateSpecializationDecl>(Tag) ||
      Tag->getParentFunctionOrMethod() != nullptr)
    return {};
  const auto *Outer = dyn_cast<TagDecl>(Tag->getDeclContext());
  if (Outer == nullptr)
    return {};
  std::string Prefix =
      unnamedTag(Tag->getASTContext().getTagDeclType(Outer)) != nullptr
          ? spellingOfUnnamed(Outer)
          : spellingInUnnamed(Outer);
  if (Prefix.empty())
    return {};
  return Prefix + "::" + Tag->getName().str();
}

// Type, canonical, with each unnamed class or enumeration in it (through
// qualifiers, pointers, references, arrays, function types and template
// arguments) replaced by sugar that prints as spellingOfUnnamed: a typedef
// of that name, which the printer writes as it is. Changed tells whether
// there was one; None whether one has no spelling (the result is then of no
// use).
static QualType spellUnnamedInside(ASTContext &Ctx, QualType Type,
                                   bool &Changed, bool &None) {
  SplitQualType Split = Type.split();
  QualType Bare(Split.Ty, 0);
  bool Inner = false;
  auto Part = [&](QualType Of) {
    return spellUnnamedInside(Ctx, Of, Inner, None);
  };
  QualType Rebuilt = Bare;
  if (const TagDecl *Tag = unnamedTag(Bare)) {
    std::string Spelling = spellingOfUnnamed(Tag);
    if (Spelling.empty()) {
      None = true;
      return Type;
    }
    auto *Alias = TypedefDecl::Create(
        Ctx, Ctx.getTranslationUnitDecl(), SourceLocation(), SourceLocation(),
        &Ctx.Idents.get(Spelling), Ctx.getTrivialTypeSourceInfo(Bare));
    Rebuilt = Ctx.getTypedefType(Alias, Bare);
    Inner = true;
  } else if (const TagDecl *Named = Bare->getAsTagDecl();
             Named != nullptr && !spellingInUnnamed(Named).empty()) {
    auto *Alias = TypedefDecl::Create(
        Ctx, Ctx.getTranslationUnitDecl(), SourceLocation(), SourceLocation(),
        &Ctx.Idents.get(spellingInUnnamed(Named)),
        Ctx.getTrivialTypeSourceInfo(Bare));
    Rebuilt = Ctx.getTypedefType(Alias, Bare);
    Inner = true;
  } else if (const auto *Pointer = dyn_cast<PointerType>(Split.Ty)) {
    QualType Pointee = Part(Pointer->getPointeeType());
    if (Inner)
      Rebuilt = Ctx.getPointerType(Pointee);
  } else if (const auto *Reference = dyn_cast<LValueReferenceType>(Split.Ty)) {
    QualType Referred = Part(Reference->getPointeeType());
    if (Inner)
      Rebuilt = Ctx.getLValueReferenceType(Referred);
  } else if (const auto *Reference = dyn_cast<RValueReferenceType>(Split.Ty)) {
    QualType Referred = Part(Reference->getPointeeType());
    if (Inner)
      Rebuilt = Ctx.getRValueReferenceType(Referred);
  } else if (const auto *Array = dyn_cast<ConstantArrayType>(Split.Ty)) {
    QualType Element = Part(Array->getElementType());
    if (Inner)
      Rebuilt = Ctx.getConstantArrayType(Element, Array->getSize(), nullptr,
                                         ArraySizeModifier::Normal, 0);
  } else if (const auto *Array = dyn_cast<IncompleteArrayType>(Split.Ty)) {
    QualType Element = Part(Array->getElementType());
    if (Inner)
      Rebuilt =
          Ctx.getIncompleteArrayType(Element, ArraySizeModifier::Normal, 0);
  } else if (const auto *Function = dyn_cast<FunctionProtoType>(Split.Ty)) {
    QualType Result = Part(Function->getReturnType());
    std::vector<QualType> Params;
    for (QualType Param : Function->getParamTypes())
      Params.push_back(Part(Param));
    if (Inner)
      Rebuilt =
          Ctx.getFunctionType(Result, Params, Function->getExtProtoInfo());
  } else if (const auto *Specialization =
                 dyn_cast_or_null<ClassTemplateSpecializationDecl>(
                     Bare->getAsCXXRecordDecl())) {
    std::vector<TemplateArgument> Args;
    for (const TemplateArgument &Arg :
         Specialization->getTemplateArgs().asArray()) {
      if (Arg.getKind() == TemplateArgument::Type) {
        Args.emplace_back(Part(Arg.getAsType()));
      } else if (Arg.getKind() == TemplateArgument::Pack) {
        std::vector<TemplateArgument> Elements;
        for (const TemplateArgument &Element : Arg.pack_elements())
          Elements.push_back(Element.getKind() == TemplateArgument::Type
                                 ? TemplateArgument(Part(Element.getAsType()))
                                 : Element);
        Args.push_back(TemplateArgument::CreatePackCopy(Ctx, Elements));
      } else {
        Args.push_back(Arg);
      }
    }
    if (Inner)
      Rebuilt = Ctx.getTemplateSpecializationType(
          TemplateName(Specialization->getSpecializedTemplate()), Args, Bare);
  }
  if (!Inner)
    return Type;
  Changed = true;
  return Ctx.getQualifiedType(Rebuilt, Split.Quals);
}

// The type spelled through decltype when it is an unnamed class or
// enumeration, possibly cv-qualified, or a reference or pointer to one (a
// lifted reference is kept as a pointer); empty otherwise.
static std::string spellUnnamed(QualType Type, llvm::StringRef Name) {
  QualType Object = Type.getNonReferenceType();
  const PointerType *Pointer = Object->getAs<PointerType>();
  if (Pointer != nullptr)
    Object = Pointer->getPointeeType();
  const TagDecl *Tag = unnamedTag(Object);
  if (Tag == nullptr)
    return {};
  std::string Named = spellingOfUnnamed(Tag);
  if (Named.empty())
    return {};
  std::string Out = Object.isConstQualified() ? "const " : "";
  if (Object.isVolatileQualified())
    Out += "volatile ";
  Out += Named;
  if (Pointer != nullptr) {
    QualType Outer = Type.getNonReferenceType();
    Out += " *";
    if (Outer.isConstQualified())
      Out += " const";
    if (Outer.isVolatileQualified())
      Out += " volatile";
  }
  if (Type->isLValueReferenceType())
    Out += " &";
  else if (Type->isRValueReferenceType())
    Out += " &&";
  return Name.empty() ? Out : Out + " " + Name.str();
}

std::string unnameable(QualType Type) {
  if (!closureName(Type).empty())
    return {};
  // A lambda of the function the lifting looks at, which it may hoist.
  if (const CXXRecordDecl *Record = closureCore(Type)->getAsCXXRecordDecl())
    if (Candidates != nullptr && Record->isLambda() &&
        Candidates->contains(Record))
      return {};
  if (!spellUnnamed(Type, {}).empty())
    return {};
  Type = Type.getNonReferenceType();
  while (true) {
    if (const auto *Pointer = Type->getAs<PointerType>())
      Type = Pointer->getPointeeType();
    else if (const auto *Array = Type->getAsArrayTypeUnsafe())
      Type = Array->getElementType();
    else
      break;
  }
  // A function type (a template argument, `_Bind<F(int)>`): what it
  // returns and takes.
  if (const auto *Function = Type->getAs<FunctionProtoType>()) {
    if (std::string Why = unnameable(Function->getReturnType()); !Why.empty())
      return Why;
    for (QualType Param : Function->getParamTypes())
      if (std::string Why = unnameable(Param); !Why.empty())
        return Why;
    return {};
  }
  // A type declared in the function, hoisted out of it or to be.
  if (const TagDecl *Tag = Type->getAsTagDecl()) {
    const auto *Record = dyn_cast<CXXRecordDecl>(Tag);
    if (Record == nullptr || !Record->isLambda())
      if ((Candidates != nullptr && Candidates->contains(Tag)) ||
          (NamedClosures != nullptr && NamedClosures->count(Tag) != 0))
        return {};
  }
  if (const auto *Enum = Type->getAs<EnumType>())
    if (Enum->getDecl()->getParentFunctionOrMethod() != nullptr)
      return "an enumeration local to a function";
  // Unnamed, and nothing declared with it names it (spellType spells it
  // through pointers, arrays and template arguments too).
  if (const TagDecl *Tag = unnamedTag(Type);
      Tag != nullptr && Tag->getParentFunctionOrMethod() == nullptr)
    return spellingOfUnnamed(Tag).empty() ? "an unnamed class or enumeration"
                                          : "";
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr)
    return {};
  // What a function of the program returns (`auto add5 = maker(5);`,
  // `make_adder(5)`), named as such a call's type (produced).
  if (produced(Record, nullptr, nullptr))
    return {};
  if (Record->isLambda()) {
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Record->getDeclContext());
        Method != nullptr && Method->getParent()->isLambda() &&
        !isa_and_nonnull<CoroutineBodyStmt>(Method->getBody()))
      return "the closure type of a lambda written in another lambda's body "
             "that its call operator does not return";
    if (const auto *Around = dyn_cast<FunctionDecl>(Record->getDeclContext());
        Around != nullptr &&
        !isa_and_nonnull<CoroutineBodyStmt>(Around->getBody()) &&
        Around->getDeclaredReturnType()->getContainedDeducedType())
      return "the closure type of a lambda that the function around it "
             "does not return";
    return "a lambda's closure type";
  }
  if (Record->isLocalClass())
    return "a class local to a function";
  const auto *Specialization =
      dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (Specialization == nullptr)
    return {};
  // The arguments, with those of a pack (`overloaded<Fs...>`) one by one.
  std::vector<TemplateArgument> Args;
  for (const TemplateArgument &Arg :
       Specialization->getTemplateArgs().asArray())
    if (Arg.getKind() == TemplateArgument::Pack)
      Args.insert(Args.end(), Arg.pack_begin(), Arg.pack_end());
    else
      Args.push_back(Arg);
  for (const TemplateArgument &Arg : Args)
    if (Arg.getKind() == TemplateArgument::Type) {
      // decltype(config) spells only a field's own type, not an argument.
      QualType Part = Arg.getAsType().getNonReferenceType();
      if (Part->isPointerType())
        Part = Part->getPointeeType();
      if (const TagDecl *Tag = unnamedTag(Part)) {
        if (spellingOfUnnamed(Tag).empty())
          return "an unnamed class or enumeration";
        continue;
      }
      // A closure the machine names (closureName) is spelled by its name
      // in a template argument too (spellHolder), where the template is
      // one of a namespace; a lambda of the function that the hoisting may
      // name is accepted while it decides.
      if (const CXXRecordDecl *Closure = Part->getAsCXXRecordDecl();
          Closure != nullptr && Closure->isLambda()) {
        bool Named = !closureName(Part).empty() ||
                     (Candidates != nullptr && Candidates->contains(Closure)) ||
                     produced(Closure, nullptr, nullptr);
        if (!Named || !holderSpellable(Type))
          return "a lambda's closure type";
        continue;
      }
      if (std::string Why = unnameable(Arg.getAsType()); !Why.empty())
        return Why;
    }
  return {};
}

// True when Type names a class, enumeration, alias or template of the
// global namespace named like a member of the machine (`builder_<int>`):
// printed as clang does, without `::`, the name would find the member in
// the machine's class.
static bool namesGlobalMachineMember(QualType Type) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    void check(const NamedDecl *D) {
      Found |= D != nullptr && D->getIdentifier() != nullptr &&
               D->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
               llvm::is_contained(machineMemberNames(), D->getName());
    }
    bool VisitTagType(TagType *T) {
      check(T->getDecl());
      // A canonical specialization's arguments (`std::vector<builder_<int>>`).
      if (const auto *Specialization =
              dyn_cast<ClassTemplateSpecializationDecl>(T->getDecl()))
        for (const TemplateArgument &Arg :
             Specialization->getTemplateArgs().asArray())
          TraverseTemplateArgument(Arg);
      return true;
    }
    bool VisitTypedefType(TypedefType *T) {
      check(T->getDecl());
      return true;
    }
    bool VisitTemplateSpecializationType(TemplateSpecializationType *T) {
      check(T->getTemplateName().getAsTemplateDecl());
      return true;
    }
  } Names;
  Names.TraverseType(Type);
  return Names.Found;
}

static std::string print(ASTContext &Ctx, QualType Type, llvm::StringRef Name) {
  if (namesGlobalMachineMember(Type))
    Type = TypeName::getFullyQualifiedType(Type, Ctx,
                                           /*WithGlobalNsPrefix=*/true);
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressScope = false;
  Policy.FullyQualifiedName = true;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressTagKeyword = true;
  Policy.PrintCanonicalTypes = false;
  Policy.Bool = true;

  std::string Spelled;
  llvm::raw_string_ostream OS(Spelled);
  Type.print(OS, Policy, Name);
  return Spelled;
}

// A function type holding a named closure, a template argument
// (`std::_Bind<maker_closure(std::_Placeholder<1>, int)>`, which std::bind
// returns), spelled part by part; empty for another type, or one with
// qualifiers or an exception specification.
static std::string spellFunctionHolding(ASTContext &Ctx, QualType Type) {
  const auto *Function = dyn_cast<FunctionProtoType>(Type.getCanonicalType());
  if (Function == nullptr || !holdsNamedClosure(Type) ||
      Function->getMethodQuals().hasQualifiers() ||
      Function->getRefQualifier() != RQ_None ||
      Function->getExceptionSpecType() != EST_None)
    return {};
  std::vector<std::string> Params;
  for (QualType Param : Function->getParamTypes())
    Params.push_back(spellType(Ctx, Param));
  if (Function->isVariadic())
    Params.push_back("...");
  return spellType(Ctx, Function->getReturnType()) + "(" +
         llvm::join(Params, ", ") + ")";
}

static QualType qualifyFully(ASTContext &Ctx, QualType Type);

// A type the tool derived (an awaiter's, an expression's, a deduced one)
// may carry sugar from inside a template's instantiation whose names are not
// visible where the machine is: it keeps only the aliases portableSugar
// finds valid there (std::string, std::vector<int>::iterator), and is
// otherwise spelled canonically, qualified throughout, template arguments
// included.
std::string spellType(ASTContext &Ctx, QualType Type, llvm::StringRef Name) {
  if (std::string Closure = closureName(Type); !Closure.empty())
    return spellClosure(Type.getCanonicalType(), Closure, Name);
  if (Name.empty())
    if (std::string Function = spellFunctionHolding(Ctx, Type);
        !Function.empty())
      return Function;
  if (std::string Holder = spellHolder(Ctx, Type, Name); !Holder.empty())
    return Holder;
  if (std::string Unnamed = spellUnnamed(Type, Name); !Unnamed.empty())
    return Unnamed;
  bool Changed = false, None = false;
  QualType Spelled =
      spellUnnamedInside(Ctx, Type.getCanonicalType(), Changed, None);
  if (Changed && !None)
    return print(Ctx, Spelled, Name);
  // The aliases that mean the same at the machine (TypeSugar.cpp).
  if (QualType Kept = portableSugar(Ctx, Type); !Kept.isNull())
    return print(Ctx, qualifyFully(Ctx, Kept), Name);
  return print(Ctx, Type.getCanonicalType(), Name);
}

std::string printQualified(ASTContext &Ctx, QualType Type) {
  return print(Ctx, qualifyFully(Ctx, Type), "");
}

// Whether Context is, or is inside, a specialization of a class template
// whose template arguments are, or hold, a closure type or a class local
// to a function (`Select<int, (lambda)>`): after the file's code an alias
// declared there (`Select<int, (lambda)>::U`) can only be spelled as the
// type it stands for.
static bool inClassOfLocalTypes(const DeclContext *Context) {
  for (; Context != nullptr && isa<CXXRecordDecl>(Context);
       Context = Context->getParent()) {
    const auto *Class = dyn_cast<ClassTemplateSpecializationDecl>(Context);
    if (Class == nullptr)
      continue;
    for (const TemplateArgument &Arg : Class->getTemplateArgs().asArray()) {
      if (Arg.getKind() != TemplateArgument::Type)
        continue;
      const CXXRecordDecl *Record =
          closureCore(Arg.getAsType().getCanonicalType())
              ->getAsCXXRecordDecl();
      if (Record != nullptr &&
          (Record->isLambda() || Record->isLocalClass() ||
           inClassOfLocalTypes(Record)))
        return true;
    }
  }
  return false;
}

// True when the type as written names something only the function's body
// can see: an alias declared in the function or in a class given its
// local types, or decltype of an expression (`decltype(this)` would mean
// the machine there).
static bool namesFunctionScope(ASTContext &Ctx, QualType Type) {
  if (Type.isNull())
    return false;
  const clang::Type *T = Type.getTypePtr();
  if (isa<DecltypeType, TypeOfExprType>(T))
    return true;
  if (const auto *Typedef = dyn_cast<TypedefType>(T))
    return Typedef->getDecl()->getDeclContext()->isFunctionOrMethod() ||
           inClassOfLocalTypes(Typedef->getDecl()->getDeclContext());
  if (const auto *Pointer = dyn_cast<PointerType>(T))
    return namesFunctionScope(Ctx, Pointer->getPointeeType());
  if (const auto *Reference = dyn_cast<ReferenceType>(T))
    return namesFunctionScope(Ctx, Reference->getPointeeTypeAsWritten());
  if (const auto *Array = dyn_cast<ArrayType>(T))
    return namesFunctionScope(Ctx, Array->getElementType());
  if (const auto *Elaborated = dyn_cast<ElaboratedType>(T))
    return namesFunctionScope(Ctx, Elaborated->getNamedType());
  if (const auto *Paren = dyn_cast<ParenType>(T))
    return namesFunctionScope(Ctx, Paren->getInnerType());
  if (const auto *Function = dyn_cast<FunctionProtoType>(T))
    return namesFunctionScope(Ctx, Function->getReturnType()) ||
           llvm::any_of(Function->getParamTypes(),
                        [&](QualType P) { return namesFunctionScope(Ctx, P); });
  // An alias template given a closure type or a local class
  // (`std::invoke_result_t<(lambda), int>`) is printed with that type's
  // clang spelling: only the type it stands for can be spelled.
  if (const auto *Specialization = dyn_cast<TemplateSpecializationType>(T))
    return llvm::any_of(
        Specialization->template_arguments(), [&](const TemplateArgument &Arg) {
          if (Arg.getKind() != TemplateArgument::Type)
            return false;
          const CXXRecordDecl *Record =
              closureCore(Arg.getAsType().getCanonicalType())
                  ->getAsCXXRecordDecl();
          bool Local = Record != nullptr &&
                       (Record->isLambda() || Record->isLocalClass() ||
                        inClassOfLocalTypes(Record));
          return namesFunctionScope(Ctx, Arg.getAsType()) ||
                 (Specialization->isTypeAlias() && Local);
        });
  QualType Next = Type.getSingleStepDesugaredType(Ctx);
  return Next != Type && namesFunctionScope(Ctx, Next);
}

static QualType qualifyFully(ASTContext &Ctx, QualType Type);

// The template arguments of a specialization (Type after
// TypeName::getFullyQualifiedType) qualified by qualifyFully: that function
// qualifies each argument alone, and not what is inside an argument that is
// a function type (std::function<Task<int>(int)>); and it leaves a class
// template specialization's canonical type (a RecordType) as it is when
// that qualifies nothing, whose arguments the printer then writes without
// their scopes, after the `std::` it puts before the type. So the type
// becomes a specialization spelled with qualified arguments.
static QualType qualifyArguments(ASTContext &Ctx, QualType Type) {
  const auto *Elaborated = dyn_cast<ElaboratedType>(Type.getTypePtr());
  QualType Named = Elaborated ? Elaborated->getNamedType() : Type;
  TemplateName Template;
  llvm::ArrayRef<TemplateArgument> Written;
  if (const auto *Specialization =
          dyn_cast<TemplateSpecializationType>(Named.getTypePtr())) {
    if (Specialization->isTypeAlias())
      return Type;
    Template = Specialization->getTemplateName();
    Written = Specialization->template_arguments();
  } else if (const auto *Record = dyn_cast<RecordType>(Named.getTypePtr())) {
    const auto *Specialization =
        dyn_cast<ClassTemplateSpecializationDecl>(Record->getDecl());
    if (Specialization == nullptr)
      return Type;
    Template = TemplateName(Specialization->getSpecializedTemplate());
    Written = Specialization->getTemplateArgs().asArray();
    // Without the trailing arguments that are the defaults, as the printer
    // writes the class (std::basic_string<char>).
    const TemplateParameterList *Params =
        Specialization->getSpecializedTemplate()->getTemplateParameters();
    while (!Written.empty() && Written.size() <= Params->size() &&
           isSubstitutedDefaultArgument(
               Ctx, Written.back(), Params->getParam(Written.size() - 1),
               Written.drop_back(), Params->getDepth()))
      Written = Written.drop_back();
  } else {
    return Type;
  }
  std::vector<TemplateArgument> Args;
  for (const TemplateArgument &Arg : Written)
    Args.push_back(Arg.getKind() == TemplateArgument::Type
                       ? TemplateArgument(qualifyFully(Ctx, Arg.getAsType()),
                                          /*isNullPtr=*/false,
                                          Arg.getIsDefaulted())
                       : Arg);
  QualType Rebuilt = Ctx.getTemplateSpecializationType(
      Template, Args,
      Named->isDependentType() ? QualType() : Named.getCanonicalType());
  Rebuilt = Ctx.getQualifiedType(Rebuilt, Named.getLocalQualifiers());
  if (Elaborated != nullptr)
    Rebuilt = Ctx.getElaboratedType(Elaborated->getKeyword(),
                                    Elaborated->getQualifier(), Rebuilt,
                                    Elaborated->getOwnedTagDecl());
  return Ctx.getQualifiedType(Rebuilt, Type.getLocalQualifiers());
}

// TypeName::getFullyQualifiedType qualifies a named type, and the types
// under its pointers and references and in its template arguments; it
// leaves a function type's return and parameter types, an array's element
// type, and what is inside parentheses as they were. A name written
// unqualified where it was visible (`Task<int>` inside namespace asl, the
// sugar of a template argument) stayed unqualified there, which the machine
// cannot see (probe7: `std::function<Task<int>(int)>`). This walks those
// too, down to the named types, which it gives getFullyQualifiedType.
static QualType qualifyFully(ASTContext &Ctx, QualType Type) {
  if (Type.isNull())
    return Type;
  Qualifiers Quals = Type.getLocalQualifiers();
  const clang::Type *T = Type.getTypePtr();
  QualType Result;
  if (const auto *Paren = dyn_cast<ParenType>(T)) {
    Result = Ctx.getParenType(qualifyFully(Ctx, Paren->getInnerType()));
  } else if (const auto *Adjusted = dyn_cast<AdjustedType>(T)) {
    // A parameter's decayed type: printed as the adjusted type.
    return Ctx.getQualifiedType(
        qualifyFully(Ctx, Adjusted->getAdjustedType()), Quals);
  } else if (const auto *Pointer = dyn_cast<PointerType>(T)) {
    Result = Ctx.getPointerType(qualifyFully(Ctx, Pointer->getPointeeType()));
  } else if (const auto *LRef = dyn_cast<LValueReferenceType>(T)) {
    Result = Ctx.getLValueReferenceType(
        qualifyFully(Ctx, LRef->getPointeeTypeAsWritten()),
        LRef->isSpelledAsLValue());
  } else if (const auto *RRef = dyn_cast<RValueReferenceType>(T)) {
    Result = Ctx.getRValueReferenceType(
        qualifyFully(Ctx, RRef->getPointeeTypeAsWritten()));
  } else if (const auto *Member = dyn_cast<MemberPointerType>(T)) {
    QualType Class = TypeName::getFullyQualifiedType(
        QualType(Member->getClass(), 0), Ctx, /*WithGlobalNsPrefix=*/false);
    Result = Ctx.getMemberPointerType(
        qualifyFully(Ctx, Member->getPointeeType()), Class.getTypePtr());
  } else if (const auto *Array = dyn_cast<ConstantArrayType>(T)) {
    Result = Ctx.getConstantArrayType(
        qualifyFully(Ctx, Array->getElementType()), Array->getSize(),
        Array->getSizeExpr(), Array->getSizeModifier(),
        Array->getIndexTypeCVRQualifiers());
  } else if (const auto *Incomplete = dyn_cast<IncompleteArrayType>(T)) {
    Result = Ctx.getIncompleteArrayType(
        qualifyFully(Ctx, Incomplete->getElementType()),
        Incomplete->getSizeModifier(), Incomplete->getIndexTypeCVRQualifiers());
  } else if (const auto *Function = dyn_cast<FunctionProtoType>(T)) {
    std::vector<QualType> Params;
    for (QualType Param : Function->getParamTypes())
      Params.push_back(qualifyFully(Ctx, Param));
    Result = Ctx.getFunctionType(qualifyFully(Ctx, Function->getReturnType()),
                                 Params, Function->getExtProtoInfo());
  } else if (const auto *Substituted = dyn_cast<SubstTemplateTypeParmType>(T)) {
    return Ctx.getQualifiedType(
        qualifyFully(Ctx, Substituted->getReplacementType()), Quals);
  } else {
    Result = qualifyArguments(
        Ctx, TypeName::getFullyQualifiedType(QualType(T, 0), Ctx,
                                             /*WithGlobalNsPrefix=*/false));
  }
  return Ctx.getQualifiedType(Result, Quals);
}

// A type as the user wrote it (std::string stays std::string), qualified.
// `auto` is replaced by the type it deduced; a type written with names of
// the function's own scope is spelled canonically (the aliases stay in the
// body, marked [[maybe_unused]] by BodyRewriter where that was their only
// use).
std::string spellWrittenType(ASTContext &Ctx, QualType Type,
                             llvm::StringRef Name) {
  if (std::string Closure = closureName(Type); !Closure.empty())
    return spellClosure(Type.getCanonicalType(), Closure, Name);
  if (std::string Holder = spellHolder(Ctx, Type, Name); !Holder.empty())
    return Holder;
  // Parentheses around the whole declarator, `int (x)`, are sugar of the
  // written type; printed, g++ warns about them (-Wparentheses). Those
  // inside it, `int (*f)(int)`, the printer puts back where needed.
  Type = Type.IgnoreParens();
  if (std::string Unnamed = spellUnnamed(Type, Name); !Unnamed.empty())
    return Unnamed;
  if (const auto *Deduced = Type->getContainedDeducedType())
    if (!Deduced->getDeducedType().isNull())
      return spellType(Ctx, Type, Name);
  if (namesFunctionScope(Ctx, Type))
    return spellType(Ctx, Type, Name);
  std::string Written = print(Ctx, qualifyFully(Ctx, Type), Name);
  // A class declared inside an unnamed one (`Entry` in `static struct
  // {...} svc;`) is qualified with the unnamed class, which the printer
  // writes as clang's `(unnamed struct at ...)`: spelled without the sugar,
  // as `decltype(::svc)::Entry`.
  if (llvm::StringRef(Written).contains("(unnamed ") ||
      llvm::StringRef(Written).contains("(anonymous "))
    return spellType(Ctx, Type, Name);
  return Written;
}

// Whether a spelled type fits after `new` (AfterNew) or before the
// parentheses or braces of a functional cast: what is outside its template
// argument lists and decltype's parentheses decides. A functional cast takes
// a type named in one piece (`std::vector<int>`, `decltype(x)`), not
// `unsigned int`, `const T` or `T *`; a new-type-id also takes those, and
// array bounds, but no parentheses of a declarator (`int (*)(int)`,
// `int (*)[3]`) and no member pointer.
static bool fitsConstruction(llvm::StringRef Spelled, bool AfterNew) {
  // `new struct stat_info{5, 1}` would define a class, C-style code's
  // `struct stat_info a{5, 1};` kept across an await.
  for (llvm::StringRef Key : {"struct ", "class ", "union ", "enum "})
    if (Spelled.ltrim().starts_with(Key))
      return false;
  std::vector<char> Open; // '<', '(' or '[' not yet closed
  for (size_t I = 0; I < Spelled.size(); ++I) {
    char Ch = Spelled[I];
    if (Ch == '\'') { // a character argument, '<'
      for (++I; I < Spelled.size() && Spelled[I] != '\''; ++I)
        if (Spelled[I] == '\\')
          ++I;
      continue;
    }
    bool InExpression = !Open.empty() && Open.back() != '<';
    if (Ch == '(' || Ch == '[' || (Ch == '<' && !InExpression)) {
      if (Open.empty()) {
        llvm::StringRef Before = Spelled.take_front(I).rtrim();
        bool Operand = Ch == '(' && (Before.ends_with("decltype") ||
                                     Before.ends_with("typeof") ||
                                     Before.ends_with("__typeof__"));
        if (Ch == '(' && !Operand)
          return false;
        if (Ch == '[' && !AfterNew)
          return false;
      }
      Open.push_back(Ch);
      continue;
    }
    if (Ch == ')' || Ch == ']' || (Ch == '>' && !InExpression)) {
      if (!Open.empty())
        Open.pop_back();
      continue;
    }
    if (!Open.empty())
      continue;
    if (Spelled.substr(I).starts_with("::*"))
      return false;
    if (!AfterNew && (Ch == ' ' || Ch == '*' || Ch == '&'))
      return false;
  }
  return true;
}

std::string constructibleType(llvm::StringRef Spelled, bool AfterNew) {
  if (fitsConstruction(Spelled, AfterNew))
    return Spelled.str();
  return ("asl::type_identity_t<" + Spelled + ">").str();
}

} // namespace asynclower
