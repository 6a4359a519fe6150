// Finding 2 (LOWERED DOES NOT COMPILE): a class local to an async function,
// with an async member function, whose object lives across an await of
// the enclosing function. The class is hoisted into app_locals (as
// design.md "Lambdas and types declared in the body" says) but copied as
// written: its member get() keeps `co_return` and `co_await`, never
// lowered.
// Expected: prints "later 3" then 9 (as the native build).
// Got: g++: "'co_return' was not declared in this scope"; clang++-19: "use
// of undeclared identifier 'co_return'". (If the object does not live
// across an await, e.g. `co_await Local{3}.get()`, the tool refuses it: "a
// value kept across a co_await has a type that contains a class local to a
// function", covered by Known limits.)
#include <asl/task.h>

#include <cstdio>
#include <deque>

static std::deque<asl::Event *> waiting;
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

ASL_ASYNC asl::Task<int> app() {
  struct Local {
    int k;
    ASL_ASYNC asl::Task<int> get() { co_return k + co_await later(k); }
  };
  Local l{3};
  int a = co_await l.get();
  co_return a + l.k;
}

int main() {
  asl::Task<int> t = app();
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
  std::printf("%d\n", asl::sync_wait(std::move(t)));
}
