//===- TryDispatch.cpp - Resume points inside try blocks -----------------===//
//
// C++ forbids a goto or case label that jumps into a try block
// ([except.pre]), so the switch at the top of move_next() cannot reach a
// resume point inside one. As the C# compiler does, the outer switch jumps to
// a label just before the outermost try around the resume point, and the try
// block starts with a switch of its own; nested tries nest the dispatch.
// Entering a try normally finds state_ == -1 and falls through that switch.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include <map>

using namespace clang;

namespace asynclower {
namespace {

// The tries whose blocks hold Await, outermost first.
std::vector<const CXXTryStmt *> enclosingTries(const FunctionPlan &Plan,
                                               const Stmt *Await) {
  std::vector<const CXXTryStmt *> Tries;
  for (const Stmt *S = Plan.Tree->parent(Await); S != nullptr;
       S = Plan.Tree->parent(S))
    if (const auto *Try = dyn_cast<CXXTryStmt>(S))
      if (Plan.Tree->contains(Try->getTryBlock(), Await))
        Tries.insert(Tries.begin(), Try);
  return Tries;
}

} // namespace

bool planTryDispatch(LoweringContext &C, FunctionPlan &Plan) {
  (void)C;
  for (AwaitSite &Site : Plan.Awaits) {
    Site.Label = Plan.fresh("resume" + std::to_string(Site.State) + "_");
    for (const CXXTryStmt *Try : enclosingTries(Plan, Site.Await)) {
      auto It = llvm::find_if(Plan.Tries, [&](const TryRegion &Region) {
        return Region.Try == Try;
      });
      if (It == Plan.Tries.end()) {
        TryRegion Region;
        Region.Try = Try;
        Region.Label =
            Plan.fresh("try" + std::to_string(Plan.Tries.size()) + "_");
        Plan.Tries.push_back(std::move(Region));
        It = std::prev(Plan.Tries.end());
      }
      It->States.push_back(Site.State);
    }
  }
  return true;
}

const TryRegion *tryRegion(const FunctionPlan &Plan, const CXXTryStmt *Try) {
  for (const TryRegion &Region : Plan.Tries)
    if (Region.Try == Try)
      return &Region;
  return nullptr;
}

std::string dispatchSwitch(const FunctionPlan &Plan, const CXXTryStmt *Level) {
  // Target label -> the states that go there, in state order.
  std::map<std::string, std::vector<unsigned>> ByTarget;
  std::vector<std::string> Order;
  for (const AwaitSite &Site : Plan.Awaits) {
    auto Tries = enclosingTries(Plan, Site.Await);
    auto Inside = Tries.begin();
    if (Level != nullptr) {
      Inside = llvm::find(Tries, Level);
      if (Inside == Tries.end())
        continue; // not a resume point of this region
      ++Inside;
    }
    std::string Target =
        Inside == Tries.end() ? Site.Label : tryRegion(Plan, *Inside)->Label;
    if (!ByTarget.count(Target))
      Order.push_back(Target);
    ByTarget[Target].push_back(Site.State);
  }

  std::string Switch = "switch (" + Plan.State + ") {\n";
  for (const std::string &Target : Order) {
    for (unsigned State : ByTarget[Target])
      Switch += "case " + std::to_string(State) + ":\n";
    Switch += "goto " + Target + ";\n";
  }
  Switch += "default:\nbreak;\n}\n";
  return Switch;
}

} // namespace asynclower
