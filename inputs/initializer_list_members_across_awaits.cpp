// Checks an std::initializer_list member of an aggregate made from a braced
// list and kept across an await (`L l{{1, 3, 5}, 2};`): natively its array
// lives as long as the aggregate variable (as a temporary bound to a
// reference member does), built before it and destroyed right after it. The
// machine keeps the array in a field that lives as long as the variable:
// built member by member (plain, nested, another member awaiting, const),
// with a traced class member, with a reference member (built whole, also
// with an element awaiting), a list written with its type, through a
// reference that extends the aggregate (also one whose only extended
// temporary is bound to a reference member), and in a machine pinned for
// another reason.
// (Not here: `auto [il, k] = L{{7, 8}, 9};`, whose array clang 19 natively
// lets die at once, g++ with the hidden object.)
#include <asl/event.h>
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <initializer_list>
#include <string>

static std::deque<asl::Event *> waiting;

// Suspends until pump() sets its event.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Overwrites the stack where a dead array would have been.
static int scribbled = 0;
static void scribble() {
  volatile char junk[4096];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
    scribble();
  }
}

// A traced object: prints its constructions, copies and deaths.
struct Tr {
  int v;
  explicit Tr(int val) : v(val) { std::printf("+%d ", v); }
  Tr(const Tr &o) : v(o.v) { std::printf("+%d' ", v); }
  ~Tr() { std::printf("-%d ", v); }
};

struct L {
  std::initializer_list<int> il;
  int k;
};
struct O {
  L l;
  int z;
};
struct LT {
  std::initializer_list<Tr> il;
  Tr last;
};
struct LR {
  const Tr &r;
  std::initializer_list<Tr> il;
};
struct View {
  const Tr &r;
  int k;
};

static int sum(std::initializer_list<int> il, int k) {
  int s = k;
  for (int e : il)
    s = s * 10 + e;
  return s;
}
static int sum(std::initializer_list<Tr> il) {
  int s = 0;
  for (const Tr &t : il)
    s = s * 10 + t.v;
  return s;
}

ASL_ASYNC asl::Task<int> plain() {
  L l{{1, 3, 5}, 2};
  co_await later(0);
  co_return sum(l.il, l.k);
}

ASL_ASYNC asl::Task<int> nested() {
  O o{{{1, 2}, 3}, 4};
  co_await later(0);
  co_return sum(o.l.il, o.l.k) * 10 + o.z;
}

ASL_ASYNC asl::Task<int> awaiting_member() {
  const L l{{5, 6}, co_await later(7)};
  co_await later(0);
  co_return sum(l.il, l.k);
}

ASL_ASYNC asl::Task<int> written_with_type() {
  L l{std::initializer_list<int>{4, 2}, 1};
  co_await later(0);
  co_return sum(l.il, l.k);
}

ASL_ASYNC asl::Task<int> traced() {
  int s = 0;
  {
    LT l{{Tr(1), Tr(2)}, Tr(3)};
    std::printf("built ");
    co_await later(0);
    std::printf("after ");
    s = sum(l.il) * 10 + l.last.v;
  }
  std::printf("left ");
  co_return s;
}

ASL_ASYNC asl::Task<int> with_reference_member() {
  LR l{Tr(4), {Tr(5), Tr(6)}};
  std::printf("built ");
  co_await later(0);
  std::printf("after ");
  co_return sum(l.il) * 10 + l.r.v;
}

ASL_ASYNC asl::Task<int> reference_member_awaiting() {
  LR l{Tr(6), {Tr(7), Tr(co_await later(8))}};
  std::printf("built ");
  co_await later(0);
  std::printf("after ");
  co_return sum(l.il) * 10 + l.r.v;
}

ASL_ASYNC asl::Task<int> referenced() {
  const LT &r = LT{{Tr(1), Tr(2)}, Tr(9)};
  std::printf("built ");
  co_await later(0);
  std::printf("after ");
  co_return sum(r.il) * 10 + r.last.v;
}

ASL_ASYNC asl::Task<int> referenced_view() {
  const View &v = View{Tr(3), 4};
  std::printf("built ");
  co_await later(0);
  std::printf("after ");
  co_return v.r.v * 10 + v.k;
}

ASL_ASYNC asl::Task<int> pinned() {
  std::string keep = "x";
  L l{{1, 3, 5}, 2};
  co_await later(0);
  co_return sum(l.il, l.k) + static_cast<int>(keep.size()) - 1;
}

static void run(const char *name, asl::Task<int> (*make)()) {
  std::printf("%s: ", name);
  asl::Task<int> t = make();
  pump();
  int v = asl::sync_wait(std::move(t));
  std::printf("= %d\n", v);
}

int main() {
  run("plain", plain);
  run("nested", nested);
  run("awaiting_member", awaiting_member);
  run("written_with_type", written_with_type);
  run("traced", traced);
  run("with_reference_member", with_reference_member);
  run("reference_member_awaiting", reference_member_awaiting);
  run("referenced", referenced);
  run("referenced_view", referenced_view);
  run("pinned", pinned);
}
