//===- RuntimeDecls.cpp - The runtime's declarations in the program -----===//
//
// See RuntimeDecls.h.
//
//===----------------------------------------------------------------------===//

#include "RuntimeDecls.h"

using namespace clang;

namespace asynclower {

bool trustedDeclaration(const SourceManager &SM, const Decl *D) {
  if (SM.isInSystemHeader(D->getLocation()))
    return true;
  for (const DeclContext *Around = D->getDeclContext(); Around != nullptr;
       Around = Around->getParent())
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(Around))
      if (Namespace->getParent()->isTranslationUnit() &&
          Namespace->getName() == "asl")
        return true;
  return false;
}

} // namespace asynclower
