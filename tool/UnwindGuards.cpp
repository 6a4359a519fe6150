//===- UnwindGuards.cpp - Lifted objects destroyed during unwinding -------===//
//
// C++ destroys a frame's locals while an exception unwinds it, so a
// destructor that asks std::uncaught_exceptions() sees the exception (the
// scope guard that commits on success and rolls back on failure). The
// machine's lifted objects are not locals: a guard declared first in
// move_next()'s try block (and in each try block declaring them) destroys
// them from its destructor instead. Released wherever move_next() leaves
// normally, the guard is dead on those paths, and the optimizer removes it
// from them; only the landing pads keep it.
//
// The guards are emitted only where they can matter: in a machine, or a
// try block, holding at least one object whose destructor might observe
// the unwinding. The runtime's own awaiters do not (unwindsQuietly), so the
// common `co_await f()` of a task or an event gets no guard; its objects
// die as before, in the handler that catches the exception or in the
// catch-all's destroy_live(), after the unwinding, where nothing can tell.
// asl::Task itself is not exempt: destroying one whose coroutine is
// suspended destroys that coroutine's lifted objects.
//
//===----------------------------------------------------------------------===//

#include "UnwindGuards.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace asynclower {

// Every type template argument (packs too) unwinds quietly.
static bool argumentsQuiet(llvm::ArrayRef<TemplateArgument> Args) {
  for (const TemplateArgument &Arg : flattenedArguments(Args))
    if (Arg.getKind() == TemplateArgument::Type &&
        !unwindsQuietly(Arg.getAsType()))
      return false;
  return true;
}

// The namespace at the translation unit's level that Record is in.
static const NamespaceDecl *outermostNamespace(const CXXRecordDecl *Record) {
  const NamespaceDecl *Outermost = nullptr;
  for (const DeclContext *DC = Record->getDeclContext(); DC != nullptr;
       DC = DC->getParent())
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(DC))
      Outermost = Namespace;
  return Outermost;
}

bool unwindsQuietly(QualType Type) {
  if (Type.isNull() || Type->isDependentType())
    return false;
  if (Type.isDestructedType() == QualType::DK_none)
    return true;
  while (const auto *Array = Type->getAsArrayTypeUnsafe())
    Type = Array->getElementType();
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Record == nullptr || Record->getIdentifier() == nullptr)
    return false;
  llvm::StringRef Name = Record->getName();
  const NamespaceDecl *Namespace = outermostNamespace(Record);
  bool Known = false;
  if (Namespace != nullptr && Namespace->getName() == "asl")
    Known = Name.ends_with("awaiter") && Name != "erased_awaiter";
  else if (Record->isInStdNamespace() && Name == "basic_string")
    Known = true;
  if (!Known)
    return false;
  // The arguments of the class and of those it is nested in.
  for (const DeclContext *DC = Record; DC != nullptr; DC = DC->getParent())
    if (const auto *Specialization =
            dyn_cast<ClassTemplateSpecializationDecl>(DC))
      if (!argumentsQuiet(Specialization->getTemplateArgs().asArray()))
        return false;
  return true;
}

bool observesUnwinding(const FunctionPlan &Plan, llvm::StringRef Destroys) {
  // The fields whose objects unwind quietly; every other destroyed field
  // (in-place aggregates' members, lists' arrays, erased awaiters) might
  // observe it.
  llvm::StringSet<> Quiet;
  for (const LiftedLocal &Local : Plan.Lifted)
    if (Local.Storage == LiftedLocal::StorageKind::Object &&
        unwindsQuietly(Local.Stored))
      Quiet.insert(Local.Field);
  for (const AwaitSite &Site : Plan.Awaits)
    if (!Site.Erased && !Site.heldByPointer() && unwindsQuietly(Site.Stored))
      Quiet.insert(Site.Field);
  for (const Slot &S : Plan.Slots)
    if (S.Kind == Slot::Kind::Object && unwindsQuietly(S.Stored))
      Quiet.insert(S.Field);
  llvm::StringRef Call = "asl::destroy(";
  for (size_t At = Destroys.find(Call); At != llvm::StringRef::npos;
       At = Destroys.find(Call, At + 1)) {
    llvm::StringRef Field = Destroys.substr(At + Call.size());
    Field = Field.take_until([](char Ch) { return Ch == ',' || Ch == ')'; });
    if (!Quiet.contains(Field.trim()))
      return true;
  }
  return false;
}

// Name, or Name with the first number that makes it a name the file does
// not use. Only the file's names are looked at, never the plan's own, which
// grow while the function is lowered: every call gives the same answer. The
// plan's names are its fields' (the file's identifiers, or numbered), and
// the members of FunctionPlan's fresh(), none of which starts with these.
static std::string unusedInFile(const FunctionPlan &Plan,
                                llvm::StringRef Name) {
  std::string Candidate = Name.str();
  for (unsigned Suffix = 2;
       Plan.FileNames != nullptr && Plan.FileNames->contains(Candidate);
       ++Suffix)
    Candidate = (Name + llvm::Twine(Suffix) + "_").str();
  return Candidate;
}

static std::string bodyGuardName(const FunctionPlan &Plan) {
  return unusedInFile(Plan, "unwind_");
}

std::string bodyUnwindGuard(const FunctionPlan &Plan,
                            llvm::StringRef Destroys) {
  return "asl::unwind_guard " + bodyGuardName(Plan) + "([this] {\n" +
         Destroys.str() + "});\n";
}

// The destroy calls name the objects as the body does: by reference, so that
// with --line-directives a name means the local reference to the field that
// the body declares for debuggers (LineDirectives.cpp), as it does outside.
std::string tryUnwindGuard(const FunctionPlan &Plan,
                           llvm::StringRef Destroys) {
  return "asl::try_unwind_guard " + unusedInFile(Plan, "unwind_try_") + "(" +
         bodyGuardName(Plan) + ", [&] {\n" + Destroys.str() + "});\n";
}

std::string resolveReleaseMarks(const FunctionPlan &Plan, std::string Body,
                                bool Guarded) {
  std::string Release = Guarded ? bodyGuardName(Plan) + ".release();\n" : "";
  for (size_t At = Body.find(ReleaseMark); At != std::string::npos;
       At = Body.find(ReleaseMark, At + Release.size()))
    Body.replace(At, ReleaseMark.size(), Release);
  return Body;
}

} // namespace asynclower
