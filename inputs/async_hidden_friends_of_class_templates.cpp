// Async friends defined in a class template (hidden friends, found by
// argument-dependent lookup): the class declares the machine, a member
// class (`struct drain_machine;`), and keeps the friend's definition, its
// ramp, which finds the machine in the class as its body did; each
// specialization of the class that uses the friend defines the machine
// after the file's code (`template <> struct Counter<int>::drain_machine`),
// so the body keeps reaching the class's private members and finding its
// names and the template's parameters. A friend whose parameter is a
// nested class, one in a partial specialization, and an operator. A friend
// template likewise, its machine a member template of the class (`template
// <> template <> struct Counter<int>::addTo_machine<long>`).
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event ready;

template <class T> class Counter {
public:
  explicit Counter(T start) : value_(start) {}

  ASL_ASYNC friend asl::Task<T> drain(Counter &c, int times) {
    Step step{c.value_};
    for (int i = 0; i < times; ++i) {
      co_await ready;
      c.value_ = c.value_ + step.by;
    }
    co_return c.value_;
  }

  [[nodiscard]] ASL_ASYNC friend asl::Task<bool>
  operator==(const Counter &a, const Counter &b) {
    co_await ready;
    co_return a.value_ == b.value_;
  }

  template <class U>
  ASL_ASYNC friend asl::Task<T> addTo(Counter &c, U extra) {
    T before = c.value_;
    co_await ready;
    c.value_ = before + T(extra);
    co_return c.value_;
  }

  struct Handle {
    Counter *of;
    ASL_ASYNC friend asl::Task<int> size(Handle h) {
      co_await ready;
      co_return static_cast<int>(sizeof(T)) + h.of->reads_++;
    }
  };

private:
  struct Step {
    T by;
  };
  T value_;
  int reads_ = 0;
};

template <class T> struct Ref;

template <class T> struct Ref<T &> {
  T *to;
  ASL_ASYNC friend asl::Task<T> load(Ref r) {
    T before = *r.to;
    co_await ready;
    co_return before + *r.to;
  }
};

ASL_ASYNC asl::Task<int> run() {
  Counter<int> ints(3);
  Counter<std::string> strings("x");
  int a = co_await drain(ints, 2);
  std::string s = co_await drain(strings, 3);
  bool same = co_await (ints == Counter<int>(12));
  bool other = co_await (strings == Counter<std::string>("y"));
  int h = co_await size(Counter<int>::Handle{&ints});
  h += co_await size(Counter<int>::Handle{&ints});
  int t = co_await addTo(ints, 5L);
  t += co_await addTo(ints, short(1));
  std::string u = co_await addTo(strings, "yz");
  std::printf("t %d, u %s\n", t, u.c_str());
  Counter<char> chars('c');
  int k = co_await size(Counter<char>::Handle{&chars});
  std::printf("a %d, s %s, same %d, other %d, h %d, k %d\n", a, s.c_str(),
              same, other, h, k);
  int i = 20;
  long l = 30;
  int li = co_await load(Ref<int &>{&i});
  long ll = co_await load(Ref<long &>{&l});
  std::printf("li %d, ll %ld\n", li, ll);
  co_return a + h + li;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
