// Awaits, lifted locals and spilled operands in sub-statements written
// without braces (probe11's findings 2 and 3): the lowering expands such a
// statement into several, and braces keep them one sub-statement, also
// after labels, case and default labels (`switch (k) case 1: x: stmt;`)
// and in nested ifs with an else. A declaration as an unbraced branch or
// body is a scope of its own: its objects die at the end of it.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <vector>

static std::deque<asl::Event *> waiting;

static void drain() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}

ASL_ASYNC asl::Task<int> later(int v) {
  std::printf(" later%d", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf(" +%s", n.c_str());
  }
  ~Tr() { std::printf(" -%s", n.c_str()); }
};

ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf(" word:%s", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}

static int mix(int a, int b) { return a * 10 + b; }

// Labels as unbraced bodies: only the taken path awaits.
ASL_ASYNC asl::Task<int> labels(int k) {
  int s = 1;
  switch (k)
  case 1:
    s += co_await later(7);
  if (k == 2)
  again:
    s += co_await later(8);
  switch (k)
  case 3:
  case 4:
  inner:
    s = mix(s, co_await later(k));
  switch (k)
  default:
    s += co_await later(5);
  if (k == 9)
  done:
    co_return co_await later(9) + s;
  if (s < 0)
    goto again;
  if (s < -1)
    goto inner;
  if (s < -2)
    goto done;
  co_return s;
}

// Labels in a braced switch stay on their statements; case labels stay
// children of the switch's block.
ASL_ASYNC asl::Task<int> braced_switch(int k) {
  int s = 0;
  switch (k) {
  case 1:
  case 2:
  here:
    s = mix(s, co_await later(k));
    break;
  default:
    s -= co_await later(0);
  }
  if (s < 0)
    goto here;
  co_return s;
}

// Nested ifs with an else, and loops whose bodies are labelled.
ASL_ASYNC asl::Task<int> nested(bool a, bool b, int n) {
  int s = 0;
  if (a)
    if (b)
      s += co_await later(1);
    else
      s += co_await later(2);
  else
    s += co_await later(3);
  while (n-- > 0)
  w:
    s = mix(s, co_await later(n));
  do
  d:
    s += co_await later(6);
  while (s < 0);
  int i = 0;
  for (; i < 2; ++i)
  f:
    [[likely]] s = mix(s, co_await later(i));
  for (int v : std::vector<int>{4, 5})
    s = mix(s, co_await later(v));
  if (s < 0)
    goto w;
  if (s < -1)
    goto d;
  if (s < -2)
    goto f;
  co_return s;
}

// Declarations as unbraced branches and bodies: each dies at the end of
// its sub-statement; a dies after b (both declared by one declaration,
// a lives across b's await).
ASL_ASYNC asl::Task<int> declarations(int k) {
  if (k >= 0)
    Tr t(co_await word("then"));
  else
    Tr u(co_await word("else"));
  std::printf(" |");
  if (k < 0)
    Tr t(co_await word("then2"));
  else
    Tr u(co_await word("else2"));
  std::printf(" |");
  if (k > 0)
  lab:
    Tr a(co_await word("a")), b(co_await word("b"));
  std::printf(" |");
  for (int i = 0; i < 2; ++i)
    Tr c(co_await word("c" + std::to_string(i))), d(co_await word("d"));
  std::printf(" |");
  int n = 2;
  while (n-- > 0)
    Tr e(co_await word("w" + std::to_string(n)));
  std::printf(" |");
  do
    Tr g(co_await word("do"));
  while (false);
  std::printf(" |");
  switch (k)
  case 1: {
    Tr h(co_await word("case"));
  }
  if (k < -5)
    goto lab;
  std::printf(" |");
  co_return k;
}

int main() {
  for (int k : {0, 1, 2, 3, 4, 9}) {
    asl::Task<int> t = labels(k);
    drain();
    std::printf(" => labels(%d) = %d\n", k, asl::sync_wait(std::move(t)));
  }
  for (int k : {1, 2, 3}) {
    asl::Task<int> t = braced_switch(k);
    drain();
    std::printf(" => braced_switch(%d) = %d\n", k,
                asl::sync_wait(std::move(t)));
  }
  for (int m = 0; m < 3; ++m) {
    asl::Task<int> t = nested(m > 0, m > 1, m);
    drain();
    std::printf(" => nested(%d) = %d\n", m, asl::sync_wait(std::move(t)));
  }
  for (int k : {-1, 1}) {
    asl::Task<int> t = declarations(k);
    drain();
    std::printf(" => declarations(%d) = %d\n", k,
                asl::sync_wait(std::move(t)));
  }
}
