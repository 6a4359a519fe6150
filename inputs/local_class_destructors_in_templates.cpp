// A class local to the body of an async function template or of an async
// member of a class template, whose object lives across an await, may
// declare a destructor with a body (probe14 control finding k47; a generic
// coroutine lambda's such class waits for probe14 control repro 3, the
// machine not finding it at all): the machine names the class, and the
// destructor's name `~Guard` names the class itself, not something outside
// the function of the same name. Two such classes of
// one name in different blocks: the second is renamed, its destructor too.
#include <asl/task.h>

#include <cstdio>

struct Later {
  bool await_ready() const noexcept { return true; }
  template <class H> void await_suspend(H) {}
  int await_resume() const { return 0; }
};

template <class T>
ASL_ASYNC asl::Task<int> fromTemplate(T n) {
  struct Guard {
    int id;
    ~Guard() { std::printf("guard-%d\n", id); }
  };
  Guard g{static_cast<int>(n)};
  co_await Later{};
  std::printf("template %d\n", g.id);
  co_return g.id;
}

template <class T>
ASL_ASYNC asl::Task<int> twoGuards(T n) {
  int s = 0;
  {
    struct Guard {
      int id;
      ~Guard() { std::printf("first-%d\n", id); }
    };
    Guard g{static_cast<int>(n)};
    s += co_await Later{} + g.id;
  }
  {
    struct Guard {
      int id;
      ~Guard() { std::printf("second-%d\n", id); }
    };
    Guard g{static_cast<int>(n) + 1};
    s += co_await Later{} + g.id;
  }
  co_return s;
}

template <class T> struct Box {
  T v;
  ASL_ASYNC asl::Task<int> get() {
    struct Guard {
      int id;
      Guard(int i) : id(i) { std::printf("+box %d\n", id); }
      Guard(const Guard &) = delete;
      ~Guard() { std::printf("-box %d\n", id); }
      int twice() const { return id * 2; }
    };
    Guard g(static_cast<int>(v));
    co_await Later{};
    co_return g.twice();
  }
};

int main() {
  int a = asl::sync_wait(fromTemplate(7));
  Box<long> box{9};
  int c = asl::sync_wait(box.get());
  int d = asl::sync_wait(twoGuards(short{4}));
  std::printf("%d %d %d\n", a, c, d);
}
