// Async members of class templates: the class template declares the
// member's machine (`struct get_machine;`) and keeps the ramp; each
// specialization of the class that uses the member defines the machine
// (`template <> struct Box<int>::get_machine`), with the class's parameters
// as members (`using T = int;`). The body reaches the object's members
// through the machine's pointer, finds the class's own types and reaches
// its private members, as natively. Members defined in the class and out of
// it, static ones, and a class template in a namespace. And member templates
// of a class that is no template: the class declares a machine template
// (`template <class T> struct put_machine;`), specialized after the file's
// code (`template <> struct Registry::put_machine<int>`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T, int Scale> class Box {
public:
  explicit Box(T v) : value_(v) {}

  ASL_ASYNC asl::Task<T> scaled() const {
    Item item{value_};
    co_await ready;
    T out = item.held;
    for (int i = 1; i < Scale; ++i)
      out = out + item.held;
    co_return out;
  }

  ASL_ASYNC asl::Task<int> bump(int by);

  ASL_ASYNC static asl::Task<std::string> name(T sample) {
    co_await ready;
    co_return "Box<" + std::to_string(Scale) + "> of " +
        std::to_string(sizeof(sample));
  }

private:
  struct Item {
    T held;
  };
  T value_;
  int bumps_ = 0;
};

template <class T, int Scale>
ASL_ASYNC asl::Task<int> Box<T, Scale>::bump(int by) {
  co_await ready;
  bumps_ += by * Scale;
  co_return bumps_;
}

namespace store {
template <class K> struct Shelf {
  K key;
  ASL_ASYNC asl::Task<K> fetch() {
    K copy = key;
    co_await ready;
    co_return copy + key;
  }
  ASL_ASYNC asl::Task<K> unused() { co_return key; }
};
} // namespace store

class Registry {
public:
  template <class T> ASL_ASYNC asl::Task<T> put(T x) {
    co_await ready;
    ++count_;
    co_return x + x;
  }
  template <int N> ASL_ASYNC asl::Task<int> scaled(int x);
  template <class T> ASL_ASYNC static asl::Task<T> same(T x) { co_return x; }

private:
  int count_ = 0;
};

template <int N> ASL_ASYNC asl::Task<int> Registry::scaled(int x) {
  int before = count_;
  co_await ready;
  co_return x * N + before;
}

namespace app {
class Svc {
public:
  template <class T> ASL_ASYNC asl::Task<T> get(T x);

private:
  int hidden_ = 7;
};
} // namespace app

// Defined outside its class's namespace: the machine template is still a
// member of the class.
template <class T> ASL_ASYNC asl::Task<T> app::Svc::get(T x) {
  co_await ready;
  co_return x + static_cast<T>(hidden_);
}

ASL_ASYNC asl::Task<int> run() {
  Box<int, 3> ints(7);
  Box<std::string, 2> strings("ab");
  int a = co_await ints.scaled();
  std::string s = co_await strings.scaled();
  int b = co_await ints.bump(2);
  b = co_await ints.bump(1);
  std::string n = co_await Box<double, 4>::name(1.5);
  store::Shelf<int> shelf{20};
  int f = co_await shelf.fetch();
  std::printf("a %d, s %s, b %d, n %s, f %d\n", a, s.c_str(), b, n.c_str(), f);
  Registry registry;
  std::string twice = co_await registry.put(std::string("xy"));
  int p = co_await registry.put(4);
  int q = co_await registry.scaled<10>(5);
  double r = co_await Registry::same(2.5);
  std::printf("twice %s, p %d, q %d, r %.1f\n", twice.c_str(), p, q, r);
  app::Svc svc;
  long g = co_await svc.get(5L);
  std::printf("g %ld\n", g);
  co_return a + b + f;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
