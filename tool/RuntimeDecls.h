//===- RuntimeDecls.h - The runtime's declarations in the program -------===//
//
// What the lowering looks up in the program it lowers: the runtime's own
// declarations (namespace asl, from the headers the program includes), and
// whether a declaration belongs to the standard library or the runtime,
// which are trusted not to keep the address of what they are given
// (ConstructorPinning.cpp, SavedValues.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_RUNTIMEDECLS_H
#define ASYNC_LOWER_RUNTIMEDECLS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

namespace asynclower {

// The first declaration of kind T named Name in the runtime's namespace asl
// at the top of the program; null when the program declares none (it did
// not include the header that declares it).
template <class T>
const T *runtimeMember(clang::ASTContext &Ctx, llvm::StringRef Name) {
  for (const clang::NamedDecl *Found :
       Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get("asl")))
    if (const auto *Namespace = llvm::dyn_cast<clang::NamespaceDecl>(Found))
      for (const clang::NamedDecl *Member :
           Namespace->lookup(&Ctx.Idents.get(Name)))
        if (const auto *Wanted = llvm::dyn_cast<T>(Member))
          return Wanted;
  return nullptr;
}

// True for a declaration of the standard library (in a system header) or of
// the runtime (inside namespace asl, at any depth).
bool trustedDeclaration(const clang::SourceManager &SM, const clang::Decl *D);

} // namespace asynclower

#endif
