//===- Explain.cpp - --explain: the states and fields of each machine ----===//
//
// For each lowered function, in this format (the test compares it whole):
//
//   async function NAME, line L -> struct MACHINE
//     state  await at  alive while suspended there (and every parameter)
//     0      14:3      lifted locals...; slots: full-expression slots...
//     fields (bytes: clang's sizeof of each type in the input):
//       FIELD  TYPE  BYTES  ROLE
//     plus STATE (int), BUILDER and N live flags (bool)
//     sizeof(MACHINE) = ... (added by MachineLayout.cpp)
//
// "Alive" lists the lifted locals in scope at the await, then the slots of
// the await's full-expression. A slot is listed for every await of its
// full-expression, including awaits before the one that fills it: the
// phases record which full-expression a slot serves, not at which of its
// awaits it is filled.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/AST/ASTContext.h"

#include <algorithm>

using namespace clang;

namespace asynclower {
namespace {

struct Row {
  std::string Field, Type, Bytes, Role;
};

std::string sizeOf(ASTContext &Ctx, QualType Type, bool Pointer = false) {
  if (Pointer || Type->isReferenceType())
    return std::to_string(Ctx.getTypeSizeInChars(Ctx.VoidPtrTy).getQuantity());
  if (Type.isNull() || Type->isIncompleteType() || Type->isDependentType())
    return "?";
  return std::to_string(Ctx.getTypeSizeInChars(Type).getQuantity());
}

std::string join(const std::vector<std::string> &Items) {
  std::string Out;
  for (const std::string &Item : Items)
    Out += (Out.empty() ? "" : ", ") + Item;
  return Out;
}

std::string padded(llvm::StringRef Text, size_t Width) {
  return Text.str() +
         std::string(Width > Text.size() ? Width - Text.size() : 0, ' ');
}

std::string lineColumn(LoweringContext &C, SourceLocation Loc) {
  PresumedLoc P = C.sources().getPresumedLoc(C.sources().getExpansionLoc(Loc));
  return std::to_string(P.getLine()) + ":" + std::to_string(P.getColumn());
}

std::string states(LoweringContext &C, const FunctionPlan &Plan) {
  if (Plan.Awaits.empty())
    return "  no co_await: the machine runs to completion in its ramp\n";
  std::vector<std::vector<std::string>> Cells;
  for (const AwaitSite &Site : Plan.Awaits) {
    std::vector<std::string> Alive;
    for (const LocalScope &Local : Plan.Locals)
      if (const LiftedLocal *Lifted = Plan.lifted(Local.Var))
        if (inScopeAt(C, Plan, Local, Site.Await))
          Alive.push_back(Lifted->Field);
    std::vector<std::string> Slots;
    for (const Slot &S : Plan.Slots)
      if (S.FullExpr == Site.FullExpr)
        Slots.push_back(S.Field);
    std::string What = Alive.empty() ? "-" : join(Alive);
    if (!Slots.empty())
      What += "; slots: " + join(Slots);
    Cells.push_back({std::to_string(Site.State),
                     lineColumn(C, Site.Await->getBeginLoc()), What});
  }
  size_t StateWidth = 5, AtWidth = 8;
  for (const auto &Row : Cells)
    AtWidth = std::max(AtWidth, Row[1].size());
  std::string Out = "  " + padded("state", StateWidth + 2) +
                    padded("await at", AtWidth + 2) +
                    "alive while suspended there (and every parameter)\n";
  for (const auto &Row : Cells)
    Out += "  " + padded(Row[0], StateWidth + 2) + padded(Row[1], AtWidth + 2) +
           Row[2] + "\n";
  return Out;
}

std::vector<Row> fields(LoweringContext &C, const FunctionPlan &Plan,
                        unsigned &LiveFlags) {
  ASTContext &Ctx = C.ast();
  std::vector<Row> Rows;
  LiveFlags = 0;
  if (Plan.Method != nullptr)
    Rows.push_back({Plan.This, spellWrittenType(Ctx, Plan.ThisType),
                    sizeOf(Ctx, Plan.ThisType), "this"});
  for (const ParmVarDecl *Param : Plan.Function->parameters())
    if (Param->getIdentifier())
      Rows.push_back({Param->getNameAsString(),
                      spellWrittenType(Ctx, Param->getType()),
                      sizeOf(Ctx, Param->getType()), "parameter"});
  for (const LiftedLocal &Local : Plan.Lifted) {
    QualType Type = Local.Var->getType();
    std::string Role =
        "local, line " + std::to_string(C.line(Local.Var->getLocation()));
    if (Local.Storage == LiftedLocal::StorageKind::Extended) {
      Type = extendedTemporary(Local.Var)->getType();
      Role = "temporary extended by reference, line " +
             std::to_string(C.line(Local.Var->getLocation()));
    }
    Rows.push_back(
        {Local.Field, Local.Type.empty() ? Type.getAsString() : Local.Type,
         sizeOf(Ctx, Type,
                Local.Storage == LiftedLocal::StorageKind::Reference),
         Role});
    LiveFlags += Local.Destructible;
    if (Local.Array) {
      Rows.push_back({Local.Array->Field, Local.Array->Type,
                      sizeOf(Ctx, Local.Array->Stored),
                      "array of std::initializer_list '" + Local.Field + "'"});
      LiveFlags += Local.Array->Destructible;
    }
  }
  for (const Slot &S : Plan.Slots) {
    Rows.push_back({S.Field, spellType(Ctx, S.Stored), sizeOf(Ctx, S.Stored),
                    "slot of the full-expression at line " +
                        std::to_string(C.line(
                            Plan.FullExprs[S.FullExpr].Root->getBeginLoc()))});
    LiveFlags += S.Destructible;
  }
  for (const AwaitSite &Site : Plan.Awaits) {
    bool Pointer = Site.heldByPointer();
    Rows.push_back({Site.Field, Site.Type + (Pointer ? " *" : ""),
                    sizeOf(Ctx, Site.Stored),
                    "awaiter of state " + std::to_string(Site.State)});
    LiveFlags += Site.Destructible;
  }
  return Rows;
}

} // namespace

std::string explainFunction(LoweringContext &C, const FunctionPlan &Plan) {
  std::string Out = "async function " +
                    Plan.Function->getQualifiedNameAsString() +
                    Plan.MachineArgs + ", line " +
                    std::to_string(C.line(Plan.Function->getLocation())) +
                    " -> struct " + machineKey(C, Plan) + "\n";
  Out += states(C, Plan);

  unsigned LiveFlags = 0;
  std::vector<Row> Rows = fields(C, Plan, LiveFlags);
  Out += "  fields (bytes: clang's sizeof of each type in the input):\n";
  Row Header{"field", "type", "bytes", "role"};
  size_t W[3] = {Header.Field.size(), Header.Type.size(), Header.Bytes.size()};
  for (const Row &R : Rows) {
    W[0] = std::max(W[0], R.Field.size());
    W[1] = std::max(W[1], R.Type.size());
    W[2] = std::max(W[2], R.Bytes.size());
  }
  Rows.insert(Rows.begin(), Header);
  for (const Row &R : Rows)
    Out += "    " + padded(R.Field, W[0] + 2) + padded(R.Type, W[1] + 2) +
           std::string(W[2] - R.Bytes.size(), ' ') + R.Bytes + "  " + R.Role +
           "\n";
  Out += "  plus " + Plan.State + " (int), " + Plan.Builder + " and " +
         std::to_string(LiveFlags) + " live flag" +
         (LiveFlags == 1 ? "" : "s") + " (bool)\n";
  return Out;
}

} // namespace asynclower
