//===- UnifiedDiff.cpp - A unified diff of two texts ---------------------===//
//
// Lines are matched with Myers' O(ND) algorithm ("An O(ND) Difference
// Algorithm and Its Variations", 1986): the shortest edit script, found by
// extending furthest-reaching paths one edit at a time, then traced back.
// Keeping each round's frontier costs O(D^2) memory for D differing lines,
// which is small for the golden reviews --check serves.
//
//===----------------------------------------------------------------------===//

#include "UnifiedDiff.h"

#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <vector>

namespace asynclower {
namespace {

// Lines with their '\n', so that a missing newline at the end is a change.
std::vector<llvm::StringRef> splitLines(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Lines;
  while (!Text.empty()) {
    size_t End = Text.find('\n');
    End = End == llvm::StringRef::npos ? Text.size() : End + 1;
    Lines.push_back(Text.take_front(End));
    Text = Text.drop_front(End);
  }
  return Lines;
}

struct Edit {
  enum Kind { Keep, Delete, Insert } Kind;
  int Old; // index into the old lines (Keep, Delete)
  int New; // index into the new lines (Keep, Insert)
};

// The shortest edit script from A to B, in order.
std::vector<Edit> shortestEdit(const std::vector<llvm::StringRef> &A,
                               const std::vector<llvm::StringRef> &B) {
  const int N = A.size(), M = B.size(), Max = N + M;
  // V[K + Max + 1]: the furthest x reached on diagonal k = x - y.
  std::vector<int> V(2 * Max + 3, 0);
  auto At = [&](int K) -> int & { return V[K + Max + 1]; };
  // Frontier[D] holds V over diagonals -D-1 .. D+1 before round D.
  std::vector<std::vector<int>> Frontier;

  int D = 0;
  for (;; ++D) {
    Frontier.emplace_back(V.begin() + (Max + 1 - D - 1),
                          V.begin() + (Max + 1 + D + 2));
    bool Done = false;
    for (int K = -D; K <= D && !Done; K += 2) {
      int X = (K == -D || (K != D && At(K - 1) < At(K + 1))) ? At(K + 1)
                                                             : At(K - 1) + 1;
      int Y = X - K;
      while (X < N && Y < M && A[X] == B[Y])
        ++X, ++Y;
      At(K) = X;
      Done = X >= N && Y >= M;
    }
    if (Done)
      break;
  }

  // Walk back from (N, M): each round undoes one edit and the run of equal
  // lines (a snake) that followed it.
  std::vector<Edit> Script;
  int X = N, Y = M;
  for (; D >= 0; --D) {
    const std::vector<int> &Before = Frontier[D];
    auto Prev = [&](int K) { return Before[K + D + 1]; };
    int K = X - Y;
    int PrevK =
        (K == -D || (K != D && Prev(K - 1) < Prev(K + 1))) ? K + 1 : K - 1;
    int PrevX = Prev(PrevK), PrevY = PrevX - PrevK;
    while (X > PrevX && Y > PrevY && X > 0 && Y > 0) {
      --X, --Y;
      Script.push_back({Edit::Keep, X, Y});
    }
    if (D > 0) {
      if (X == PrevX)
        Script.push_back({Edit::Insert, X, PrevY});
      else
        Script.push_back({Edit::Delete, PrevX, Y});
      X = PrevX;
      Y = PrevY;
    }
  }
  std::reverse(Script.begin(), Script.end());
  return Script;
}

// "-3,2" style range: the first line (1-based) and the count, with the
// count left out when it is 1 and the line before the hunk named when 0.
std::string range(int First, int Count) {
  std::string Out = std::to_string(Count == 0 ? First : First + 1);
  if (Count != 1)
    Out += "," + std::to_string(Count);
  return Out;
}

void appendLine(std::string &Out, char Mark, llvm::StringRef Line) {
  Out += Mark;
  Out += Line.str();
  if (!Line.ends_with("\n"))
    Out += "\n\\ No newline at end of file\n";
}

} // namespace

std::string unifiedDiff(llvm::StringRef Old, llvm::StringRef New,
                        llvm::StringRef OldName, llvm::StringRef NewName,
                        unsigned Context) {
  std::vector<llvm::StringRef> A = splitLines(Old), B = splitLines(New);
  std::vector<Edit> Script = shortestEdit(A, B);
  std::vector<size_t> Changes;
  for (size_t I = 0; I < Script.size(); ++I)
    if (Script[I].Kind != Edit::Keep)
      Changes.push_back(I);
  if (Changes.empty())
    return "";

  std::string Out =
      (llvm::Twine("--- ") + OldName + "\n+++ " + NewName + "\n").str();
  const size_t C = Context;
  for (size_t First = 0; First < Changes.size();) {
    // A hunk runs on while the next change is close enough that the two
    // contexts would meet.
    size_t Last = First;
    while (Last + 1 < Changes.size() &&
           Changes[Last + 1] - Changes[Last] <= 2 * C + 1)
      ++Last;
    size_t Begin = Changes[First] > C ? Changes[First] - C : 0;
    size_t End = std::min(Script.size(), Changes[Last] + C + 1);

    // Where the hunk starts in each file, and how many lines it covers.
    int OldFirst = 0, NewFirst = 0;
    for (size_t I = 0; I < Begin; ++I) {
      OldFirst += Script[I].Kind != Edit::Insert;
      NewFirst += Script[I].Kind != Edit::Delete;
    }
    int OldCount = 0, NewCount = 0;
    for (size_t I = Begin; I < End; ++I) {
      OldCount += Script[I].Kind != Edit::Insert;
      NewCount += Script[I].Kind != Edit::Delete;
    }
    Out += "@@ -" + range(OldFirst, OldCount) + " +" +
           range(NewFirst, NewCount) + " @@\n";
    for (size_t I = Begin; I < End; ++I) {
      const Edit &E = Script[I];
      if (E.Kind == Edit::Keep)
        appendLine(Out, ' ', A[E.Old]);
      else if (E.Kind == Edit::Delete)
        appendLine(Out, '-', A[E.Old]);
      else
        appendLine(Out, '+', B[E.New]);
    }
    First = Last + 1;
  }
  return Out;
}

} // namespace asynclower
