// Checks that a local kept across an await and initialized from a braced
// list keeps its list in every template context: clang's AST of a
// template leaves the braces out of a class's constructor call (`Point
// pt{1, 2};`), so the machine must find them after the variable's name.
// Shapes: two elements, one, empty braces (value-initialization), nested
// braces, `T x{...}` with a dependent and a non-dependent T, an alias, an
// array, an aggregate with a base, a reference extending a braced
// temporary, an init-capture, in a function template, a generic coroutine
// lambda, an async member template, a class template's async member and a
// coroutine lambda inside a function template.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;
ASL_ASYNC asl::Task<void> later() { co_await ready; }

struct Point {
  Point(int a, int b) : x(a), y(b) {}
  int x, y;
};
struct One {
  explicit One(int a) : v(a) {}
  int v;
};
class Zeroed { // value-initialized by `{}`: zero first
public:
  Zeroed() = default;
  int get() const { return v; }

private:
  int v;
};
struct Line {
  Line(Point a, Point b) : from(a), to(b) {}
  Point from, to;
};
struct Base {
  int b;
};
struct Derived : Base {
  int d;
};
using Alias = Point;

template <class T, class P = Point>
ASL_ASYNC asl::Task<int> function_template(T k) {
  Point pt{1, 2};
  P dependent{21, 22};
  One one{3};
  Zeroed zero{};
  Line line{{4, 5}, {6, 7}};
  T t{static_cast<T>(8)};
  Alias alias{9, 10};
  Point points[2]{{11, 12}, {13, 14}};
  Derived derived{{15}, 16};
  const Point &ref{17, 18};
  auto f = [p = Point{19, 20}] { return p.x + p.y; };
  co_await later();
  co_return pt.x + pt.y + one.v + zero.get() + line.from.x + line.to.y +
      static_cast<int>(t) + alias.x + alias.y + points[1].y + derived.b +
      derived.d + ref.x + ref.y + f() + dependent.y + static_cast<int>(k);
}

struct Holder {
  template <class T> ASL_ASYNC asl::Task<int> member_template(T k) {
    Point pt{1, 2};
    One one{3};
    co_await later();
    co_return pt.x + pt.y + one.v + static_cast<int>(k);
  }
};

template <class T> struct Box {
  T k;
  ASL_ASYNC asl::Task<int> member() {
    Point pt{1, 2};
    Zeroed zero{};
    T t{k};
    co_await later();
    co_return pt.x + pt.y + zero.get() + static_cast<int>(t);
  }
};

ASL_ASYNC asl::Task<int> generic_lambda() {
  auto body = [](auto k) -> asl::Task<int> {
    Point pt{1, 2};
    One one{3};
    Line line{{4, 5}, {6, 7}};
    co_await later();
    co_return pt.x + pt.y + one.v + line.to.y + k;
  };
  co_return co_await body(100);
}

template <class T> ASL_ASYNC asl::Task<int> lambda_in_template(T k) {
  auto body = [k]() -> asl::Task<int> {
    Point pt{1, 2};
    Derived derived{{3}, 4};
    co_await later();
    co_return pt.x + pt.y + derived.b + derived.d + static_cast<int>(k);
  };
  co_return co_await body();
}

static void run(const char *name, asl::Task<int> task) {
  ready.reset();
  ready.set();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("function_template", function_template(1000));
  run("member_template", Holder{}.member_template(1000));
  Box<int> box{1000};
  run("class_template_member", box.member());
  run("generic_lambda", generic_lambda());
  run("lambda_in_template", lambda_in_template(1000));
}
