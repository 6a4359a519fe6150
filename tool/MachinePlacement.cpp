//===- MachinePlacement.cpp - Where a machine is declared and defined -----===//
//
// The body moves into the machine's move_next(), which must find the names
// the body finds, reach the members it reaches and see complete the types it
// keeps: a member function's machine is a member class of its class, defined
// after the outermost class when the function is defined inside it; a
// function defined outside its namespace gets its machine in that namespace;
// a class that befriends an async function befriends its machine too, and
// so does a class whose private member types a lifted local names.
// DefinitionRewriting.cpp places the text; this file finds the places.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"
#include "NameUses.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

#include <optional>

using namespace clang;

namespace asynclower {

// For a function defined outside its namespace (`Task<int> svc::run()
// {...}`, written at global scope), the namespaces to reopen around its
// machine, where its body finds the names it finds natively.
void reopenNamespaces(FunctionPlan &Plan) {
  const DeclContext *Home = Plan.Function->getDeclContext()->getRedeclContext();
  const DeclContext *Written =
      Plan.Function->getLexicalDeclContext()->getRedeclContext();
  std::vector<const NamespaceDecl *> Path;
  for (const DeclContext *D = Home; D != nullptr && !D->Equals(Written);
       D = D->getParent())
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(D))
      Path.insert(Path.begin(), Namespace);
  for (const NamespaceDecl *Namespace : Path) {
    Plan.OpenNamespaces +=
        Namespace->isInline() ? "inline namespace " : "namespace ";
    if (!Namespace->isAnonymousNamespace()) {
      Plan.OpenNamespaces += Namespace->getName().str() + " ";
      Plan.NamespaceQualifier += Namespace->getName().str() + "::";
    }
    Plan.OpenNamespaces += "{\n";
    Plan.CloseNamespaces += "}\n";
  }
}

// The declaration of a function in its class: a member's, or a hidden
// friend's definition.
const FunctionDecl *declarationIn(const CXXRecordDecl *Class,
                                  const FunctionDecl *F) {
  for (const FunctionDecl *D : F->redecls())
    if (D->getLexicalDeclContext()->Equals(Class) &&
        (D->getFriendObjectKind() == Decl::FOK_None || D == F))
      return D;
  return F;
}

// Just after the declaration a class definition is part of: after the `;`
// that ends it, past any declarators (`} doc;`).
SourceLocation afterClass(LoweringContext &C, const CXXRecordDecl *Class) {
  SourceManager &SM = C.sources();
  SourceLocation Loc = SM.getExpansionLoc(Class->getBraceRange().getEnd());
  unsigned Depth = 0;
  while (std::optional<Token> Next =
             Lexer::findNextToken(Loc, SM, C.langOpts())) {
    if (Next->isOneOf(tok::l_paren, tok::l_brace, tok::l_square))
      ++Depth;
    else if (Next->isOneOf(tok::r_paren, tok::r_brace, tok::r_square))
      --Depth;
    else if (Next->is(tok::semi) && Depth == 0)
      return Next->getEndLoc();
    else if (Next->is(tok::eof))
      break;
    Loc = Next->getLocation();
  }
  return Lexer::getLocForEndOfToken(Loc, 0, SM, C.langOpts());
}

// The definition whose text declares Class's members: for a specialization
// of a class template (or a member of one), the template's.
static const CXXRecordDecl *writtenClass(const CXXRecordDecl *Class) {
  if (const CXXRecordDecl *Pattern = Class->getTemplateInstantiationPattern())
    return Pattern;
  return Class->getDefinition() != nullptr ? Class->getDefinition() : Class;
}

// Where the declaration at file scope that holds D begins: a declaration of
// the machine placed there comes before D.
static SourceLocation outermostBegin(LoweringContext &C, const Decl *D) {
  while (!isa<TranslationUnitDecl>(D->getLexicalDeclContext()))
    D = cast<Decl>(D->getLexicalDeclContext());
  if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
    if (const FunctionTemplateDecl *Template =
            Function->getDescribedFunctionTemplate())
      return C.sources().getExpansionLoc(Template->getBeginLoc());
    return definitionBegin(C, Function);
  }
  if (const auto *Record = dyn_cast<CXXRecordDecl>(D))
    if (const ClassTemplateDecl *Template = Record->getDescribedClassTemplate())
      return C.sources().getExpansionLoc(Template->getBeginLoc());
  return C.sources().getExpansionLoc(D->getBeginLoc());
}

// True when an unqualified `friend struct run_machine;` in Class names the
// machine: such a declaration names a class of the innermost namespace
// around Class (of the function, for a local class), which must be the
// machine's.
static bool findsMachineUnqualified(const FunctionPlan &Plan,
                                    const CXXRecordDecl *Class) {
  return Plan.NestIn == nullptr && !Class->isLocalClass() &&
         Class->getEnclosingNamespaceContext()->Equals(
             Plan.Function->getDeclContext()->getRedeclContext());
}

// True when `friend struct Doc::f_machine;` in Class names the machine of
// a member function: the machine's declaration in its class (inserted by
// DefinitionRewriting.cpp where the function is declared) comes before
// Class, and Class may name it (the function is public, or Class is inside
// its class).
static bool machineDeclaredBefore(LoweringContext &C, const FunctionPlan &Plan,
                                  const CXXRecordDecl *Class) {
  const CXXRecordDecl *Written = writtenClass(Class);
  SourceLocation Declared =
      definitionBegin(C, declarationIn(Plan.NestIn, Plan.Function));
  bool Inside = false;
  for (const DeclContext *D = Written; D != nullptr; D = D->getParent())
    Inside |= D->Equals(Plan.NestIn);
  return C.sources().isBeforeInTranslationUnit(
             Declared, Written->getBraceRange().getBegin()) &&
         (Inside || Plan.Function->getAccess() == AS_public);
}

std::string whyNotBefriended(LoweringContext &C, const FunctionPlan &Plan,
                             const CXXRecordDecl *Class) {
  SourceManager &SM = C.sources();
  const CXXRecordDecl *Written = writtenClass(Class);
  SourceLocation Brace = Written->getBraceRange().getBegin();
  std::string Name = "'" + Class->getQualifiedNameAsString() + "'";
  if (Plan.Closure != nullptr)
    return "a coroutine lambda's machine has no name " + Name +
           " could befriend";
  if (Plan.Specialization || Plan.GenericCall)
    return "befriending the machine of a template's specialization is not "
           "supported yet";
  if (Plan.NestIn != nullptr && Plan.DefinedInClass)
    return "the machine, inside a local or unnamed class, has no name " + Name +
           " could befriend";
  if (Brace.isInvalid() || !Brace.isFileID())
    return Name + " is written by a macro, which the lowering does not edit";
  if (!SM.isInMainFile(Brace))
    return Name + " is defined in another file, which the lowering does not "
                  "edit";
  if (const FunctionDecl *Around = Class->isLocalClass();
      Around != nullptr &&
      Around->getCanonicalDecl() == Plan.Function->getCanonicalDecl())
    return Name + " is local to the function";
  if (Plan.NestIn != nullptr && !machineDeclaredBefore(C, Plan, Class) &&
      (!isa<NamespaceDecl, TranslationUnitDecl>(
           Plan.NestIn->getDeclContext()->getRedeclContext()) ||
       isa<ClassTemplateSpecializationDecl>(Plan.NestIn) ||
       Plan.NestIn->getDescribedClassTemplate() != nullptr))
    return "its machine, a member of '" +
           Plan.NestIn->getQualifiedNameAsString() +
           "', is not declared before " + Name;
  return {};
}

// The text that reopens, from file scope, the namespaces around Scope, and
// the text that closes them.
static std::pair<std::string, std::string>
namespacesAround(const DeclContext *Scope) {
  std::string Open, Close;
  for (const DeclContext *D = Scope; !D->isTranslationUnit();
       D = D->getParent()) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(D);
    if (Namespace == nullptr)
      continue;
    Open =
        (Namespace->isInline() ? "inline namespace " : "namespace ") +
        (Namespace->isAnonymousNamespace() ? std::string()
                                           : Namespace->getName().str() + " ") +
        "{\n" + Open;
    Close += "}\n";
  }
  return {Open, Close};
}

// The friend declarations that let Class's members be named by the
// machine, and by the class of what it names from the body: to be inserted
// at At, inside Class. Where an unqualified name would not find the machine,
// it is named with its namespaces, and declared before the declaration at
// file scope around Class.
static void befriendAt(LoweringContext &C, const FunctionPlan &Plan,
                       const CXXRecordDecl *Class, SourceLocation At,
                       std::vector<Insertion> &Insertions) {
  std::vector<std::string> Names;
  if (!Plan.LocalsName.empty())
    Names.push_back(Plan.LocalsName);
  Names.push_back(Plan.MachineName);
  std::string Friends;
  if (Plan.NestIn != nullptr && machineDeclaredBefore(C, Plan, Class)) {
    std::string Qualifier = qualifiedMachineName(C, Plan);
    Qualifier.resize(Qualifier.size() - Plan.MachineName.size());
    for (const std::string &Name : Names)
      Friends += "friend struct " + Qualifier + Name + ";\n";
  } else if (Plan.NestIn != nullptr) {
    // The machine's class is defined after Class, which cannot name its
    // members yet: Class befriends that whole class, declared first
    // (`struct Clerk;`), whose nested classes share its access. This lets
    // the class's other members name what Class keeps private too, which
    // only makes more programs compile.
    const CXXRecordDecl *Outer = Plan.NestIn;
    std::string Kind = Outer->getKindName().str();
    PrintingPolicy Policy(C.langOpts());
    Policy.SuppressUnwrittenScope = true;
    std::string Qualified = "::";
    llvm::raw_string_ostream OS(Qualified);
    Outer->printQualifiedName(OS, Policy);
    Friends = "friend " + Kind + " " + Qualified + ";\n";
    auto [Open, Close] = namespacesAround(Outer->getDeclContext());
    Insertions.push_back(
        {outermostBegin(C, writtenClass(Class)),
         Open + Kind + " " + Outer->getName().str() + ";\n" + Close + "\n",
         C.ast().getTranslationUnitDecl()});
  } else if (findsMachineUnqualified(Plan, Class)) {
    for (const std::string &Name : Names)
      Friends += "friend struct " + Name + ";\n";
  } else {
    // `namespace tools { struct audit_machine; }` before the outermost
    // declaration, `friend struct ::tools::audit_machine;` in Class.
    auto [Open, Close] = namespacesAround(Plan.Function->getDeclContext());
    std::string Qualifier = "::";
    for (const DeclContext *D = Plan.Function->getDeclContext();
         !D->isTranslationUnit(); D = D->getParent())
      if (const auto *Namespace = dyn_cast<NamespaceDecl>(D);
          Namespace != nullptr && !Namespace->isAnonymousNamespace())
        Qualifier.insert(2, Namespace->getName().str() + "::");
    std::string Declarations;
    for (const std::string &Name : Names) {
      Declarations += "struct " + Name + ";\n";
      Friends += "friend struct " + Qualifier + Name + ";\n";
    }
    const Decl *Outermost = writtenClass(Class);
    Insertions.push_back({outermostBegin(C, Outermost),
                          Open + Declarations + Close + "\n",
                          C.ast().getTranslationUnitDecl()});
  }
  Insertions.push_back({At, Friends, writtenClass(Class)});
}

// True when the machine may name Member of Owner: Owner befriends the
// function, or the machine, a member of Plan.NestIn, is inside Owner or
// inside a friend class of Owner, or Member is protected and the
// machine's class derives from Owner.
static bool machineInside(const FunctionPlan &Plan, const CXXRecordDecl *Owner,
                          const TagDecl *Member) {
  // Owner befriends the function, and so its machine too (befriendMachine
  // declares the machine a friend next to each friend declaration of the
  // main file; one of another file is not edited).
  const SourceManager &SM = Owner->getASTContext().getSourceManager();
  for (const FriendDecl *Friend : Owner->friends())
    if (const auto *Function =
            dyn_cast_or_null<FunctionDecl>(Friend->getFriendDecl()))
      if (Function->getCanonicalDecl() == Plan.Function->getCanonicalDecl() &&
          SM.isInMainFile(SM.getExpansionLoc(Function->getLocation())))
        return true;
  for (const DeclContext *Scope = Plan.NestIn; Scope != nullptr;
       Scope = Scope->getParent()) {
    const auto *Record = dyn_cast<CXXRecordDecl>(Scope);
    if (Record == nullptr)
      continue;
    if (Record->getCanonicalDecl() == Owner->getCanonicalDecl())
      return true;
    // A friend class's members, its nested classes among them, have the
    // access Owner grants it.
    for (const FriendDecl *Friend : Owner->friends())
      if (const TypeSourceInfo *Type = Friend->getFriendType())
        if (const CXXRecordDecl *Befriended =
                Type->getType()->getAsCXXRecordDecl())
          if (Befriended->getCanonicalDecl() == Record->getCanonicalDecl())
            return true;
    if (Member->getAccess() == AS_protected && Record->hasDefinition() &&
        Record->isDerivedFrom(Owner))
      return true;
  }
  return false;
}

// The classes and enumerations that Type names (through pointers, arrays
// and template arguments too) and that are private or protected members
// of a class whose members the machine is not: the machine could not name
// them (`auto t = reg.issue();` returning a private nested type).
static void inaccessibleTypes(const FunctionPlan &Plan, QualType Type,
                              llvm::SmallVectorImpl<const TagDecl *> &Hidden) {
  Type = Type.getNonReferenceType();
  while (Type->isPointerType() || Type->isArrayType())
    Type = Type->isPointerType()
               ? Type->getPointeeType()
               : QualType(Type->getArrayElementTypeNoTypeQual(), 0);
  const TagDecl *Tag = Type->getAsTagDecl();
  if (Tag == nullptr)
    return;
  for (const TagDecl *Member = Tag; Member != nullptr;
       Member = dyn_cast<TagDecl>(Member->getDeclContext())) {
    const auto *Owner = dyn_cast<CXXRecordDecl>(Member->getDeclContext());
    if (Owner == nullptr || Member->getAccess() == AS_public ||
        Member->getAccess() == AS_none || machineInside(Plan, Owner, Member) ||
        llvm::is_contained(Hidden, Member))
      continue;
    Hidden.push_back(Member);
  }
  if (const auto *Specialization =
          dyn_cast<ClassTemplateSpecializationDecl>(Tag))
    for (const TemplateArgument &Arg :
         Specialization->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        inaccessibleTypes(Plan, Arg.getAsType(), Hidden);
}

std::vector<std::pair<std::string, std::string>>
befriendOwnersOf(LoweringContext &C, FunctionPlan &Plan, QualType Type) {
  std::vector<std::pair<std::string, std::string>> Refused;
  llvm::SmallVector<const TagDecl *, 2> Hidden;
  inaccessibleTypes(Plan, Type, Hidden);
  for (const TagDecl *Member : Hidden) {
    const auto *Owner = cast<CXXRecordDecl>(Member->getDeclContext());
    std::string Why = whyNotBefriended(C, Plan, Owner);
    if (Why.empty()) {
      if (!llvm::is_contained(Plan.Befriending, Owner))
        Plan.Befriending.push_back(Owner);
      continue;
    }
    std::string Name = "'" + Owner->getQualifiedNameAsString() + "'";
    Refused.push_back(
        {"'" + Member->getQualifiedNameAsString() + "' (" +
             (Member->getAccess() == AS_private ? "private" : "protected") +
             " in " + Name + ")",
         "(the machine, a class outside " + Name +
             ", cannot name the type, and cannot be its friend: " + Why +
             ")"});
  }
  return Refused;
}

bool befriendForFields(LoweringContext &C, FunctionPlan &Plan) {
  // The temporaries and saved values the spilling keeps (a private Ticket
  // returned by a call evaluated before an await of its full-expression),
  // and the awaiters.
  std::vector<std::pair<QualType, SourceLocation>> Kept;
  for (const Slot &Field : Plan.Slots)
    if (Field.FullExpr < Plan.FullExprs.size())
      Kept.push_back(
          {Field.Stored, Plan.FullExprs[Field.FullExpr].Root->getExprLoc()});
  for (const AwaitSite &Site : Plan.Awaits)
    if (!Site.Erased && !Site.Stored.isNull())
      Kept.push_back({Site.Stored, Site.Await->getBeginLoc()});
  bool Ok = true;
  for (const auto &[Type, Loc] : Kept) {
    if (Type.isNull())
      continue;
    for (const auto &[Described, Reason] : befriendOwnersOf(C, Plan, Type))
      Ok &= C.unsupported(C.sources().getExpansionLoc(Loc),
                          "the full-expression here keeps an object of type " +
                              Described + " across a co_await; not supported " +
                              Reason);
  }
  return Ok;
}

// The first place where the body names a member of Class that Class does
// not make public (a member access, a qualified name, a type), and the
// member's name; an invalid location where there is none.
static std::pair<SourceLocation, std::string>
firstNonPublicUse(const FunctionPlan &Plan, const CXXRecordDecl *Class) {
  struct Finder : NameUseVisitor<Finder> {
    const CXXRecordDecl *Class;
    SourceLocation Found;
    std::string Name;
    void nameUsed(const NamedDecl *D, SourceLocation Loc) {
      const auto *Owner =
          D != nullptr ? dyn_cast<CXXRecordDecl>(D->getDeclContext()) : nullptr;
      if (Found.isInvalid() && Owner != nullptr &&
          Owner->getCanonicalDecl() == Class->getCanonicalDecl() &&
          (D->getAccess() == AS_private || D->getAccess() == AS_protected)) {
        Found = Loc;
        Name = D->getNameAsString();
      }
    }
    bool VisitMemberExpr(MemberExpr *Member) {
      nameUsed(Member->getMemberDecl(), Member->getMemberLoc());
      return true;
    }
  } Uses;
  Uses.Class = Class;
  Uses.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
  return {Uses.Found, Uses.Name};
}

// A class that declares an async function its friend must befriend the
// machine too, where the body now is: `friend struct audit_machine;` before
// each friend declaration of the function, other than a definition there.
// A class whose private or protected member types a lifted local names
// (FunctionPlan::Befriending) befriends it at the start of its body.
bool befriendMachine(LoweringContext &C, const FunctionPlan &Plan,
                     std::vector<Insertion> &Insertions) {
  const FunctionDecl *F = Plan.Function;
  SourceManager &SM = C.sources();
  bool Ok = true;
  for (const FunctionDecl *D : F->redecls()) {
    const auto *Class = dyn_cast<CXXRecordDecl>(D->getLexicalDeclContext());
    if (D == F || Class == nullptr ||
        D->getFriendObjectKind() == Decl::FOK_None)
      continue;
    // A class of another file cannot befriend the machine: a body that
    // uses what it keeps private is refused.
    if (!SM.isInMainFile(SM.getExpansionLoc(D->getLocation()))) {
      if (auto [Use, Name] = firstNonPublicUse(Plan, Class); Use.isValid())
        Ok &= C.unsupported(
            SM.getExpansionLoc(Use),
            "'" + Name + "' is not public in '" +
                Class->getQualifiedNameAsString() +
                "', which declares the function its friend in another "
                "file; the machine, where the body goes, cannot be "
                "befriended there (the lowering does not edit that file)");
      continue;
    }
    const FriendDecl *Friend = nullptr;
    for (const FriendDecl *Each : Class->friends())
      if (Each->getFriendDecl() == D)
        Friend = Each;
    if (Friend == nullptr)
      continue;
    if (std::string Why = whyNotBefriended(C, Plan, Class); !Why.empty()) {
      Ok &= C.unsupported(SM.getExpansionLoc(D->getLocation()),
                          "the machine of an async function declared friend "
                          "of a class cannot be befriended there: " +
                              Why);
      continue;
    }
    SourceLocation At = SM.getExpansionLoc(Friend->getFriendLoc());
    SourceLocation Begin = definitionBegin(C, D);
    if (SM.isBeforeInTranslationUnit(Begin, At))
      At = Begin;
    befriendAt(C, Plan, Class, At, Insertions);
  }
  for (const CXXRecordDecl *Class : Plan.Befriending) {
    SourceLocation Brace = writtenClass(Class)->getBraceRange().getBegin();
    befriendAt(C, Plan, Class,
               Lexer::getLocForEndOfToken(Brace, 0, SM, C.langOpts()),
               Insertions);
  }
  return Ok;
}

} // namespace asynclower
