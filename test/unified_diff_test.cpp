// The diff --check prints: applying it to the old text gives the new text,
// it is minimal (as many changed lines as the longest common subsequence
// leaves), and equal texts give no diff. Random texts over a few distinct
// lines make many equal lines and so many ways to align them.
#include "UnifiedDiff.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> lines(const std::string &Text) {
  std::vector<std::string> Out;
  size_t Begin = 0;
  while (Begin < Text.size()) {
    size_t End = Text.find('\n', Begin);
    End = End == std::string::npos ? Text.size() : End + 1;
    Out.push_back(Text.substr(Begin, End - Begin));
    Begin = End;
  }
  return Out;
}

// Applies a unified diff as patch would, checking context lines on the way.
std::string applyDiff(const std::string &Old, const std::string &Diff) {
  std::vector<std::string> From = lines(Old), Patch = lines(Diff);
  std::string Out;
  size_t Next = 0; // next line of From not yet copied
  for (size_t I = 2; I < Patch.size(); ++I) {
    const std::string &Line = Patch[I];
    if (Line.rfind("@@ -", 0) == 0) {
      int Start = std::stoi(Line.substr(4));
      size_t Comma = Line.find(',');
      size_t Space = Line.find(' ', 4);
      int Count = Comma < Space ? std::stoi(Line.substr(Comma + 1)) : 1;
      size_t Begin = Count == 0 ? Start : Start - 1;
      for (; Next < Begin; ++Next)
        Out += From[Next];
      continue;
    }
    bool NoNewline = I + 1 < Patch.size() && Patch[I + 1][0] == '\\';
    std::string Text = Line.substr(1);
    if (NoNewline)
      Text.pop_back();
    if (Line[0] == ' ' || Line[0] == '-') {
      EXPECT_EQ(From.at(Next), Text) << "context or deleted line differs";
      ++Next;
    }
    if (Line[0] == ' ' || Line[0] == '+')
      Out += Text;
    if (NoNewline)
      ++I;
  }
  for (; Next < From.size(); ++Next)
    Out += From[Next];
  return Out;
}

size_t lcs(const std::vector<std::string> &A,
           const std::vector<std::string> &B) {
  std::vector<std::vector<size_t>> L(A.size() + 1,
                                     std::vector<size_t>(B.size() + 1, 0));
  for (size_t I = 1; I <= A.size(); ++I)
    for (size_t J = 1; J <= B.size(); ++J)
      L[I][J] = A[I - 1] == B[J - 1] ? L[I - 1][J - 1] + 1
                                     : std::max(L[I - 1][J], L[I][J - 1]);
  return L[A.size()][B.size()];
}

size_t changedLines(const std::string &Diff) {
  size_t Count = 0;
  std::vector<std::string> Patch = lines(Diff);
  for (size_t I = 2; I < Patch.size(); ++I)
    Count += Patch[I][0] == '+' || Patch[I][0] == '-';
  return Count;
}

std::string randomText(std::mt19937 &Random) {
  std::string Text;
  int Count = std::uniform_int_distribution<int>(0, 25)(Random);
  for (int I = 0; I < Count; ++I)
    Text += std::string(1, "abcd"[Random() % 4]) + "\n";
  if (!Text.empty() && Random() % 5 == 0)
    Text.pop_back(); // no newline at the end
  return Text;
}

TEST(UnifiedDiff, EqualTextsGiveNoDiff) {
  EXPECT_EQ(asynclower::unifiedDiff("a\nb\n", "a\nb\n", "x", "y"), "");
  EXPECT_EQ(asynclower::unifiedDiff("", "", "x", "y"), "");
}

TEST(UnifiedDiff, HeaderAndHunkAsDiffWritesThem) {
  EXPECT_EQ(asynclower::unifiedDiff("a\nb\nc\n", "a\nB\nc\n", "old", "new"),
            "--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
  EXPECT_EQ(asynclower::unifiedDiff("", "a\n", "old", "new"),
            "--- old\n+++ new\n@@ -0,0 +1 @@\n+a\n");
  EXPECT_EQ(asynclower::unifiedDiff("a\n", "a", "old", "new"),
            "--- old\n+++ new\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of "
            "file\n");
}

TEST(UnifiedDiff, FarApartChangesMakeSeparateHunks) {
  std::string Old, New;
  for (int I = 0; I < 20; ++I) {
    Old += std::to_string(I) + "\n";
    New += (I == 2 || I == 17 ? "x" : std::to_string(I)) + "\n";
  }
  std::string Diff = asynclower::unifiedDiff(Old, New, "old", "new");
  EXPECT_NE(Diff.find("@@ -1,6 +1,6 @@"), std::string::npos) << Diff;
  EXPECT_NE(Diff.find("@@ -15,6 +15,6 @@"), std::string::npos) << Diff;
}

TEST(UnifiedDiff, RandomTextsPatchBackMinimally) {
  std::mt19937 Random(20261204);
  for (int Round = 0; Round < 3000; ++Round) {
    std::string Old = randomText(Random), New = randomText(Random);
    std::string Diff = asynclower::unifiedDiff(Old, New, "old", "new");
    if (Old == New) {
      EXPECT_EQ(Diff, "");
      continue;
    }
    ASSERT_EQ(applyDiff(Old, Diff), New) << "old:\n"
                                         << Old << "\nnew:\n"
                                         << New << "\ndiff:\n"
                                         << Diff;
    std::vector<std::string> A = lines(Old), B = lines(New);
    EXPECT_EQ(changedLines(Diff), A.size() + B.size() - 2 * lcs(A, B)) << Diff;
  }
}

} // namespace
