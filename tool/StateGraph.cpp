//===- StateGraph.cpp - --emit-graph: the state diagram of a machine -----===//
//
// Nodes are "start" (the ramp's first call of move_next()), one node per
// state (its co_await and source line) and "done". An edge A -> B says that
// after A, control can reach B's await without passing another await first:
// the paths are those of clang's CFG of the function, so loops, branches,
// co_return and falling off the end are all followed as the compiler sees
// them. "done" is reached by co_return, by falling off the end, and by an
// exception that leaves the function.
//
// Exceptions: a throw expression is followed as the CFG links it, to the
// handlers of the try around it or out of the function. An await inside a
// try block is followed to that try's handlers as well, since its result
// (await_resume) rethrows the awaited operation's failure; from there the
// CFG goes on to outer handlers, or to done when no handler has to match.
// An await outside any try block is not given an edge to done for the
// exception it might rethrow, and neither is any other call that may
// throw: in clang's CFG nearly every statement could.
//
// One graph per file, a cluster (a Mermaid subgraph) per function, so that
// `--emit-graph=dot | dot -Tpng` gives one picture.
//
//===----------------------------------------------------------------------===//

#include "Lowering.h"

#include "clang/Analysis/CFG.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>

using namespace clang;

namespace asynclower {
namespace {

constexpr int Start = -1, Done = 1 << 30; // done sorts last

class StateGraph {
public:
  StateGraph(LoweringContext &C, const FunctionPlan &Plan) : C(C), Plan(Plan) {}

  // Edges as (from, to) pairs of states, Start and Done; false if clang
  // could not build a CFG for the function.
  bool build() {
    CFG::BuildOptions Options;
    Options.setAllAlwaysAdd();
    Graph = CFG::buildCFG(Plan.Function,
                          const_cast<Stmt *>(Plan.Function->getBody()),
                          &C.ast(), Options);
    if (!Graph)
      return false;
    indexBlocks();
    follow(Start, &Graph->getEntry(), 0);
    for (const AwaitSite &Site : Plan.Awaits) {
      auto It = AwaitAt.find(Site.Await);
      if (It != AwaitAt.end())
        follow(Site.State, It->second.first, It->second.second);
    }
    return true;
  }

  std::set<std::pair<int, int>> Edges;

private:
  void indexBlocks() {
    for (const CFGBlock *Block : *Graph) {
      if (const auto *Try =
              dyn_cast_or_null<CXXTryStmt>(Block->getTerminatorStmt()))
        Dispatch[Try] = Block;
      unsigned Index = 0;
      for (const CFGElement &Element : *Block) {
        if (auto S = Element.getAs<CFGStmt>())
          if (const auto *Await = dyn_cast<CoawaitExpr>(S->getStmt()))
            AwaitAt.try_emplace(Await, Block, Index);
        ++Index;
      }
    }
    for (const auto &[Try, Block] : Dispatch) {
      (void)Block;
      Tries.push_back(Try);
    }
  }

  int stateOf(const Stmt *S) {
    for (const AwaitSite &Site : Plan.Awaits)
      if (Site.Await == S)
        return Site.State;
    return Start;
  }

  bool within(SourceRange Outer, SourceLocation Loc) {
    SourceManager &SM = C.sources();
    if (Loc.isInvalid())
      return false;
    Loc = SM.getExpansionLoc(Loc);
    return !SM.isBeforeInTranslationUnit(
               Loc, SM.getExpansionLoc(Outer.getBegin())) &&
           !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Outer.getEnd()),
                                         Loc);
  }

  // Depth-first from element Index of Block. From's own await (the first
  // element visited when From is a state) does not stop the walk; it is
  // where the resumed machine may throw.
  void follow(int From, const CFGBlock *Block, unsigned Index) {
    std::set<std::pair<const CFGBlock *, unsigned>> Seen;
    std::vector<std::pair<const CFGBlock *, unsigned>> Work{{Block, Index}};
    bool First = From != Start;
    while (!Work.empty()) {
      auto [B, I] = Work.back();
      Work.pop_back();
      if (!Seen.insert({B, I}).second)
        continue;
      if (B == &Graph->getExit()) {
        Edges.insert({From, Done});
        continue;
      }
      bool Stopped = false;
      for (unsigned E = I; E < B->size() && !Stopped; ++E) {
        auto S = (*B)[E].getAs<CFGStmt>();
        if (!S)
          continue;
        if (First)
          for (const CXXTryStmt *Try : Tries)
            if (within(Try->getTryBlock()->getSourceRange(),
                       S->getStmt()->getBeginLoc()))
              Work.push_back({Dispatch[Try], 0});
        if (First) {
          First = false;
          continue;
        }
        if (int State = stateOf(S->getStmt()); State != Start) {
          Edges.insert({From, State});
          Stopped = true;
        }
      }
      if (Stopped)
        continue;
      for (const CFGBlock::AdjacentBlock &Next : B->succs())
        if (const CFGBlock *N = Next.getReachableBlock())
          Work.push_back({N, 0});
    }
  }

  LoweringContext &C;
  const FunctionPlan &Plan;
  std::unique_ptr<CFG> Graph;
  std::map<const CoawaitExpr *, std::pair<const CFGBlock *, unsigned>> AwaitAt;
  std::map<const CXXTryStmt *, const CFGBlock *> Dispatch;
  std::vector<const CXXTryStmt *> Tries;
};

// "line 14: co_await tick", shortened to fit a node.
std::string awaitLabel(LoweringContext &C, const AwaitSite &Site) {
  std::string Text = C.originalText(Site.Await->getSourceRange()).str();
  std::string Flat;
  for (char Ch : Text)
    if (Ch != '\n' && !(Ch == ' ' && !Flat.empty() && Flat.back() == ' '))
      Flat += Ch;
  if (Flat.size() > 40)
    Flat = Flat.substr(0, 37) + "...";
  return "line " + std::to_string(C.line(Site.Await->getBeginLoc())) + ": " +
         Flat;
}

std::string escaped(llvm::StringRef Text, llvm::StringRef Quote) {
  std::string Out;
  for (char Ch : Text)
    Out += Ch == '"' ? Quote.str() : std::string(1, Ch);
  return Out;
}

// Nodes are named fN_start, fN_sK, fN_done for the N-th function of the
// file (from 1), so that one graph holds every function of a file.
std::string nodeName(size_t Function, int State) {
  std::string Prefix = "f" + std::to_string(Function) + "_";
  return Prefix + (State == Start  ? "start"
                   : State == Done ? "done"
                                   : "s" + std::to_string(State));
}

std::string title(const FunctionPlan &Plan) {
  return Plan.Function->getQualifiedNameAsString() + Plan.MachineArgs +
         "() -> " + Plan.MachineName + Plan.MachineArgs;
}

} // namespace

std::string stateGraphDot(LoweringContext &C,
                          llvm::ArrayRef<FunctionPlan> Plans) {
  // Named for the file alone, so the graph does not depend on where the
  // checkout is.
  SourceManager &SM = C.sources();
  llvm::StringRef File = llvm::sys::path::filename(
      SM.getFileEntryRefForID(SM.getMainFileID())->getName());
  std::string Out = "digraph \"" + escaped(File, "\\\"") + "\" {\n";
  Out += "  node [shape=box, fontname=\"monospace\"];\n";
  for (size_t F = 1; F <= Plans.size(); ++F) {
    const FunctionPlan &Plan = Plans[F - 1];
    StateGraph Graph(C, Plan);
    Out += "  subgraph cluster_f" + std::to_string(F) + " {\n";
    Out += "    label=\"" + title(Plan) + "\";\n";
    Out += "    " + nodeName(F, Start) + " [shape=circle, label=\"start\"];\n";
    for (const AwaitSite &Site : Plan.Awaits)
      Out += "    " + nodeName(F, Site.State) + " [label=\"state " +
             std::to_string(Site.State) + "\\n" +
             escaped(awaitLabel(C, Site), "\\\"") + "\"];\n";
    Out +=
        "    " + nodeName(F, Done) + " [shape=doublecircle, label=\"done\"];\n";
    if (!Graph.build())
      Out += "    // clang could not build a CFG for this function\n";
    for (const auto &[From, To] : Graph.Edges)
      Out += "    " + nodeName(F, From) + " -> " + nodeName(F, To) + ";\n";
    Out += "  }\n";
  }
  return Out + "}\n";
}

std::string stateGraphMermaid(LoweringContext &C,
                              llvm::ArrayRef<FunctionPlan> Plans) {
  std::string Out = "flowchart TD\n";
  for (size_t F = 1; F <= Plans.size(); ++F) {
    const FunctionPlan &Plan = Plans[F - 1];
    StateGraph Graph(C, Plan);
    Out += "  subgraph f" + std::to_string(F) + "[\"" +
           escaped(title(Plan), "#quot;") + "\"]\n";
    Out += "    " + nodeName(F, Start) + "((start))\n";
    for (const AwaitSite &Site : Plan.Awaits)
      Out += "    " + nodeName(F, Site.State) + "[\"state " +
             std::to_string(Site.State) + "<br/>" +
             escaped(awaitLabel(C, Site), "#quot;") + "\"]\n";
    Out += "    " + nodeName(F, Done) + "(((done)))\n";
    if (!Graph.build())
      Out += "    %% clang could not build a CFG for this function\n";
    for (const auto &[From, To] : Graph.Edges)
      Out += "    " + nodeName(F, From) + " --> " + nodeName(F, To) + "\n";
    Out += "  end\n";
  }
  return Out;
}

} // namespace asynclower
