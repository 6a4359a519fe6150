//===- TypeSpelling.cpp - Spell a type so the machine class can name it --===//
//
// The machine is emitted at namespace or class scope, next to the function,
// so types are spelled fully qualified. Aliases are kept where the user
// wrote them (std::string, not std::basic_string<char, ...>); `auto` is
// replaced by the type it deduced.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/QualTypeNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Type.h"

using namespace clang;

namespace asynclower {

std::string unnameable(QualType Type) {
  Type = Type.getNonReferenceType();
  while (true) {
    if (const auto *Pointer = Type->getAs<PointerType>())
      Type = Pointer->getPointeeType();
    else if (const auto *Array = Type->getAsArrayTypeUnsafe())
      Type = Array->getElementType();
    else
      break;
  }
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr)
    return {};
  if (Record->isLambda())
    return "a lambda's closure type";
  if (Record->isLocalClass())
    return "a class local to a function";
  if (const auto *Specialization =
          dyn_cast<ClassTemplateSpecializationDecl>(Record))
    for (const TemplateArgument &Arg :
         Specialization->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        if (std::string Why = unnameable(Arg.getAsType()); !Why.empty())
          return Why;
  return {};
}

std::string spellType(ASTContext &Ctx, QualType Type, llvm::StringRef Name) {
  // Spell what `auto` and `decltype(auto)` stand for. The deduced type
  // carries no written sugar, so its canonical spelling is the one that is
  // fully qualified everywhere, template arguments included.
  if (const auto *Deduced = Type->getContainedDeducedType())
    if (!Deduced->getDeducedType().isNull())
      Type = Type.getCanonicalType();

  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressScope = false;
  Policy.FullyQualifiedName = true;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressTagKeyword = true;
  Policy.PrintCanonicalTypes = false;
  Policy.Bool = true;

  QualType Qualified =
      TypeName::getFullyQualifiedType(Type, Ctx, /*WithGlobalNsPrefix=*/false);
  std::string Spelled;
  llvm::raw_string_ostream OS(Spelled);
  Qualified.print(OS, Policy, Name);
  return Spelled;
}

} // namespace asynclower
