//===- CapturedPacks.cpp - Coroutine lambdas capturing a pack -------------===//
//
// A coroutine lambda in a function template with a parameter pack (one
// that is no coroutine: "Coroutine lambdas inside templates") may capture
// the function parameter pack (`[xs...]`, `[&xs...]`, or `[&]`, `[=]`
// naming it) or have an init-capture pack (`[...ys = std::move(xs)]`).
// Clang instantiates one capture per element, each of a variable of the
// pattern's name, and the lambda's body, whose text is the pattern's,
// expands the pack (`(0 + ... + xs)`). So:
//
// - each element is a member of the lambda's machine, a reference to the
//   closure's capture as for any capture, named after its index, `xs0_`,
//   `xs1_`; the ramp passes the captured pack whole, `xs...` (an
//   init-capture pack, spelled as a tuple in the lambda's head, is opened
//   again around the ramp: spellCoroutineInitCapturePacks in
//   InitCapturePacks.cpp);
// - the machine, a class local to the call operator, may not have the
//   member function template a template's machine runs its body in, so,
//   as for a generic coroutine lambda's pack (genericPackHelper in
//   ParameterPacks.cpp), move_next() runs the body in a generic lambda,
//   `[this](auto &&...xs) {...}(xs0_, xs1_)`, whose parameters are the
//   machine's references to the captures: lvalues of the elements' types,
//   const unless the lambda is mutable or captures by reference, as the
//   body names the captures natively.
//
// The names of the elements are those a named closure of a coroutine
// lambda inside a coroutine would give its members too, but such a lambda
// inside an async template is refused so far, packs or not
// (AsyncFunctions.cpp, addLambdaInTemplate).
//
// FIXME: `decltype(xs)` of a captured element names the reference the
// generic lambda receives (`const int &`), where natively it names the
// captured variable's declared type (`int`); a body that spells it may
// not compile or may mean another type.
//
//===----------------------------------------------------------------------===//

#include "CapturedPacks.h"
#include "FileLowering.h"

#include "clang/AST/ExprCXX.h"

#include <functional>
#include <map>

using namespace clang;

namespace asynclower {

namespace {

// The index of Param among the elements of the function parameter pack it
// was instantiated from, or -1.
int parameterPackElement(const ParmVarDecl *Param) {
  const auto *Function = dyn_cast<FunctionDecl>(Param->getDeclContext());
  const FunctionDecl *Pattern =
      Function ? Function->getTemplateInstantiationPattern() : nullptr;
  if (Pattern == nullptr)
    return -1;
  unsigned Count = Function->getNumParams();
  unsigned Patterned = Pattern->getNumParams();
  for (unsigned I = 0, At = 0; I < Patterned; ++I) {
    bool Pack = Pattern->getParamDecl(I)->isParameterPack();
    unsigned Elements = Pack ? Count + 1 - Patterned : 1;
    for (unsigned K = 0; K < Elements && At + K < Count; ++K)
      if (Function->getParamDecl(At + K) == Param)
        return Pack ? static_cast<int>(K) : -1;
    At += Elements;
  }
  return -1;
}

// The lambda class Closure was instantiated from, or null.
const CXXRecordDecl *patternClosure(const CXXRecordDecl *Closure) {
  const CXXMethodDecl *Call = Closure->getLambdaCallOperator();
  const FunctionDecl *Pattern =
      Call ? Call->getTemplateInstantiationPattern() : nullptr;
  if (Pattern == nullptr)
    return nullptr;
  return dyn_cast<CXXRecordDecl>(Pattern->getDeclContext());
}

// Whether the lambda class Pattern has an init-capture pack named Name.
bool initCapturePackOf(const CXXRecordDecl *Pattern, llvm::StringRef Name) {
  if (Pattern == nullptr)
    return false;
  for (const LambdaCapture &Capture : Pattern->captures())
    if (Capture.capturesVariable())
      if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar());
          Var != nullptr && Var->isInitCapture() && Var->isParameterPack() &&
          Var->getName() == Name)
        return true;
  return false;
}

} // namespace

int capturedPackElement(const CXXRecordDecl *Closure,
                        const LambdaCapture &Capture) {
  if (!Capture.capturesVariable())
    return -1;
  const ValueDecl *Captured = Capture.getCapturedVar();
  if (const auto *Param = dyn_cast<ParmVarDecl>(Captured))
    return parameterPackElement(Param);
  // An init-capture pack's elements are captures of variables of the
  // pack's name, in order.
  const auto *Var = dyn_cast<VarDecl>(Captured);
  if (Var == nullptr || !Var->isInitCapture() ||
      !initCapturePackOf(patternClosure(Closure), Var->getName()))
    return -1;
  int K = 0;
  for (const LambdaCapture &Other : Closure->captures()) {
    if (&Other == &Capture)
      return K;
    if (Other.capturesVariable() &&
        Other.getCapturedVar()->getName() == Var->getName())
      ++K;
  }
  return -1;
}

std::string capturedName(const CXXRecordDecl *Closure,
                         const LambdaCapture &Capture) {
  std::string Name = Capture.getCapturedVar()->getNameAsString();
  int K = capturedPackElement(Closure, Capture);
  return K < 0 ? Name : Name + std::to_string(K) + "_";
}

std::vector<std::string> capturedPacks(const CXXRecordDecl *Closure) {
  std::vector<std::string> Packs;
  if (Closure == nullptr)
    return Packs;
  for (const LambdaCapture &Capture : Closure->captures())
    if (capturedPackElement(Closure, Capture) >= 0) {
      std::string Name = Capture.getCapturedVar()->getNameAsString();
      if (!llvm::is_contained(Packs, Name))
        Packs.push_back(Name);
    }
  return Packs;
}

bool capturedPackHelper(LoweringContext &C, FunctionPlan &Plan) {
  const CXXRecordDecl *Closure = Plan.Closure;
  if (Closure == nullptr)
    return true;
  // The elements each pack has among the captures, by the pack's name.
  std::map<std::string, std::vector<std::string>> Elements;
  std::map<std::string, std::vector<const ParmVarDecl *>> Params;
  for (const LambdaCapture &Capture : Closure->captures()) {
    int K = capturedPackElement(Closure, Capture);
    if (K < 0)
      continue;
    std::string Pack = Capture.getCapturedVar()->getNameAsString();
    Elements[Pack].push_back(capturedName(Closure, Capture));
    if (const auto *Param = dyn_cast<ParmVarDecl>(Capture.getCapturedVar()))
      Params[Pack].push_back(Param);
  }
  // The packs the body names, in the order it first names them: a pack of
  // the function around (captured, or only named in an unevaluated
  // operand, `sizeof...(xs)`, where it is not captured), or an
  // init-capture pack.
  const FunctionDecl *Pattern =
      Plan.Function->getTemplateInstantiationPattern();
  if (Pattern == nullptr || Pattern->getBody() == nullptr)
    return true;
  struct Pack {
    std::string Name;
    SourceLocation At;
    bool Parameter; // a function parameter pack, not an init-capture one
  };
  std::vector<Pack> Named;
  const DeclContext *Own = Pattern->getParent(); // the pattern's closure
  auto Note = [&](const ValueDecl *D, SourceLocation At) {
    const auto *Var = dyn_cast_or_null<VarDecl>(D);
    if (Var == nullptr || !Var->isParameterPack())
      return;
    // A pack of a function around the lambda, not of the lambda's own
    // parameters or of a function inside its body; an init-capture pack of
    // the lambda itself, not of another lambda inside.
    const DeclContext *Of = Var->getDeclContext();
    bool Parameter = isa<ParmVarDecl>(Var);
    if (Parameter ? Of == Pattern || !Of->Encloses(Pattern)
                  : !Var->isInitCapture() || (Of != Pattern && Of != Own))
      return;
    for (const Pack &Seen : Named)
      if (Seen.Name == Var->getName())
        return;
    Named.push_back({Var->getNameAsString(), At, Parameter});
  };
  std::function<void(const Stmt *)> Find = [&](const Stmt *S) {
    if (S == nullptr)
      return;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      Note(Ref->getDecl(), Ref->getLocation());
    else if (const auto *Size = dyn_cast<SizeOfPackExpr>(S))
      Note(dyn_cast<ValueDecl>(Size->getPack()), Size->getPackLoc());
    for (const Stmt *Child : S->children())
      Find(Child);
  };
  Find(Pattern->getBody());
  if (Named.empty())
    return true;
  if (!Plan.PackHelper.empty() || Named.size() > 1)
    return C.unsupported(Named.back().At,
                         "a coroutine lambda that names more than one "
                         "parameter pack (its own, or packs it captures); "
                         "not supported yet");
  const std::string &Name = Named.front().Name;
  // A pack named only where it is not captured (`sizeof...(xs)`) has no
  // elements in the closure; the body, in a class local to the function
  // around, names the function's own pack there, as natively. (An empty
  // pack, in whichever way it is named, is received empty.)
  const auto *Function = dyn_cast<FunctionDecl>(Closure->getDeclContext());
  const FunctionDecl *Around =
      Function ? Function->getTemplateInstantiationPattern() : nullptr;
  if (Named.front().Parameter && Elements[Name].empty() &&
      (Around == nullptr ||
       Function->getNumParams() + 1 != Around->getNumParams()))
    return true;
  std::string Args;
  for (const std::string &Element : Elements[Name])
    Args += (Args.empty() ? "" : ", ") + Element;
  auto Field = Elements[Name].begin();
  for (const ParmVarDecl *Param : Params[Name])
    Plan.PackElements[Param] = *Field++;
  foldRanges(C, Plan);
  Plan.PackHelper = "[this]";
  Plan.PackParams = "auto &&..." + Name;
  Plan.PackArgs = Args;
  return true;
}

} // namespace asynclower
