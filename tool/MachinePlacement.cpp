//===- MachinePlacement.cpp - Where a machine is declared and defined -----===//
//
// The body moves into the machine's move_next(), which must find the names
// the body finds, reach the members it reaches and see complete the types it
// keeps: a member function's machine is a member class of its class, defined
// after the outermost class when the function is defined inside it; a
// function defined outside its namespace gets its machine in that namespace;
// a class that befriends an async function befriends its machine too.
// LowerFile.cpp places the text; this file finds the places.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
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

// A class that declares an async function its friend must befriend the
// machine too, where the body now is: `friend struct audit_machine;` before
// each friend declaration of the function, other than a definition there.
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
    // FIXME: a class in another file cannot befriend the machine; a body that
    // uses what that class keeps private gets output that does not compile.
    if (!SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      continue;
    const FriendDecl *Friend = nullptr;
    for (const FriendDecl *Each : Class->friends())
      if (Each->getFriendDecl() == D)
        Friend = Each;
    if (Friend == nullptr)
      continue;
    // A machine at namespace scope is befriended by its unqualified name,
    // which declares it in the namespace of the class: it must be the
    // function's.
    std::string Machine = Plan.NestIn != nullptr ? qualifiedMachineName(C, Plan)
                                                 : Plan.MachineName;
    if (Plan.NestIn == nullptr &&
        (Class->isLocalClass() ||
         !Class->getEnclosingNamespaceContext()->Equals(
             F->getDeclContext()->getRedeclContext()))) {
      Ok &= C.unsupported(SM.getExpansionLoc(D->getLocation()),
                          "an async function declared friend of a class in "
                          "another namespace or in a function is not "
                          "supported yet; its machine could not be "
                          "befriended");
      continue;
    }
    SourceLocation At = SM.getExpansionLoc(Friend->getFriendLoc());
    SourceLocation Begin = definitionBegin(C, D);
    if (SM.isBeforeInTranslationUnit(Begin, At))
      At = Begin;
    Insertions.push_back({At, "friend struct " + Machine + ";\n", Class});
  }
  return Ok;
}

} // namespace asynclower
