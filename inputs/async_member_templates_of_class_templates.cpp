// Async member templates of class templates: the class template declares a
// machine template (`template <class U> struct get_machine;`), and each
// specialization of the member template that the file instantiates defines
// it (`template <> template <> struct Repo<int>::get_machine<long>`), with
// the parameters of both templates as members. Called with several
// argument types, defined in the class and after it, static, and calling
// each other.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> class Repo {
public:
  explicit Repo(T base) : base_(base) {}

  template <class U> ASL_ASYNC asl::Task<U> get(U u) {
    U copy = u;
    co_await ready;
    ++calls_;
    co_return copy + static_cast<U>(base_);
  }

  template <class U, int N> ASL_ASYNC asl::Task<std::string> show(U u);

  template <class U> ASL_ASYNC static asl::Task<int> size_of(U) {
    co_await ready;
    co_return static_cast<int>(sizeof(T) * 10 + sizeof(U));
  }

  int calls() const { return calls_; }

private:
  T base_;
  int calls_ = 0;
};

// Defined after the class, and calling the other member templates.
template <class T>
template <class U, int N>
ASL_ASYNC asl::Task<std::string> Repo<T>::show(U u) {
  U got = co_await get(u);
  int sizes = co_await size_of(got);
  co_return std::to_string(got * N) + "/" + std::to_string(sizes);
}

namespace shop {
template <class K> struct Shelf {
  K key;
  template <class V> ASL_ASYNC asl::Task<V> price(V each) {
    V total = each;
    co_await ready;
    co_return total * static_cast<V>(key);
  }
};
} // namespace shop

ASL_ASYNC asl::Task<int> run() {
  Repo<int> ints(3);
  Repo<double> doubles(0.5);
  long a = co_await ints.get(4L);
  double b = co_await ints.get(1.25);
  double c = co_await doubles.get(2.0);
  std::string d = co_await ints.show<int, 2>(5);
  std::string e = co_await doubles.show<double, 3>(1.5);
  int f = co_await Repo<char>::size_of(7L);
  shop::Shelf<int> shelf{4};
  double g = co_await shelf.price(2.5);
  int h = co_await shelf.price(6);
  std::printf("a %ld, b %.2f, c %.2f, d %s, e %s\n", a, b, c, d.c_str(),
              e.c_str());
  std::printf("f %d, g %.1f, h %d, calls %d %d\n", f, g, h, ints.calls(),
              doubles.calls());
  co_return h;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
