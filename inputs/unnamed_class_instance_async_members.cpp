// Checks non-static async member functions of unnamed classes, whose
// machines are defined after the class through an alias of what names it:
// one declared with its variable, one a member of a named class (declared
// with two members), one inside another unnamed class, a named class inside
// an unnamed one, one named only by an alias of a pointer to it, a const
// member, a static one and one defined outside the class through an alias;
// they reach their object's members, private ones too, and the class's
// types across awaits.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <type_traits>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

static struct {
  struct Entry {
    std::string key;
    int hits;
  };
  int k = 2;
  ASL_ASYNC asl::Task<int> get() {
    Entry e{"get", k};
    co_await Pause{};
    e.hits += bump();
    std::printf("  %s: %d\n", e.key.c_str(), e.hits);
    co_return e.hits + secret;
  }
  ASL_ASYNC asl::Task<int> twice() const {
    int first = secret + k;
    co_await Pause{};
    co_return first * 2;
  }
  ASL_ASYNC asl::Task<int> both() {
    int a = co_await get();
    int b = co_await twice();
    co_return a + b;
  }
  ASL_ASYNC static asl::Task<int> seven() {
    co_await Pause{};
    co_return 7;
  }
  ASL_ASYNC asl::Task<int> later(int by);

private:
  int bump() { return ++k; }
  int secret = 100;
} svc;

using Service = decltype(svc);

ASL_ASYNC asl::Task<int> Service::later(int by) {
  co_await Pause{};
  k += by;
  co_return k;
}

struct Outer {
  std::string name = "outer";
  struct {
    int count = 0;
    ASL_ASYNC asl::Task<int> add(int n) {
      co_await Pause{};
      count += n;
      co_return count;
    }
  } inner, other;
};

static struct {
  struct {
    int depth = 2;
    ASL_ASYNC asl::Task<int> deeper() {
      co_await Pause{};
      co_return ++depth;
    }
  } level;
  struct Named {
    const char *label;
    ASL_ASYNC asl::Task<std::string> describe() {
      co_await Pause{};
      co_return std::string("named ") + label;
    }
  } named{"n1"};
} nest;

// Named only by an alias of a pointer to it.
typedef struct {
  int value;
  ASL_ASYNC asl::Task<int> doubled() {
    co_await Pause{};
    co_return value * 2;
  }
} *CounterRef;

template <class T> T run(asl::Task<T> t) {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("get: %d\n", run(svc.get()));
  std::printf("twice: %d\n", run(svc.twice()));
  std::printf("both: %d\n", run(svc.both()));
  std::printf("seven: %d\n", run(decltype(svc)::seven()));
  std::printf("later: %d\n", run(svc.later(10)));

  Outer o;
  std::printf("inner: %d\n", run(o.inner.add(3)));
  std::printf("inner: %d\n", run(o.inner.add(4)));
  std::printf("other: %d\n", run(o.other.add(5)));

  std::printf("deeper: %d\n", run(nest.level.deeper()));
  std::printf("describe: %s\n", run(nest.named.describe()).c_str());

  std::remove_pointer_t<CounterRef> c{21};
  std::printf("doubled: %d\n", run(c.doubled()));
}
