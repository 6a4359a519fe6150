// A declaration written as the body of a loop or the branch of an if
// without braces is a scope of its own: it dies at the end of the body,
// before a for's increment or a do's condition runs (probe14 control
// finding k42). When the lowering copies such a body into a block it
// writes (a loop whose head awaits becomes for (;;), a range-for whose
// range awaits is spelled out, a constexpr if keeps its taken branch), the
// declaration keeps braces of its own, so it dies where it does natively
// and the jump to the resume label after it crosses no initialization;
// also after a label, and in a function template. One the lowering
// rewrites (its initializer awaits) has braces once.
#include <asl/task.h>

#include <cstdio>
#include <vector>

struct Tr {
  int id;
  explicit Tr(int i) : id(i) { std::printf("+%d ", id); }
  ~Tr() { std::printf("-%d ", id); }
};

struct Ready {
  int v;
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const {
    std::printf("r ");
    return v;
  }
};

struct ReadyList {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  std::vector<int> await_resume() const { return {3, 4}; }
};

ASL_ASYNC asl::Task<int> forIncrement() {
  int s = 0;
  for (; s < 2; s += co_await Ready{1})
    Tr body(s);
  co_return s;
}

ASL_ASYNC asl::Task<int> doCondition() {
  int s = 0;
  do
    Tr body(s);
  while (++s < 2 && co_await Ready{1});
  co_return s;
}

ASL_ASYNC asl::Task<int> whileCondition() {
  int s = 0;
  while (co_await Ready{s < 2})
    Tr body(s++);
  co_return s;
}

ASL_ASYNC asl::Task<int> rangeFor() {
  int s = 0;
  for (int v : co_await ReadyList{})
    Tr body(s += v);
  co_return s;
}

ASL_ASYNC asl::Task<int> labeled(int k) {
  int s = 0;
  if (k < 0)
    goto body;
  for (; s < 2; s += co_await Ready{1})
  body:
    Tr t(s);
  co_return s;
}

ASL_ASYNC asl::Task<int> rewrittenBody() {
  int s = 0;
  for (; s < 2; s += co_await Ready{1})
    Tr body(co_await Ready{10 + s});
  co_return s;
}

template <class T>
ASL_ASYNC asl::Task<T> inTemplate(T n) {
  T s = 0;
  for (; s < n; s += co_await Ready{1})
    Tr body(s);
  do
    Tr again(s);
  while (--s > 0 && co_await Ready{1});
  if constexpr (sizeof(T) > 1)
    Tr taken(co_await Ready{20} + s);
  if constexpr (sizeof(T) > 1)
    Tr plain(30);
  else
    Tr other(31);
  co_return s;
}

int main() {
  std::printf("for %d\n", asl::sync_wait(forIncrement()));
  std::printf("do %d\n", asl::sync_wait(doCondition()));
  std::printf("while %d\n", asl::sync_wait(whileCondition()));
  std::printf("range %d\n", asl::sync_wait(rangeFor()));
  std::printf("labeled %d\n", asl::sync_wait(labeled(1)));
  std::printf("rewritten %d\n", asl::sync_wait(rewrittenBody()));
  std::printf("template %d\n", asl::sync_wait(inTemplate(2)));
}
