// Checks calls of member functions a class inherits, made in its async
// members with a co_await in their arguments. C++17 evaluates the object
// (the implicit `this`, converted to the base) before the arguments; it
// cannot change across the await, so it is not kept: the call is made on
// `this` after the await, as `this->put(co_await n)` is. Written without
// `this->` (`put(co_await n)`), qualified (`Writer::put(...)`), an
// inherited operator called by name (`operator<<(...)`), an async member of
// a base awaited with an await in its argument (`co_await write(co_await
// read())`), a member of a second base (the pointer adjusted) and of a
// virtual base, in a coroutine lambda capturing `this`, through a dependent
// base of a class template (`TB<T>::put(...)`), and on a derived object
// named by a variable (`d.put(co_await n)`).
#include <asl/task.h>

#include <cstdio>
#include <functional>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend %d\n", value);
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Reader {
  int base = 100;
  ASL_ASYNC asl::Task<int> read() {
    co_await later(base);
    co_return base;
  }
  int twice(int v) const { return 2 * v; }
};

struct Writer {
  int sink = 0;
  void put(int v) {
    sink += v;
    std::printf("  put %d\n", v);
  }
  Writer &operator<<(int v) {
    put(v * 10);
    return *this;
  }
  ASL_ASYNC asl::Task<int> write(int v) {
    co_await later(v + 1);
    sink += v;
    co_return sink;
  }
};

struct Shared {
  int shared = 0;
  void note(int v) { shared += v; }
};
struct Left : virtual Shared {};
struct Right : virtual Shared {};

struct Pipe : Reader, Writer, Left, Right {
  ASL_ASYNC asl::Task<int> run();
  ASL_ASYNC asl::Task<int> viaLambda();
};

ASL_ASYNC asl::Task<int> Pipe::run() {
  std::printf("unqualified\n");
  put(co_await later(1));
  std::printf("qualified\n");
  Writer::put(co_await later(2));
  std::printf("operator by name\n");
  operator<<(co_await later(3));
  Writer::operator<<(co_await later(4)) << co_await later(5);
  std::printf("async member of a base\n");
  int w = co_await write(co_await read());
  std::printf("first base, in a sum\n");
  int t = twice(co_await later(6)) + Reader::twice(co_await later(7));
  std::printf("virtual base\n");
  note(co_await later(8));
  Shared::note(co_await later(9));
  co_return w + t + sink + shared;
}

ASL_ASYNC asl::Task<int> Pipe::viaLambda() {
  auto lambda = [this](int k) -> asl::Task<int> {
    put(co_await later(k));
    note(co_await later(k + 1));
    co_return twice(co_await later(k + 2));
  };
  co_return co_await lambda(20);
}

template <class T> struct TB {
  T total{};
  void put(T v) {
    total += v;
    std::printf("  TB put %d\n", static_cast<int>(v));
  }
};

template <class T> struct TD : TB<T> {
  ASL_ASYNC asl::Task<T> run() {
    TB<T>::put(co_await later(30));
    this->put(co_await later(31));
    co_return this->total;
  }
};

ASL_ASYNC asl::Task<int> onVariable() {
  Pipe d;
  d.put(co_await later(40));
  d.note(co_await later(41));
  co_return d.sink + d.shared;
}

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  Pipe p;
  asl::Task<int> t = p.run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
  asl::Task<int> u = p.viaLambda();
  drain();
  std::printf("lambda %d, sink %d, shared %d\n",
              asl::sync_wait(std::move(u)), p.sink, p.shared);
  TD<long> td;
  asl::Task<long> v = td.run();
  drain();
  std::printf("template %ld\n", asl::sync_wait(std::move(v)));
  asl::Task<int> w = onVariable();
  drain();
  std::printf("variable %d\n", asl::sync_wait(std::move(w)));
}
