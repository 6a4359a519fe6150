//===- NameUses.h - Where a body names declarations -------------*- C++ -*-===//
//
// Several phases ask which declarations a body names, and where: to rename
// a function's types, to find a name another declaration hides, to find a
// class's private members. A name is written as an expression (a variable,
// function or enumerator), as a class or enumeration type, or as an alias;
// NameUseVisitor walks all three and hands each to its derived class.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_NAMEUSES_H
#define ASYNC_LOWER_NAMEUSES_H

#include "clang/AST/RecursiveASTVisitor.h"

#include <utility>

namespace asynclower {

// Derived defines `void nameUsed(const clang::NamedDecl *D,
// clang::SourceLocation Loc)`, called with the declaration a name finds and
// where the name is written; it may visit more nodes of its own (member
// accesses, declarations).
template <class Derived>
class NameUseVisitor : public clang::RecursiveASTVisitor<Derived> {
public:
  bool VisitDeclRefExpr(clang::DeclRefExpr *Ref) {
    derived().nameUsed(Ref->getDecl(), Ref->getLocation());
    return true;
  }
  bool VisitTagTypeLoc(clang::TagTypeLoc Loc) {
    const clang::NamedDecl *Named = Loc.getDecl();
    if (DestructorName.second != nullptr &&
        Loc.getNameLoc() == DestructorName.first)
      Named = DestructorName.second;
    derived().nameUsed(Named, Loc.getNameLoc());
    return true;
  }
  // A destructor's name (`~Guard`) names its own class. In a class local
  // to a specialization of a function template (or of a generic lambda, or
  // of a member of a class template), clang 19 leaves the name of a
  // destructor declared with a body naming the class of the template's
  // pattern, a declaration outside the specialization; the name is handed
  // on as the class the destructor belongs to. A declaration is visited
  // before its name.
  bool VisitCXXDestructorDecl(clang::CXXDestructorDecl *D) {
    const clang::TypeSourceInfo *Info = D->getNameInfo().getNamedTypeInfo();
    if (Info == nullptr)
      return true;
    if (auto Tag = Info->getTypeLoc().getAsAdjusted<clang::TagTypeLoc>())
      DestructorName = {Tag.getNameLoc(), D->getParent()};
    return true;
  }
  bool VisitTypedefTypeLoc(clang::TypedefTypeLoc Loc) {
    derived().nameUsed(Loc.getTypedefNameDecl(), Loc.getNameLoc());
    return true;
  }

private:
  Derived &derived() { return *static_cast<Derived *>(this); }

  // Where the last destructor visited is named, and its class.
  std::pair<clang::SourceLocation, const clang::NamedDecl *> DestructorName;
};

} // namespace asynclower

#endif // ASYNC_LOWER_NAMEUSES_H
