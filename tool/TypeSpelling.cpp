//===- TypeSpelling.cpp - Spell a type so the machine class can name it --===//
//
// The machine is emitted at namespace or class scope, next to the function,
// so types are spelled fully qualified. Aliases are kept where the user
// wrote them (std::string, not std::basic_string<char, ...>); `auto` is
// replaced by the type it deduced.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"
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
  if (const auto *Enum = Type->getAs<EnumType>())
    if (Enum->getDecl()->getDeclContext()->isFunctionOrMethod())
      return "an enumeration local to a function";
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

static std::string print(ASTContext &Ctx, QualType Type, llvm::StringRef Name) {
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

// A type the tool derived (an awaiter's, an expression's, a deduced one)
// may carry sugar from inside a template's instantiation whose names are not
// visible where the machine is; its canonical spelling is qualified
// throughout, template arguments included.
std::string spellType(ASTContext &Ctx, QualType Type, llvm::StringRef Name) {
  return print(Ctx, Type.getCanonicalType(), Name);
}

// True when the type as written names something only the function's body
// can see: an alias declared in the function, or decltype of an expression
// (`decltype(this)` would mean the machine there).
static bool namesFunctionScope(QualType Type) {
  if (Type.isNull())
    return false;
  const clang::Type *T = Type.getTypePtr();
  if (isa<DecltypeType, TypeOfExprType>(T))
    return true;
  if (const auto *Typedef = dyn_cast<TypedefType>(T))
    return Typedef->getDecl()->getDeclContext()->isFunctionOrMethod();
  if (const auto *Pointer = dyn_cast<PointerType>(T))
    return namesFunctionScope(Pointer->getPointeeType());
  if (const auto *Reference = dyn_cast<ReferenceType>(T))
    return namesFunctionScope(Reference->getPointeeTypeAsWritten());
  if (const auto *Array = dyn_cast<ArrayType>(T))
    return namesFunctionScope(Array->getElementType());
  if (const auto *Elaborated = dyn_cast<ElaboratedType>(T))
    return namesFunctionScope(Elaborated->getNamedType());
  if (const auto *Paren = dyn_cast<ParenType>(T))
    return namesFunctionScope(Paren->getInnerType());
  if (const auto *Function = dyn_cast<FunctionProtoType>(T))
    return namesFunctionScope(Function->getReturnType()) ||
           llvm::any_of(Function->getParamTypes(), namesFunctionScope);
  if (const auto *Specialization = dyn_cast<TemplateSpecializationType>(T))
    return llvm::any_of(Specialization->template_arguments(),
                        [](const TemplateArgument &Arg) {
                          return Arg.getKind() == TemplateArgument::Type &&
                                 namesFunctionScope(Arg.getAsType());
                        });
  return false;
}

// A type as the user wrote it (std::string stays std::string), qualified.
// `auto` is replaced by the type it deduced; a type written with names of
// the function's own scope is spelled canonically. Shortcoming: a local
// alias used only in the declarations of lifted locals is then not used in
// the output at all, and both compilers warn (-Wunused-local-typedef).
std::string spellWrittenType(ASTContext &Ctx, QualType Type,
                             llvm::StringRef Name) {
  if (const auto *Deduced = Type->getContainedDeducedType())
    if (!Deduced->getDeducedType().isNull())
      return spellType(Ctx, Type, Name);
  if (namesFunctionScope(Type))
    return spellType(Ctx, Type, Name);
  return print(Ctx,
               TypeName::getFullyQualifiedType(Type, Ctx,
                                               /*WithGlobalNsPrefix=*/false),
               Name);
}

} // namespace asynclower
