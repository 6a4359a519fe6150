// Does not compile: in a function template (also a generic lambda, an
// async member template, a member of a class template, a lambda inside a
// function template), a local kept across an await whose type is a
// class with a user-provided constructor, not dependent, initialized
// with a braced list (`Point pt{1, 2};`), is built as
// `::new (asl::place(pt)) Pointpt{1, 2};`: the type's name and the
// variable's name run together. g++: "'Pointpt' does not name a type";
// clang++-19: "unknown type name 'Pointpt'". No error from the tool.
// The same declaration in an ordinary async function, or with
// parentheses, or of an aggregate, lowers fine. Expected: 13.
#include <asl/task.h>
#include <cstdio>

struct Point {
  Point(int a, int b) : x(a), y(b) {}
  int x, y;
};
asl::Event ready;
ASL_ASYNC asl::Task<void> later() { co_await ready; }

template <class T> ASL_ASYNC asl::Task<int> f(T k) {
  Point pt{1, 2};
  co_await later();
  co_return pt.x + pt.y + static_cast<int>(k);
}

int main() {
  asl::Task<int> t = f(10);
  ready.set();
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
