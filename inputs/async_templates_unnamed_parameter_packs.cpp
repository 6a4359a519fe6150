// Templates with an unnamed template parameter pack (`template <class T,
// class...>`): the body cannot name it, so the machine leaves it out as it
// does any unnamed template parameter; a class template's specializations
// that differ only in it are still different classes, with a machine each
// (`Tagged<int, char>::get_machine`, `Tagged<int>::get_machine`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T, class...> ASL_ASYNC asl::Task<T> doubled(T x) {
  co_await ready;
  co_return x + x;
}

template <int N, int...> ASL_ASYNC asl::Task<int> plus(int x) {
  co_await ready;
  co_return x + N;
}

template <class T, class...> struct Tagged {
  T value;
  ASL_ASYNC asl::Task<std::string> get() {
    co_await ready;
    co_return std::to_string(value) + " in " + std::to_string(sizeof(Tagged));
  }
};

ASL_ASYNC asl::Task<int> run() {
  int a = co_await doubled<int, char, long>(4);
  std::string s = co_await doubled(std::string("ab"));
  int p = co_await plus<3, 1, 2>(10);
  std::string t = co_await Tagged<int, char>{7}.get();
  std::string u = co_await Tagged<int>{8}.get();
  std::printf("a %d, s %s, p %d, t %s, u %s\n", a, s.c_str(), p, t.c_str(),
              u.c_str());
  co_return a + p;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
