// Async members of classes nested in a class template, and of partial
// specializations: as for a member of the class template itself, the class
// declares the machine (`struct get_machine;`) and keeps the ramp, and each
// specialization of the class template that uses the member defines it
// after the file's code (`template <> struct Outer<int>::Inner::get_machine`,
// `template <> struct Box<int *>::f_machine`), with the template's
// parameters as members: a partial specialization's own (`using T = int;`
// for `Box<T *>`, from `Box<int *>`). Members defined in the nested class
// and after it, two levels of nesting, a static member, a private nested
// class, members of partial specializations defined in them and after them,
// a class nested in a partial specialization, and member templates of both
// (`template <> template <> struct Outer<int>::Inner::scaled_machine<long>`).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>

asl::Event ready;

template <class T> struct Outer {
  struct Inner {
    T base;
    ASL_ASYNC asl::Task<T> get() {
      T copy = base;
      co_await ready;
      co_return copy + base;
    }
    ASL_ASYNC asl::Task<int> count(int n);
    template <class U> ASL_ASYNC asl::Task<U> scaled(U by) {
      co_await ready;
      co_return by * static_cast<U>(sizeof(T));
    }
  };
  struct Deep {
    struct Deeper {
      ASL_ASYNC static asl::Task<std::string> name(T sample) {
        co_await ready;
        co_return "Deeper of " + std::to_string(sizeof(sample));
      }
    };
  };

  ASL_ASYNC asl::Task<int> viaHidden(int by) {
    Hidden h{by};
    co_return co_await h.twice();
  }

private:
  struct Hidden {
    int by;
    ASL_ASYNC asl::Task<int> twice() {
      co_await ready;
      co_return by * 2 + static_cast<int>(sizeof(T));
    }
  };
};

template <class T>
ASL_ASYNC asl::Task<int> Outer<T>::Inner::count(int n) {
  int seen = 0;
  for (int i = 0; i < n; ++i) {
    co_await ready;
    seen += static_cast<int>(sizeof(T));
  }
  co_return seen;
}

template <class T> struct Box {
  ASL_ASYNC asl::Task<int> f() { co_return 0; }
};

template <class T> struct Box<T *> {
  T *p;
  ASL_ASYNC asl::Task<T> f() {
    T before = *p;
    co_await ready;
    co_return before + *p;
  }
  template <int N> ASL_ASYNC asl::Task<T> times();
  struct Peek {
    const Box *box;
    ASL_ASYNC asl::Task<bool> null() const {
      co_await ready;
      co_return box->p == nullptr;
    }
  };
};

template <class T>
template <int N>
ASL_ASYNC asl::Task<T> Box<T *>::times() {
  co_await ready;
  co_return *p * N;
}

template <class K, class V> struct Box<std::pair<K, V>> {
  std::pair<K, V> kv;
  ASL_ASYNC asl::Task<std::string> describe(std::string prefix);
};

template <class K, class V>
ASL_ASYNC asl::Task<std::string>
Box<std::pair<K, V>>::describe(std::string prefix) {
  co_await ready;
  co_return prefix + std::to_string(kv.first) + "=" +
      std::to_string(kv.second) + " (" + std::to_string(sizeof(K)) + ", " +
      std::to_string(sizeof(V)) + ")";
}

namespace store {
template <int N> struct Rack {
  struct Slot {
    int index;
    ASL_ASYNC asl::Task<int> weight() {
      co_await ready;
      co_return index * N;
    }
  };
};
} // namespace store

ASL_ASYNC asl::Task<int> run() {
  Outer<int>::Inner ints{7};
  Outer<std::string>::Inner strings{"ab"};
  int a = co_await ints.get();
  std::string s = co_await strings.get();
  int c = co_await ints.count(3);
  int d = co_await strings.count(1);
  std::string n = co_await Outer<double>::Deep::Deeper::name(1.5);
  int h = co_await Outer<char>().viaHidden(5);
  long sl = co_await ints.scaled(10L);
  double sd = co_await strings.scaled(0.5);
  std::printf("a %d, s %s, c %d, d %d, n %s, h %d, sl %ld, sd %.1f\n", a,
              s.c_str(), c, d, n.c_str(), h, sl, sd);
  int i = 4;
  double x = 0.25;
  Box<int *> ib{&i};
  Box<double *> db{&x};
  int bi = co_await ib.f();
  double bd = co_await db.f();
  bool null = co_await Box<int *>::Peek{&ib}.null();
  int t3 = co_await ib.times<3>();
  double t2 = co_await db.times<2>();
  std::printf("t3 %d, t2 %.2f\n", t3, t2);
  Box<std::pair<int, long>> pair{{1, 2L}};
  std::string p = co_await pair.describe("kv ");
  int w = co_await store::Rack<3>::Slot{5}.weight();
  std::printf("bi %d, bd %.2f, null %d, p %s, w %d\n", bi, bd, null,
              p.c_str(), w);
  co_return a + c + d + h + bi + w;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
