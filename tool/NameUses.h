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
    derived().nameUsed(Loc.getDecl(), Loc.getNameLoc());
    return true;
  }
  bool VisitTypedefTypeLoc(clang::TypedefTypeLoc Loc) {
    derived().nameUsed(Loc.getTypedefNameDecl(), Loc.getNameLoc());
    return true;
  }

private:
  Derived &derived() { return *static_cast<Derived *>(this); }
};

} // namespace asynclower

#endif // ASYNC_LOWER_NAMEUSES_H
