// Checks that a temporary made by a default argument, kept in the machine
// to the end of its full-expression, pins the machine as the same
// temporary written as an argument does: the machine would otherwise start
// on the stack and move at its first suspension, leaving the callee's
// reference pointing into the dead copy. Defaults of an awaited async
// function (class, scalar, braced, from a call; a member, a template, a
// coroutine lambda, an operator(), a static member), of a function keeping
// the address with a later await, and braced defaults of
// std::initializer_list parameters (by value, by reference, through a
// class's list constructor), which the call gets as a list made again
// from the array kept in the machine.
#include <asl/task.h>

#include <cstdio>
#include <initializer_list>

asl::Event ready;
ASL_ASYNC asl::Task<int> later(int v) {
  co_await ready;
  co_return v;
}

struct Pt {
  int v;
};
static Pt make_pt(int v) { return Pt{v}; }

ASL_ASYNC asl::Task<int> read_pt(const Pt &p = Pt{5}) {
  co_await later(0);
  co_return p.v + 100;
}
ASL_ASYNC asl::Task<int> read_int(const int &r = 6) {
  co_await later(0);
  co_return r + 100;
}
ASL_ASYNC asl::Task<int> read_braced(const Pt &p = {7}) {
  co_await later(0);
  co_return p.v + 100;
}
ASL_ASYNC asl::Task<int> read_made(const Pt &p = make_pt(8)) {
  co_await later(0);
  co_return p.v + 100;
}

static const Pt *g_pt = nullptr;
static int keep(const Pt &p = Pt{9}) {
  g_pt = &p;
  return p.v;
}
static int show(int a, int b) { return g_pt->v * 1000 + a + b; }

struct Reader {
  ASL_ASYNC asl::Task<int> read(const Pt &p = Pt{10}) {
    co_await later(0);
    co_return p.v + 100;
  }
  ASL_ASYNC asl::Task<int> operator()(const Pt &p = Pt{11}) {
    co_await later(0);
    co_return p.v + 100;
  }
  ASL_ASYNC static asl::Task<int> read_static(const Pt &p = Pt{12}) {
    co_await later(0);
    co_return p.v + 100;
  }
};

template <class T> ASL_ASYNC asl::Task<int> read_t(const T &p = T{13}) {
  co_await later(0);
  co_return p.v + 100;
}

ASL_ASYNC asl::Task<int> sum(std::initializer_list<int> il = {1, 2}) {
  co_await later(0);
  int s = 100;
  for (int i : il)
    s += i;
  co_return s;
}
ASL_ASYNC asl::Task<int>
sum_ref(const std::initializer_list<int> &il = {3, 4}) {
  co_await later(0);
  int s = 100;
  for (int i : il)
    s += i;
  co_return s;
}
struct Bag {
  Bag(std::initializer_list<int> il) : items(il) {}
  std::initializer_list<int> items;
};
ASL_ASYNC asl::Task<int> sum_bag(Bag b = {7, 8}) {
  co_await later(0);
  int s = 100;
  for (int i : b.items)
    s += i;
  co_return s;
}

ASL_ASYNC asl::Task<int> awaited_class() { co_return co_await read_pt(); }
ASL_ASYNC asl::Task<int> awaited_scalar() { co_return co_await read_int(); }
ASL_ASYNC asl::Task<int> awaited_braced() {
  co_return co_await read_braced();
}
ASL_ASYNC asl::Task<int> awaited_made() { co_return co_await read_made(); }
ASL_ASYNC asl::Task<int> kept_default() {
  co_return show(keep(), co_await later(1));
}
static Reader reader;
ASL_ASYNC asl::Task<int> awaited_member() { co_return co_await reader.read(); }
ASL_ASYNC asl::Task<int> awaited_call_operator() {
  co_return co_await reader();
}
ASL_ASYNC asl::Task<int> awaited_static() {
  co_return co_await Reader::read_static();
}
template <class T> ASL_ASYNC asl::Task<int> awaited_template() {
  co_return co_await read_t<T>();
}
static auto read_lambda = [](const Pt &p = Pt{14}) -> asl::Task<int> {
  co_await later(0);
  co_return p.v + 100;
};
ASL_ASYNC asl::Task<int> awaited_in_lambda() {
  co_return co_await read_lambda();
}
ASL_ASYNC asl::Task<int> list_by_value() { co_return co_await sum(); }
ASL_ASYNC asl::Task<int> list_by_reference() { co_return co_await sum_ref(); }
ASL_ASYNC asl::Task<int> list_in_class() { co_return co_await sum_bag(); }

__attribute__((noinline)) static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
}

// Starts the task, writes over the stack the machine started on, then
// lets every suspended await resume.
static void run(const char *name, asl::Task<int> (*f)()) {
  ready.reset();
  asl::Task<int> t = f();
  scribble();
  ready.set();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

int main() {
  run("awaited_class", awaited_class);
  run("awaited_scalar", awaited_scalar);
  run("awaited_braced", awaited_braced);
  run("awaited_made", awaited_made);
  run("kept_default", kept_default);
  run("awaited_member", awaited_member);
  run("awaited_call_operator", awaited_call_operator);
  run("awaited_static", awaited_static);
  run("awaited_template", awaited_template<Pt>);
  run("awaited_in_lambda", awaited_in_lambda);
  run("list_by_value", list_by_value);
  run("list_by_reference", list_by_reference);
  run("list_in_class", list_in_class);
}
