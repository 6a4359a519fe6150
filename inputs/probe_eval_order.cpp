// Awaits inside expressions with C++17-fixed order (<<, [], =, compound
// assignment, callee before args, braced lists) and unspecified order
// (function arguments, binary +), plus member calls on awaited results.
#include <asl/task.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

asl::Event ev(true);

int seq = 0;
int note(const char *what, int v) {
  std::printf("  [%d] %s=%d\n", ++seq, what, v);
  return v;
}

ASL_ASYNC asl::Task<int> val(const char *what, int v) {
  co_await ev;
  co_return note(what, v);
}
ASL_ASYNC asl::Task<std::string> str(std::string s) {
  co_await ev;
  note(s.c_str(), 0);
  co_return s;
}

struct Acc {
  std::vector<int> items;
  Acc &add(int v) {
    items.push_back(note("add", v));
    return *this;
  }
  int sum() const {
    int s = 0;
    for (int v : items)
      s += v;
    return s;
  }
};

int combine3(int a, int b, int c) { return a * 100 + b * 10 + c; }

using Fn = int (*)(int, int, int);
Fn pick(int) {
  note("pick", 0);
  return combine3;
}

ASL_ASYNC asl::Task<int> run() {
  std::vector<int> arr{0, 0, 0, 0};
  // E1[E2]: E1 first
  arr[co_await val("idx", 1)] = co_await val("rhs", 7);
  std::cout << "  arr " << arr[1] << "\n";
  // << sequencing
  std::cout << "  out " << note("n1", 1) << " " << co_await val("v2", 2) << " "
            << note("n3", 3) << " " << co_await str("s4") << "\n";
  // compound assignment: right first
  int x = 5;
  x += co_await val("cadd", 3) * note("mul", 2);
  note("x", x);
  // function args (unspecified: clang left to right)
  int c = combine3(note("a1", 1), co_await val("a2", 2), note("a3", 3));
  note("c", c);
  // callee before args
  int d = pick(note("callee-arg", 0))(co_await val("b1", 4), note("b2", 5),
                                      co_await val("b3", 6));
  note("d", d);
  // braced list left to right
  std::vector<int> br{note("l1", 1), co_await val("l2", 2), note("l3", 3)};
  note("br", br[0] + br[1] + br[2]);
  // member chain on awaited result
  Acc acc;
  int s = acc.add(note("m1", 1)).add(co_await val("m2", 2)).add(note("m3", 3)).sum();
  note("s", s);
  std::size_t len = (co_await str("hello")).size() + (co_await str("ab")).append("cd").size();
  note("len", (int)len);
  // map subscript with awaited key and value
  std::map<std::string, int> m;
  m[co_await str("key")] = co_await val("mv", 9);
  note("m", m["key"]);
  // binary + with awaits both sides (unspecified order)
  int sum = note("p1", 1) + co_await val("p2", 2) + note("p3", 3) * co_await val("p4", 4);
  note("sum", sum);
  // conditional with awaits on both branches
  int which = (co_await val("cond", 0)) ? co_await val("then", 1) : co_await val("else", 2);
  note("which", which);
  co_return sum + which;
}

int main() {
  int r = asl::sync_wait(run());
  std::printf("r=%d\n", r);
  ev.reset();
  asl::Task<int> t = run();
  std::printf("pending\n");
  ev.set();
  std::printf("r=%d\n", asl::sync_wait(std::move(t)));
}
