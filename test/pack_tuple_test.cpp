// pack_tuple_test.cpp - asl::pack_tuple, make_pack, tie_pack and apply_pack
// (asl/builder.h), which the lowering writes for an init-capture pack
// (`[...ys = std::move(xs)]`, C++20): the closure holds one tuple, built
// where the lambda is made, and the body opens it again as the pack. The
// tuple must behave as the captures it stands for: each element copied or
// moved exactly once, constructed first to last and destroyed last to
// first, const in a const closure, references left references.

#include <asl/task.h> // asl/builder.h needs the task around it

#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

// Records what happens to objects of it, by name, in one shared log.
struct Traced {
  static std::vector<std::string> log;
  std::string name;
  explicit Traced(std::string n) : name(std::move(n)) {}
  Traced(const Traced &other) : name(other.name) {
    log.push_back("copy " + name);
  }
  Traced(Traced &&other) noexcept : name(std::move(other.name)) {
    log.push_back("move " + name);
    other.name = "moved-from";
  }
  ~Traced() {
    if (name != "moved-from")
      log.push_back("destroy " + name);
  }
};
std::vector<std::string> Traced::log;

TEST(PackTuple, MakePackCopiesEachLvalueOnceFirstToLast) {
  Traced a("a"), b("b");
  Traced::log.clear();
  {
    auto pack = asl::make_pack(a, b);
    EXPECT_EQ(Traced::log, (std::vector<std::string>{"copy a", "copy b"}));
    EXPECT_EQ(pack.head.name, "a");
    EXPECT_EQ(pack.tail.head.name, "b");
    Traced::log.clear();
  }
  // Last to first, as a closure destroys its captures.
  EXPECT_EQ(Traced::log, (std::vector<std::string>{"destroy b", "destroy a"}));
}

TEST(PackTuple, MakePackMovesEachRvalueOnce) {
  Traced a("a"), b("b");
  Traced::log.clear();
  {
    auto pack = asl::make_pack(std::move(a), std::move(b));
    EXPECT_EQ(Traced::log, (std::vector<std::string>{"move a", "move b"}));
    EXPECT_EQ(a.name, "moved-from");
    Traced::log.clear();
  }
  EXPECT_EQ(Traced::log, (std::vector<std::string>{"destroy b", "destroy a"}));
}

TEST(PackTuple, MakePackDecaysElementTypesAsAutoDoes) {
  const int n = 1;
  int &r = const_cast<int &>(n);
  auto pack = asl::make_pack(n, r, "text");
  static_assert(
      std::is_same_v<decltype(pack), asl::pack_tuple<int, int, const char *>>);
  EXPECT_EQ(pack.size, 3u);
}

TEST(PackTuple, TiePackHoldsReferencesToTheObjects) {
  int x = 1;
  std::string s = "s";
  auto pack = asl::tie_pack(x, s);
  static_assert(
      std::is_same_v<decltype(pack), asl::pack_tuple<int &, std::string &>>);
  asl::apply_pack(
      [](int &first, std::string &second) {
        first = 7;
        second += "!";
      },
      pack);
  EXPECT_EQ(x, 7);
  EXPECT_EQ(s, "s!");
}

TEST(PackTuple, ApplyPackPassesTheElementsInOrderAsLvalues) {
  auto pack = asl::make_pack(1, 2, 3);
  int calls = 0;
  int result = asl::apply_pack(
      [&](auto &...elements) {
        ++calls;
        static_assert((std::is_same_v<decltype(elements), int &> && ...));
        int weighted = 0, weight = 1;
        ((weighted += elements * weight, weight *= 10), ...);
        return weighted;
      },
      pack);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(result, 321);
}

TEST(PackTuple, ApplyPackOnAConstPackPassesConstElements) {
  const auto pack = asl::make_pack(std::string("x"), 2);
  asl::apply_pack(
      [](auto &...elements) {
        static_assert(
            (std::is_const_v<std::remove_reference_t<decltype(elements)>> &&
             ...));
      },
      pack);
}

TEST(PackTuple, ApplyPackOnAnEmptyPackCallsWithNoArguments) {
  auto pack = asl::make_pack();
  EXPECT_EQ(pack.size, 0u);
  EXPECT_EQ(asl::apply_pack(
                [](auto &...elements) {
                  return static_cast<int>(sizeof...(elements)) + 5;
                },
                pack),
            5);
}

TEST(PackTuple, ApplyPackReturnsAReferenceAsTheFunctionReturnsIt) {
  auto pack = asl::make_pack(1, 2);
  int &second = asl::apply_pack([](int &, int &b) -> int & { return b; }, pack);
  second = 9;
  EXPECT_EQ(pack.tail.head, 9);
}

TEST(PackCall, CallsOnlyTheKthFunction) {
  int called = -1;
  int value =
      asl::pack_call<1>([&] { return called = 0; }, [&] { return called = 1; },
                        [&] { return called = 2; });
  EXPECT_EQ(called, 1);
  EXPECT_EQ(value, 1);
}

TEST(PackCall, APrvalueIsNotMoved) {
  Traced::log.clear();
  {
    Traced made = asl::pack_call<0>([] { return Traced("p"); });
    EXPECT_EQ(made.name, "p");
  }
  EXPECT_EQ(Traced::log, (std::vector<std::string>{"destroy p"}));
}

} // namespace
