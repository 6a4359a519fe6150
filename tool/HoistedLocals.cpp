//===- HoistedLocals.cpp - What the machine names from the body -----------===//
//
// The machine is a class outside the function, so it cannot name what the
// body declares: a class, an enumeration or an alias local to the function,
// or a lambda's closure type. When a lifted local's type is one of these,
// they move into a class before the machine, its base, so that the body in
// move_next() still finds them by the names it uses:
//
//   struct run_locals {
//     enum Color { Red, Green };                // the body's types, as written
//     static auto on_done_lambda(int &total) {  // a lambda the machine keeps
//       return [&](int v) { total += v; };
//     }
//   };
//   struct run_machine : run_locals {
//     using on_done_closure = decltype(on_done_lambda(std::declval<int &>()));
//     union { on_done_closure on_done; };
//     ...
//     ::new (asl::place(on_done)) on_done_closure(on_done_lambda(total));
//
// C++17 names a closure type only as the type of something: here, what the
// function returns once it is defined. A closure that is a template
// argument of a kept type (the visitor `overloaded<F1, F2>` of
// `co_await std::visit(overloaded{[](int) {...}, ...}, v)`, a kept
// variable's `std::pair<F, int>`) is made the same way, and the type is
// spelled with the closures' names (TypeSpelling.cpp). The lambda is
// written where the function's parameters, references named like the
// variables it uses, mean what the variables meant, so its captures by
// reference and by copy, its init-captures (evaluated where the lambda
// was, from the same objects) and its body keep their meaning, and the
// closure is made once, in place, from the function's prvalue. Its `this`
// is the function's this_ parameter.
//
// A closure that a lambda of the body returns (`auto add5 = maker(5);`,
// the lambda written in maker's body) is named as what a call of maker's
// closure returns (TypeSpelling.cpp, produced): maker is made by its
// factory too, even when the machine does not keep it (collectProducer).
//
// Types and enumerators of one name declared in different blocks share the
// locals class's scope: each after the first is renamed there (Node_2), in
// its declaration and in every use.
//
// A coroutine lambda inside the coroutine becomes a class of the machine
// (NamedClosure): the closures and local types of what it captures, and
// the types of the function its body names, move too, so that the class,
// nested in the machine, finds them in its base.
//
// A constant of the function that the lambda names without capturing it is
// declared again, as written, in the factory; a local it names only in
// unevaluated operands, and a structured binding it captures, is a
// reference parameter like a captured variable. The init-captures up to the
// last one that awaits are evaluated where the lambda was (by
// ExpressionSpilling, as for a lambda that is not kept); the factory
// receives their values as parameters and initializes them from those.
//
// Refused with a located error, rather than lowered wrongly: a lambda that
// names a local of the function it does not capture (other than such a
// constant, and than in unevaluated operands: a static local, say),
// holds a coroutine lambda, or lives in an async member function of a
// local or unnamed class (where the locals class would be incomplete until
// the class is; other classes get it after their definition); a type that
// uses a variable of the function; and names that the hoisting would make
// mean something else. A `[*this]` copy becomes an
// init-capture of the object this_ points to.
//
//===----------------------------------------------------------------------===//

#include "ConstCopies.h"
#include "InitCapturePacks.h"
#include "Lowering.h"
#include "NameUses.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "clang/Rewrite/Core/Rewriter.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <functional>

using namespace clang;

namespace asynclower {
namespace {

// A variable or binding declared in the function (for a coroutine lambda,
// its call operator), not in a lambda or class inside it.
bool isLocalOf(const FunctionPlan &Plan, const ValueDecl *D) {
  if (!isa<VarDecl, BindingDecl>(D))
    return false;
  const DeclContext *Owner = D->getParentFunctionOrMethod();
  return Owner == static_cast<const DeclContext *>(Plan.Function);
}

// The anonymous union (`union { int i; float f; };`) Decls declares, with
// the unnamed variable of its type that holds its members.
const RecordDecl *anonymousUnionOf(const DeclStmt *Decls) {
  if (Decls->isSingleDecl() ||
      std::distance(Decls->decl_begin(), Decls->decl_end()) != 2)
    return nullptr;
  const auto *Union = dyn_cast<RecordDecl>(*Decls->decl_begin());
  const auto *Var = dyn_cast<VarDecl>(*std::next(Decls->decl_begin()));
  if (Union == nullptr || Var == nullptr || !Union->isAnonymousStructOrUnion())
    return nullptr;
  return Union;
}

// The type declarations directly in the body (not in a lambda or a local
// class) that can move out of it, each with its declaration statement: a
// declaration of one type alone, not written by a macro. (`struct S {...}
// s;` stays: its variable is declared where it is.) An anonymous union is
// one too: it moves whole, its members becoming the locals class's.
std::vector<std::pair<const TypeDecl *, const DeclStmt *>>
localTypes(const FunctionPlan &Plan) {
  std::vector<std::pair<const TypeDecl *, const DeclStmt *>> Found;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    const auto *Decls = dyn_cast<DeclStmt>(S);
    if (Decls == nullptr || Decls->getBeginLoc().isMacroID() ||
        Decls->getEndLoc().isMacroID())
      return;
    if (const RecordDecl *Union = anonymousUnionOf(Decls))
      Found.push_back({Union, Decls});
    if (!Decls->isSingleDecl())
      return;
    if (const auto *Type = dyn_cast<TypeDecl>(Decls->getSingleDecl()))
      if (!isa<CXXRecordDecl>(Type) || !cast<CXXRecordDecl>(Type)->isLambda())
        Found.push_back({Type, Decls});
  });
  return Found;
}

// The first use in Root of a type declared in the function that stays in
// its body, where a hoisted type or lambda cannot see it.
struct UnhoistedTypeFinder : RecursiveASTVisitor<UnhoistedTypeFinder> {
  const FunctionPlan &Plan;
  const llvm::SmallPtrSetImpl<const Decl *> &Hoisted;
  SourceLocation Found;
  std::string Name;
  UnhoistedTypeFinder(const FunctionPlan &Plan,
                      const llvm::SmallPtrSetImpl<const Decl *> &Hoisted)
      : Plan(Plan), Hoisted(Hoisted) {}
  void check(const NamedDecl *D, SourceLocation Loc) {
    if (Found.isValid() || D == nullptr ||
        D->getParentFunctionOrMethod() !=
            static_cast<const DeclContext *>(Plan.Function) ||
        Hoisted.contains(D))
      return;
    if (const auto *Record = dyn_cast<CXXRecordDecl>(D))
      if (Record->isLambda())
        return;
    Found = Loc;
    Name = D->getNameAsString();
  }
  bool VisitTagTypeLoc(TagTypeLoc Loc) {
    check(Loc.getDecl(), Loc.getNameLoc());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
    check(Loc.getTypedefNameDecl(), Loc.getNameLoc());
    return true;
  }
};

void collectTags(QualType Type, bool Top,
                 llvm::SetVector<const TagDecl *> &Tags,
                 llvm::SetVector<const CXXRecordDecl *> &Closures);

// A closure that a lambda's call operator returns, or a class holding
// closures that one returns whole, is named as what that operator returns
// (TypeSpelling.cpp, produced): the machine names the lambda's closure
// type, and its parameters' types, so a lambda of the body that makes it
// is hoisted even if the machine does not keep it (`auto add5 =
// maker(5);`, or `[](int a) { return [a](int v) {...}; }(5)`).
void collectProducer(const CXXRecordDecl *Record,
                     llvm::SetVector<const TagDecl *> &Tags,
                     llvm::SetVector<const CXXRecordDecl *> &Closures) {
  ASTContext &Ctx = Record->getASTContext();
  QualType Type = Ctx.getRecordType(Record).getCanonicalType();
  std::function<void(const CXXRecordDecl *)> Visit =
      [&](const CXXRecordDecl *Closure) {
        const auto *Call = dyn_cast<CXXMethodDecl>(Closure->getDeclContext());
        if (Call == nullptr || !Call->getParent()->isLambda() ||
            Call->getReturnType().getCanonicalType().getUnqualifiedType() !=
                Type)
          return;
        collectTags(Ctx.getRecordType(Call->getParent()), true, Tags, Closures);
        for (const ParmVarDecl *Param : Call->parameters())
          collectTags(Param->getType(), true, Tags, Closures);
      };
  if (Record->isLambda()) {
    Visit(Record);
    return;
  }
  // The closures among a holder's template arguments, at any depth.
  std::function<void(QualType)> Inside = [&](QualType Part) {
    const auto *Specialization =
        dyn_cast_or_null<ClassTemplateSpecializationDecl>(
            Part.getNonReferenceType()->getAsCXXRecordDecl());
    if (Specialization == nullptr)
      return;
    for (const TemplateArgument &Each :
         flattenedArguments(Specialization->getTemplateArgs().asArray()))
      if (Each.getKind() == TemplateArgument::Type) {
        const CXXRecordDecl *Closure =
            Each.getAsType().getNonReferenceType()->getAsCXXRecordDecl();
        if (Closure != nullptr && Closure->isLambda())
          Visit(Closure);
        else
          Inside(Each.getAsType());
      }
  };
  Inside(Type);
}

// Every part of a type: its pointee, element, template arguments. A
// closure is collected as the type itself and as a template argument
// (`overloaded<F1, F2>`, spelled with the closures' names: TypeSpelling.cpp),
// not as an array's element.
void collectTags(QualType Type, bool Top,
                 llvm::SetVector<const TagDecl *> &Tags,
                 llvm::SetVector<const CXXRecordDecl *> &Closures) {
  if (Type.isNull())
    return;
  Type = Type.getNonReferenceType();
  if (const auto *Pointer = Type->getAs<PointerType>())
    return collectTags(Pointer->getPointeeType(), Top, Tags, Closures);
  if (const auto *Array = Type->getAsArrayTypeUnsafe())
    return collectTags(Array->getElementType(), false, Tags, Closures);
  // A function type, a template argument (std::bind's `_Bind<F(int)>`).
  if (const auto *Function = Type->getAs<FunctionProtoType>()) {
    collectTags(Function->getReturnType(), true, Tags, Closures);
    for (QualType Param : Function->getParamTypes())
      collectTags(Param, true, Tags, Closures);
    return;
  }
  const TagDecl *Tag = Type->getAsTagDecl();
  if (Tag == nullptr)
    return;
  const auto *Record = dyn_cast<CXXRecordDecl>(Tag);
  if (Record != nullptr && Record->isLambda()) {
    if (Top) {
      Closures.insert(Record);
      collectProducer(Record, Tags, Closures);
    }
    return;
  }
  if (Tag->getParentFunctionOrMethod() != nullptr)
    Tags.insert(Tag);
  if (Record != nullptr)
    collectProducer(Record, Tags, Closures);
  if (const auto *Specialization =
          dyn_cast_or_null<ClassTemplateSpecializationDecl>(Record))
    for (const TemplateArgument &Part :
         flattenedArguments(Specialization->getTemplateArgs().asArray()))
      if (Part.getKind() == TemplateArgument::Type)
        collectTags(Part.getAsType(), true, Tags, Closures);
}

// The names a lambda's text uses from around it, and its `this`.
struct LambdaUses : RecursiveASTVisitor<LambdaUses> {
  const FunctionPlan &Plan;
  const LambdaExpr *Root;
  std::vector<const DeclRefExpr *> Refs; // to locals of the function
  std::vector<const CXXThisExpr *> Explicit;
  std::vector<const MemberExpr *> Implicit; // this->member, unwritten
  std::vector<const LambdaExpr *> Lambdas;  // Root and the ones inside
  const LambdaExpr *Coroutine = nullptr;

  LambdaUses(const FunctionPlan &Plan, const LambdaExpr *Root)
      : Plan(Plan), Root(Root) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (isLocalOf(Plan, Ref->getDecl()))
      Refs.push_back(Ref);
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *This) {
    if (!This->isImplicit())
      Explicit.push_back(This);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    if (const auto *This =
            dyn_cast<CXXThisExpr>(Member->getBase()->IgnoreImpCasts()))
      if (This->isImplicit())
        Implicit.push_back(Member);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    Lambdas.push_back(Lambda);
    if (isa<CoroutineBodyStmt>(Lambda->getBody()))
      Coroutine = Lambda;
    return true;
  }
};

class Hoister {
public:
  Hoister(LoweringContext &C, FunctionPlan &Plan) : C(C), Plan(Plan) {}

  bool run(llvm::ArrayRef<const VarDecl *> Lifted) {
    LiftedVars = Lifted;
    llvm::SetVector<const TagDecl *> Tags;
    llvm::SetVector<const CXXRecordDecl *> Closures;
    for (const VarDecl *Var : Lifted) {
      QualType Type = Var->getType();
      if (const auto *Temporary = extendedTemporary(Var))
        collectTags(Temporary->getType(), true, Tags, Closures);
      collectTags(Type, true, Tags, Closures);
    }
    // A coroutine lambda's closure, a class of the machine (NamedClosure),
    // has a member for each capture, whose type it names: a closure or a
    // type local to the function it captures is hoisted too.
    for (const NamedClosure &Named : Plan.Closures)
      for (const LambdaCapture &Capture : Named.Lambda->captures())
        if (Capture.capturesVariable())
          collectTags(Capture.getCapturedVar()->getType(), true, Tags,
                      Closures);
    // A lambda of another function (returned by one, say), or a closure
    // that is a coroutine lambda's (named already), is not this one's.
    llvm::SmallVector<const LambdaExpr *, 4> Lambdas;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
        if ((Closures.contains(Lambda->getLambdaClass()) ||
             keptAsTemporary(Lambda) || copiesArrayEarly(Lambda) ||
             savedBeforeAwait(Lambda)) &&
            !isa<CoroutineBodyStmt>(Lambda->getBody()))
          Lambdas.push_back(Lambda);
    });
    bool AnyTag = llvm::any_of(Tags, [&](const TagDecl *Tag) {
      return Tag->getParentFunctionOrMethod() == Plan.Function;
    });
    std::vector<std::pair<const TypeDecl *, SourceLocation>> ClosureTypes =
        typesNamedByClosures();
    if (Lambdas.empty() && !AnyTag && ClosureTypes.empty())
      return true;
    if (Plan.Specialization)
      if (!namesNoTemplateTemplateParameter(Lambdas))
        return false;
    // A specialization of a function template of a namespace gets a class
    // of its own (not a template), with the template's parameters as
    // members too. One of a member of a class template, or of a member
    // template, gets an explicit specialization of a member class (or
    // member class template) that the class declares, like its machine.
    llvm::StringRef Stem = llvm::StringRef(Plan.MachineName);
    Stem.consume_back("_machine");
    if (Plan.Specialization && Plan.NestIn != nullptr &&
        Plan.SharedLocalsName != nullptr) {
      if (Plan.SharedLocalsName->empty())
        *Plan.SharedLocalsName = C.freshName(Stem.str() + "_locals");
      Plan.LocalsName = *Plan.SharedLocalsName;
    } else {
      Plan.LocalsName = C.freshName(Stem.str() + "_locals");
    }
    bool Ok = hoistTypes();
    Ok &= closureTypesHoisted(ClosureTypes);
    for (const LambdaExpr *Lambda : Lambdas)
      Ok &= hoistLambda(Lambda);
    return Ok;
  }

  // The types of the function (declared in it, not in a lambda or class
  // inside it) that its coroutine lambdas name, each with its first use: a
  // coroutine lambda's closure is a class of the machine (NamedClosure),
  // where the types of the function are out of scope, so they move to the
  // machine's base, where the class finds them.
  std::vector<std::pair<const TypeDecl *, SourceLocation>>
  typesNamedByClosures() {
    struct Finder : RecursiveASTVisitor<Finder> {
      const FunctionDecl *Function = nullptr;
      std::vector<std::pair<const TypeDecl *, SourceLocation>> Found;
      void add(const Decl *D, SourceLocation Loc) {
        const auto *Type = dyn_cast_or_null<TypeDecl>(D);
        if (Type != nullptr && Type->getDeclContext() == Function &&
            llvm::none_of(Found,
                          [&](const auto &F) { return F.first == Type; }))
          Found.push_back({Type, Loc});
      }
      bool VisitTagTypeLoc(TagTypeLoc Loc) {
        add(Loc.getDecl(), Loc.getNameLoc());
        return true;
      }
      bool VisitTypedefTypeLoc(TypedefTypeLoc Loc) {
        add(Loc.getTypedefNameDecl(), Loc.getNameLoc());
        return true;
      }
      bool VisitDeclRefExpr(DeclRefExpr *Ref) {
        if (isa<EnumConstantDecl>(Ref->getDecl()))
          add(cast<Decl>(Ref->getDecl()->getDeclContext()), Ref->getLocation());
        return true;
      }
    } Types;
    Types.Function = Plan.Function;
    for (const NamedClosure &Named : Plan.Closures)
      Types.TraverseStmt(const_cast<LambdaExpr *>(Named.Lambda));
    return Types.Found;
  }

  // Each type a coroutine lambda names moved, under its own name.
  bool closureTypesHoisted(
      llvm::ArrayRef<std::pair<const TypeDecl *, SourceLocation>> Types) {
    bool Ok = true;
    for (auto [Type, Use] : Types)
      if (!Hoisted.contains(Type))
        Ok &= C.unsupported(Use, "a coroutine lambda inside a coroutine that "
                                 "names '" +
                                     Type->getNameAsString() +
                                     "', a type of the function around it "
                                     "declared together with a variable or "
                                     "by a macro; not supported yet");
    for (const NamedClosure &Named : Plan.Closures)
      for (const auto &[Loc, Name] : Plan.TypeRenames)
        if (Named.Lambda->getSourceRange().fullyContains(Loc)) {
          Ok &= C.unsupported(Loc, "a coroutine lambda inside a coroutine "
                                   "that names a type the machine renames "
                                   "('" +
                                       Name +
                                       "': one of its name is declared "
                                       "earlier in the function); not "
                                       "supported yet");
          break;
        }
    return Ok;
  }

private:
  // The locals class has the template's parameters as members, but not a
  // template template parameter, which only the body's function receives
  // (packHelper in ParameterPacks.cpp): a type or a lambda moved there may not
  // name one. The check is by spelling, so a member of that name counts.
  bool namesNoTemplateTemplateParameter(
      llvm::ArrayRef<const LambdaExpr *> Lambdas) {
    std::vector<SourceRange> Moved;
    for (auto [Type, Decls] : localTypes(Plan))
      Moved.push_back(Decls->getSourceRange());
    for (const LambdaExpr *Lambda : Lambdas)
      Moved.push_back(Lambda->getSourceRange());
    SourceManager &SM = C.sources();
    for (const TemplateArgumentOf &Given : templateArgumentsOf(Plan.Function))
      if (isa<TemplateTemplateParmDecl>(Given.Param) &&
          Given.Param->getIdentifier() != nullptr)
        for (SourceRange Range : Moved) {
          CharSourceRange Chars = CharSourceRange::getTokenRange(
              SM.getExpansionLoc(Range.getBegin()),
              SM.getExpansionLoc(Range.getEnd()));
          llvm::StringRef Text =
              Lexer::getSourceText(Chars, SM, C.langOpts());
          Lexer Lex(Chars.getBegin(), C.langOpts(), Text.begin(),
                    Text.begin(), Text.end());
          Token Tok;
          for (Lex.LexFromRawLexer(Tok); Tok.isNot(tok::eof);
               Lex.LexFromRawLexer(Tok))
            if (Tok.is(tok::raw_identifier) &&
                Tok.getRawIdentifier() == Given.Param->getName())
              return C.unsupported(
                  Tok.getLocation(),
                  "a type or a lambda that names a template template "
                  "parameter ('" +
                      Given.Param->getNameAsString() +
                      "'), kept across an await in an async template, is "
                      "not supported yet: the class it moves to does not "
                      "have that parameter");
        }
    return true;
  }

  // A lambda whose closure is a temporary of a full-expression with an
  // await that the lambda does not hold, bound to a reference (that of
  // std::function's constructor, a `const F &` parameter): the spilling
  // keeps such a temporary in a field to the end of its full-expression
  // when it is evaluated before an await or in an await's operand
  // (SavedValues.cpp, markTemporaries), so the machine names its
  // type. One after the last await is made by its factory too, where it
  // was, with the same effect: the factory returns the lambda as written.
  //
  // A closure that is the object of its own call (`[&] { ... }()`) is
  // kept only inside an await's operand; elsewhere the spilling leaves the
  // lambda where it is, made after the awaits of the call's arguments.
  bool keptAsTemporary(const LambdaExpr *Lambda) {
    const Stmt *Up = Plan.Tree->parent(Lambda);
    while (isa_and_nonnull<CXXBindTemporaryExpr, ImplicitCastExpr, ParenExpr>(
        Up))
      Up = Plan.Tree->parent(Up);
    const auto *Temporary = dyn_cast_or_null<MaterializeTemporaryExpr>(Up);
    if (Temporary == nullptr)
      Temporary = holdingTemporary(Lambda);
    if (Temporary == nullptr || Temporary->getExtendingDecl() != nullptr)
      return false;
    const Stmt *Argument = Temporary;
    const Stmt *User = Plan.Tree->parent(Temporary);
    while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(User)) {
      Argument = User;
      User = Plan.Tree->parent(User);
    }
    bool Passed = false;
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(User))
      Passed = llvm::is_contained(Construct->arguments(), Argument);
    else if (const auto *Call = dyn_cast_or_null<CallExpr>(User))
      Passed = llvm::is_contained(Call->arguments(), Argument) &&
               !(isa<CXXOperatorCallExpr>(Call) &&
                 isa_and_nonnull<CXXMethodDecl>(Call->getCalleeDecl()) &&
                 Call->getArg(0) == Argument);
    return llvm::any_of(Plan.Awaits, [&](const AwaitSite &Site) {
      if (Plan.Tree->contains(Lambda, Site.Await))
        return false;
      if (Plan.Tree->contains(Site.Await->getOperand(), Lambda))
        return true;
      return Passed &&
             Plan.Tree->contains(Plan.FullExprs[Site.FullExpr].Root, Lambda);
    });
  }

  // A lambda that copies something (a capture by copy, an init-capture),
  // evaluated before an await of its full-expression, whose closure the
  // spilling keeps in a field across that await (SavedValues.cpp): the
  // object of its own call (`[s] { return s.size(); }() + co_await f()`),
  // a temporary of the full-expression that natively dies after the await,
  // or an argument of a call whose later argument awaits (`g([s] {...},
  // co_await f())`), saved and moved into the parameter. A lambda that
  // copies nothing holds only references: the spilling does not keep it,
  // nor could anything tell (SavedValues.cpp, markWhere). Evaluated before
  // the await here means written before it: a lambda the spilling
  // evaluates after it all the same (the left side of an assignment whose
  // right side awaits) is made by its factory where it was, which is the
  // lambda as written.
  bool savedBeforeAwait(const LambdaExpr *Lambda) {
    if (copiesNothing(Lambda))
      return false;
    const Stmt *Argument = Lambda;
    const Stmt *Up = Plan.Tree->parent(Lambda);
    while (isa_and_nonnull<CXXBindTemporaryExpr, ImplicitCastExpr, ParenExpr,
                           MaterializeTemporaryExpr>(Up)) {
      Argument = Up;
      Up = Plan.Tree->parent(Up);
    }
    // What must contain the await: the full-expression for the object of
    // its own call, the call for an argument.
    const Stmt *Around = nullptr;
    if (const auto *Call = dyn_cast_or_null<CXXOperatorCallExpr>(Up);
        Call != nullptr && Call->getOperator() == OO_Call &&
        Call->getNumArgs() > 0 && Call->getArg(0) == Argument)
      Around = Call;
    else if (const auto *Call = dyn_cast_or_null<CallExpr>(Up);
             Call != nullptr && llvm::is_contained(Call->arguments(), Argument))
      Around = Call;
    else if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Up);
             Construct != nullptr &&
             llvm::is_contained(Construct->arguments(), Argument))
      Around = Construct;
    if (Around == nullptr)
      return false;
    bool OwnCall = isa<CXXOperatorCallExpr>(Around) &&
                   cast<CXXOperatorCallExpr>(Around)->getArg(0) == Argument;
    SourceManager &SM = C.sources();
    return llvm::any_of(Plan.Awaits, [&](const AwaitSite &Site) {
      const Stmt *Root = Plan.FullExprs[Site.FullExpr].Root;
      return Plan.Tree->contains(OwnCall ? Root : Around, Lambda) &&
             (OwnCall || Plan.Tree->contains(Around, Site.Await)) &&
             !Plan.Tree->contains(Lambda, Site.Await) &&
             !Plan.Tree->contains(Site.Await, Lambda) &&
             SM.isBeforeInTranslationUnit(Lambda->getEndLoc(),
                                          Site.Await->getBeginLoc());
    });
  }

  // A lambda that captures an array by copy before an init-capture that
  // awaits (`[a, n = co_await f()]`): the array is copied into a field
  // before the await (EarlyCopies.cpp, copyEarly), which an
  // init-capture cannot move into the closure; the factory receives the
  // field by reference under the array's name, and the capture, as
  // written, copies it.
  bool copiesArrayEarly(const LambdaExpr *Lambda) {
    return llvm::any_of(
        copiesBeforeAwait(Plan, Lambda), [](const LambdaCapture *Capture) {
          return Capture->capturesVariable() && Capture->getCapturedVar()
                                                    ->getType()
                                                    .getNonReferenceType()
                                                    ->isArrayType();
        });
  }

  // The temporary around Lambda, in its full-expression, whose type holds
  // its closure as a template argument: a visitor `overloaded{[](int) {...},
  // [](char) {...}}` passed to std::visit, whose type the machine spells
  // with the closures' names when it keeps the temporary. Null when there
  // is none.
  const MaterializeTemporaryExpr *holdingTemporary(const LambdaExpr *Lambda) {
    for (const Stmt *Up = Plan.Tree->parent(Lambda);
         Up != nullptr && isa<Expr>(Up) && !isa<LambdaExpr>(Up);
         Up = Plan.Tree->parent(Up)) {
      const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(Up);
      if (Temporary == nullptr)
        continue;
      llvm::SetVector<const TagDecl *> Tags;
      llvm::SetVector<const CXXRecordDecl *> Closures;
      collectTags(Temporary->getType(), true, Tags, Closures);
      return Closures.contains(Lambda->getLambdaClass()) ? Temporary : nullptr;
    }
    return nullptr;
  }

  // Every type declared directly in the body moves: those the machine
  // names, and those they or the lambdas may name.
  bool hoistTypes() {
    auto Types = localTypes(Plan);
    // An anonymous union moves only when it lives across an await: its
    // members are then the locals class's, and its declaration is gone.
    llvm::erase_if(Types, [&](const auto &Each) {
      return anonymousUnionOf(Each.second) != nullptr &&
             !llvm::is_contained(LiftedVars, cast<VarDecl>(*std::next(
                                                 Each.second->decl_begin())));
    });
    llvm::StringMap<const NamedDecl *> Names;
    bool Ok = true;
    // Types (and enumerators) declared in different blocks may share a name;
    // in the locals class they share one scope, so each after the first of
    // its name, in source order, is renamed after it and its rank: the
    // second Node is Node_2 (with a further suffix if the file uses that).
    llvm::StringMap<unsigned> Declared;
    llvm::MapVector<const NamedDecl *, std::string> Renamed;
    auto AddName = [&](const NamedDecl *D) {
      if (!D->getIdentifier())
        return;
      auto [It, New] = Names.insert({D->getName(), D});
      if (!New && It->second == D)
        return;
      unsigned Rank = ++Declared[D->getName()];
      if (New)
        return;
      std::string Name =
          C.freshName(D->getNameAsString() + "_" + std::to_string(Rank));
      Renamed.insert({D, Name});
      Names.insert({Name, D});
    };
    for (auto [Type, Decls] : Types) {
      Hoisted.insert(Type);
      if (anonymousUnionOf(Decls) != nullptr) {
        Ok &= addUnionMembers(cast<RecordDecl>(Type), Names);
        continue;
      }
      AddName(Type);
      if (const auto *Enum = dyn_cast<EnumDecl>(Type))
        for (const EnumConstantDecl *Constant : Enum->enumerators()) {
          Hoisted.insert(Constant);
          if (!Enum->isScoped())
            AddName(Constant);
        }
    }
    Ok &= renameTypes(Renamed);
    for (auto [Type, Decls] : Types) {
      if (const auto *Tag = dyn_cast<TagDecl>(Type))
        nameClosure(Tag, "");
      if (!llvm::is_contained(Plan.HoistedTypes, Decls))
        Plan.HoistedTypes.push_back(Decls);
      Ok &= usesNoLocals(Type, Hoisted);
    }
    // Moved into the machine's base, a type is found wherever the body
    // names it; a use of something else of the same name would find it too.
    for (const VarDecl *Var : LiftedVars)
      if (Var->getIdentifier() && Names.count(Var->getName()) != 0)
        Ok &= C.unsupported(Var->getLocation(),
                            "the local '" + Var->getNameAsString() +
                                "' has the name of a type of the function, "
                                "which the machine names too; rename one");
    Ok &= noOtherUses(Names, Hoisted);
    return Ok;
  }

  // The members of an anonymous union (and of anonymous structs in it) are
  // names of the locals class, where the body finds them as the members of
  // the machine's base. They cannot be renamed as types are (the body
  // names them through member accesses), so a name taken by a type,
  // another such member, or a parameter of the function (which the machine
  // keeps in a field of its name) is refused; so is a default member
  // initializer, which the declaration runs each time it is executed but the
  // locals class would run once.
  bool addUnionMembers(const RecordDecl *Union,
                       llvm::StringMap<const NamedDecl *> &Names) {
    bool Ok = true;
    for (const FieldDecl *Member : Union->fields()) {
      if (Member->hasInClassInitializer())
        Ok &= C.unsupported(Member->getLocation(),
                            "an anonymous union with a default member "
                            "initializer, local to the function, lives "
                            "across a co_await; not supported yet");
      if (const RecordDecl *Inner = Member->getType()->getAsRecordDecl();
          Inner != nullptr && Inner->isAnonymousStructOrUnion()) {
        Ok &= addUnionMembers(Inner, Names);
        continue;
      }
      if (!Member->getIdentifier())
        continue;
      Hoisted.insert(Member);
      bool Taken = !Names.insert({Member->getName(), Member}).second;
      for (const ParmVarDecl *Param : Plan.Function->parameters())
        Taken |= Param->getIdentifier() != nullptr &&
                 Param->getName() == Member->getName();
      if (Taken)
        Ok &= C.unsupported(Member->getLocation(),
                            "a member of an anonymous union that lives "
                            "across a co_await has the name of a parameter, "
                            "a type or another such member of the function, "
                            "which the machine names too; rename one");
    }
    return Ok;
  }

  // Gives each renamed type or enumerator its new name: every token of the
  // body that declares or names it is listed in Plan.TypeRenames, which the
  // body's text, the hoisted declarations and the lambdas' factories apply.
  // The declaration itself is renamed too, so that every spelling of its
  // type the machine prints (a field's, a template argument) has the new
  // name: clang's printer names a declaration by its DeclarationName, and
  // no lookup runs on this AST any more.
  bool
  renameTypes(const llvm::MapVector<const NamedDecl *, std::string> &Renamed) {
    if (Renamed.empty())
      return true;
    struct Uses : NameUseVisitor<Uses> {
      const llvm::MapVector<const NamedDecl *, std::string> &Renamed;
      std::vector<std::pair<SourceLocation, std::string>> Found;
      explicit Uses(
          const llvm::MapVector<const NamedDecl *, std::string> &Renamed)
          : Renamed(Renamed) {}
      void nameUsed(const Decl *D, SourceLocation Loc) {
        const auto *Named = dyn_cast_or_null<NamedDecl>(D);
        auto It = Named ? Renamed.find(Named) : Renamed.end();
        if (It == Renamed.end() || Loc.isInvalid() ||
            llvm::any_of(Found, [&](const auto &F) { return F.first == Loc; }))
          return;
        Found.push_back({Loc, It->second});
      }
      bool VisitNamedDecl(NamedDecl *D) {
        if (!D->isImplicit())
          nameUsed(D, D->getLocation());
        return true;
      }
      // A constructor is named after its class; a destructor's name is a
      // type after the `~`, visited as one.
      bool VisitCXXConstructorDecl(CXXConstructorDecl *D) {
        if (!D->isImplicit())
          nameUsed(D->getParent(), D->getLocation());
        return true;
      }
    } Found(Renamed);
    Found.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
    // A use written by a macro is spelled out first ("Macros in async
    // bodies"), so that its name can be edited.
    bool Ok = true;
    for (const auto &[Loc, Name] : Found.Found)
      if (!Loc.isFileID())
        Ok &= C.expandMacroAround(
            Loc, "it names '" + Name + "', a renamed type of the function",
            "a type or enumerator that the machine renames ('" + Name +
                "': one of its name is declared earlier in the function) "
                "named inside a macro expansion");
    if (!Ok)
      return false;
    Plan.TypeRenames = std::move(Found.Found);
    for (const auto &[D, Name] : Renamed)
      const_cast<NamedDecl *>(D)->setDeclName(&C.ast().Idents.get(Name));
    return true;
  }

  // A type that names a variable of the function, or a type that stays in
  // it, cannot leave it.
  bool usesNoLocals(const TypeDecl *Type,
                    const llvm::SmallPtrSetImpl<const Decl *> &Hoisted) {
    UnhoistedTypeFinder Types(Plan, Hoisted);
    Types.TraverseDecl(const_cast<TypeDecl *>(Type));
    if (Types.Found.isValid())
      return C.unsupported(Types.Found,
                           "the type '" + Type->getNameAsString() +
                               "' names '" + Types.Name +
                               "', a type declared in the function together "
                               "with a variable; the machine, which names "
                               "the type, is outside the function");
    struct Finder : RecursiveASTVisitor<Finder> {
      const FunctionPlan &Plan;
      const DeclRefExpr *Found = nullptr;
      explicit Finder(const FunctionPlan &Plan) : Plan(Plan) {}
      bool VisitDeclRefExpr(DeclRefExpr *Ref) {
        if (Found == nullptr && isLocalOf(Plan, Ref->getDecl()) &&
            Ref->getDecl()->getDeclContext() == Plan.Function)
          Found = Ref;
        return true;
      }
    } Uses(Plan);
    Uses.TraverseDecl(const_cast<TypeDecl *>(Type));
    if (Uses.Found == nullptr)
      return true;
    return C.unsupported(Uses.Found->getLocation(),
                         "the type '" + Type->getNameAsString() + "' names '" +
                             Uses.Found->getDecl()->getNameAsString() +
                             "', a variable of the function; the machine, "
                             "which names the type, is outside the function");
  }

  // A name the body uses for something other than the hoisted declaration
  // of that name (a global type or enumerator) would find the hoisted one.
  bool noOtherUses(const llvm::StringMap<const NamedDecl *> &Names,
                   const llvm::SmallPtrSetImpl<const Decl *> &Hoisted) {
    struct Finder : NameUseVisitor<Finder> {
      const llvm::StringMap<const NamedDecl *> &Names;
      const llvm::SmallPtrSetImpl<const Decl *> &Hoisted;
      SourceLocation Found;
      std::string Name;
      Finder(const llvm::StringMap<const NamedDecl *> &Names,
             const llvm::SmallPtrSetImpl<const Decl *> &Hoisted)
          : Names(Names), Hoisted(Hoisted) {}
      void nameUsed(const NamedDecl *D, SourceLocation Loc) {
        if (Found.isValid() || D == nullptr || !D->getIdentifier())
          return;
        if (Names.count(D->getName()) != 0 && !Hoisted.contains(D)) {
          Found = Loc;
          Name = D->getNameAsString();
        }
      }
    } Uses(Names, Hoisted);
    Uses.TraverseStmt(const_cast<CompoundStmt *>(Plan.Body));
    if (Uses.Found.isInvalid())
      return true;
    return C.unsupported(Uses.Found,
                         "'" + Uses.Name +
                             "' names something declared outside the "
                             "function, but a type or enumerator of the "
                             "function, which the machine names from outside "
                             "it, has that name too; rename one");
  }

  // Whether the machine builds Lambda's closure as a whole object of its
  // own: a lifted variable of its type that the lambda initializes, or a
  // temporary or value kept in a field (keptAsTemporary, savedBeforeAwait).
  // Its factory then builds the closure at that object's address, with
  // `new auto` (HoistedLambda::InPlace): returned from the factory, a
  // closure that is trivially copyable could be left in registers
  // ([class.temporary]/3), and an init-capture's constructor keeping `this`
  // would keep the factory's frame. Not a closure that is a part of what
  // the machine keeps (a base of a visitor `overloaded{[](int) {...}}`), or
  // an argument passed on (returnedWhole).
  bool builtWhole(const LambdaExpr *Lambda) {
    const Stmt *Up = Plan.Tree->parent(Lambda);
    while (isa_and_nonnull<CXXBindTemporaryExpr, ImplicitCastExpr, ParenExpr,
                           ExprWithCleanups>(Up))
      Up = Plan.Tree->parent(Up);
    if (savedBeforeAwait(Lambda) ||
        (isa_and_nonnull<MaterializeTemporaryExpr>(Up) &&
         cast<MaterializeTemporaryExpr>(Up)->getExtendingDecl() == nullptr &&
         keptAsTemporary(Lambda)))
      return true;
    const VarDecl *Var = initializedVariable(Lambda);
    if (Var == nullptr || !llvm::is_contained(LiftedVars, Var))
      return false;
    QualType Type = Var->getType().getNonReferenceType();
    return Type->getAsCXXRecordDecl() == Lambda->getLambdaClass() &&
           !isa<CXXConstructExpr>(Var->getInit()->IgnoreImplicit());
  }

  // A closure the factory returns (not builtWhole) is a copy of the
  // lambda's when the ABI returns it in registers, as the x86-64 and
  // AArch64 ones do a trivially copyable class of at most 16 bytes
  // ([class.temporary]/3): an init-capture whose constructor keeps its
  // address would keep the factory's frame, where natively the capture is
  // built in the visitor, the element or the temporary that holds it. C++17
  // cannot name the closure type there to build it in place; refused.
  bool returnedWhole(const LambdaExpr *Lambda) {
    ASTContext &Ctx = C.ast();
    QualType Closure = Ctx.getRecordType(Lambda->getLambdaClass());
    if (!Closure.isTriviallyCopyableType(Ctx) ||
        Ctx.getTypeSizeInChars(Closure).getQuantity() > 16)
      return true;
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Lambda->isInitCapture(&Capture))
        continue;
      QualType Type = Capture.getCapturedVar()->getType();
      if (Type->isReferenceType())
        continue;
      if (const CXXRecordDecl *Keeper = constructorMayKeepThis(C, Plan, Type))
        return C.unsupported(
            Capture.getLocation(),
            "an init-capture built by a constructor of '" +
                Keeper->getNameAsString() +
                "', which may keep its address, in a lambda that a value "
                "kept across a co_await holds as a part, or that the "
                "machine makes and passes on; the machine makes the "
                "closure in a function, whose result is copied, so the "
                "address kept would not be the capture's; not supported");
    }
    return true;
  }

  // The variable the lambda initializes, if any.
  const VarDecl *initializedVariable(const LambdaExpr *Lambda) {
    const Stmt *E = Lambda;
    while (true) {
      if (const VarDecl *Var = Plan.Tree->initializedBy(E))
        return Var;
      const Stmt *Parent = Plan.Tree->parent(E);
      if (!isa_and_nonnull<ExprWithCleanups, ImplicitCastExpr,
                           MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                           CXXConstructExpr>(Parent))
        return nullptr;
      E = Parent;
    }
  }

  bool hoistLambda(const LambdaExpr *Lambda) {
    SourceLocation Loc = Lambda->getBeginLoc();
    std::string Line = std::to_string(C.line(Loc));
    if (Plan.NestIn != nullptr && Plan.DefinedInClass)
      return C.unsupported(
          Loc, "a lambda whose closure lives across a co_await, in an async "
               "member function of a local or unnamed class; the function "
               "that names its type would be incomplete until the class is");
    for (SourceLocation End : {Lambda->getBeginLoc(), Lambda->getEndLoc()})
      if (End.isMacroID())
        return C.expandMacroAround(End,
                                   "it writes a lambda kept across an "
                                   "await",
                                   "a lambda whose closure lives across a "
                                   "co_await, written by a macro");

    LambdaUses Uses(Plan, Lambda);
    Uses.TraverseStmt(const_cast<LambdaExpr *>(Lambda));
    if (Uses.Coroutine != nullptr)
      return C.unsupported(Uses.Coroutine->getBeginLoc(),
                           "a coroutine lambda inside a lambda whose closure "
                           "lives across a co_await; not supported yet");

    UnhoistedTypeFinder Types(Plan, Hoisted);
    Types.TraverseStmt(const_cast<LambdaExpr *>(Lambda));
    if (Types.Found.isValid())
      return C.unsupported(Types.Found,
                           "a lambda that names '" + Types.Name +
                               "', a type declared in the function together "
                               "with a variable, and lives across a "
                               "co_await; not supported yet");

    // A `*this` copy is an init-capture of the object; a lambda inside
    // that captured `this` would need the copy's address captured instead.
    bool CopiesThis =
        llvm::any_of(Lambda->captures(), [](const LambdaCapture &Capture) {
          return Capture.getCaptureKind() == LCK_StarThis;
        });
    for (const LambdaExpr *Inner : Uses.Lambdas)
      if (Inner != Lambda && CopiesThis &&
          llvm::any_of(Inner->captures(), [](const LambdaCapture &Capture) {
            return Capture.capturesThis();
          }))
        return C.unsupported(Inner->getBeginLoc(),
                             "a lambda capturing 'this' inside a lambda that "
                             "captures '*this' and lives across a co_await; "
                             "not supported yet");

    // The init-captures up to the last one that awaits are evaluated where
    // the lambda was, as ExpressionSpilling leaves them (the awaits done,
    // the values before them saved): the factory receives their values.
    std::vector<const VarDecl *> SiteCaptures;
    size_t LastAwaiting = 0;
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Lambda->isInitCapture(&Capture))
        continue;
      const auto *Var = cast<VarDecl>(Capture.getCapturedVar());
      SiteCaptures.push_back(Var);
      if (llvm::any_of(Plan.Awaits, [&](const AwaitSite &Site) {
            return Plan.Tree->contains(initCaptureValue(Var), Site.Await);
          }))
        LastAwaiting = SiteCaptures.size();
    }
    SiteCaptures.resize(LastAwaiting);
    std::vector<SourceRange> SiteRanges;
    for (const VarDecl *Var : SiteCaptures)
      SiteRanges.push_back(initCaptureValue(Var)->getSourceRange());
    auto AtSite = [&](SourceLocation Loc) {
      return llvm::any_of(SiteRanges, [&](SourceRange Range) {
        return Range.fullyContains(Loc);
      });
    };

    // The factory's parameters: what the lambda captures from the function
    // and what its init-captures' initializers name, first use first, then
    // what it names only in unevaluated operands. A bare `decltype(x)` of
    // one is spelled as x's declared type (spellDecltypes).
    llvm::SetVector<const ValueDecl *> Params;
    bool UsesThis = false;
    // A copy made before an await (below) is received instead.
    std::vector<const LambdaCapture *> Early = copiesBeforeAwait(Plan, Lambda);
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (llvm::is_contained(Early, &Capture))
        continue;
      if (Capture.capturesThis()) {
        UsesThis = true;
        continue;
      }
      if (!Capture.capturesVariable())
        return C.unsupported(Capture.getLocation(),
                             "a lambda that captures a variable-length array "
                             "and lives across a co_await");
      if (Lambda->isInitCapture(&Capture))
        continue;
      // A structured binding too (C++20): the factory's reference to the
      // part of the hidden object it names (bindingAccess) is captured as
      // the binding was, by copy or by reference.
      Params.insert(Capture.getCapturedVar());
    }
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Lambda->isInitCapture(&Capture) ||
          llvm::is_contained(SiteCaptures, Capture.getCapturedVar()))
        continue;
      const auto *Init = cast<VarDecl>(Capture.getCapturedVar())->getInit();
      for (const DeclRefExpr *Ref : Uses.Refs)
        if (Init != nullptr &&
            Init->getSourceRange().fullyContains(Ref->getSourceRange()))
          Params.insert(Ref->getDecl());
      struct ThisFinder : RecursiveASTVisitor<ThisFinder> {
        bool Found = false;
        bool VisitCXXThisExpr(CXXThisExpr *) { return !(Found = true); }
      } This;
      This.TraverseStmt(const_cast<Expr *>(Init));
      UsesThis |= This.Found;
    }
    // A constant the lambda names without capturing it is declared again,
    // as written, in the factory, where the lambda finds it the same way.
    llvm::SetVector<const DeclStmt *> Constants;
    // Those named only in unevaluated operands, whose parameters may be
    // left unused once their decltypes are spelled.
    llvm::SmallPtrSet<const ValueDecl *, 4> Unevaluated;
    for (const DeclRefExpr *Ref : Uses.Refs) {
      const ValueDecl *D = Ref->getDecl();
      // A copy received from before the await keeps the variable's name.
      bool Copied = llvm::any_of(Early, [&](const LambdaCapture *Capture) {
        return Capture->capturesVariable() && Capture->getCapturedVar() == D;
      });
      if (Copied || Params.contains(D) || !isLocalOf(Plan, D) ||
          AtSite(Ref->getLocation()) || D->getDeclContext() != Plan.Function)
        continue;
      if (const DeclStmt *Constant = copiableConstant(D)) {
        Constants.insert(Constant);
        continue;
      }
      // Named only in unevaluated operands (`sizeof(buffer)`,
      // `decltype(x)`), which capture nothing: the factory's reference of
      // that name has the same type and value category, all such an
      // operand looks at, and a bare decltype of it is spelled as the
      // local's declared type (lambdaText).
      if (namedOnlyUnevaluated(Uses, D, AtSite)) {
        Params.insert(D);
        Unevaluated.insert(D);
        continue;
      }
      // Named without being captured, and evaluated: a static local (the
      // factory cannot name it, and a parameter of its name would have to
      // be captured), a reference usable in constant expressions.
      const auto *Var = dyn_cast<VarDecl>(D);
      return C.unsupported(Ref->getLocation(),
                           "a lambda that names '" + D->getNameAsString() +
                               "', a local of the function it does not "
                               "capture" +
                               (Var != nullptr && !Var->hasLocalStorage()
                                    ? " (a static local)"
                                    : "") +
                               ", and lives across a co_await; not "
                               "supported yet");
    }
    for (const ValueDecl *D : Params) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (const auto *Binding = dyn_cast<BindingDecl>(D))
        Var = dyn_cast_or_null<VarDecl>(Binding->getDecomposedDecl());
      if (Var == nullptr || !Var->hasLocalStorage())
        return C.unsupported(Loc, "a lambda that names the static local or "
                                  "static structured binding '" +
                                      D->getNameAsString() +
                                      "' and lives across a co_await; not "
                                      "supported yet");
      // A closure inside its type (`overloaded<F1, F2>`) is named in the
      // machine, which the factory, in the machine's base, cannot see.
      llvm::SetVector<const TagDecl *> Tags;
      llvm::SetVector<const CXXRecordDecl *> Inside;
      collectTags(D->getType(), true, Tags, Inside);
      const CXXRecordDecl *Own =
          D->getType().getNonReferenceType()->getAsCXXRecordDecl();
      if (!Inside.empty() && (Own == nullptr || !Own->isLambda()))
        return C.unsupported(Loc, "a lambda that captures '" +
                                      D->getNameAsString() +
                                      "', whose type holds a lambda's "
                                      "closure type, and lives across a "
                                      "co_await; not supported yet");
      if (std::string Why = unnameable(D->getType()); !Why.empty())
        return C.unsupported(Loc, "a lambda that captures '" +
                                      D->getNameAsString() +
                                      "', whose type contains " + Why +
                                      ", and lives across a co_await; not "
                                      "supported yet");
    }

    std::vector<std::pair<SourceRange, std::string>> Decltypes;
    if (!spellDecltypes(Lambda, Params, AtSite, Decltypes))
      return false;

    HoistedLambda Made;
    Made.Lambda = Lambda;
    const VarDecl *Var = initializedVariable(Lambda);
    std::string Name = Var != nullptr ? Var->getNameAsString() : "lambda";
    Made.Factory = C.freshName(Name + "_lambda");
    Made.Alias = C.freshName(Name + "_closure");

    ASTContext &Ctx = C.ast();
    std::string Parameters, Declvals, Template;
    auto Add = [&](const std::string &Parameter, const std::string &Type,
                   const ValueDecl *Argument) {
      Parameters += (Parameters.empty() ? "" : ", ") + Parameter;
      Declvals +=
          (Declvals.empty() ? "" : ", ") + ("std::declval<" + Type + ">()");
      Made.Arguments.push_back(Argument);
    };
    if (UsesThis)
      Add(spellWrittenType(Ctx, Plan.ThisType, Plan.This),
          spellWrittenType(Ctx, Plan.ThisType), nullptr);
    // In a specialization with packs, the factory takes the template's
    // packs and the function parameter pack's elements as the pack helper
    // does, last, so that the lambda's text, which names them as packs
    // (`[&xs...]`, `(0 + ... + xs)`, `Ts...`), means what it did.
    Made.Packs = !Plan.PackHelper.empty() && Plan.Closure == nullptr;
    // A coroutine lambda's body runs in a lambda that receives its
    // parameter pack, or the pack it captures (genericPackHelper in
    // ParameterPacks.cpp, capturedPackHelper in CapturedPacks.cpp): a
    // factory could not be given the pack as that lambda's text has it.
    if (!Plan.PackHelper.empty() && Plan.Closure != nullptr)
      for (const ValueDecl *D : Params)
        if (const auto *Element = dyn_cast<ParmVarDecl>(D);
            Element != nullptr && Plan.PackElements.count(Element) != 0)
          return C.unsupported(
              Loc, Element->getDeclContext() == Plan.Function
                       ? "a lambda that names the parameter pack of the "
                         "generic coroutine lambda around it, and lives "
                         "across a co_await; not supported yet"
                       : "a lambda that names the parameter pack the "
                         "coroutine lambda around it captures, and lives "
                         "across a co_await; not supported yet");
    for (const ValueDecl *Param : Params) {
      if (const auto *Element = dyn_cast<ParmVarDecl>(Param);
          Element != nullptr && Plan.PackElements.count(Element) != 0)
        continue;
      QualType Referred = Param->getType().getNonReferenceType();
      QualType Ref = Ctx.getLValueReferenceType(Referred);
      // No reference binds to a bit-field: a binding of one, which only a
      // capture by copy may name ([expr.prim.lambda.capture]), arrives as
      // its value, an integer whose extra copy nothing can see.
      if (isBitFieldBinding(Param)) {
        Add((Unevaluated.contains(Param) ? "[[maybe_unused]] " : "") +
                spellWrittenType(Ctx, Referred, Param->getName()),
            spellWrittenType(Ctx, Referred), Param);
        continue;
      }
      const CXXRecordDecl *Record = Referred->getAsCXXRecordDecl();
      if (Record == nullptr || !Record->isLambda()) {
        Add((Unevaluated.contains(Param) ? "[[maybe_unused]] " : "") +
                spellWrittenType(Ctx, Ref, Param->getName()),
            spellWrittenType(Ctx, Ref), Param);
        continue;
      }
      // Another closure the machine keeps: its type is known only once the
      // locals class is complete, so this function takes it as a template
      // parameter, which a class local to a function cannot have.
      if (Plan.Closure != nullptr)
        return C.unsupported(Loc, "a lambda inside a coroutine lambda that "
                                  "captures the lambda '" +
                                      Param->getNameAsString() +
                                      "' and lives across a co_await; not "
                                      "supported yet");
      std::string Kind = C.freshName(Param->getName().str() + "_type");
      Template += (Template.empty() ? "template <class " : ", class ") + Kind;
      Add((Referred.isConstQualified() ? "const " : "") + Kind + " &" +
              Param->getNameAsString(),
          spellWrittenType(Ctx, Ref), Param);
    }
    // Each value evaluated at the site arrives as it is used: a reference
    // for a capture by reference or an lvalue (copied, as natively, by the
    // init-capture), a scalar by value, and anything else as an rvalue
    // reference the init-capture moves from. A class prvalue (the awaited
    // value itself) is so moved once more than natively.
    std::vector<std::pair<SourceRange, std::string>> SiteEdits;
    for (const VarDecl *Capture : SiteCaptures) {
      const Expr *Value = initCaptureValue(Capture);
      QualType Type = Value->getType();
      if (std::string Why = unnameable(Type); !Why.empty())
        return C.unsupported(Value->getBeginLoc(),
                             "an init-capture whose value has a type that "
                             "contains " +
                                 Why +
                                 ", evaluated before a co_await of a lambda "
                                 "that lives across a co_await; not "
                                 "supported yet",
                             Value->getSourceRange());
      std::string Parameter = C.freshName(Capture->getName().str() + "_init");
      std::string Use = Parameter;
      QualType Passed;
      if (Capture->getType()->isReferenceType() ||
          (Value->isLValue() && !Type->isScalarType())) {
        Passed = Ctx.getLValueReferenceType(Type);
      } else if (Type->isScalarType()) {
        Passed = Type.getUnqualifiedType();
      } else {
        Passed = Ctx.getRValueReferenceType(Type);
        Use = "std::move(" + Parameter + ")";
      }
      Parameters += (Parameters.empty() ? "" : ", ") +
                    spellWrittenType(Ctx, Passed, Parameter);
      Declvals += (Declvals.empty() ? "" : ", ") +
                  ("std::declval<" + spellWrittenType(Ctx, Passed) + ">()");
      Made.SiteValues.push_back(Value);
      SiteEdits.push_back({Value->getSourceRange(), Use});
    }
    // A capture by copy written before an init-capture that awaits is made
    // in a field before the await (EarlyCopies.cpp, copyEarly): the
    // factory receives it as an rvalue reference its member moves from.
    std::string ThisCopyInit;
    for (const LambdaCapture *Capture : Early) {
      bool StarThis = Capture->getCaptureKind() == LCK_StarThis;
      QualType Type = StarThis ? Plan.ThisType->getPointeeType()
                               : Capture->getCapturedVar()
                                     ->getType()
                                     .getNonReferenceType();
      Type = Type.getUnqualifiedType();
      if (std::string Why = unnameable(Type); !Why.empty())
        return C.unsupported(Capture->getLocation(),
                             "a capture by copy before an init-capture that "
                             "awaits, whose type contains " +
                                 Why + "; not supported yet");
      std::string Name =
          StarThis ? "this" : Capture->getCapturedVar()->getNameAsString();
      if (Type->isArrayType()) {
        // The field by reference, under the array's name, which the
        // capture as written copies (copiesArrayEarly).
        QualType Ref = Ctx.getLValueReferenceType(Type);
        Parameters +=
            (Parameters.empty() ? "" : ", ") + spellWrittenType(Ctx, Ref, Name);
        Declvals += (Declvals.empty() ? "" : ", ") +
                    ("std::declval<" + spellWrittenType(Ctx, Ref) + ">()");
        Made.EarlyCopies.push_back(earlyCopyField(Plan, Capture));
        continue;
      }
      std::string Parameter = C.freshName(Name + "_copy");
      QualType Passed = Ctx.getRValueReferenceType(Type);
      Parameters += (Parameters.empty() ? "" : ", ") +
                    spellWrittenType(Ctx, Passed, Parameter);
      Declvals += (Declvals.empty() ? "" : ", ") +
                  ("std::declval<" + spellWrittenType(Ctx, Passed) + ">()");
      Made.EarlyCopies.push_back("std::move(" +
                                 earlyCopyField(Plan, Capture) + ")");
      if (StarThis)
        ThisCopyInit = "std::move(" + Parameter + ")";
      else
        SiteEdits.push_back({SourceRange(Capture->getLocation()),
                             Name + " = std::move(" + Parameter + ")"});
    }
    if (Made.Packs) {
      Parameters += (Parameters.empty() ? "" : ", ") + Plan.PackParams;
      Declvals += (Declvals.empty() ? "" : ", ") + Plan.PackDeclvals;
      Template +=
          (Template.empty() ? "template <" : ", ") + Plan.PackTemplateParams;
    }
    std::string Declarations;
    for (const DeclStmt *Constant : Constants)
      Declarations += renamedText(C, Plan, Constant->getSourceRange()) + "\n";
    Made.Constants.assign(Constants.begin(), Constants.end());
    // In a generic lambda the machine is a class of a template, whose
    // unqualified names are not looked up in its base.
    std::string Factory =
        (Plan.GenericCall ? Plan.LocalsName + "::" : std::string()) +
        Made.Factory;
    std::string Written =
        lambdaText(Uses, SiteEdits, ThisCopyInit, Decltypes);
    Made.InPlace = builtWhole(Lambda);
    if (!Made.InPlace && !returnedWhole(Lambda))
      return false;
    if (Made.InPlace) {
      std::string Where = C.freshName("where");
      Made.Type = "std::remove_pointer_t<decltype(" + Factory + "(nullptr" +
                  (Declvals.empty() ? "" : ", ") + Declvals + "))>";
      Made.Definition =
          "// The lambda on line " + Line + ", built at " + Where + ".\n" +
          (Template.empty() ? "" : Template + ">\n") + "static auto *" +
          Made.Factory + "(void *" + Where +
          (Parameters.empty() ? "" : ", ") + Parameters + ") {\n" +
          Declarations + "return ::new (" + Where + ") auto(" + Written +
          ");\n}\n";
    } else {
      Made.Type = "decltype(" + Factory + "(" + Declvals + "))";
      Made.Definition = "// The lambda on line " + Line + ".\n" +
                        (Template.empty() ? "" : Template + ">\n") +
                        "static auto " + Made.Factory + "(" + Parameters +
                        ") {\n" + Declarations + "return " + Written +
                        ";\n}\n";
    }
    nameClosure(Lambda->getLambdaClass(), Made.Alias);
    Plan.HoistedLambdas.push_back(std::move(Made));
    return true;
  }

  // True when every use of D in the lambda (outside its init-captures
  // evaluated at the site) is in an unevaluated operand, D a variable or
  // structured binding of the function with automatic storage.
  template <class SiteTest>
  bool namedOnlyUnevaluated(const LambdaUses &Uses, const ValueDecl *D,
                            const SiteTest &AtSite) {
    const VarDecl *Var = dyn_cast<VarDecl>(D);
    if (const auto *Binding = dyn_cast<BindingDecl>(D))
      Var = dyn_cast_or_null<VarDecl>(Binding->getDecomposedDecl());
    if (Var == nullptr || !Var->hasLocalStorage())
      return false;
    return llvm::all_of(Uses.Refs, [&](const DeclRefExpr *Ref) {
      return Ref->getDecl() != D || AtSite(Ref->getLocation()) ||
             Ref->isNonOdrUse() == NOUR_Unevaluated;
    });
  }

  // A structured binding that names a bit-field of its object.
  static bool isBitFieldBinding(const ValueDecl *D) {
    const auto *Binding = dyn_cast<BindingDecl>(D);
    const Expr *Bound = Binding ? Binding->getBinding() : nullptr;
    const auto *Member =
        dyn_cast_or_null<MemberExpr>(Bound ? Bound->IgnoreImplicit() : nullptr);
    const auto *Field =
        Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
    return Field != nullptr && Field->isBitField();
  }

  // decltype of a bare name ([dcl.type.decltype]) gives the entity's
  // declared type; in the factory the name is its reference parameter, so
  // each outermost `decltype(x)` of a variable or binding the factory
  // receives is spelled as the type it denoted. One that depends on a
  // generic lambda's parameter, or whose type cannot be spelled, stays:
  // refused for a name the lambda does not capture.
  // FIXME: such a decltype of a captured name still gives the parameter's
  // reference type (`int &` for an `int`), so the lambda may not compile,
  // or may pick another overload.
  template <class SiteTest>
  bool spellDecltypes(const LambdaExpr *Lambda,
                      const llvm::SetVector<const ValueDecl *> &Params,
                      const SiteTest &AtSite,
                      std::vector<std::pair<SourceRange, std::string>> &Edits) {
    struct Finder : RecursiveASTVisitor<Finder> {
      std::vector<DecltypeTypeLoc> Found;
      bool TraverseDecltypeTypeLoc(DecltypeTypeLoc Loc) {
        Found.push_back(Loc);
        return true;
      }
    } Decltypes;
    Decltypes.TraverseStmt(const_cast<LambdaExpr *>(Lambda));
    for (DecltypeTypeLoc Loc : Decltypes.Found) {
      const auto *Ref = dyn_cast<DeclRefExpr>(
          Loc.getTypePtr()->getUnderlyingExpr()->IgnoreImplicit());
      SourceRange Range(Loc.getDecltypeLoc(), Loc.getRParenLoc());
      if (Ref == nullptr || !Params.contains(Ref->getDecl()) ||
          AtSite(Range.getBegin()))
        continue;
      QualType Denoted = Loc.getTypePtr()->getUnderlyingType();
      bool Captured =
          llvm::any_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
            return Capture.capturesVariable() &&
                   Capture.getCapturedVar() == Ref->getDecl();
          });
      if (!Range.getBegin().isFileID() || !Range.getEnd().isFileID() ||
          Loc.getTypePtr()->isDependentType() || !unnameable(Denoted).empty()) {
        if (Captured)
          continue;
        return C.unsupported(Ref->getLocation(),
                             "decltype of '" +
                                 Ref->getDecl()->getNameAsString() +
                                 "', a local the lambda does not capture, "
                                 "in a lambda that lives across a co_await, "
                                 "whose type cannot be spelled there; not "
                                 "supported yet");
      }
      Edits.push_back({Range, spellWrittenType(C.ast(), Denoted)});
    }
    return true;
  }

  // The declaration of D, a constant whose declaration can be copied: alone
  // in its statement, not from a macro, initialized without naming anything
  // else of the function.
  const DeclStmt *copiableConstant(const ValueDecl *D) {
    const auto *Var = dyn_cast<VarDecl>(D);
    if (Var == nullptr || !Var->isUsableInConstantExpressions(C.ast()))
      return nullptr;
    const DeclStmt *Found = nullptr;
    Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
      if (const auto *Decls = dyn_cast<DeclStmt>(S))
        if (Decls->isSingleDecl() && Decls->getSingleDecl() == Var)
          Found = Decls;
    });
    if (Found == nullptr || Found->getBeginLoc().isMacroID() ||
        Found->getEndLoc().isMacroID())
      return nullptr;
    struct Finder : RecursiveASTVisitor<Finder> {
      const FunctionPlan &Plan;
      bool Any = false;
      explicit Finder(const FunctionPlan &Plan) : Plan(Plan) {}
      bool VisitDeclRefExpr(DeclRefExpr *Ref) {
        Any |= isLocalOf(Plan, Ref->getDecl());
        return true;
      }
    } Names(Plan);
    Names.TraverseStmt(const_cast<Expr *>(Var->getInit()));
    return Names.Any ? nullptr : Found;
  }

  // The lambda as written, where `this` is the factory's this_ parameter.
  // SiteEdits replace the values of the init-captures evaluated where the
  // lambda was by the factory's parameters.
  // ThisCopyInit, when not empty, initializes the `*this` copy instead of
  // the object this_ points to.
  std::string
  lambdaText(const LambdaUses &Uses,
             llvm::ArrayRef<std::pair<SourceRange, std::string>> SiteEdits,
             const std::string &ThisCopyInit,
             llvm::ArrayRef<std::pair<SourceRange, std::string>> Decltypes) {
    Rewriter Edit(C.sources(), C.langOpts());
    spellInitCapturePacks(C, Plan, Uses.Root->getSourceRange(), Edit);
    for (const auto &[Range, Use] : SiteEdits)
      Edit.ReplaceText(CharSourceRange::getTokenRange(Range), Use);
    for (const auto &[Range, Type] : Decltypes)
      Edit.ReplaceText(CharSourceRange::getTokenRange(Range), Type);
    auto AtSite = [&](SourceLocation Loc) {
      return llvm::any_of(SiteEdits, [&](const auto &Site) {
        return Site.first.fullyContains(Loc);
      });
    };
    std::vector<ParameterEdit> Params =
        templateParameterEdits(C, Plan, Uses.Root->getSourceRange());
    for (const ParameterEdit &Param : Params)
      if (Param.Range.getBegin().isFileID() && !AtSite(Param.Range.getBegin()))
        Edit.ReplaceText(Param.Range, Param.Text);
    for (const auto &[Loc, Name] : Plan.TypeRenames)
      if (Uses.Root->getSourceRange().fullyContains(Loc) && !AtSite(Loc) &&
          // (Loc copied: C++17 cannot capture a structured binding.)
          llvm::none_of(Params, [Loc = Loc](const ParameterEdit &Param) {
            return Param.Range.fullyContains(Loc);
          }))
        Edit.ReplaceText(Loc, tokenLength(Loc), Name);
    spellLineNumbers(Uses.Root, Edit, AtSite);
    keepCopiesConst(Uses, Edit, AtSite, Decltypes);
    std::string This = Plan.This;
    // An explicit capture of `this` may be visited as an expression too.
    llvm::SmallPtrSet<const void *, 8> Replaced;
    // `[*this]` copies the object: an init-capture of *this_, which the
    // body's `this` points to.
    std::string Copy;
    for (const LambdaCapture &Capture : Uses.Root->captures()) {
      if (Capture.getCaptureKind() != LCK_StarThis)
        continue;
      Copy = C.freshName("this_copy_");
      // The capture is located at its `*`; `this` follows.
      llvm::StringRef Rest(C.sources().getCharacterData(Capture.getLocation()));
      size_t Offset = Rest.find("this");
      Replaced.insert(Capture.getLocation().getPtrEncoding());
      Replaced.insert(
          Capture.getLocation().getLocWithOffset(Offset).getPtrEncoding());
      Edit.ReplaceText(Capture.getLocation(), Offset + 4,
                       Copy + " = " +
                           (ThisCopyInit.empty() ? "*" + This : ThisCopyInit));
      This = "(&" + Copy + ")";
    }
    // The root's init-captures are evaluated before its copy exists, by the
    // factory: there `this` is the factory's parameter.
    auto ThisAt = [&](SourceLocation Loc) {
      for (const LambdaCapture &Capture : Uses.Root->captures())
        if (Uses.Root->isInitCapture(&Capture) &&
            cast<VarDecl>(Capture.getCapturedVar())
                ->getInit()
                ->getSourceRange()
                .fullyContains(Loc))
          return Plan.This;
      return This;
    };
    // The copy seen as const where it is natively (ConstCopies.cpp).
    auto ThisOf = [&](const Stmt *S, SourceLocation Loc) {
      std::string At = ThisAt(Loc);
      if (!Copy.empty() && At != Plan.This &&
          pointsToNonConstCopy(Plan, S, Uses.Root))
        return "(&std::as_const(" + Copy + "))";
      return At;
    };
    // `[=, this]` (C++20): C++17 allows no simple capture of a name after
    // `=`, which captures the parameter by copy already; the capture goes,
    // with the comma before it.
    for (const LambdaExpr *Lambda : Uses.Lambdas)
      for (const LambdaCapture &Capture : Lambda->captures()) {
        SourceLocation Loc = Capture.getLocation();
        if (Capture.getCaptureKind() != LCK_This || !Capture.isExplicit() ||
            Lambda->getCaptureDefault() != LCD_ByCopy || !Loc.isFileID() ||
            AtSite(Loc) || !Replaced.insert(Loc.getPtrEncoding()).second)
          continue;
        const char *At = C.sources().getCharacterData(Loc);
        const char *Comma = At;
        while (*Comma != ',')
          --Comma;
        Edit.RemoveText(Loc.getLocWithOffset(-static_cast<int>(At - Comma)),
                        At - Comma + 4);
      }
    for (const CXXThisExpr *E : Uses.Explicit)
      if (E->getLocation().isFileID() && !AtSite(E->getLocation()) &&
          Replaced.insert(E->getLocation().getPtrEncoding()).second)
        Edit.ReplaceText(E->getLocation(), 4, ThisOf(E, E->getLocation()));
    for (const MemberExpr *Member : Uses.Implicit)
      if (Member->getMemberLoc().isFileID() && !AtSite(Member->getMemberLoc()))
        Edit.InsertTextBefore(Member->getMemberLoc(),
                              ThisOf(Member, Member->getMemberLoc()) + "->");
    for (const LambdaExpr *Lambda : Uses.Lambdas)
      for (const LambdaCapture &Capture : Lambda->captures()) {
        if (Capture.getCaptureKind() != LCK_This ||
            AtSite(Capture.getLocation()))
          continue;
        if (Capture.isExplicit()) {
          if (Replaced.insert(Capture.getLocation().getPtrEncoding()).second)
            Edit.ReplaceText(Capture.getLocation(), 4, This);
        } else if (Lambda->getCaptureDefault() == LCD_ByRef)
          // [&] would capture the parameter by reference; `this` was a copy.
          Edit.InsertTextAfterToken(Lambda->getCaptureDefaultLoc(),
                                    ", " + This);
      }
    // In a specialization the factory is no template, so a constexpr if's
    // discarded branch would be compiled for the specialization's types
    // (`x.size()` of an int): each becomes its taken branch, as in the body
    // (StatementHeads.cpp, rewriteConstexprIf).
    if (Plan.Function->isTemplateInstantiation())
      keepTakenBranches(Uses.Root, Edit);
    return Edit.getRewrittenText(Uses.Root->getSourceRange());
  }

  // A copy made before an await of a later init-capture reaches the
  // factory as an rvalue reference, which the lambda's member moves from
  // in an init-capture of the copy's name: a use of it in a mutable lambda
  // is `std::as_const(s)` where the copy is const natively (ConstCopies.cpp).
  // A use in a decltype spelled as its type, or in an init-capture
  // evaluated at the site, is not the member.
  template <class AtSiteFn>
  void keepCopiesConst(
      const LambdaUses &Uses, Rewriter &Edit, AtSiteFn AtSite,
      llvm::ArrayRef<std::pair<SourceRange, std::string>> Decltypes) {
    std::vector<const LambdaCapture *> Early =
        copiesBeforeAwait(Plan, Uses.Root);
    auto Moved = [&](const LambdaExpr *Lambda, const LambdaCapture &Capture) {
      return Lambda == Uses.Root && llvm::is_contained(Early, &Capture);
    };
    // A pack expansion's elements share the text of its pattern.
    std::set<SourceLocation> Done;
    for (const DeclRefExpr *Ref : Uses.Refs) {
      SourceLocation Loc = Ref->getLocation();
      bool Spelled = llvm::any_of(Decltypes, [&](const auto &Decltype) {
        return Decltype.first.fullyContains(Loc);
      });
      if (AtSite(Loc) || Spelled || !namesNonConstCopy(Plan, Ref, Moved) ||
          !Done.insert(Loc).second)
        continue;
      std::string Name = Ref->getDecl()->getNameAsString();
      if (Loc.isFileID())
        Edit.ReplaceText(Loc, Name.size(), "std::as_const(" + Name + ")");
      else
        C.expandMacroAround(Loc,
                            "it names '" + Name + "', a copy that stays const",
                            /*Refusal=*/"");
    }
  }

  // The constexpr ifs of Root whose conditions have values, each replaced
  // by a block of a static_assert of its condition and its taken branch;
  // innermost first, so that an outer branch's text holds the inner edits.
  void keepTakenBranches(const LambdaExpr *Root, Rewriter &Edit) {
    struct Finder : RecursiveASTVisitor<Finder> {
      std::vector<const IfStmt *> Found;
      bool VisitIfStmt(IfStmt *If) {
        if (constexprCondition(If))
          Found.push_back(If);
        return true;
      }
    } Ifs;
    Ifs.TraverseStmt(const_cast<LambdaExpr *>(Root));
    for (auto It = Ifs.Found.rbegin(); It != Ifs.Found.rend(); ++It) {
      const IfStmt *If = *It;
      bool Then = *constexprCondition(If);
      std::string Text = "{\n";
      if (const Stmt *Init = If->getInit())
        Text += Edit.getRewrittenText(statementChars(Init)) + "\n";
      std::string Condition =
          Edit.getRewrittenText(If->getCond()->getSourceRange());
      Text += "static_assert(" + (Then ? Condition : "!(" + Condition + ")") +
              ");\n";
      if (const Stmt *Taken = Then ? If->getThen() : If->getElse())
        Text += Edit.getRewrittenText(statementChars(Taken)) + "\n";
      Edit.ReplaceText(statementChars(If), Text + "}");
    }
  }

  // The text of statement S with the `;` that ends it, which clang leaves
  // out of the range of a statement that ends in an expression.
  CharSourceRange statementChars(const Stmt *S) {
    const Stmt *Last = S;
    while (const auto *If = dyn_cast<IfStmt>(Last))
      Last = If->getElse() ? If->getElse() : If->getThen();
    if (!isa<CompoundStmt>(Last)) {
      SourceLocation Semi = Lexer::findLocationAfterToken(
          Last->getEndLoc(), tok::semi, C.sources(), C.langOpts(),
          /*SkipTrailingWhitespaceAndNewLine=*/false);
      if (Semi.isValid())
        return CharSourceRange::getCharRange(S->getBeginLoc(), Semi);
    }
    return CharSourceRange::getTokenRange(S->getBeginLoc(), Last->getEndLoc());
  }

  unsigned tokenLength(SourceLocation Loc) {
    return Lexer::MeasureTokenLength(Loc, C.sources(), C.langOpts());
  }

  // A `__LINE__` written in the lambda (not in a macro's expansion, which
  // FieldNames.cpp has spelled out) becomes the number it gave, as
  // BodyRewriter::spellLineNumber does in the body: the factory is elsewhere
  // in the output.
  template <class AtSiteFn>
  void spellLineNumbers(const LambdaExpr *Root, Rewriter &Edit,
                        AtSiteFn AtSite) {
    struct Finder : RecursiveASTVisitor<Finder> {
      std::vector<const IntegerLiteral *> Found;
      bool VisitIntegerLiteral(IntegerLiteral *Literal) {
        Found.push_back(Literal);
        return true;
      }
    } Literals;
    Literals.TraverseStmt(const_cast<LambdaExpr *>(Root));
    const SourceManager &SM = C.sources();
    llvm::DenseSet<unsigned> Done;
    for (const IntegerLiteral *Literal : Literals.Found) {
      SourceLocation Loc = Literal->getLocation();
      while (Loc.isMacroID() && SM.isMacroArgExpansion(Loc))
        Loc = SM.getImmediateSpellingLoc(Loc);
      if (!Loc.isMacroID())
        continue;
      SourceLocation Name = SM.getSLocEntry(SM.getFileID(Loc))
                                .getExpansion()
                                .getExpansionLocStart();
      if (!Name.isFileID() || AtSite(Name) ||
          !Done.insert(Name.getRawEncoding()).second)
        continue;
      unsigned Length = tokenLength(Name);
      if (llvm::StringRef(SM.getCharacterData(Name), Length) == "__LINE__")
        Edit.ReplaceText(Name, Length,
                         llvm::toString(Literal->getValue(), 10, false));
    }
  }

  LoweringContext &C;
  FunctionPlan &Plan;
  llvm::ArrayRef<const VarDecl *> LiftedVars;
  llvm::SmallPtrSet<const Decl *, 8> Hoisted;
};

} // namespace

HoistCandidates hoistCandidates(const FunctionPlan &Plan) {
  HoistCandidates Candidates;
  Plan.Tree->walk(Plan.Body, [&](const Stmt *S) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      if (!isa<CoroutineBodyStmt>(Lambda->getBody()))
        Candidates.insert(Lambda->getLambdaClass());
  });
  for (auto [Type, Decls] : localTypes(Plan))
    if (const auto *Tag = dyn_cast<TagDecl>(Type))
      Candidates.insert(Tag);
  return Candidates;
}

// FIXME: a `__LINE__` written directly in a hoisted local type (a member
// function of a local class kept across an await) stays `__LINE__` here, so
// it gives the output's line, not the input's, unlike one in the body or in
// a kept lambda (lambdaText).
std::string renamedText(LoweringContext &C, const FunctionPlan &Plan,
                        SourceRange Range) {
  std::vector<ParameterEdit> Params = templateParameterEdits(C, Plan, Range);
  if (Plan.TypeRenames.empty() && Params.empty())
    return C.originalText(Range).str();
  Rewriter Edit(C.sources(), C.langOpts());
  for (const ParameterEdit &Param : Params)
    if (Param.Range.getBegin().isFileID())
      Edit.ReplaceText(Param.Range, Param.Text);
  for (const auto &[Loc, Name] : Plan.TypeRenames)
    if (Range.fullyContains(Loc) &&
        // (Loc copied: C++17 cannot capture a structured binding.)
        llvm::none_of(Params, [Loc = Loc](const ParameterEdit &Param) {
          return Param.Range.fullyContains(Loc);
        }))
      Edit.ReplaceText(
          Loc, Lexer::MeasureTokenLength(Loc, C.sources(), C.langOpts()), Name);
  return Edit.getRewrittenText(Range);
}

std::string closureBuiltAt(const FunctionPlan &Plan, const Expr *Value,
                           llvm::StringRef Text, llvm::StringRef Field) {
  for (const Expr *Bare = nullptr; Bare != Value;) {
    Bare = Value;
    Value = Value->IgnoreImplicit()->IgnoreParens();
  }
  for (const HoistedLambda &Hoisted : Plan.HoistedLambdas) {
    if (Hoisted.Lambda != Value || !Hoisted.InPlace)
      continue;
    // The factory's name is the file's own (freshName): Text calls it once.
    std::string Call = Hoisted.Factory + "(";
    size_t After = Text.find(Call);
    if (After == llvm::StringRef::npos)
      return {};
    After += Call.size();
    bool NoArguments = Text.substr(After).ltrim().starts_with(")");
    return (Text.take_front(After) + "asl::place(" + Field + ")" +
            (NoArguments ? "" : ", ") + Text.substr(After))
        .str();
  }
  return {};
}

bool hoistLocals(LoweringContext &C, FunctionPlan &Plan,
                 llvm::ArrayRef<const VarDecl *> Lifted) {
  return Hoister(C, Plan).run(Lifted);
}

} // namespace asynclower
