// Checks async member templates given lambdas in the other kinds of class
// template: a class nested in a class template, a member template defined
// after its class, members of a partial and of an explicit specialization
// (an explicit specialization's members are an ordinary class's: its
// machines have one `template <>`, also for a type that is no closure),
// given a class local to a function, a coroutine lambda, a generic lambda,
// and a body whose new-expression and local object await.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <new>
#include <string>

asl::RunLoop loop;

ASL_ASYNC asl::Task<int> one(int k) {
  co_await loop.schedule();
  co_return k;
}

template <class T> struct Outer {
  struct Inner {
    T t;
    template <class F> ASL_ASYNC asl::Task<T> f(F g) {
      co_await loop.schedule();
      co_return g(t);
    }
  };
};

template <class T> struct Box {
  T t;
  template <class F> ASL_ASYNC asl::Task<int> with(F f);
};

template <class T>
template <class F>
ASL_ASYNC asl::Task<int> Box<T>::with(F f) {
  int n = co_await f(1);
  co_await loop.schedule();
  co_return n + co_await f(2) + static_cast<int>(sizeof(T));
}

template <class T> struct Box<T *> {
  T *p;
  template <class F> ASL_ASYNC asl::Task<T> with(F f) {
    co_await loop.schedule();
    co_return f(*p);
  }
};

template <> struct Box<char> {
  char c;
  template <class F> ASL_ASYNC asl::Task<int> with(F f) {
    co_await loop.schedule();
    co_return f(c);
  }
  template <class U> ASL_ASYNC asl::Task<int> plus(U u) {
    co_await loop.schedule();
    co_return c + static_cast<int>(u);
  }
};

struct Noisy {
  int v;
  explicit Noisy(int v) : v(v) { std::printf("  Noisy(%d)\n", v); }
  ~Noisy() { std::printf("  ~Noisy(%d)\n", v); }
};

template <class T> struct Maker {
  template <class F> ASL_ASYNC asl::Task<int> make(F f) {
    Noisy *p = new Noisy(co_await f(3));
    Noisy local(co_await f(4));
    int r = p->v + local.v;
    delete p;
    co_return r;
  }
};

ASL_ASYNC asl::Task<int> demo() {
  Outer<int>::Inner in{5};
  int a = co_await in.f([](int t) { return t * 2; });
  Box<long> b{1};
  int c = co_await b.with([](int k) { return one(k); });
  int x = 9;
  Box<int *> bp{&x};
  int d = co_await bp.with([&](int v) { return v + x; });
  Box<char> bc{'a'};
  int e = co_await bc.with([](char ch) { return ch - 'a' + 1; });
  int e2 = co_await bc.plus(2L);
  struct Local {
    int operator()(int k) const { return k + 100; }
  };
  Outer<int>::Inner in2{6};
  int f = co_await in2.f(Local{});
  auto coro = [](int k) -> asl::Task<int> {
    co_await loop.schedule();
    co_return k * 10;
  };
  int g = co_await b.with(coro);
  int h = co_await b.with([](auto k) { return one(k + 1); });
  Maker<int> m;
  int i = co_await m.make([](int k) { return one(k); });
  std::printf("%d %d %d %d %d %d %d %d %d\n", a, c, d, e, e2, f, g, h, i);
  co_return a + c + d + e + e2 + f + g + h + i;
}

int main() { std::printf("demo -> %d\n", loop.run([] { return demo(); })); }
