// Arrays whose elements are character arrays initialized from string
// literals, kept across awaits: `char names[3][8] = {"ann", "bob", ""};`
// of every character type, with an unknown bound, three dimensions, braces
// around a literal, a C++20 parenthesized list, an element type named by an
// alias; and in aggregates built whole or member by member. g++ rejects
// such a list in an array new-expression, so the machine copies the array
// in from the list (asl::init_from_list). Each array is printed in full:
// every character array holds its literal, its terminator, then zeros.
#include <asl/task.h>

#include <cstddef>
#include <cstdio>
#include <type_traits>

asl::Event ready;

template <class C, std::size_t M> void row(const C (&chars)[M]) {
  std::printf(" ");
  for (C c : chars)
    std::printf("%lx.", static_cast<unsigned long>(
                            static_cast<std::make_unsigned_t<C>>(c)));
}

template <class C, std::size_t N, std::size_t M>
void show(const char *label, const C (&rows)[N][M]) {
  std::printf("%s:", label);
  for (const auto &chars : rows)
    row(chars);
  std::printf("\n");
}

struct Roster {
  char names[2][6];
  int count;
};

struct Team {
  Roster roster;
  wchar_t tags[2][3];
};

ASL_ASYNC asl::Task<int> count() {
  co_await ready;
  co_return 2;
}

ASL_ASYNC asl::Task<char> letter() {
  co_await ready;
  co_return 'z';
}

ASL_ASYNC asl::Task<int> declared() {
  char names[3][8] = {"ann", "bob", ""};
  char unknown[][4] = {"x", "yz"};
  char cube[2][2][4] = {{"a", "b"}, {"c"}};
  wchar_t wide[2][4] = {L"w", L"ww"};
  char16_t u16[2][4] = {u"s", u"t\u00e9"};
  char32_t u32[2][4] = {U"u", U"\U0001F600"};
  unsigned char bytes[2][4] = {"ab", "\xff"};
  signed char small[2][4] = {"cd", {'e', 'f'}};
  const char fixed[2][4] = {{"gh"}, "i"};
  char parens[2][4]("jk", "l");
  using Name = char[5];
  Name crew[2] = {"kim"};
  co_await ready;
  names[2][0] = '!';
  show("names", names);
  show("unknown", unknown);
  show("cube0", cube[0]);
  show("cube1", cube[1]);
  show("wide", wide);
  show("u16", u16);
  show("u32", u32);
  show("bytes", bytes);
  show("small", small);
  show("fixed", fixed);
  show("parens", parens);
  show("crew", crew);
  co_return static_cast<int>(sizeof unknown + sizeof names);
}

ASL_ASYNC asl::Task<int> aggregates() {
  Roster whole = {{"amy", "ben"}, 2};
  Roster several[2] = {{{"c", "d"}, 1}, {{"e"}, 0}};
  Team team = {{{"fay", "gus"}, 2}, {L"t1", L"t2"}};
  Roster awaited = {{"hal", "ivy"}, co_await count()};
  Team nested = {{{"jo", ""}, co_await count()}, {L"u", L""}};
  char mixed[2][4] = {"ab", {co_await letter(), 'y'}};
  co_await ready;
  show("whole", whole.names);
  show("several0", several[0].names);
  show("several1", several[1].names);
  show("team", team.roster.names);
  show("team.tags", team.tags);
  show("awaited", awaited.names);
  show("nested", nested.roster.names);
  show("nested.tags", nested.tags);
  show("mixed", mixed);
  co_return whole.count + awaited.count + nested.roster.count;
}

int main() {
  asl::Task<int> a = declared();
  asl::Task<int> b = aggregates();
  ready.set();
  std::printf("declared %d\n", asl::sync_wait(std::move(a)));
  std::printf("aggregates %d\n", asl::sync_wait(std::move(b)));
}
