//===- AsyncFunctions.cpp - Which functions of the main file to lower ----===//
//
// A function is lowered when it is marked ASL_ASYNC (the annotation
// "asl::async"), is defined in the main file and is a coroutine, and so is
// every coroutine lambda of the main file. Any other coroutine in the main
// file is an error: the C++17 output could not contain it. A function that is
// marked but is no coroutine (already lowered, say) is left as it is.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace asynclower {
namespace {

bool isMarkedAsync(const FunctionDecl *Function) {
  for (const auto *Annotation : Function->specific_attrs<AnnotateAttr>())
    if (Annotation->getAnnotation() == "asl::async")
      return true;
  return false;
}

// The first entity local to the functions around a coroutine lambda (not
// to the lambda itself) that the lambda names without capturing it: a
// constant it may read without a capture, a static local, a local type.
// Inside a coroutine, the lambda's body moves to a class of the enclosing
// machine (NamedClosure), where these are out of scope.
class OuterLocals : public RecursiveASTVisitor<OuterLocals> {
public:
  OuterLocals(const LambdaExpr *Lambda) : Lambda(Lambda) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const ValueDecl *D = Ref->getDecl();
    // Members of local classes (a closure's call operator) are reached
    // through their objects.
    if (!isa<VarDecl, EnumConstantDecl, BindingDecl>(D) ||
        D->isCXXClassMember())
      return true;
    if (isOuterLocal(D) &&
        llvm::none_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
          return Capture.capturesVariable() && Capture.getCapturedVar() == D;
        }))
      found(D, Ref->getLocation());
    return Found == nullptr;
  }
  bool VisitTagTypeLoc(TagTypeLoc Loc) {
    if (isOuterLocal(Loc.getDecl()))
      found(Loc.getDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    if (isOuterLocal(Loc.getTypedefNameDecl()))
      found(Loc.getTypedefNameDecl(), Loc.getNameLoc());
    return Found == nullptr;
  }

  const NamedDecl *Found = nullptr;
  SourceLocation At;

private:
  bool isOuterLocal(const Decl *D) const {
    const DeclContext *Context = D->getDeclContext();
    return D->getParentFunctionOrMethod() != nullptr &&
           !Lambda->getCallOperator()->Encloses(Context) &&
           !Lambda->getLambdaClass()->Encloses(Context);
  }
  void found(const Decl *D, SourceLocation Loc) {
    Found = dyn_cast<NamedDecl>(D);
    At = Loc;
  }
  const LambdaExpr *Lambda;
};

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(LoweringContext &C) : C(C) {}

  // A coroutine lambda is lowered like a function (marked or not: its
  // co_await could not stay in C++17 output either); its machine becomes a
  // class local to the lambda's body. One inside another coroutine is too,
  // and its closure becomes a class of the enclosing machine (LowerFile.cpp).
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    const CXXMethodDecl *Call = Lambda->getCallOperator();
    if (!C.sources().isInMainFile(Lambda->getBeginLoc()) ||
        !isa_and_nonnull<CoroutineBodyStmt>(Call->getBody()))
      return true;
    SourceLocation Loc = Lambda->getBeginLoc();
    // A template has no single machine type to emit: the machine's fields
    // (parameters, lifted locals, awaiters) would have dependent types,
    // which the tool does not spell yet.
    if (Lambda->isGenericLambda()) {
      Ok = C.unsupported(Loc, "generic coroutine lambdas (with 'auto' "
                              "parameters or a template parameter list) are "
                              "not supported yet");
      return true;
    }
    if (Call->isTemplated()) {
      Ok = C.unsupported(Loc, "coroutine lambdas inside templates are not "
                              "supported yet");
      return true;
    }
    for (const DeclContext *Outer = Lambda->getLambdaClass()->getParent();
         Outer != nullptr; Outer = Outer->getParent()) {
      const auto *Function = dyn_cast<FunctionDecl>(Outer);
      if (Function == nullptr ||
          !isa_and_nonnull<CoroutineBodyStmt>(Function->getBody()))
        continue;
      OuterLocals Check(Lambda);
      Check.TraverseDecl(const_cast<CXXMethodDecl *>(Call));
      if (Check.Found != nullptr) {
        Ok = C.unsupported(Check.At,
                           "a coroutine lambda inside a coroutine that names "
                           "'" +
                               Check.Found->getNameAsString() +
                               "', local to the function around it, without "
                               "capturing it; not supported yet");
        return true;
      }
      break;
    }
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVLAType()) {
        Ok = C.unsupported(Capture.getLocation(),
                           "a coroutine lambda that uses a variable-length "
                           "array of the function around it");
        return true;
      }
    Found.push_back(Call);
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl *Function) {
    if (!Function->doesThisDeclarationHaveABody() ||
        !C.sources().isInMainFile(Function->getLocation()))
      return true;
    bool IsCoroutine = isa_and_nonnull<CoroutineBodyStmt>(Function->getBody());
    bool Marked = isMarkedAsync(Function);
    if (!IsCoroutine)
      return true;

    SourceLocation Loc = Function->getLocation();
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
      if (Method->getParent()->isLambda())
        return true; // VisitLambdaExpr
    if (!Marked) {
      Ok = C.unsupported(Loc, "coroutine '" + Function->getNameAsString() +
                                  "' is not marked ASL_ASYNC; the C++17 "
                                  "output cannot contain co_await");
      return true;
    }
    // A template has no single machine type to emit: its machine would be a
    // template too, whose fields (locals, awaiters, saved operands) have
    // types that depend on the template's parameters, and the phases read
    // those types only once they are known.
    if (Function->isTemplated()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      if (Function->getDescribedFunctionTemplate() == nullptr &&
          Method != nullptr && Method->getParent()->isTemplated())
        Ok = C.unsupported(
            Loc, "async member '" + Function->getQualifiedNameAsString() +
                     "' of a class template is not supported yet; "
                     "its machine would be a template with fields "
                     "of dependent types");
      else
        Ok = C.unsupported(Loc, "async function templates are not supported "
                                "yet; the machine would be a template with "
                                "fields of dependent types");
      return true;
    }
    Found.push_back(Function);
    return true;
  }

  LoweringContext &C;
  std::vector<const FunctionDecl *> Found;
  bool Ok = true;
};

} // namespace

std::vector<const FunctionDecl *> findAsyncFunctions(LoweringContext &C,
                                                     bool &Ok) {
  Finder F(C);
  F.TraverseDecl(C.ast().getTranslationUnitDecl());
  Ok = F.Ok;
  return std::move(F.Found);
}

} // namespace asynclower
